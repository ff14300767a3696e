// Shared by the end-to-end tests and the benchmark: headless Debian Chromium driven by
// playwright-core (no browser download), against the demo page served by scripts/server.py.

import { chromium } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import assert from 'node:assert/strict';

export const BASE_URL = process.env.BASE_URL ?? 'http://127.0.0.1:8080';
export const ORIGIN = new URL(BASE_URL).origin;
// The loader fetches the gzip twin (x.gz) where the browser can unpack it, the plain file
// otherwise; a test that blocks or counts a file matches both.
export const WASM_URL = /\/ruta\/ruta-widget_bg\.wasm(\.gz)?$/;
export const DATA_URL = /\/ruta\/directory\.tsv(\.gz)?$/;
export const FIRST_SCREEN_URL = /\/ruta\/first-[a-z-]+\.json(\.gz)?$/;

/** Whether the widget has not mounted: no shadow root, or only the slot that shows the fallback. */
export function notMounted(host) {
  const root = host.shadowRoot;
  return root === null || (root.children.length === 1 && root.firstElementChild.localName === 'slot');
}

/** Makes every gzip twin 404, so the loader takes the plain files (as in a browser without DecompressionStream). */
export async function withoutTwins(page) {
  await page.route(/\/ruta\/[^/]+\.gz$/, (route) => route.fulfill({ status: 404, body: '' }));
}

// Without the background-networking flags Chromium tries to reach Google and is refused.
export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--disable-dev-shm-usage',
];

export function launch(options = {}) {
  return chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS, ...options });
}

/**
 * A fresh context and page that records what the privacy tests need: every request,
 * console errors and warnings, and Content-Security-Policy violations on every document
 * the test visits. Closing the context fails the test if any violation was seen, so
 * every end-to-end test checks the strict CSP, not only the privacy walk.
 */
export async function openPage(browser, contextOptions = {}) {
  const context = await browser.newContext({ locale: 'es-PE', ...contextOptions });
  const page = await context.newPage();
  const record = { requests: [], consoleErrors: [], consoleWarnings: [], pageErrors: [], csp: [] };
  context.on('request', (request) => record.requests.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error') record.consoleErrors.push(message.text());
    if (message.type() === 'warning') record.consoleWarnings.push(message.text());
  });
  page.on('pageerror', (error) => record.pageErrors.push(String(error)));
  await context.exposeBinding('__rutaCspViolation', (_source, text) => { record.csp.push(text); });
  // Registered before any page script runs, so no violation can slip past.
  await context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      const text = `${event.violatedDirective} ${event.blockedURI}`;
      window.__cspViolations.push(text);
      window.__rutaCspViolation?.(text);
    });
  });
  const close = context.close.bind(context);
  context.close = async (...args) => {
    await close(...args);
    assert.deepEqual(record.csp, [], 'no Content-Security-Policy violation on any page of this test');
  };
  return { context, page, record };
}

/**
 * Whether the wasm has drawn the widget on some [data-ruta] element: its quick exit is in
 * a shadow root that no longer holds the loader's prerendered first screen.
 */
export const widgetLive = () => [...document.querySelectorAll('[data-ruta]')].some((host) => {
  const root = host.shadowRoot;
  return root && !root.querySelector('[data-ruta-prerendered]') && root.querySelector('[data-testid="quick-exit"]');
});

/** Waits until the wasm has taken over (the prerendered first screen shows the same testids before). */
export async function waitForWidget(page) {
  await page.waitForFunction(widgetLive);
  await page.getByTestId('quick-exit').waitFor();
}

/** Loads the demo page and waits until the widget has replaced its fallback. */
export async function openWidget(page, path = '/') {
  const response = await page.goto(BASE_URL + path);
  await waitForWidget(page);
  return response;
}

export function widget(page) {
  return page.getByTestId('ruta-widget');
}

/** Everything a page could have written to the device, or left in the session. */
export async function deviceStorage(page) {
  return page.evaluate(async () => {
    const opfs = [];
    for await (const name of (await navigator.storage.getDirectory()).keys()) opfs.push(name);
    return {
      cookie: document.cookie,
      localStorage: localStorage.length,
      sessionStorage: sessionStorage.length,
      indexedDB: (await indexedDB.databases()).map((db) => db.name),
      cacheStorage: await caches.keys(),
      serviceWorkers: (await navigator.serviceWorker.getRegistrations()).length,
      originPrivateFiles: opfs,
      historyState: history.state,
      windowName: window.name,
    };
  });
}

