// Safe before, during and after: quick exit from the loader's first moment (the wasm
// slow or blocked), one exit behaviour once the wasm is up, the exit always leaving the
// document (no <base> re-basing, no same-page exit, a fallback when the page stays), no
// Referer, the clipboard emptied, and an embed that cannot be turned against her.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  BASE_URL, DEFAULT_EXIT, launch, openPage, openWidget, widget, pressOn, answerDefaultExit, rewriteDemo,
  withSnippet, demoElement, clickWithoutWaiting, assertAxeClean, watchExitState, nextExitState, answerEveryQuestion,
  WASM_URL, FIRST_SCREEN_URL, holdNeutralPage,
} from '../lib/harness.mjs';

const NEUTRAL = `${BASE_URL}/clima.html`;
const BEFORE = `${BASE_URL}/clima.html?antes`;

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** Holds every .wasm response (the twin too) for `ms`, as a slow phone network does. */
async function delayWasm(page, ms) {
  await page.route(WASM_URL, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, ms));
    await route.continue().catch(() => {});
  });
}

/** The loader has run: it marks the host for session-replay tools at once. */
async function loaderRan(page) {
  await page.waitForFunction(() => document.querySelector('[data-ruta]')?.classList.contains('rr-block'));
}

/** Whether the wasm has drawn the widget: a shadow root child that is not the loader's prerendered screen. */
const wasmMounted = () => [...(document.querySelector('[data-ruta]').shadowRoot?.children ?? [])]
  .some((child) => !child.hasAttribute('data-ruta-prerendered'));

async function arriveBeforeWasm(page, { prerendered }) {
  await page.goto(BEFORE);
  await page.goto(BASE_URL);
  await loaderRan(page);
  if (prerendered) await page.locator('[data-ruta-prerendered] [data-testid="quick-exit"]').waitFor();
  assert.equal(await page.evaluate(wasmMounted), false, 'the wasm is not there yet');
  return page.evaluate(() => history.length);
}

async function assertReplacedWithoutReferer(page, historyOnWidget, exitRequest) {
  await page.waitForURL(NEUTRAL);
  const headers = await (await exitRequest).allHeaders();
  assert.equal(headers.referer, undefined, 'the exit page is not told where she was');
  assert.equal(await page.evaluate(() => history.length), historyOnWidget, 'replace: history did not grow');
  await page.goBack();
  assert.equal(page.url(), BEFORE, 'Back skips the widget page');
}

for (const how of ['prerendered exit button', 'fallback link', 'Shift×3']) {
  test(`with the wasm 10 s late, the ${how} leaves at once with replace and no Referer`, async () => {
    const { context, page } = await openPage(browser);
    try {
      await delayWasm(page, 10_000);
      // The fallback link is what shows where the prerendered first screen is missing.
      if (how === 'fallback link') await page.route(FIRST_SCREEN_URL, (route) => route.fulfill({ status: 404, body: '' }));
      const historyOnWidget = await arriveBeforeWasm(page, { prerendered: how !== 'fallback link' });
      const exitRequest = page.waitForRequest(NEUTRAL);
      const started = Date.now();
      if (how === 'prerendered exit button') {
        const exit = page.locator('[data-ruta-prerendered] [data-testid="quick-exit"]');
        assert.equal(new URL(await exit.getAttribute('href')).pathname, '/clima.html', 'the configured exit URL');
        await clickWithoutWaiting(page, exit);
      } else if (how === 'fallback link') {
        await clickWithoutWaiting(page, page.locator('[data-ruta] a[data-ruta-exit]'));
      } else {
        await page.getByRole('link', { name: 'Trámites' }).focus();
        for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
      }
      await assertReplacedWithoutReferer(page, historyOnWidget, exitRequest);
      assert.ok(Date.now() - started < 5_000, 'it did not wait for the wasm');
    } finally {
      await context.close();
    }
  });
}

