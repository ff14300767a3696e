// The self-assessment end to end: a whole run by keyboard in each mode, axe on every
// step and result, no history or URL change, nothing stored, and a copied summary that
// holds none of the answers.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  launch, openPage, openWidget, widget, deviceStorage, assertNothingStored, assertOnlyOwnOrigin,
  assertAxeClean, withoutIsolation,
  pressOn,
} from '../lib/harness.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });


for (const helper of [false, true]) {
  test(`a whole run by keyboard ${helper ? 'in helper mode' : 'for oneself'}`, async () => {
    const { context, page, record } = await openPage(browser);
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    try {
      await openWidget(page);
      const startHistory = await page.evaluate(() => history.length);
      const startUrl = page.url();
      const w = widget(page);
      await pressOn(page, page.getByTestId('safety-note-continue'));
      await pressOn(page, page.getByTestId('menu-assessment'));
      await page.getByTestId('assessment-start').waitFor();
      if (helper) {
        await page.getByTestId('helper-mode').focus();
        await page.keyboard.press('Space');
        await w.getByRole('heading', { name: 'Preguntas sobre su seguridad' }).waitFor();
      }
      await assertAxeClean(page, `assessment intro, helper=${helper}`);
      await pressOn(page, page.getByTestId('assessment-start'));

      const asked = [];
      // Strangulation yes makes the result high; everything else alternates no/unsure.
      for (let i = 0; ; i++) {
        const progress = page.getByTestId('assessment-progress');
        if (!(await progress.count())) break;
        const [current, total] = withoutIsolation(await progress.textContent()).match(/\d+/g).map(Number);
        assert.equal(current, i + 1);
        const fieldset = w.locator('fieldset');
        const id = (await fieldset.getAttribute('data-testid')).replace('question-', '');
        const text = withoutIsolation(await fieldset.locator('[data-autofocus]').textContent());
        asked.push(text);
        assert.ok(await fieldset.locator('[data-autofocus]').evaluate((el) => el.getRootNode().activeElement === el || i === 0),
          'focus moves to each new question');
        if (helper) assert.doesNotMatch(text, /\b(te|tu|tú)\b/i, `third person in helper mode: ${text}`);
        await assertAxeClean(page, `question ${current}/${total}, helper=${helper}`);
        const answer = id === 'strangled' ? 'answer-yes' : (i % 2 ? 'answer-no' : 'answer-unsure');
        await pressOn(page, page.getByTestId(answer));
        if (id === 'strangled') {
          // Decisive: the urgent panel comes at once, 105 first, before any other question.
          const panel = w.getByTestId('assessment-urgent');
          await panel.waitFor();
          const panelText = withoutIsolation(await panel.textContent());
          assert.ok(panelText.indexOf('Llamar al 105') < panelText.indexOf('Llamar al 100'), 'the urgent panel puts 105 first');
          assert.equal(await page.getByTestId('assessment-progress').count(), 0, 'no question on the urgent panel');
          await assertAxeClean(page, `urgent panel, helper=${helper}`);
          await pressOn(page, page.getByTestId('urgent-continue'));
          await page.getByTestId('assessment-progress').waitFor();
          continue;
        }
        if (current === total) break;
        await page.getByTestId('assessment-progress').filter({ hasNotText: `Pregunta ${current} de` }).waitFor();
      }
      assert.equal(asked.length, 22);

      await page.getByTestId('level-high').waitFor();
      const result = w.getByTestId('assessment-result');
      const resultText = withoutIsolation(await result.textContent());
      assert.ok(resultText.indexOf('Llamar al 105') < resultText.indexOf('Llamar al 100'), '105 first');
      assert.match(resultText, /FVR/);
      await assertAxeClean(page, `result, helper=${helper}`);

      if (helper) {
        // Her district, not the volunteer's nor the page's: no places until it is picked.
        assert.equal(await page.getByTestId('assessment-nearest').count(), 0, 'no places near someone else');
        await page.getByTestId('her-department').selectOption('15');
        await page.getByTestId('her-province').selectOption('1501');
        await page.getByTestId('her-district-select').selectOption('150115');
        await page.getByTestId('assessment-nearest').waitFor();
        await assertAxeClean(page, 'helper result with her district picked');
        await pressOn(page, page.getByTestId('copy-summary'));
        await page.getByTestId('copy-status').filter({ hasText: 'Resumen copiado.' }).waitFor();
        const copied = withoutIsolation(await page.evaluate(() => navigator.clipboard.readText()));
        assert.match(copied, /100/);
        assert.match(copied, /105/);
        for (const question of asked) assert.ok(!copied.includes(question), `no question in the summary: ${question}`);
        // Whole words only: the nearest CEM's name is in the summary and may contain anything.
        const words = new Set(copied.toLowerCase().split(/[^\p{L}]+/u));
        assert.ok(!words.has('sí'), `no "Sí" answer in: ${copied}`);
        for (const phrase of ['no sé', 'prefiero no responder', 'peligro', 'estrangul', 'ahorc', 'violencia', 'cem']) {
          assert.ok(!copied.toLowerCase().includes(phrase), `no answer, result or alarming words "${phrase}" in: ${copied}`);
        }
        assert.match(copied, /Ministerio de la Mujer \(/, 'names the nearest CEM by the ministry and its place');
      } else {
        assert.equal(await page.getByTestId('copy-summary').count(), 0);
      }

      // Back inside the flow, then clear: nothing remains.
      await pressOn(page, page.getByTestId('assessment-back'));
      await page.getByTestId('assessment-progress').waitFor();
      await pressOn(page, page.getByTestId('assessment-clear'));
      await page.getByTestId('assessment-start').waitFor();
      assert.equal(await page.getByTestId('helper-mode').isChecked(), false, 'clearing forgets helper mode too');

      assert.equal(await page.evaluate(() => history.length), startHistory, 'no history entries');
      assert.equal(page.url(), startUrl, 'answers never reach the URL');
      assert.doesNotMatch(await page.title(), /peligro|violencia|pregunta/i, 'nor the title');
      assertNothingStored(await deviceStorage(page));
      assertOnlyOwnOrigin(record);
      assert.deepEqual(record.consoleErrors, []);
    } finally {
      await context.close();
    }
  });
}