export function assertNothingStored(storage) {
  assert.deepEqual(storage, {
    cookie: '', localStorage: 0, sessionStorage: 0, indexedDB: [], cacheStorage: [], serviceWorkers: 0,
    originPrivateFiles: [], historyState: null, windowName: '',
  });
}

export function assertOnlyOwnOrigin(record) {
  const others = record.requests.filter((url) => {
    const { protocol, origin } = new URL(url);
    return protocol !== 'data:' && origin !== ORIGIN;
  });
  assert.deepEqual(others, [], 'no request may leave the page’s own origin');
  // The widget's wasm, or the configurator's, which carries the widget for its preview.
  const loaded = (url) => WASM_URL.test(url) || /\/ruta\/ruta-configurar_bg\.wasm$/.test(url);
  assert.ok(record.requests.some(loaded), 'the walk did load the widget');
}

export async function assertNoCspViolations(page) {
  assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
}

/** axe with the WCAG 2.0/2.1/2.2 A and AA rules, on the whole page, shadow DOM included. */
export async function assertAxeClean(page, label, { minPasses = 10 } = {}) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  assert.deepEqual(summary, [], `axe violations on ${label}`);
  assert.ok(results.passes.length > minPasses, `axe really ran on ${label}: ${results.passes.length} rules passed`);
}

/** Text without the Unicode isolation marks Fluent puts around variables (kept on in production). */
export const withoutIsolation = (text) => text.replace(/[\u2068\u2069]/g, '');

/** Waits until the shortcut's live region says exactly `text`. */
export async function waitForStatus(page, text, options = {}) {
  await page.waitForFunction((expected) => {
    const status = document.querySelector('[data-ruta]').shadowRoot.querySelector('[data-testid=quick-exit-status]');
    return status.textContent.replace(/[\u2068\u2069]/g, '') === expected;
  }, text, options);
}

/**
 * Reports what the page looks like right after the widget's exit handler ran, before the
 * next page commits. Playwright cannot evaluate in a page whose navigation is pending, so
 * a window listener in the bubble phase (it runs after the widget's own handlers) logs
 * the state to the console in the same task. Call before the page loads.
 */
export async function watchExitState(context, page, { timeout = 15000 } = {}) {
  await context.addInitScript(() => {
    for (const type of ['click', 'keyup']) {
      window.addEventListener(type, () => { window.__t0 = performance.now(); }, true);
      window.addEventListener(type, () => {
        const hidden = performance.getEntriesByName('ruta-exit-hidden')[0];
        const navigating = performance.getEntriesByName('ruta-exit-navigating')[0];
        if (!hidden || window.__reported) return;
        window.__reported = true;
        console.log('ruta-exit-state ' + JSON.stringify({
          bodyDisplay: getComputedStyle(document.body).display,
          overlay: document.querySelector('[role=alert]')?.textContent ?? null,
          path: location.pathname,
          hiddenMs: hidden.startTime - window.__t0,
          navigatingMs: navigating.startTime - window.__t0,
          // More than one would mean two exits ran (the loader's and the widget's).
          exits: performance.getEntriesByName('ruta-exit-hidden').length,
          overlays: document.querySelectorAll('#ruta-exit-overlay').length,
        }));
        // The wipe re-renders the widget on its first screen in the page's language;
        // report that once it has happened (still before the next page commits).
        const shadow = document.querySelector('[data-ruta]').shadowRoot;
        const report = () => {
          if (!shadow.querySelector('[data-testid=screen-safety-note]')) return false;
          console.log('ruta-exit-wiped ' + JSON.stringify({
            lang: shadow.querySelector('[data-testid=ruta-widget]').getAttribute('lang'),
            // Nothing of what she did may be left in the widget's DOM.
            result: shadow.querySelector('[data-testid=assessment-result]') !== null,
            nearby: shadow.querySelector('[data-testid=nearby-results]') !== null,
          }));
          return true;
        };
        if (!report()) {
          const observer = new MutationObserver(() => { if (report()) observer.disconnect(); });
          observer.observe(shadow, { subtree: true, childList: true, attributes: true });
        }
      });
    }
  });
  // Returned unawaited: it settles when the exit happens.
  const state = page
    .waitForEvent('console', { predicate: (m) => m.text().startsWith('ruta-exit-state '), timeout })
    .then((m) => JSON.parse(m.text().slice('ruta-exit-state '.length)));
  const wiped = page
    .waitForEvent('console', { predicate: (m) => m.text().startsWith('ruta-exit-wiped '), timeout })
    .then((m) => JSON.parse(m.text().slice('ruta-exit-wiped '.length)));
  // Marked handled: a test may wait for the exit its own way and never await these.
  state.catch(() => {});
  wiped.catch(() => {});
  return { state, wiped };
}

