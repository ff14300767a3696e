// The service locator end to end: geolocation granted (a fake position) and denied,
// the district picker by keyboard with accent-insensitive type-ahead, axe on each state,
// and still no other-origin request and nothing stored.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  ORIGIN, launch, openPage, openWidget, widget, deviceStorage, assertNothingStored, assertOnlyOwnOrigin,
  assertAxeClean, withoutIsolation,
  pressOn, DATA_URL, withoutTwins,
} from '../lib/harness.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });


/** The results heading for a district; Fluent isolates the name with invisible marks. */
const near = (district) => new RegExp(`^Cerca de \u2068?${district}\u2069?$`);

async function openLocator(page) {
  await openWidget(page);
  await page.getByTestId('screen-safety-note').waitFor();
  await pressOn(page, page.getByTestId('safety-note-continue'));
  await pressOn(page, page.getByTestId('menu-locator'));
  await page.getByTestId('screen-locator').waitFor();
}

test('with the page district, results show before any location is asked for', async () => {
  const { context, page, record } = await openPage(browser);
  try {
    await openLocator(page);
    const results = page.getByTestId('nearby-results');
    await results.waitFor();
    assert.match(withoutIsolation(await results.textContent()), /Cerca de Villa El Salvador/);
    assert.equal(await page.getByTestId('local-results').getByTestId('place').count(), 2, 'both municipal contacts, after the verified services');
    assert.equal(await page.getByTestId('cem-results').getByTestId('place').count(), 3);
    assert.equal(await page.getByTestId('police-results').getByTestId('place').count(), 3);
    await assertAxeClean(page, 'locator with the page district');
    await pressOn(page, page.getByTestId('open-about-data'));
    await widget(page).getByRole('heading', { name: 'Sobre estos datos' }).waitFor();
    assert.match(await page.getByTestId('attribution').textContent(), /Warmi Ñan/);
    await assertAxeClean(page, 'about the data');
    assertNothingStored(await deviceStorage(page));
    assertOnlyOwnOrigin(record);
  } finally {
    await context.close();
  }
});

test('geolocation granted: results near the fake position, which never leaves the page', async () => {
  const { context, page, record } = await openPage(browser, {
    geolocation: { latitude: -12.0686, longitude: -77.0216 }, permissions: ['geolocation'],
  });
  try {
    await openLocator(page);
    await pressOn(page, page.getByTestId('use-location'));
    await widget(page).getByRole('heading', { name: 'Cerca de tu ubicación' }).waitFor();
    const first = withoutIsolation(await page.getByTestId('cem-results').getByTestId('place').first().textContent());
    const km = Number(first.match(/A ([\d,]+) km en línea recta/)[1].replace(',', '.'));
    assert.ok(km < 5, `a CEM within 5 km of central Lima: ${first}`);
    await assertAxeClean(page, 'locator near a position');
    for (const url of record.requests) {
      assert.ok(!url.includes('-12.06') && !url.includes('-77.02'), `the position is in no request: ${url}`);
    }
    assertNothingStored(await deviceStorage(page));
    assertOnlyOwnOrigin(record);
  } finally {
    await context.close();
  }
});

test('geolocation denied: a calm message, and the picker works by keyboard', async () => {
  const { context, page, record } = await openPage(browser, { permissions: [] });
  try {
    await openLocator(page);
    await pressOn(page, page.getByTestId('use-location'));
    await page.getByTestId('geo-status').filter({ hasText: 'elige tu distrito' }).waitFor();
    await assertAxeClean(page, 'locator, location denied');

    // Type-ahead, accent- and case-insensitive, then choose with the keyboard.
    await page.getByTestId('district-search').focus();
    await page.keyboard.type('san juan de lurig');
    const matches = page.getByTestId('district-matches');
    await matches.getByRole('button', { name: /San Juan de Lurigancho/ }).waitFor();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await widget(page).getByRole('heading', { name: near('San Juan de Lurigancho') }).waitFor();
    await page.getByTestId('district-search').fill('villa el salv');
    await matches.getByRole('button', { name: /Villa El Salvador/ }).waitFor();

    await page.getByTestId('district-search').fill('nepena');
    await page.getByTestId('district-matches').getByRole('button', { name: /Nepeña/ }).waitFor();
    await page.getByTestId('district-search').fill('NEPEÑA');
    await page.getByTestId('district-matches').getByRole('button', { name: /Nepeña/ }).waitFor();

    // The lists: department → province → district, by keyboard.
    await page.getByTestId('district-search').fill('');
    await page.getByTestId('department').focus();
    await page.getByTestId('department').selectOption({ label: 'Cusco' });
    await page.getByTestId('province').selectOption({ label: 'Cusco' });
    await page.getByTestId('district').selectOption({ label: 'Cusco' });
    await widget(page).getByRole('heading', { name: near('Cusco') }).waitFor();
    await assertAxeClean(page, 'locator after choosing a district');

    assert.equal(page.url().includes('?'), false, 'nothing goes into the URL');
    assertNothingStored(await deviceStorage(page));
    assertOnlyOwnOrigin(record);
    assert.deepEqual(record.consoleErrors, []);
  } finally {
    await context.close();
  }
});

