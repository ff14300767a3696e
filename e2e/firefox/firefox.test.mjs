// The promises that matter most, in Debian's Firefox ESR driven over WebDriver BiDi
// (puppeteer-core; Playwright's own Firefox cannot be downloaded here). Firefox keeps
// left pages in its back-forward cache by default, so this is where "leaving any other
// way wipes" is tried as a woman's browser does it.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import puppeteer from 'puppeteer-core';

const BASE_URL = process.env.BASE_URL ?? 'http://127.0.0.1:8080';
const ORIGIN = new URL(BASE_URL).origin;
const NEUTRAL = `${BASE_URL}/clima.html`;
const BEFORE = `${BASE_URL}/clima.html?antes`;
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

let browser;
before(async () => {
  browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true });
});
after(async () => { await browser?.close(); });

/** A fresh private context whose pages record requests, warnings and CSP violations. */
async function openPage() {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const record = { requests: [], warnings: [], errors: [] };
  page.on('request', (request) => record.requests.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'warn') record.warnings.push(message.text());
    if (message.type() === 'error') record.errors.push(message.text());
  });
  page.on('pageerror', (error) => record.errors.push(String(error)));
  await page.evaluateOnNewDocument(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
    window.addEventListener('pageshow', (event) => { window.__restored = event.persisted; });
  });
  return { context, page, record };
}

const inWidget = (testid) => `>>> [data-testid="${testid}"]`;

async function openWidget(page) {
  await page.goto(BASE_URL);
  // The wasm's widget, not the loader's prerendered first screen (same test ids).
  await page.waitForFunction(() => {
    const root = document.querySelector('[data-ruta]').shadowRoot;
    return root && !root.querySelector('[data-ruta-prerendered]') && root.querySelector('[data-testid="quick-exit"]');
  });
  await page.waitForSelector(inWidget('quick-exit'));
}

async function click(page, testid) {
  await (await page.waitForSelector(inWidget(testid))).click();
}

async function assertNoCsp(page) {
  assert.deepEqual(await page.evaluate(() => window.__csp), [], 'no Content-Security-Policy violation');
}

async function storage(page) {
  return page.evaluate(async () => ({
    cookie: document.cookie,
    localStorage: localStorage.length,
    sessionStorage: sessionStorage.length,
    indexedDB: (await indexedDB.databases()).length,
    cacheStorage: (await caches.keys()).length,
    serviceWorkers: (await navigator.serviceWorker.getRegistrations()).length,
    historyState: history.state,
    windowName: window.name,
  }));
}

const NOTHING = {
  cookie: '', localStorage: 0, sessionStorage: 0, indexedDB: 0, cacheStorage: 0, serviceWorkers: 0,
  historyState: null, windowName: '',
};

async function waitForUrl(page, url) {
  await page.waitForFunction((u) => location.href === u, { timeout: 15_000 }, url).catch(async () => {
    assert.equal(page.url(), url);
  });
}

test('Firefox: the privacy walk through every menu screen leaves nothing behind', async () => {
  const { context, page, record } = await openPage();
  try {
    await openWidget(page);
    const startHistory = await page.evaluate(() => history.length);
    const startTitle = await page.title();
    await click(page, 'safety-note-continue');
    await page.waitForSelector(inWidget('screen-home'));
    const entries = ['menu-locator', 'menu-assessment', 'menu-helplines', 'menu-rights', 'menu-safety-plan',
      'menu-safer-browsing', 'menu-helper-guide'];
    for (const entry of entries) {
      await click(page, entry);
      await click(page, 'back-to-start');
      await page.waitForSelector(inWidget('screen-home'));
    }
    assert.equal(await page.evaluate(() => history.length), startHistory, 'no history entries');
    assert.equal(page.url(), `${BASE_URL}/`, 'the URL never changes');
    assert.equal(await page.title(), startTitle, 'the title never changes');
    assert.deepEqual(await storage(page), NOTHING);
    const others = record.requests.filter((url) => !url.startsWith('data:') && new URL(url).origin !== ORIGIN);
    assert.deepEqual(others, [], 'no other origin');
    // Through the gzip twins where DecompressionStream exists (Firefox has it).
    assert.ok(record.requests.some((url) => /\.wasm(\.gz)?$/.test(url)), 'the widget really loaded');
    assert.ok(record.requests.some((url) => /\/directory\.tsv(\.gz)?$/.test(url)), 'the locator really fetched its data');
    await assertNoCsp(page);
    assert.deepEqual(record.errors, []);
    assert.deepEqual(record.warnings.filter((w) => w.startsWith('Ruta')), []);
  } finally {
    await context.close();
  }
});

