// Axe on every named example (src/fixtures.rs) in every locale, the way GOV.UK Frontend
// runs axe on every example of every component: the same examples drive the native render
// tests. scripts/test writes them first with `cargo run --example fixtures_html`; each one
// goes into a shadow root with the widget's stylesheet, under the demo server's strict CSP.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { BASE_URL, launch, openPage, assertAxeClean } from '../lib/harness.mjs';

const FIXTURES = process.env.FIXTURES_JSON ?? new URL('../../target/fixtures.json', import.meta.url).pathname;
const { css, examples } = JSON.parse(readFileSync(FIXTURES, 'utf8'));

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

// One axe run per locale over every example at once: each example in its own shadow root
// (ids stay unique per root, as in the widget), so a violation names its example's host.
for (const lang of [...new Set(examples.map((example) => example.lang))]) {
  test(`axe is clean on every example in ${lang}`, async () => {
    const mine = examples.filter((example) => example.lang === lang);
    assert.ok(mine.length >= 40, `every example: ${mine.length}`);
    const { context, page } = await openPage(browser);
    try {
      // A page of the demo's own origin, under its CSP; the examples replace its body.
      await page.goto(`${BASE_URL}/clima.html`);
      const hosts = await page.evaluate(([stylesheet, list, language]) => {
        document.documentElement.lang = language;
        document.body.replaceChildren();
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(stylesheet);
        for (const { name, html } of list) {
          const host = document.createElement('section');
          host.id = `example-${name.replace(/[^A-Za-z0-9]+/g, '-')}`;
          host.setAttribute('aria-label', name);
          document.body.append(host);
          const root = host.attachShadow({ mode: 'open' });
          root.adoptedStyleSheets = [sheet];
          root.innerHTML = html;
        }
        return document.body.children.length;
      }, [css, mine, lang]);
      assert.equal(hosts, mine.length);
      await assertAxeClean(page, `the ${mine.length} examples in ${lang}`);
    } finally {
      await context.close();
    }
  });
}
