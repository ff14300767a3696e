//! The loader (`static/ruta-embed.js`) must give quick exit before the wasm arrives, so
//! it carries a JavaScript copy of two core rules: the Shift×3 shortcut and the exit URL
//! check. This test writes what the core rules decide on a fixed set of cases to
//! `e2e/fixtures/core-cases.json`; `e2e/tests/loader-rules.test.mjs` runs the loader's
//! copy on the same cases. The file is committed: if a core rule changes, this test
//! fails until the file is regenerated (`RUTA_BLESS=1 cargo test -p ruta-core --test
//! loader_cases`), and then the loader test fails until the JavaScript agrees.

use ruta_core::exit_shortcut::{ExitShortcut, KeyUp, ShortcutOutcome};
use ruta_core::exit_url;
use serde_json::{json, Value};

const FIXTURE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../e2e/fixtures/core-cases.json");

/// A small deterministic generator, so the cases are the same on every machine.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, below: u64) -> u64 {
        self.0 = self.0.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) % below
    }
}

fn outcome(o: ShortcutOutcome) -> Value {
    match o {
        ShortcutOutcome::Nothing => json!("nothing"),
        ShortcutOutcome::Counted { remaining } => json!(format!("counted:{remaining}")),
        ShortcutOutcome::Cancelled => json!("cancelled"),
        ShortcutOutcome::Expired => json!("expired"),
        ShortcutOutcome::Exit => json!("exit"),
    }
}

/// Sequences of events: `shift`, `other`, `modified` (a key released with Shift held)
/// and `tick` (the shell's expiry timer), each at a time, with what the machine answers.
fn shortcut_cases() -> Value {
    let mut rng = Lcg(30364);
    let mut cases = Vec::new();
    for _ in 0..200 {
        let mut machine = ExitShortcut::new();
        let mut t = 0.0;
        let mut events = Vec::new();
        for _ in 0..rng.next(30) {
            // Gaps around the 5 s window, with exact 5000 ms gaps now and then.
            t += match rng.next(10) {
                0 => 5_000.0,
                1..=6 => rng.next(2_000) as f64,
                _ => rng.next(7_000) as f64 + 0.5,
            };
            let (kind, result) = match rng.next(9) {
                0..=4 => ("shift", machine.key_up(KeyUp::Shift, t)),
                5 => ("other", machine.key_up(KeyUp::Other { shift_held: false }, t)),
                6 | 7 => ("modified", machine.key_up(KeyUp::Other { shift_held: true }, t)),
                _ => ("tick", machine.expire_if_due(t)),
            };
            events.push(json!({ "key": kind, "at": t, "outcome": outcome(result), "presses": machine.presses() }));
        }
        cases.push(Value::Array(events));
    }
    Value::Array(cases)
}

fn exit_url_cases() -> Value {
    exit_url::fixture_cases()
        .into_iter()
        .map(|(exit, page, used)| json!({ "exit": exit, "page": page, "used": used }))
        .collect()
}

#[test]
fn core_cases_fixture() {
    let fixture = json!({
        "note": "Written by core/tests/loader_cases.rs from the core rules; do not edit by hand.",
        "default_exit_url": ruta_core::config::DEFAULT_EXIT_URL,
        "replay_mask_attributes": ruta_core::config::REPLAY_MASK_ATTRIBUTES,
        "shortcut": shortcut_cases(),
        "exit_url": exit_url_cases(),
    });
    let text = serde_json::to_string(&fixture).unwrap() + "\n";
    if std::env::var_os("RUTA_BLESS").is_some() {
        std::fs::create_dir_all(std::path::Path::new(FIXTURE).parent().unwrap()).unwrap();
        std::fs::write(FIXTURE, &text).unwrap();
    }
    let committed = std::fs::read_to_string(FIXTURE).unwrap_or_default();
    assert!(
        committed == text,
        "e2e/fixtures/core-cases.json differs from the core rules: run RUTA_BLESS=1 cargo test -p ruta-core --test loader_cases, then make static/ruta-embed.js agree (e2e/tests/loader-rules.test.mjs)"
    );
}