for (const how of ['click', 'Shift×3']) {
  test(`Firefox: quick exit by ${how} replaces the page; Back does not return`, async () => {
    const { context, page } = await openPage();
    try {
      await page.goto(BEFORE);
      await openWidget(page);
      const historyOnWidget = await page.evaluate(() => history.length);
      await assertNoCsp(page);
      if (how === 'click') {
        await click(page, 'quick-exit');
      } else {
        for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
      }
      await waitForUrl(page, NEUTRAL);
      assert.equal(await page.evaluate(() => history.length), historyOnWidget, 'replace: history did not grow');
      // The page before may come back from the cache, which fires no load event.
      await page.goBack({ timeout: 5_000 }).catch(() => {});
      await waitForUrl(page, BEFORE);
    } finally {
      await context.close();
    }
  });
}

test('Firefox: leaving by an ordinary link and coming Back from the cache shows nothing of hers', async () => {
  const { context, page } = await openPage();
  try {
    await openWidget(page);
    await click(page, 'safety-note-continue');
    await click(page, 'menu-assessment');
    await click(page, 'helper-mode');
    await click(page, 'assessment-start');
    // A decisive yes opens the urgent panel; go on past it to the remaining questions.
    for (;;) {
      if (await page.$(inWidget('answer-yes'))) await click(page, 'answer-yes');
      else if (await page.$(inWidget('urgent-continue'))) await click(page, 'urgent-continue');
      else break;
    }
    await page.waitForSelector(inWidget('assessment-result'));
    await page.evaluate(() => { location.href = '/clima.html'; });
    await waitForUrl(page, NEUTRAL);
    await page.goBack({ timeout: 5_000 }).catch(() => {});
    await waitForUrl(page, `${BASE_URL}/`);
    await page.waitForFunction(() => window.__restored !== undefined);
    assert.equal(await page.evaluate(() => window.__restored), true, 'restored from the back-forward cache');
    await page.waitForSelector(inWidget('screen-safety-note'), { timeout: 5_000 });
    assert.equal(await page.$(inWidget('assessment-result')), null, 'no result on screen');
    await click(page, 'safety-note-continue');
    await click(page, 'menu-assessment');
    const helper = await page.waitForSelector(inWidget('helper-mode'));
    assert.equal(await helper.evaluate((el) => el.checked), false, 'helper mode forgotten');
    await assertNoCsp(page);
  } finally {
    await context.close();
  }
});

test('Firefox: with the .wasm blocked, the fallback helplines show and the exit link still replaces', async () => {
  const { context, page, record } = await openPage();
  try {
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      if (/\.wasm(\.gz)?$/.test(request.url())) request.abort();
      else request.continue();
    });
    await page.goto(BEFORE);
    const historyBefore = await page.evaluate(() => history.length);
    await page.goto(BASE_URL);
    await page.waitForFunction(() => document.querySelector('[data-ruta]')?.classList.contains('rr-block'));
    const deadline = Date.now() + 10_000;
    while (!record.warnings.some((w) => w.startsWith('Ruta: the widget could not start'))) {
      assert.ok(Date.now() < deadline, `the loader gave up: ${record.warnings.join(' | ')}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const tel = await page.$$eval('[data-ruta] a[href^="tel:"]', (links) => links.map((a) => a.getAttribute('href')));
    assert.ok(tel.includes('tel:100') && tel.includes('tel:105'), tel.join());
    await assertNoCsp(page);
    await (await page.$('[data-ruta] a[data-ruta-exit]')).click();
    await waitForUrl(page, NEUTRAL);
    assert.equal(await page.evaluate(() => history.length), historyBefore + 1, 'replace: history did not grow');
  } finally {
    await context.close();
  }
});