test('the first screen never waits for the data: it is fetched once, when the locator opens', async () => {
  const { context, page, record } = await openPage(browser);
  try {
    await openWidget(page);
    const isData = (url) => DATA_URL.test(url);
    assert.equal(record.requests.filter(isData).length, 0, 'no data on the first screen');
    await pressOn(page, page.getByTestId('safety-note-continue'));
    await pressOn(page, page.getByTestId('menu-locator'));
    await page.getByTestId('nearby-results').waitFor();
    await pressOn(page, page.getByTestId('back-to-start'));
    await pressOn(page, page.getByTestId('menu-locator'));
    await page.getByTestId('nearby-results').waitFor();
    assert.equal(record.requests.filter(isData).length, 1, 'fetched once, then kept in memory');
    assertNothingStored(await deviceStorage(page));
  } finally {
    await context.close();
  }
});

test('if the data cannot be loaded, the locator says so and offers Línea 100', async () => {
  const { context, page } = await openPage(browser);
  try {
    await page.route(DATA_URL, (route) => route.abort());
    await openLocator(page);
    await page.getByTestId('directory-status').filter({ hasText: 'No se pudo cargar la lista de servicios' }).waitFor();
    assert.equal(await widget(page).locator('a[href="tel:100"]').count() > 0, true, 'Línea 100 is still there');
    await assertAxeClean(page, 'locator without its data');
  } finally {
    await context.close();
  }
});

/** Serves the plain data file with `body` once, then the real file (the twin is missing). */
async function serveDataOnce(page, body) {
  await withoutTwins(page);
  let served = 0;
  await page.route('**/ruta/directory.tsv', async (route) => {
    served += 1;
    if (served === 1) await route.fulfill({ contentType: 'text/tab-separated-values', body: await body(route) });
    else await route.continue();
  });
}

async function reopenLocator(page) {
  await pressOn(page, page.getByTestId('back-to-start'));
  await pressOn(page, page.getByTestId('menu-locator'));
}

const FAILED = 'No se pudo cargar la lista de servicios';

for (const [what, cut] of [
  ['cut cleanly at a line break before the police stations', (text) => text.slice(0, text.indexOf('\nC\t') + 1)],
  ['header only', () => 'ruta-directory\t4\n'],
  ['misdecoded', (text) => text.replace('Ñ', '\uFFFD')],
  ['an HTML error page', () => '<!doctype html><title>404</title><p>No encontrado</p>'],
]) {
  test(`a data file ${what} is refused as a whole, said, and tried again later`, async () => {
    const { context, page, record } = await openPage(browser);
    try {
      await serveDataOnce(page, async (route) => cut(await (await route.fetch()).text()));
      await openLocator(page);
      await page.getByTestId('directory-status').filter({ hasText: FAILED }).waitFor();
      assert.equal(await page.getByTestId('police-results').count(), 0, 'never "nothing near you"');
      assert.ok(record.consoleWarnings.some((w) => w.startsWith('Ruta: the service directory could not be loaded: the file is not a complete')),
        record.consoleWarnings.join(' | '));
      await reopenLocator(page);
      await page.getByTestId('nearby-results').waitFor();
      assert.equal(await page.getByTestId('police-results').getByTestId('place').count(), 3, 'the real file, next time');
    } finally {
      await context.close();
    }
  });
}

test('a data request that never completes times out with a message, then loads on the next try', async () => {
  const { context, page, record } = await openPage(browser);
  try {
    let served = 0;
    await page.route(DATA_URL, async (route) => {
      served += 1;
      if (served === 1) return; // never answered, like a stalled mobile connection
      await route.continue();
    });
    await openLocator(page);
    await page.getByTestId('directory-status').filter({ hasText: FAILED }).waitFor({ timeout: 30_000 });
    assert.ok(record.consoleWarnings.some((w) => w.includes('no complete answer within 20 s')), record.consoleWarnings.join(' | '));
    await reopenLocator(page);
    await page.getByTestId('nearby-results').waitFor();
  } finally {
    await context.close();
  }
});

test('a loader URL with a query string still finds the data, and sends no cookies for it', async () => {
  const { context, page } = await openPage(browser);
  try {
    await page.route(/\/$/, async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace('src="/ruta/ruta-embed.js"', 'src="/ruta/ruta-embed.js?v=2#x"');
      await route.fulfill({ response, body: html });
    });
    await context.addCookies([{ name: 'muni', value: 'x', url: page.url() === 'about:blank' ? `${ORIGIN}/` : page.url() }]);
    const data = page.waitForRequest((r) => DATA_URL.test(r.url()));
    await openLocator(page);
    await page.getByTestId('nearby-results').waitFor();
    assert.equal((await (await data).allHeaders()).cookie, undefined, 'the host page’s cookies are not sent');
  } finally {
    await context.close();
  }
});

test('the data file never lands in the HTTP disk cache (fetched with no-store)', async () => {
  // No routes here: Playwright turns the HTTP cache off while any route is set.
  const { context, page } = await openPage(browser);
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    const received = [];
    cdp.on('Network.responseReceived', ({ response }) => {
      if (DATA_URL.test(response.url)) received.push(response.fromDiskCache || response.fromPrefetchCache);
    });
    await openLocator(page);
    await page.getByTestId('nearby-results').waitFor();
    // The server sends Last-Modified, so an ordinary fetch would now be reused from the
    // disk cache on the next visit.
    await page.reload();
    await openLocator(page);
    await page.getByTestId('nearby-results').waitFor();
    assert.deepEqual(received, [false, false], 'both visits went to the network');
  } finally {
    await context.close();
  }
});
