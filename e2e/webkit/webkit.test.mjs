// The promises that matter most, in WebKit (WebKitGTK's MiniBrowser through Debian's
// WebKitWebDriver, under Xvfb): the engine of every browser on an iPhone. WebDriver
// classic cannot listen to the page before it loads, so Content-Security-Policy
// violations are read from the demo server, which the strict policy reports them to.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSession, KEY } from './driver.mjs';

const BASE_URL = process.env.BASE_URL ?? 'http://127.0.0.1:8080';
const NEUTRAL = `${BASE_URL}/clima.html`;
const BEFORE = `${BASE_URL}/clima.html?antes`;
const SHADOW = 'const root = document.querySelector("[data-ruta]").shadowRoot;';

let browser;
before(async () => { browser = await startSession(); });
after(async () => { await browser?.close(); });

async function cspReports(base = BASE_URL) {
  return (await fetch(`${base}/__csp-reports`)).json();
}

async function openWidget(url = BASE_URL) {
  await browser.goto(url);
  // The wasm's widget, not the loader's prerendered first screen (same test ids).
  await browser.until(`${SHADOW} return root && !root.querySelector('[data-ruta-prerendered]') && root.querySelector('[data-testid=quick-exit]') !== null;`);
}

/** Clicks an element of the widget by its test id. */
async function click(testid) {
  await browser.until(`${SHADOW} return root.querySelector('[data-testid=${testid}]') !== null;`);
  await browser.run(`${SHADOW} root.querySelector('[data-testid=${testid}]').click();`);
}

async function shown(testid) {
  await browser.until(`${SHADOW} return root.querySelector('[data-testid=${testid}]') !== null;`);
}

async function waitForUrl(url) {
  const end = Date.now() + 15_000;
  while ((await browser.url().catch(() => '')) !== url) {
    assert.ok(Date.now() < end, `still at ${await browser.url().catch(() => '?')}, waiting for ${url}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const STORAGE = `return (async () => ({
  cookie: document.cookie, localStorage: localStorage.length, sessionStorage: sessionStorage.length,
  indexedDB: indexedDB.databases ? (await indexedDB.databases()).length : 0,
  cacheStorage: (await caches.keys()).length, historyState: history.state, windowName: window.name,
}))()`;

test('WebKit: the privacy walk through every menu screen leaves nothing behind, under the strict CSP', async () => {
  const reportsBefore = (await cspReports()).length;
  await openWidget();
  const start = await browser.run('return { history: history.length, url: location.href, title: document.title };');
  await click('safety-note-continue');
  await shown('screen-home');
  for (const entry of ['locator', 'assessment', 'helplines', 'rights', 'safety-plan', 'safer-browsing', 'helper-guide']) {
    await click(`menu-${entry}`);
    await click('back-to-start');
    await shown('screen-home');
  }
  // The locator really fetched and accepted its data.
  await click('menu-locator');
  await shown('nearby-results');
  const now = await browser.run('return { history: history.length, url: location.href, title: document.title };');
  assert.deepEqual(now, start, 'no history entry, the same URL, the same title');
  assert.deepEqual(await browser.run(STORAGE), {
    cookie: '', localStorage: 0, sessionStorage: 0, indexedDB: 0, cacheStorage: 0, historyState: null, windowName: '',
  });
  const others = await browser.run(`return performance.getEntriesByType('resource').map((e) => e.name)
    .filter((u) => !u.startsWith(location.origin) && !u.startsWith('data:'));`);
  assert.deepEqual(others, [], 'no other origin');
  assert.deepEqual((await cspReports()).slice(reportsBefore), [], 'no CSP violation reported');
});

for (const how of ['click', 'Shift×3']) {
  test(`WebKit: quick exit by ${how} replaces the page; Back does not return`, async () => {
    await browser.goto(BEFORE);
    await openWidget();
    const historyOnWidget = await browser.run('return history.length;');
    if (how === 'click') await click('quick-exit');
    else await browser.pressKeys(KEY.shift, KEY.shift, KEY.shift);
    await waitForUrl(NEUTRAL);
    assert.equal(await browser.run('return history.length;'), historyOnWidget, 'replace: history did not grow');
    await browser.back();
    await waitForUrl(BEFORE);
  });
}

test('WebKit: with the .wasm missing, the fallback helplines show and the exit link still replaces', async () => {
  // A copy of the site without the wasm, as when a server or a filter blocks the file.
  const dir = await mkdtemp(join(tmpdir(), 'ruta-no-wasm-'));
  const root = new URL('../../dist/', import.meta.url).pathname;
  await cp(root, dir, { recursive: true });
  await rm(join(dir, 'ruta', 'ruta-widget_bg.wasm'));
  await rm(join(dir, 'ruta', 'ruta-widget_bg.wasm.gz'));
  const port = 20000 + Math.floor(Math.random() * 20000);
  const server = spawn('python3', [new URL('../../scripts/server.py', import.meta.url).pathname, '--dir', dir, '--port', String(port)], { stdio: 'ignore' });
  const base = `http://127.0.0.1:${port}`;
  try {
    for (let i = 0; i < 50; i++) {
      try { if ((await fetch(base)).ok) break; } catch { /* starting */ }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await browser.goto(`${base}/clima.html?antes`);
    const historyBefore = await browser.run('return history.length;');
    await browser.goto(base);
    await browser.until('return document.querySelector("[data-ruta]").classList.contains("rr-block");');
    await new Promise((resolve) => setTimeout(resolve, 1000));
    // No shadow root, or only the <slot> a prerendered first screen gives way to.
    assert.equal(await browser.run('const r = document.querySelector("[data-ruta]").shadowRoot; return r === null || (r.children.length === 1 && r.firstElementChild.localName === "slot");'), true, 'the widget never mounted');
    const tel = await browser.run('return [...document.querySelectorAll("[data-ruta] a[href^=\'tel:\']")].map((a) => a.getAttribute("href"));');
    assert.ok(tel.includes('tel:100') && tel.includes('tel:105'), tel.join());
    await browser.run('document.querySelector("[data-ruta] a[data-ruta-exit]").click();');
    await waitForUrl(`${base}/clima.html`);
    assert.equal(await browser.run('return history.length;'), historyBefore + 1, 'replace: history did not grow');
    assert.deepEqual(await cspReports(base), [], 'no CSP violation reported');
  } finally {
    server.kill();
    await rm(dir, { recursive: true, force: true });
  }
});