/** A real mouse click that, unlike locator.click(), does not wait for the navigation it starts. */
export async function clickWithoutWaiting(page, locator) {
  // A long screen (the assessment's result) may have scrolled the button out of view.
  await locator.scrollIntoViewIfNeeded();
  const box = await locator.boundingBox();
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

export async function litLights(page) {
  return page.getByTestId('quick-exit-lights').locator('[data-lit]').count();
}

/** Activates a control the way a keyboard user does: focus, then Enter. */
export async function pressOn(page, locator) {
  await locator.focus();
  await page.keyboard.press('Enter');
}

/**
 * Holds back the neutral page's response, so that what the old page shows is what a slow
 * network shows; returns the function that lets it through.
 */
export async function holdNeutralPage(page) {
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route('**/clima.html', async (route) => { await held; await route.continue(); });
  return release;
}

/** Leaves the way a person does: a real click on the exit button, or Shift three times. */
export async function triggerExit(page, how) {
  if (how === 'click') {
    await clickWithoutWaiting(page, page.getByTestId('quick-exit'));
  } else {
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
  }
}

/** The default exit destination, answered locally so no test ever leaves the machine. */
export const DEFAULT_EXIT = 'https://www.senamhi.gob.pe/';
export async function answerDefaultExit(context) {
  await context.route(`${DEFAULT_EXIT}**`, (route) => route.fulfill({ contentType: 'text/html', body: '<title>Senamhi</title>' }));
}

const DEMO_SNIPPET = /<div data-ruta[\s\S]*?<\/div>/;

/**
 * Serves the demo page with its HTML changed by `transform` (a function of the page's
 * text), to try embeds a webmaster might write.
 */
export async function rewriteDemo(page, transform) {
  await page.route(`${BASE_URL}/`, async (route) => {
    const response = await route.fetch();
    const before = await response.text();
    const html = transform(before);
    assert.notEqual(html, before, 'the demo page was rewritten');
    await route.fulfill({ response, body: html });
  });
}

/** Replaces the demo's whole embed element with `snippet`. */
export function withSnippet(snippet) {
  return (html) => {
    assert.match(html, DEMO_SNIPPET);
    return html.replace(DEMO_SNIPPET, snippet);
  };
}

/** The demo's element with other attributes and the same fallback content. */
export function demoElement(attributes, inner = '<p><a href="/clima.html" data-ruta-exit>Salir rápido de esta página</a></p><p><a href="tel:100">Línea 100</a> <a href="tel:105">105</a></p>') {
  return `<div data-ruta ${attributes}>${inner}</div>`;
}

/**
 * Answers every remaining question of the assessment with `answer` (a test id such as
 * 'answer-yes'). A decisive yes opens the urgent panel at once; this goes on past it, to
 * the remaining questions, as a person may.
 */
export async function answerEveryQuestion(page, answer) {
  for (;;) {
    if (await page.getByTestId(answer).count()) await page.getByTestId(answer).click();
    else if (await page.getByTestId('urgent-continue').count()) await page.getByTestId('urgent-continue').click();
    else break;
  }
  await page.getByTestId('assessment-result').waitFor();
}

/** The page's state right after the exit handler ran (see watchExitState), waited for from now. */
export function nextExitState(page, timeout = 15000) {
  return page
    .waitForEvent('console', { predicate: (m) => m.text().startsWith('ruta-exit-state '), timeout })
    .then((m) => JSON.parse(m.text().slice('ruta-exit-state '.length)));
}

/**
 * The privacy walk's closing checks, the same for every page that holds the widget: no
 * history entry, the same URL, nothing stored, no other origin, no CSP violation, no
 * console error, and no `Ruta` warning (the page's configuration is valid).
 */
export async function assertWalkLeftNoTrace(page, record, { startHistory, startUrl, label }) {
  assert.equal(await page.evaluate(() => history.length), startHistory, 'no history entries');
  assert.equal(page.url(), startUrl, 'the URL never changes');
  assertNothingStored(await deviceStorage(page));
  assertOnlyOwnOrigin(record);
  await assertNoCspViolations(page);
  assert.deepEqual(record.consoleErrors, []);
  assert.deepEqual(record.pageErrors, []);
  assert.deepEqual(record.consoleWarnings.filter((line) => line.startsWith('Ruta')), [], label);
}
