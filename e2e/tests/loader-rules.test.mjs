// The loader's copy of two core rules (the Shift×3 shortcut and the exit URL check) on
// every case the core rules decided in e2e/fixtures/core-cases.json, written by
// core/tests/loader_cases.rs. If this fails, static/ruta-embed.js and ruta-core disagree
// about when or where quick exit leaves before the wasm has arrived.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';

const here = new URL('.', import.meta.url);
const cases = JSON.parse(await readFile(new URL('../fixtures/core-cases.json', here), 'utf8'));
// The loader is an ES module outside any package.json that says so; importing its text
// runs only its declarations (it starts only where there is a document).
const source = await readFile(new URL('../../static/ruta-embed.js', here), 'utf8');
const loader = await import(`data:text/javascript,${encodeURIComponent(source)}`);

test('the loader has the core default exit URL and replay-mask attributes', () => {
  assert.equal(loader.DEFAULT_EXIT_URL, cases.default_exit_url);
  assert.deepEqual(loader.REPLAY_MASK_ATTRIBUTES, cases.replay_mask_attributes);
});

test(`the loader's shortcut agrees with ruta_core::exit_shortcut on ${cases.shortcut.length} key sequences`, () => {
  let events = 0;
  for (const [n, sequence] of cases.shortcut.entries()) {
    const machine = loader.newShortcut();
    for (const [i, event] of sequence.entries()) {
      const got = event.key === 'tick' ? loader.expireIfDue(machine, event.at) : loader.keyUp(machine, event.key, event.at);
      assert.equal(got, event.outcome, `sequence ${n}, event ${i} (${event.key} at ${event.at} ms)`);
      assert.equal(machine.presses, event.presses, `sequence ${n}, event ${i}: presses`);
      events += 1;
    }
  }
  assert.ok(events > 1000, `enough events were compared (${events})`);
  assert.ok(cases.shortcut.some((s) => s.some((e) => e.outcome === 'exit')), 'some sequences exit');
});

test(`the loader's exit URL check agrees with ruta_core::exit_url on ${cases.exit_url.length} cases`, () => {
  for (const { exit, page, used } of cases.exit_url) {
    assert.equal(loader.exitUrlFor(exit, page), used, `data-exit-url=${JSON.stringify(exit)} on ${page}`);
  }
  assert.ok(cases.exit_url.some((c) => c.used === null) && cases.exit_url.some((c) => c.used !== null));
});

test('the pre-check names what a browser lacks before anything is downloaded', () => {
  const modern = {
    WebAssembly, AbortController, TextDecoder, Element: Object.assign(function Element() {}, { prototype: { attachShadow() {} } }),
  };
  assert.deepEqual(loader.missingFeatures(modern), [], 'an engine with everything (Node’s V8 validates both probe modules)');
  assert.deepEqual(loader.missingFeatures({ ...modern, WebAssembly: undefined }),
    ['WebAssembly', 'WebAssembly reference types', 'WebAssembly bulk memory']);
  // An engine that has WebAssembly but not reference types (Chrome < 96, Safari < 15).
  const noReferenceTypes = { validate: (bytes) => !bytes.includes(208) };
  assert.deepEqual(loader.missingFeatures({ ...modern, WebAssembly: noReferenceTypes }), ['WebAssembly reference types']);
  assert.deepEqual(loader.missingFeatures({ ...modern, AbortController: undefined, Element: undefined }),
    ['Shadow DOM', 'AbortController']);
});

test('the loader parses on engines without optional chaining or nullish coalescing', () => {
  // Chrome < 80, Firefox < 74 and Safari < 13.1 run modules but not these operators; a
  // syntax error there would take away the early quick exit along with everything else.
  const code = source.replace(/\/\/.*$/gm, '').replace(/'[^'\n]*'|`[^`]*`|"[^"\n]*"/g, "''");
  assert.doesNotMatch(code, /\?\.|\?\?/, 'no ?. or ?? in static/ruta-embed.js');
});

test('the loader knows the same locales, drafts and language aliases as ruta_core::l10n', () => {
  // A locale added to core's table must reach the loader too, or its first screen is never picked.
  assert.deepEqual(loader.LOCALES, cases.locales.ids);
  assert.deepEqual(loader.DRAFT_LOCALES, cases.locales.drafts);
  assert.deepEqual(loader.LOCALE_ALIASES, cases.locales.aliases);
  assert.equal(loader.BUILT_IN_LOCALE, cases.locales.built_in);
  assert.equal(loader.MESSAGES_HEADER, cases.locales.messages_header);
});

test(`the loader picks the prerendered first screen as the wasm decides it, on ${cases.first_screen.length} cases`, () => {
  for (const { attrs, browser, chosen } of cases.first_screen) {
    assert.deepEqual(loader.firstScreenChoice(attrs, browser), chosen, `${JSON.stringify(attrs)} with ${JSON.stringify(browser)}`);
  }
  assert.ok(new Set(cases.first_screen.map((c) => c.chosen.lang)).size === 4, 'every locale is chosen somewhere');
  assert.ok(cases.first_screen.some((c) => c.chosen.municipality === null && c.attrs.municipality !== null), 'some names are refused');
});

test('the gzip twin reader tells gzip, the plain file and anything else apart', () => {
  assert.ok(loader.startsWith(new Uint8Array([0x1f, 0x8b, 8]), [0x1f, 0x8b]));
  assert.ok(loader.startsWith(new Uint8Array([0, 97, 115, 109, 1]), loader.WASM_MAGIC));
  assert.ok(loader.startsWith(new TextEncoder().encode('ruta-directory\t4\n'), 'ruta-directory\t4'));
  assert.ok(!loader.startsWith(new TextEncoder().encode('<!doctype html>'), loader.WASM_MAGIC));
  assert.ok(!loader.startsWith(new Uint8Array([0x1f]), [0x1f, 0x8b]), 'too short');
});