test('with the wasm blocked, Shift×3 and the fallback link still leave with replace', async () => {
  for (const how of ['link', 'shift']) {
    const { context, page } = await openPage(browser);
    try {
      await page.route(WASM_URL, (route) => route.abort());
      const gaveUp = page.waitForEvent('console', (m) => m.text().startsWith('Ruta: the widget could not start'));
      await page.goto(BEFORE);
      const historyBefore = await page.evaluate(() => history.length);
      await page.goto(BASE_URL);
      await gaveUp;
      const exitRequest = page.waitForRequest(NEUTRAL);
      if (how === 'link') await page.locator('[data-ruta] a[data-ruta-exit]').click({ noWaitAfter: true });
      else for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
      await assertReplacedWithoutReferer(page, historyBefore + 1, exitRequest);
    } finally {
      await context.close();
    }
  }
});

test('with WebAssembly missing, nothing is downloaded in vain and the console says why', async () => {
  const { context, page, record } = await openPage(browser);
  try {
    await context.addInitScript(() => { delete window.WebAssembly; });
    const said = page.waitForEvent('console', (m) => m.text().startsWith('Ruta: this browser lacks WebAssembly'));
    await page.goto(BASE_URL);
    await said;
    await page.waitForTimeout(500);
    assert.ok(!record.requests.some((url) => /\.wasm(\.gz)?$|ruta-widget\.js$|first-/.test(url)), `no widget download: ${record.requests}`);
    assert.ok(await page.locator('[data-ruta]').getByRole('link', { name: 'Línea 100' }).isVisible());
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
    await page.waitForURL(NEUTRAL);
  } finally {
    await context.close();
  }
});

for (const how of ['click', 'shift']) {
  test(`${how} once the wasm is up: exactly one exit runs, and the clipboard is emptied`, async () => {
    const { context, page } = await openPage(browser, { permissions: ['clipboard-read', 'clipboard-write'] });
    try {
      await watchExitState(context, page);
      await openWidget(page);
      // Copy the summary first, so there is something of ours in the clipboard.
      await pressOn(page, page.getByTestId('safety-note-continue'));
      await pressOn(page, page.getByTestId('menu-assessment'));
      // Helper mode: the volunteer copies the summary for the person she guides.
      await page.getByTestId('helper-mode').check();
      await pressOn(page, page.getByTestId('assessment-start'));
      await answerEveryQuestion(page, 'answer-no');
      await page.getByTestId('copy-summary').click();
      await page.waitForFunction(async () => (await navigator.clipboard.readText()).length > 0);
      // Waited for from here: the walk before it can be slow on a busy machine. The neutral
      // page is held until the state is read, so the report cannot be lost with the page.
      const state = nextExitState(page);
      const release = await holdNeutralPage(page);
      // noWaitAfter: the click must not wait for the held navigation.
      if (how === 'click') await page.getByTestId('quick-exit').click({ noWaitAfter: true });
      else for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
      const seen = await state;
      release();
      assert.deepEqual([seen.exits, seen.overlays], [1, 1], 'one exit, one overlay: no double firing');
      await page.waitForURL(NEUTRAL);
      assert.equal(await page.evaluate(() => navigator.clipboard.readText()), '', 'the summary is gone from the clipboard');
    } finally {
      await context.close();
    }
  });
}

test('a <base href> on the host page cannot send the exit to another site', async () => {
  const { context, page } = await openPage(browser);
  try {
    const other = BASE_URL.replace('127.0.0.1', 'localhost');
    await rewriteDemo(page, (html) => html
      .replace('<head>', `<head><base href="${other}/">`)
      .replace('href="demo.css"', `href="${BASE_URL}/demo.css"`)
      .replace('src="/ruta/ruta-embed.js"', `src="${BASE_URL}/ruta/ruta-embed.js"`));
    await openWidget(page);
    assert.equal(await page.getByTestId('quick-exit').getAttribute('href'), NEUTRAL);
    await clickWithoutWaiting(page, page.getByTestId('quick-exit'));
    await page.waitForURL(NEUTRAL);
  } finally {
    await context.close();
  }
});

