// The configurator, ruta/configurar.html: a webmaster picks the district with the
// locator's own picker, types the settings and contacts, sees the widget's own warnings
// and a live preview, and copies the snippet or the standalone page. The snippet, pasted
// into a page under the strict CSP, must mount with no warning and show the contacts;
// a bad value must give, in the configurator, the very line the widget logs.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  BASE_URL, launch, openPage, widget, assertAxeClean, assertWalkLeftNoTrace, pressOn, withoutIsolation, waitForWidget,
} from '../lib/harness.mjs';

const PAGE = '/ruta/configurar.html';
const STRICT_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; base-uri 'self'; object-src 'none'";

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function openConfigurator(page) {
  await page.goto(BASE_URL + PAGE);
  await page.getByTestId('configurator').waitFor();
  // The picker appears once the directory has arrived from the page's own folder.
  await page.locator('#ruta-department').waitFor();
}

/** Fills the form as a webmaster of Villa El Salvador would, the district by the lists. */
async function fillVillaElSalvador(page, { phone = '987 654 321', exit = '/clima.html' } = {}) {
  await page.getByTestId('config-municipality').fill('Municipalidad Distrital de Villa El Salvador');
  await page.getByTestId('config-exit-url').fill(exit);
  await page.locator('#ruta-department').selectOption('15');
  await page.locator('#ruta-province').selectOption('1501');
  await page.locator('#ruta-district').selectOption('150142');
  await page.getByTestId('config-district-status').filter({ hasText: '150142' }).waitFor();
  await page.getByTestId('config-add-contact').click();
  await page.getByTestId('config-contact-1-kind').selectOption('escuadron');
  await page.getByTestId('config-contact-1-name').fill('Escuadrón Violeta VES');
  await page.getByTestId('config-contact-1-phone').fill(phone);
  await page.getByTestId('config-contact-1-address').fill('Palacio municipal, primer piso');
  await page.getByTestId('config-contact-1-hours').fill('24 horas');
}

async function configuratorWarnings(page) {
  return page.getByTestId('config-warnings').locator('li').allTextContents();
}

/** Serves `html` at `path` on the test origin, with the strict CSP as a header. */
async function serve(page, path, html) {
  await page.route(`${BASE_URL}${path}`, (route) => route.fulfill({
    status: 200, contentType: 'text/html; charset=utf-8', body: html,
    headers: { 'Content-Security-Policy': STRICT_CSP, 'Cache-Control': 'no-store' },
  }));
}

const hostPage = (snippet) => `<!doctype html>
<html lang="es"><head><meta charset="utf-8"><title>Orientación</title><link rel="icon" href="data:,"></head>
<body><main><h1>Orientación a vecinas y vecinos</h1>
${snippet}</main></body></html>`;

async function openHelplines(page) {
  await waitForWidget(page);
  await pressOn(page, page.getByTestId('safety-note-continue'));
  await widget(page).getByRole('button', { name: 'Números de ayuda', exact: true }).click();
}

