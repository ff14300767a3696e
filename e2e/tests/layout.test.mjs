// Issue 10, item 9, on touch phones: at 360×740 and 320×640, on every screen, the corner
// exit button never covers a control once it is scrolled to, nothing sticks out of the
// widget, and a host page's cookie banner with a huge z-index never covers the button.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';

import { BASE_URL, launch, openPage, openWidget, pressOn, assertAxeClean } from '../lib/harness.mjs';
import { phone, controlsUnderTheExit, overflow, exitIsOnTop, addHostBanner } from '../lib/layout.mjs';

const NEUTRAL = `${BASE_URL}/clima.html`;

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const MENU = ['menu-helplines', 'menu-rights', 'menu-safety-plan', 'menu-safer-browsing', 'menu-helper-guide'];

/** Calls `check(label)` on every screen: note, home, each reading screen, the locator and
 * its data screen, the assessment's intro, a question, the urgent panel and the result. */
async function everyScreen(page, check) {
  await page.getByTestId('screen-safety-note').waitFor();
  await check('safety note');
  await pressOn(page, page.getByTestId('safety-note-continue'));
  await page.getByTestId('screen-home').waitFor();
  await check('home');
  for (const entry of MENU) {
    await pressOn(page, page.getByTestId(entry));
    await page.getByTestId('back-to-start').waitFor();
    await check(entry);
    await pressOn(page, page.getByTestId('back-to-start'));
    await page.getByTestId('screen-home').waitFor();
  }
  await pressOn(page, page.getByTestId('menu-locator'));
  await page.getByTestId('nearby-results').waitFor();
  await check('locator with results');
  await pressOn(page, page.getByTestId('open-about-data'));
  await page.getByTestId('screen-about-data').waitFor();
  await check('about the data');
  await pressOn(page, page.getByTestId('back-to-start'));
  await pressOn(page, page.getByTestId('menu-assessment'));
  await page.getByTestId('assessment-start').waitFor();
  await check('assessment intro');
  await pressOn(page, page.getByTestId('assessment-start'));
  await page.getByTestId('question-humiliated').waitFor();
  await check('first question');
  // "No" to the recognition questions, then "yes" to the weapon question: decisive.
  while (!(await page.getByTestId('question-weapon').count())) {
    await pressOn(page, page.getByTestId('answer-no'));
  }
  await pressOn(page, page.getByTestId('answer-yes'));
  await page.getByTestId('assessment-urgent').waitFor();
  await check('urgent panel');
  await pressOn(page, page.getByTestId('urgent-show-result'));
  await page.getByTestId('assessment-result').waitFor();
  await check('result');
}

for (const [width, height] of [[360, 740], [320, 640]]) {
  test(`at ${width}×${height} on a touch phone: the exit button covers no control and nothing sticks out`, async () => {
    const { context, page } = await openPage(browser, phone(width, height));
    try {
      await openWidget(page);
      let controls = 0;
      await everyScreen(page, async (label) => {
        const { count, covered } = await controlsUnderTheExit(page);
        controls += count;
        assert.deepEqual(covered, [], `${label} at ${width} px`);
        const { sticksOut, widgetScrolls } = await overflow(page);
        assert.deepEqual(sticksOut, [], `${label} at ${width} px: sticks out of the widget`);
        assert.equal(widgetScrolls, false, `${label} at ${width} px: the widget scrolls sideways`);
        const top = await exitIsOnTop(page);
        assert.ok(top.onScreen && top.touched, `${label} at ${width} px: exit button ${JSON.stringify(top)}`);
      });
      assert.ok(controls > 100, `the walk checked the controls (${controls})`);
    } finally {
      await context.close();
    }
  });
}

test('a host banner fixed over the bottom with a huge z-index never covers the exit button; axe still clean', async () => {
  const { context, page } = await openPage(browser, phone(360, 740));
  try {
    await openWidget(page);
    await addHostBanner(page);
    const banner = await page.locator('#cookie-banner').boundingBox();
    const exit = await page.getByTestId('quick-exit').boundingBox();
    assert.ok(exit.y >= banner.y, 'the banner really is where the button is');
    await everyScreen(page, async (label) => {
      for (const where of ['top', 'bottom']) {
        await page.evaluate((w) => window.scrollTo(0, w === 'top' ? 0 : document.body.scrollHeight), where);
        const top = await exitIsOnTop(page);
        assert.ok(top.onScreen && top.touched, `${label}, page scrolled to the ${where}: ${JSON.stringify(top)}`);
      }
      await assertAxeClean(page, `${label} with a host banner`);
    });
    await page.getByTestId('quick-exit').tap();
    await page.waitForURL(NEUTRAL);
  } finally {
    await context.close();
  }
});
