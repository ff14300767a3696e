// Quick exit: button and Shift×3 leave with location.replace, after blanking the page;
// Back cannot return; the shortcut's announcements and lights; the no-WASM fallback.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  BASE_URL, launch, openPage, openWidget, waitForStatus, watchExitState, holdNeutralPage, triggerExit, litLights,
  assertAxeClean, WASM_URL, notMounted,
} from '../lib/harness.mjs';

const NEUTRAL = `${BASE_URL}/clima.html`;
// A page visited before the widget, so "Back" has somewhere to go.
const BEFORE = `${BASE_URL}/clima.html?antes`;

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** Opens BEFORE, then the widget page, and returns the history length on the widget page. */
async function arrive(page, { waitForMount = true } = {}) {
  await page.goto(BEFORE);
  if (waitForMount) await openWidget(page);
  else await page.goto(`${BASE_URL}/`);
  return page.evaluate(() => history.length);
}

async function assertLeftWithoutWayBack(page, historyOnWidget) {
  await page.waitForURL(NEUTRAL);
  assert.equal(await page.evaluate(() => history.length), historyOnWidget, 'replace: history did not grow');
  await page.goBack();
  assert.equal(page.url(), BEFORE, 'Back skips the widget page');
  await page.goForward();
  assert.equal(page.url(), NEUTRAL, 'Forward leads to the neutral page, not the widget');
}

test('clicking quick exit replaces the page; Back does not return', async () => {
  const { context, page } = await openPage(browser);
  try {
    const historyOnWidget = await arrive(page);
    await page.getByTestId('quick-exit').click();
    await assertLeftWithoutWayBack(page, historyOnWidget);
  } finally {
    await context.close();
  }
});

test('pressing Shift three times replaces the page; Back does not return', async () => {
  const { context, page } = await openPage(browser);
  try {
    const historyOnWidget = await arrive(page);
    // Focus in the host page, outside the widget: the listener is on the host document.
    await page.getByRole('link', { name: 'Trámites' }).focus();
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await assertLeftWithoutWayBack(page, historyOnWidget);
  } finally {
    await context.close();
  }
});

// The widget is drawn in steps after the loader's own (docs/ARCHITECTURE.md, "Start-up"):
// start, the quick exit and header, the screen and footer, the swap. Zero-delay timers are
// held here and let go one at a time until the widget reaches the step, so the shortcut
// is tried at each of them: some listener must answer at every one.
const STEPS = {
  'before start': () => true,
  'after start': (live) => live !== null,
  'after the first render step': (live) => Boolean(live?.querySelector('[data-testid="quick-exit"]')),
  'after the second render step': (live) => Boolean(live?.querySelector('[data-testid="ruta-screen"]')),
  'after the swap': (live, prerendered) => live !== null && !live.hidden && prerendered === null,
};
for (const [during, reached] of Object.entries(STEPS)) {
  test(`Shift three times leaves ${during}`, async () => {
    const { context, page } = await openPage(browser);
    try {
      await page.addInitScript(() => {
        const realSetTimeout = window.setTimeout;
        window.__heldTimers = [];
        window.setTimeout = (callback, ms, ...args) => {
          if (ms) return realSetTimeout(callback, ms, ...args);
          window.__heldTimers.push(() => callback(...args));
          return 0;
        };
      });
      const historyOnWidget = await arrive(page, { waitForMount: false });
      // The loader's own zero-delay timer, just before start: the wasm is ready.
      await page.waitForFunction(() => window.__heldTimers.length > 0);
      const state = `(() => {
        const shadow = document.querySelector('[data-ruta]').shadowRoot;
        const children = [...(shadow?.children ?? [])];
        return [children.find((e) => e.localName === 'div' && !e.hasAttribute('data-ruta-prerendered')) ?? null,
          children.find((e) => e.hasAttribute('data-ruta-prerendered')) ?? null];
      })()`;
      for (;;) {
        const done = await page.evaluate(`(${reached})(...${state})`);
        if (done) break;
        await page.waitForFunction(() => window.__heldTimers.length > 0);
        await page.evaluate(() => window.__heldTimers.shift()());
      }
      const prerendered = await page.evaluate(`${state}[1] !== null`);
      assert.equal(prerendered, during !== 'after the swap', 'the prerendered screen shows until the swap');
      await page.getByRole('link', { name: 'Trámites' }).focus();
      await triggerExit(page, 'shift');
      await assertLeftWithoutWayBack(page, historyOnWidget);
    } finally {
      await context.close();
    }
  });
}

