// Embed configuration: bad values warn in the console and fall back to the defaults;
// language comes from data-lang, then the browser, then Spanish.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE_URL, launch, openPage, widget, waitForWidget } from '../lib/harness.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const DEMO_ATTRIBUTES = /data-lang="es"\s+data-exit-url="\/clima.html"\s+data-municipality="[^"]*"\s+data-ubigeo="150142"(\s+data-drafts="true")?/;

/** Serves the demo page with other data-* attributes on the widget element. */
async function openWithAttributes(page, attributes) {
  await page.route(`${BASE_URL}/`, async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace(DEMO_ATTRIBUTES, attributes);
    assert.ok(html.includes(attributes), 'the demo snippet was found and rewritten');
    await route.fulfill({ response, body: html });
  });
  await page.goto(`${BASE_URL}/`);
  await waitForWidget(page);
}

test('bad configuration warns, uses the defaults and still works', async () => {
  const { context, page, record } = await openPage(browser, { locale: 'en-GB' });
  try {
    await openWithAttributes(page,
      'data-lang="klingon" data-exit-url="javascript:alert(1)" data-municipality="" data-ubigeo="99999" data-colour="red"');
    const warnings = record.consoleWarnings.filter((w) => w.startsWith('Ruta:'));
    for (const expected of ['data-lang="klingon"', 'data-exit-url="javascript:alert(1)"', 'data-municipality', 'data-ubigeo="99999"', 'data-colour']) {
      assert.ok(warnings.some((w) => w.includes(expected)), `a warning names ${expected}: ${warnings.join(' | ')}`);
    }
    assert.equal(await page.getByTestId('quick-exit').getAttribute('href'), 'https://www.senamhi.gob.pe/', 'default exit URL');
    assert.equal(await widget(page).getAttribute('lang'), 'en', 'unknown data-lang: the browser’s language');
    await widget(page).getByRole('button', { name: 'Got it, continue' }).click();
    await widget(page).getByRole('heading', { name: 'How can we help you?' }).waitFor();
    assert.deepEqual(record.consoleErrors, []);
    assert.deepEqual(record.pageErrors, []);
  } finally {
    await context.close();
  }
});

test('data-lang wins over the browser, and Spanish is the last resort', async () => {
  for (const [attributes, locale, expected] of [
    ['data-lang="en"', 'es-PE', 'en'],
    ['', 'en-US', 'en'],
    ['', 'de-DE', 'es'],
    ['data-lang="es-PE"', 'en-US', 'es'],
  ]) {
    const { context, page, record } = await openPage(browser, { locale });
    try {
      await openWithAttributes(page, attributes);
      assert.equal(await widget(page).getAttribute('lang'), expected, `${attributes || 'no data-lang'} with ${locale}`);
      assert.deepEqual(record.consoleWarnings.filter((w) => w.startsWith('Ruta:')), []);
    } finally {
      await context.close();
    }
  }
});

test('draft translations are offered only where the embed asks with data-drafts="true"', async () => {
  for (const [attributes, expected] of [
    ['data-lang="es"', ['es', 'en']],
    ['data-lang="es" data-drafts="true"', ['es', 'en', 'qu', 'ay']],
  ]) {
    const { context, page, record } = await openPage(browser, { locale: 'qu-PE' });
    try {
      await openWithAttributes(page, attributes);
      const offered = await page.getByTestId('language-picker').locator('option').evaluateAll((options) => options.map((o) => o.value));
      assert.deepEqual(offered, expected, attributes);
      if (!attributes.includes('drafts')) {
        assert.equal(await widget(page).getAttribute('lang'), 'es', 'a Quechua browser gets Spanish, not an unreviewed draft');
      }
      assert.deepEqual(record.consoleWarnings.filter((w) => w.startsWith('Ruta:')), []);
    } finally {
      await context.close();
    }
  }
});
