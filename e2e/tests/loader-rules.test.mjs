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