for (const how of ['click', 'shift']) {
  test(`${how}: the page is blanked and state wiped before the next page arrives`, async () => {
    const { context, page } = await openPage(browser);
    try {
      const { state, wiped } = await watchExitState(context, page);
      await openWidget(page);
      // Leave from a later screen in another language, so the wipe has something to undo.
      await page.getByTestId('language-picker').selectOption('en');
      await page.getByTestId('safety-note-continue').click();
      await page.getByTestId('screen-home').waitFor();
      // Hold the neutral page's response: whatever shows now is what a slow network shows.
      const release = await holdNeutralPage(page);
      await triggerExit(page, how);
      const seen = await state;
      assert.deepEqual(
        { bodyDisplay: seen.bodyDisplay, overlay: seen.overlay, path: seen.path },
        { bodyDisplay: 'none', overlay: 'Loading.', path: '/' },
        'hidden, with the neutral overlay, while still on the widget page',
      );
      assert.ok(seen.hiddenMs <= seen.navigatingMs, 'hidden before navigation starts');
      assert.deepEqual(await wiped, { lang: 'es', result: false, nearby: false }, 'back to the first screen and the page language');
      release();
      await page.waitForURL(NEUTRAL);
    } finally {
      await context.close();
    }
  });
}

test('the shortcut announces the presses left, lights up, and expires after 5 s', async () => {
  const { context, page } = await openPage(browser);
  try {
    await openWidget(page);
    await page.keyboard.press('Shift');
    await waitForStatus(page, 'Pulsa Shift 2 veces más para salir.');
    assert.equal(await litLights(page), 1);
    await page.keyboard.press('Shift');
    await waitForStatus(page, 'Pulsa Shift 1 vez más para salir.');
    assert.equal(await litLights(page), 2);
    await assertAxeClean(page, 'shortcut counting');
    // Wait on the condition, not a fixed sleep: the window is 5 s.
    await waitForStatus(page, 'Se canceló la salida con Shift.', { timeout: 8000 });
    assert.equal(await litLights(page), 0);
    assert.equal(page.url(), `${BASE_URL}/`);
  } finally {
    await context.close();
  }
});

test('Shift used to type capitals never leaves, and another key cancels the count', async () => {
  const { context, page } = await openPage(browser);
  try {
    await openWidget(page);
    for (let i = 0; i < 4; i++) await page.keyboard.press('Shift+A');
    assert.equal(await litLights(page), 0, 'Shift as a modifier is not counted');
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await waitForStatus(page, 'Pulsa Shift 1 vez más para salir.');
    await page.keyboard.press('Tab');
    await page.waitForFunction(() =>
      document.querySelector('[data-ruta]').shadowRoot.querySelectorAll('[data-lit]').length === 0);
    await page.keyboard.press('Shift');
    await waitForStatus(page, 'Pulsa Shift 2 veces más para salir.');
    assert.equal(page.url(), `${BASE_URL}/`, 'still here');
  } finally {
    await context.close();
  }
});

test('quick exit is the first thing reached by keyboard in the widget', async () => {
  const { context, page } = await openPage(browser);
  try {
    await openWidget(page);
    await page.getByRole('link', { name: 'Orientación' }).focus();
    // Tab through the host page until focus enters the widget.
    let name = '';
    for (let i = 0; i < 20 && !name; i++) {
      await page.keyboard.press('Tab');
      name = await page.evaluate(() => {
        const host = document.querySelector('[data-ruta]');
        return document.activeElement === host ? host.shadowRoot.activeElement?.getAttribute('data-testid') ?? '?' : '';
      });
    }
    assert.equal(name, 'quick-exit');
    await page.keyboard.press('Enter');
    await page.waitForURL(NEUTRAL);
  } finally {
    await context.close();
  }
});

test('on a touch phone the exit button stays on screen and is at least 44 px', async () => {
  const { context, page } = await openPage(browser, {
    viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2,
  });
  try {
    await openWidget(page);
    for (const where of ['top', 'bottom']) {
      await page.evaluate((w) => window.scrollTo(0, w === 'top' ? 0 : document.body.scrollHeight), where);
      const box = await page.getByTestId('quick-exit').boundingBox();
      assert.ok(box.width >= 44 && box.height >= 44, `big enough: ${JSON.stringify(box)}`);
      assert.ok(box.y >= 0 && box.y + box.height <= 640 && box.x >= 0 && box.x + box.width <= 360,
        `visible at the ${where} of the page: ${JSON.stringify(box)}`);
    }
    await page.getByTestId('quick-exit').tap();
    await page.waitForURL(NEUTRAL);
  } finally {
    await context.close();
  }
});

test('with the .wasm blocked, the fallback helplines and exit link are there and work', async () => {
  const { context, page } = await openPage(browser);
  try {
    await page.route(WASM_URL, (route) => route.abort());
    const gaveUp = page.waitForEvent('console', (m) => m.text().startsWith('Ruta: the widget could not start'));
    await page.goto(BASE_URL);
    await gaveUp;
    const host = page.locator('[data-ruta]');
    const linea = host.getByRole('link', { name: 'Línea 100' });
    const police = host.getByRole('link', { name: '105' });
    await linea.waitFor();
    assert.equal(await linea.getAttribute('href'), 'tel:100');
    assert.equal(await police.getAttribute('href'), 'tel:105');
    assert.ok(await linea.isVisible() && await police.isVisible());
    assert.ok(await host.evaluate(notMounted), 'the widget never mounted');
    await assertAxeClean(page, 'fallback without WASM');
    await host.getByRole('link', { name: 'Salir rápido de esta página' }).click();
    await page.waitForURL(NEUTRAL);
  } finally {
    await context.close();
  }
});