test('the configurator: axe clean at every step, keyboard usable, nothing stored, no other origin, no history', async () => {
  const { context, page, record } = await openPage(browser);
  try {
    await openConfigurator(page);
    const startHistory = await page.evaluate(() => history.length);
    const startUrl = page.url();
    assert.equal(await page.title(), 'Configurar Ruta');
    assert.equal(await page.locator('meta[http-equiv=Content-Security-Policy]').getAttribute('content'), STRICT_CSP);
    // Keyboard only: Tab reaches the first field, typing fills it, Enter adds a contact.
    let focused = '';
    for (let i = 0; i < 10 && focused !== 'config-municipality'; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement?.id ?? '');
    }
    assert.equal(focused, 'config-municipality', 'Tab reaches the first field (past the preview, which comes later)');
    await page.keyboard.type('Municipalidad de Prueba');
    await page.getByTestId('config-add-contact').focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('config-contact-1').waitFor();
    await page.getByTestId('config-remove-contact-1').focus();
    await page.keyboard.press('Enter');
    assert.equal(await page.getByTestId('config-contact-1').count(), 0, 'Enter on "remove" removes it');
    await assertAxeClean(page, 'the configurator, empty');

    await fillVillaElSalvador(page);
    assert.deepEqual(await configuratorWarnings(page), [], 'a valid configuration gives no warning');
    assert.match(await page.getByTestId('config-warnings-summary').textContent(), /Sin avisos/);
    // The preview is the real widget with this configuration.
    const preview = page.getByTestId('config-preview');
    await preview.getByTestId('quick-exit').waitFor();
    assert.equal(await preview.getByTestId('quick-exit').getAttribute('href'), '/clima.html');
    assert.match(await preview.getByTestId('ruta-widget').textContent(), /Municipalidad Distrital de Villa El Salvador/);
    await assertAxeClean(page, 'the configurator, filled, with its preview');
    await pressOn(page, preview.getByTestId('safety-note-continue'));
    await pressOn(page, preview.getByTestId('menu-locator'));
    await preview.getByTestId('local-results').waitFor();
    assert.match(await preview.getByTestId('local-results').textContent(), /Escuadrón Violeta VES/);
    await assertAxeClean(page, 'the configurator, preview on the locator');

    // The snippet holds the choices, escaped, and the fallback links.
    const snippet = await page.getByTestId('config-snippet').inputValue();
    for (const part of [
      'data-ubigeo="150142"', 'data-exit-url="/clima.html"', 'data-municipality="Municipalidad Distrital de Villa El Salvador"',
      'data-name="Escuadrón Violeta VES"', '<a href="tel:+51987654321">987 654 321</a>', '<a href="tel:100">Línea 100</a>',
      '<script type="module" src="/ruta/ruta-embed.js"></script>',
    ]) {
      assert.ok(snippet.includes(part), `the snippet holds ${part}:\n${snippet}`);
    }
    await assertWalkLeftNoTrace(page, record, { startHistory, startUrl, label: 'the configurator' });
    assert.ok(record.requests.some((url) => url.endsWith('/ruta/directory.tsv')), 'the directory came from its own folder');
    assert.ok(record.requests.some((url) => url.endsWith('/ruta/ruta-configurar_bg.wasm')));
  } finally {
    await context.close();
  }
});

test('the snippet, pasted into a page with the strict CSP, mounts with no warning and shows the contacts', async () => {
  const { context, page, record } = await openPage(browser);
  try {
    await openConfigurator(page);
    await fillVillaElSalvador(page);
    const snippet = await page.getByTestId('config-snippet').inputValue();
    await serve(page, '/orientacion.html', hostPage(snippet));
    record.consoleWarnings.length = 0;
    await page.goto(`${BASE_URL}/orientacion.html`);
    await openHelplines(page);
    const local = widget(page).getByText('Escuadrón Violeta VES');
    await local.waitFor();
    assert.equal(await page.getByTestId('quick-exit').getAttribute('href'), `${BASE_URL}/clima.html`);
    assert.match(await widget(page).textContent(), /Municipalidad Distrital de Villa El Salvador/);
    assert.deepEqual(record.consoleWarnings.filter((line) => line.startsWith('Ruta')), [], 'no warning at all');
    assert.deepEqual(record.consoleErrors, []);
    await assertAxeClean(page, 'a page with the pasted snippet');
  } finally {
    await context.close();
  }
});

test('bad values: the configurator shows exactly the lines the widget logs for the same snippet', async () => {
  const { context, page, record } = await openPage(browser);
  try {
    await openConfigurator(page);
    await fillVillaElSalvador(page, { phone: '287 1071', exit: 'javascript:alert(1)' });
    await page.getByTestId('config-add-contact').click();
    await page.getByTestId('config-contact-2-kind').selectOption('demuna');
    await page.getByTestId('config-contact-2-name').fill('Línea 100 municipal');
    await page.getByTestId('config-contact-2-phone').fill('(01) 287 1071');
    await page.getByTestId('config-contact-2-address').fill('Palacio municipal');
    const shown = await configuratorWarnings(page);
    assert.equal(shown.length, 3, shown.join('\n'));
    assert.ok(shown[0].startsWith('Ruta: data-exit-url="javascript:alert(1)"'), shown[0]);
    assert.ok(shown[1].includes('has no area code'), shown[1]);
    assert.ok(shown[2].includes('copies a national helpline'), shown[2]);
    assert.match(withoutIsolation(await page.getByTestId('config-warnings-summary').textContent()), /^3 avisos/);
    await assertAxeClean(page, 'the configurator with warnings');
    // The preview already runs on the defaults: the neutral exit, no bad contact.
    assert.equal(await page.getByTestId('config-preview').getByTestId('quick-exit').getAttribute('href'), 'https://www.senamhi.gob.pe/');

    const snippet = await page.getByTestId('config-snippet').inputValue();
    assert.ok(!snippet.includes('href="javascript'), 'a refused URL never becomes a link');
    await serve(page, '/orientacion.html', hostPage(snippet));
    record.consoleWarnings.length = 0;
    await page.goto(`${BASE_URL}/orientacion.html`);
    await waitForWidget(page);
    const logged = record.consoleWarnings.filter((line) => line.startsWith('Ruta:'));
    assert.deepEqual(logged, shown, 'the same lines, in the same order');
  } finally {
    await context.close();
  }
});

