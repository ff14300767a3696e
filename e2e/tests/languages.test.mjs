// Only Spanish's messages are in the wasm (issue 11): English, Quechua and Aymara are
// messages-<lang>.txt, fetched by the loader beside the wasm for a visitor who reads that
// language, or by the wasm when she picks it. A Spanish visitor fetches none; a failed
// download says so and keeps the screen readable; nothing is stored on the device.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  launch, openPage, openWidget, widget, deviceStorage, assertNothingStored, assertOnlyOwnOrigin, assertAxeClean,
  rewriteDemo,
} from '../lib/harness.mjs';

const MESSAGES_URL = /\/ruta\/messages-([a-z]+)\.txt(\.gz)?$/;

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** The locales whose messages this page requested, in order. */
function messageRequests(record) {
  return record.requests.map((url) => new URL(url).pathname.match(MESSAGES_URL)).filter(Boolean).map((m) => m[1]);
}

/** The demo page without its data-lang="es", so the browser's language decides. */
const byBrowserLanguage = (page) => rewriteDemo(page, (html) => html.replace('data-lang="es"', ''));

const shownLang = (page) => page.evaluate(() =>
  document.querySelector('[data-ruta]').shadowRoot.querySelector('[data-testid=ruta-widget]').lang);

async function waitForLang(page, lang) {
  await page.waitForFunction((l) =>
    document.querySelector('[data-ruta]').shadowRoot.querySelector('[data-testid=ruta-widget]')?.lang === l, lang);
}

test('a Spanish visitor downloads no messages file', async () => {
  const { context, page, record } = await openPage(browser);
  try {
    await openWidget(page);
    assert.equal(await shownLang(page), 'es');
    assert.deepEqual(messageRequests(record), []);
  } finally {
    await context.close();
  }
});

test('an English browser gets English from the start: the loader fetches its messages beside the wasm', async () => {
  const { context, page, record } = await openPage(browser, { locale: 'en-US' });
  try {
    await byBrowserLanguage(page);
    await openWidget(page);
    await waitForLang(page, 'en');
    const w = widget(page);
    assert.match(await w.getByTestId('safety-note-continue').innerText(), /continue/i);
    assert.deepEqual(messageRequests(record), ['en'], 'one request, through the twin');
    assert.equal(record.consoleWarnings.filter((t) => t.includes('messages')).length, 0, record.consoleWarnings.join('\n'));
    assertOnlyOwnOrigin(record);
    assertNothingStored(await deviceStorage(page));
  } finally {
    await context.close();
  }
});

test('picking a language downloads it once; switching back and again needs no download', async () => {
  const { context, page, record } = await openPage(browser);
  try {
    await openWidget(page);
    const picker = page.getByTestId('language-picker');
    await picker.selectOption('en');
    await waitForLang(page, 'en');
    await picker.selectOption('es');
    await waitForLang(page, 'es');
    await picker.selectOption('en');
    await waitForLang(page, 'en');
    assert.deepEqual(messageRequests(record), ['en']);
    assert.equal(await widget(page).getByTestId('language-status').innerText(), '', 'no status once it is shown');
    assertNothingStored(await deviceStorage(page));
  } finally {
    await context.close();
  }
});

test('a language that cannot be downloaded says so, stays in Spanish, and a new pick tries again', async () => {
  const { context, page } = await openPage(browser);
  try {
    let blocked = true;
    await page.route(MESSAGES_URL, (route) => (blocked ? route.abort() : route.fallback()));
    await openWidget(page);
    const picker = page.getByTestId('language-picker');
    await picker.selectOption('en');
    const status = widget(page).getByTestId('language-status');
    await page.waitForFunction(() => document.querySelector('[data-ruta]').shadowRoot
      .querySelector('[data-testid=language-status]').textContent.includes('No se pudo cargar'));
    assert.equal(await status.getAttribute('role'), 'status', 'announced to screen readers');
    assert.match(await status.innerText(), /English/);
    assert.equal(await shownLang(page), 'es');
    await assertAxeClean(page, 'language download failed');
    // The select shows the language on screen again, so picking English once more is a
    // change it reports (a select never reports picking what it already shows).
    assert.equal(await picker.inputValue(), 'es');
    blocked = false;
    await picker.selectOption('en');
    await waitForLang(page, 'en');
    assert.equal(await status.innerText(), '');
  } finally {
    await context.close();
  }
});

test('a language that arrives after she picked another is not shown', async () => {
  const { context, page, record } = await openPage(browser);
  try {
    let release;
    const held = new Promise((resolve) => { release = resolve; });
    await page.route(MESSAGES_URL, async (route) => { await held; await route.fallback(); });
    await openWidget(page);
    const picker = page.getByTestId('language-picker');
    await picker.selectOption('en');
    await page.waitForFunction(() => document.querySelector('[data-ruta]').shadowRoot
      .querySelector('[data-testid=language-status]').textContent.includes('Cargando'));
    await picker.selectOption('es');
    const arrived = page.waitForResponse(MESSAGES_URL);
    release();
    await (await arrived).finished();
    // The widget reads the file within a few milliseconds of its arrival.
    await page.waitForTimeout(500);
    assert.equal(await shownLang(page), 'es', 'her last pick stays');
    assert.equal(await picker.inputValue(), 'es');
    assert.equal(await widget(page).getByTestId('language-status').innerText(), '');
    // Its messages were kept: picking it now shows it with no second download.
    await picker.selectOption('en');
    await waitForLang(page, 'en');
    assert.deepEqual(messageRequests(record), ['en']);
  } finally {
    await context.close();
  }
});

test('a wrong messages file (a server error page) is refused: the widget starts in Spanish and says why', async () => {
  const { context, page, record } = await openPage(browser, { locale: 'en-US' });
  try {
    await byBrowserLanguage(page);
    await page.route(MESSAGES_URL, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Not found</title>' }));
    await openWidget(page);
    assert.equal(await shownLang(page), 'es');
    assert.ok(record.consoleWarnings.some((t) => t.includes('the en messages did not arrive')), record.consoleWarnings.join('\n'));
    // The quick exit and the helplines are there whatever the language.
    await widget(page).getByTestId('quick-exit').waitFor();
  } finally {
    await context.close();
  }
});
