// The standalone page, ruta/ayuda.html: the widget as a whole page, for a platform that
// takes links but not scripts and for a link a volunteer shares. Under its own meta CSP
// (and the server's header), the same promises as the embed: nothing stored, no history,
// no other origin, both quick exits leave with replace, and axe finds nothing.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import {
  BASE_URL, DEFAULT_EXIT, launch, openPage, openWidget, widget, assertWalkLeftNoTrace, assertAxeClean,
  answerDefaultExit, triggerExit, pressOn, clickWithoutWaiting, WASM_URL,
} from '../lib/harness.mjs';

const PAGE = '/ruta/ayuda.html';
const BEFORE = `${BASE_URL}/clima.html?antes`;
const cargo = await readFile(new URL('../../Cargo.toml', import.meta.url), 'utf8');
const VERSION = /^\[package\][^[]*?^version = "([^"]+)"/m.exec(cargo)[1];

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const MENU = [
  'Servicios cerca de ti', 'Preguntas sobre tu seguridad', 'Números de ayuda', 'Tus derechos',
  'Plan de seguridad', 'Navegar con más cuidado', 'Cómo acompañar a alguien por teléfono',
];

test('the standalone page: neutral title, no-referrer, its own strict CSP, an exit that leaves it', async () => {
  const { context, page } = await openPage(browser);
  try {
    const info = [];
    page.on('console', (message) => { if (message.type() === 'info') info.push(message.text()); });
    await openWidget(page, PAGE);
    assert.equal(await page.title(), 'Clima');
    assert.equal(await page.locator('meta[name=referrer]').getAttribute('content'), 'no-referrer');
    const csp = await page.locator('meta[http-equiv=Content-Security-Policy]').getAttribute('content');
    assert.equal(csp, "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; base-uri 'self'; object-src 'none'");
    const exit = await page.locator('[data-ruta]').getAttribute('data-exit-url');
    const exitUrl = new URL(exit, page.url());
    assert.notEqual(exitUrl.origin + exitUrl.pathname, new URL(page.url()).origin + PAGE, 'the exit leads elsewhere');
    assert.equal(await page.getByTestId('quick-exit').getAttribute('href'), exit);
    assert.ok(info.some((line) => line.startsWith(`Ruta ${VERSION}: loader running`)), `the loader names its version: ${info}`);
  } finally {
    await context.close();
  }
});

test('walk every screen of the standalone page: no other origin, nothing stored, no history, axe clean', async () => {
  const { context, page, record } = await openPage(browser);
  try {
    await openWidget(page, PAGE);
    const startHistory = await page.evaluate(() => history.length);
    const startUrl = page.url();
    const w = widget(page);
    await w.getByRole('heading', { name: 'Antes de empezar' }).waitFor();
    await assertAxeClean(page, 'standalone safety note');
    await w.getByRole('button', { name: 'Entendido, continuar' }).click();
    const home = w.getByRole('heading', { name: '¿Cómo te podemos ayudar?' });
    await home.waitFor();
    await assertAxeClean(page, 'standalone home');
    for (const entry of MENU) {
      await pressOn(page, w.getByRole('button', { name: entry, exact: true }));
      await w.getByRole('heading', { name: entry, level: 3 }).waitFor();
      await assertAxeClean(page, `standalone ${entry}`);
      await pressOn(page, w.getByRole('button', { name: 'Volver al inicio' }));
      await home.waitFor();
    }
    await assertWalkLeftNoTrace(page, record, { startHistory, startUrl, label: 'the page’s configuration is valid' });
  } finally {
    await context.close();
  }
});

for (const how of ['click', 'shift']) {
  test(`quick exit by ${how} from the standalone page: replace, no Referer, Back skips it`, async () => {
    const { context, page } = await openPage(browser);
    try {
      await answerDefaultExit(context);
      await page.goto(BEFORE);
      await openWidget(page, PAGE);
      const historyOnPage = await page.evaluate(() => history.length);
      const exitRequest = page.waitForRequest(DEFAULT_EXIT);
      await triggerExit(page, how);
      await page.waitForURL(DEFAULT_EXIT);
      assert.equal((await (await exitRequest).allHeaders()).referer, undefined, 'the exit page is not told where she was');
      assert.equal(await page.evaluate(() => history.length), historyOnPage, 'replace: history did not grow');
      await page.goBack();
      assert.equal(page.url(), BEFORE, 'Back skips the standalone page');
    } finally {
      await context.close();
    }
  });
}

test('with the wasm blocked, the standalone page’s fallback shows the helplines and its exit link leaves', async () => {
  const { context, page } = await openPage(browser);
  try {
    await answerDefaultExit(context);
    await page.route(WASM_URL, (route) => route.abort());
    const gaveUp = page.waitForEvent('console', (m) => m.text().startsWith('Ruta: the widget could not start'));
    await page.goto(BEFORE);
    const historyBefore = await page.evaluate(() => history.length);
    await page.goto(BASE_URL + PAGE);
    await gaveUp;
    const links = await page.locator('[data-ruta] a[href^="tel:"]').evaluateAll((all) => all.map((a) => a.getAttribute('href')));
    assert.deepEqual(links, ['tel:105', 'tel:100'], '105 first, then Línea 100');
    assert.ok(await page.locator('[data-ruta]').getByRole('link', { name: 'Línea 100' }).isVisible());
    await clickWithoutWaiting(page, page.locator('[data-ruta] a[data-ruta-exit]'));
    await page.waitForURL(DEFAULT_EXIT);
    assert.equal(await page.evaluate(() => history.length), historyBefore + 1, 'replace: history did not grow');
    await page.goBack();
    assert.equal(page.url(), BEFORE);
  } finally {
    await context.close();
  }
});