test('an exit URL back to the page the widget will be on: the same warning as the widget on that page', async () => {
  const { context, page, record } = await openPage(browser);
  try {
    await openConfigurator(page);
    await page.getByTestId('config-exit-url').fill('/orientacion.html');
    await page.getByTestId('config-page-url').fill(`${BASE_URL}/orientacion.html`);
    const shown = await configuratorWarnings(page);
    assert.equal(shown.length, 1);
    assert.match(shown[0], /leads back to this same page/);
    const snippet = await page.getByTestId('config-snippet').inputValue();
    assert.ok(!snippet.includes(BASE_URL), 'the page address is only for the check');
    await serve(page, '/orientacion.html', hostPage(snippet));
    record.consoleWarnings.length = 0;
    await page.goto(`${BASE_URL}/orientacion.html`);
    await waitForWidget(page);
    assert.deepEqual(record.consoleWarnings.filter((line) => line.startsWith('Ruta:')), shown);
  } finally {
    await context.close();
  }
});

test('the standalone page it writes works from ruta/ under its own meta CSP', async () => {
  const { context, page, record } = await openPage(browser);
  try {
    await openConfigurator(page);
    await fillVillaElSalvador(page, { exit: 'https://www.senamhi.gob.pe/' });
    const standalone = await page.getByTestId('config-page').inputValue();
    assert.match(standalone, /<title>Clima<\/title>/);
    assert.ok(standalone.includes(`<meta http-equiv="Content-Security-Policy" content="${STRICT_CSP}">`));
    assert.ok(standalone.includes('<meta name="referrer" content="no-referrer">'));
    await page.route(`${BASE_URL}/ruta/mi-ayuda.html`, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: standalone }));
    record.consoleWarnings.length = 0;
    await page.goto(`${BASE_URL}/ruta/mi-ayuda.html`);
    await openHelplines(page);
    await widget(page).getByText('Escuadrón Violeta VES').waitFor();
    assert.deepEqual(record.consoleWarnings.filter((line) => line.startsWith('Ruta')), []);
    await assertAxeClean(page, 'the standalone page written by the configurator');
  } finally {
    await context.close();
  }
});

test('leaving the configurator and coming back: nothing typed, no preview of it', async () => {
  const { context, page } = await openPage(browser);
  try {
    await openConfigurator(page);
    await fillVillaElSalvador(page);
    await page.getByTestId('config-preview').getByTestId('quick-exit').waitFor();
    await page.goto(`${BASE_URL}/clima.html`);
    await page.goBack({ waitUntil: 'commit' });
    await page.getByTestId('configurator').waitFor();
    await page.waitForFunction(() => document.querySelector('[data-testid=config-municipality]')?.value === '');
    assert.equal(await page.getByTestId('config-exit-url').inputValue(), '');
    assert.equal(await page.getByTestId('config-contact-1').count(), 0);
    const snippet = await page.getByTestId('config-snippet').inputValue();
    assert.ok(snippet.startsWith('<div data-ruta>\n'), snippet);
    const preview = page.getByTestId('config-preview').getByTestId('ruta-widget');
    await preview.waitFor();
    assert.ok(!(await preview.textContent()).includes('Villa El Salvador'), 'the preview is of the empty configuration');
  } finally {
    await context.close();
  }
});