for (const exit of ['/', '/#noticias', '/index.html']) {
  test(`data-exit-url="${exit}" on the page it names is refused: quick exit still leaves`, async () => {
    const { context, page, record } = await openPage(browser);
    try {
      await answerDefaultExit(context);
      await rewriteDemo(page, (html) => html.replace('data-exit-url="/clima.html"', `data-exit-url="${exit}"`));
      await openWidget(page);
      assert.ok(record.consoleWarnings.some((w) => w.startsWith('Ruta: data-exit-url') && w.includes('same page')),
        record.consoleWarnings.join(' | '));
      await clickWithoutWaiting(page, page.getByTestId('quick-exit'));
      await page.waitForURL(DEFAULT_EXIT);
    } finally {
      await context.close();
    }
  });
}

test('when the exit page does not unload (204, "leave site?"), the default destination is used', async () => {
  const { context, page, record } = await openPage(browser);
  try {
    await answerDefaultExit(context);
    await page.route(`${BASE_URL}/sin-contenido`, (route) => route.fulfill({ status: 204 }));
    await rewriteDemo(page, (html) => html.replace('data-exit-url="/clima.html"', 'data-exit-url="/sin-contenido"'));
    const dialogs = [];
    page.on('dialog', (dialog) => { dialogs.push(dialog.type()); dialog.dismiss(); });
    // A host page that asks "leave site?" (an unsaved form, a CMS plugin).
    await context.addInitScript(() => {
      window.addEventListener('beforeunload', (event) => { event.preventDefault(); event.returnValue = ''; });
    });
    await openWidget(page);
    await page.getByTestId('safety-note-continue').click();
    const started = Date.now();
    await clickWithoutWaiting(page, page.getByTestId('quick-exit'));
    // The 204 aborts the first navigation, so wait on the address, not on a load.
    while (page.url() !== DEFAULT_EXIT) {
      assert.ok(Date.now() - started < 10_000, `still on ${page.url()} after 10 s`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    assert.ok(Date.now() - started >= 2_500, 'the exit URL was tried first');
    assert.deepEqual(dialogs, [], 'no "leave site?" prompt over the blank page');
    assert.deepEqual(record.pageErrors, []);
  } finally {
    await context.close();
  }
});

test('a hidden data-ruta element placed first is never mounted on, and says so', async () => {
  const { context, page, record } = await openPage(browser);
  try {
    await rewriteDemo(page, (html) => html.replace('<div data-ruta',
      '<div data-ruta hidden data-exit-url="https://tracker.example/"></div><div data-ruta'));
    await openWidget(page);
    const hosts = page.locator('[data-ruta]');
    assert.equal(await hosts.nth(0).evaluate((el) => el.shadowRoot), null, 'the hidden one stays empty');
    assert.equal(await hosts.nth(0).isVisible(), false, 'and hidden');
    assert.equal(await page.getByTestId('quick-exit').getAttribute('href'), NEUTRAL, 'the visible one’s exit');
    assert.ok(record.consoleWarnings.some((w) => w.includes('hidden and is not used')), record.consoleWarnings.join(' | '));
  } finally {
    await context.close();
  }
});

test('the widget root carries the markers session-replay tools honour', async () => {
  const { context, page } = await openPage(browser);
  try {
    await openWidget(page);
    const host = page.locator('[data-ruta]');
    for (const name of ['rr-block', 'ph-no-capture', 'fs-exclude', 'sentry-block', 'hj-suppress']) {
      assert.ok(await host.evaluate((el, n) => el.classList.contains(n), name), name);
    }
    assert.equal(await host.getAttribute('data-clarity-mask'), 'true');
    assert.equal(await host.getAttribute('data-hj-suppress'), '');
  } finally {
    await context.close();
  }
});

test('look-alikes of national helplines and numbers without an area code are refused; wrapped values are fine', async () => {
  const { context, page, record } = await openPage(browser);
  try {
    const contact = (attributes) => `<li data-ruta-contact ${attributes}>x</li>`;
    await rewriteDemo(page, withSnippet(demoElement('data-lang="es" data-exit-url="/clima.html" data-ubigeo="150142"', `
      <p><a href="/clima.html" data-ruta-exit>Salir</a> <a href="tel:100">Línea 100</a> <a href="tel:105">105</a></p>
      <ul>
        ${contact('data-kind="otro" data-name="Línea 100 – MIMP (oficial)" data-phone="987 000 111" data-address="Plaza"')}
        ${contact('data-kind="serenazgo" data-name="Serenazgo" data-phone="105" data-address="Plaza"')}
        ${contact('data-kind="mujer" data-name="Oficina de la Mujer" data-phone="481568" data-address="Plaza"')}
        ${contact('data-kind="Escuadron" data-name="Escuadrón Violeta" data-phone="987 654 321" data-address="Palacio municipal,\n          primer piso"')}
      </ul>`)));
    await openWidget(page);
    const warnings = record.consoleWarnings.filter((w) => w.startsWith('Ruta: local contact'));
    assert.equal(warnings.length, 3, warnings.join(' | '));
    assert.ok(warnings[0].includes('copies a national helpline') && warnings[1].includes('copies a national helpline'));
    assert.ok(warnings[2].includes('no area code'));
    await pressOn(page, page.getByTestId('safety-note-continue'));
    await pressOn(page, page.getByTestId('menu-helplines'));
    const locals = page.getByTestId('local-contacts');
    assert.equal(await locals.getByTestId('place').count(), 1, 'only the real municipal contact');
    const text = await locals.textContent();
    assert.ok(text.includes('Escuadrón Violeta') && text.includes('Palacio municipal, primer piso'), text);
    assert.ok(!text.includes('oficial'));
    // The verified 105 and Línea 100 come before the municipality's own numbers.
    const order = await widget(page).evaluate((root) => {
      const all = [...root.querySelectorAll('a[href^="tel:"], [data-testid=local-contacts]')];
      return all.map((el) => el.getAttribute('href') ?? 'local');
    });
    assert.ok(order.indexOf('tel:105') < order.indexOf('local') && order.indexOf('tel:100') < order.indexOf('local'), order.join());
    await assertAxeClean(page, 'helplines with a refused look-alike');
  } finally {
    await context.close();
  }
});

/** Answers the assessment to a high result and asks for the locator by district. */
async function leaveTracesBehind(page) {
  await pressOn(page, page.getByTestId('safety-note-continue'));
  await pressOn(page, page.getByTestId('menu-assessment'));
  await page.getByTestId('helper-mode').check();
  await pressOn(page, page.getByTestId('assessment-start'));
  await answerEveryQuestion(page, 'answer-yes');
}

test('Chromium with its back-forward cache on: leaving by a link and coming Back shows nothing of hers', async () => {
  // Playwright turns the cache off by default; a woman's browser has it on.
  const bfcacheBrowser = await launch({ ignoreDefaultArgs: ['--disable-back-forward-cache'] });
  const { context, page } = await openPage(bfcacheBrowser);
  try {
    await context.addInitScript(() => {
      window.addEventListener('pageshow', (event) => { window.__restored = event.persisted; });
    });
    await openWidget(page);
    await leaveTracesBehind(page);
    // An ordinary link on the host page, not quick exit.
    await page.evaluate(() => { location.href = '/clima.html'; });
    await page.waitForURL(NEUTRAL);
    // A page restored from the cache fires no load event.
    await page.goBack({ waitUntil: 'commit' });
    await page.waitForURL(`${BASE_URL}/`, { waitUntil: 'commit' });
    await page.waitForFunction(() => window.__restored !== undefined);
    // `persisted` is true only for a page restored whole from the cache, so the test
    // cannot pass on an ordinary reload.
    assert.equal(await page.evaluate(() => window.__restored), true, 'the page really came from the back-forward cache');
    await page.getByTestId('screen-safety-note').waitFor({ timeout: 5_000 });
    assert.equal(await page.getByTestId('assessment-result').count(), 0, 'no result');
    const text = await widget(page).textContent();
    assert.ok(!/Peligro|peligro alto/.test(text), 'nothing of the result on screen');
    await pressOn(page, page.getByTestId('safety-note-continue'));
    await pressOn(page, page.getByTestId('menu-assessment'));
    assert.equal(await page.getByTestId('helper-mode').isChecked(), false, 'helper mode forgotten');
    await assertAxeClean(page, 'after a back-forward restore');
  } finally {
    await context.close();
    await bfcacheBrowser.close();
  }
});
