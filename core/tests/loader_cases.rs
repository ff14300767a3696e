//! The loader (`static/ruta-embed.js`) must give quick exit before the wasm arrives, so
//! it carries a JavaScript copy of two core rules: the Shift×3 shortcut and the exit URL
//! check; to pick the prerendered first screen, a copy of what the configuration and the
//! locale negotiation decide for it. This test writes what the core rules decide on a fixed set of cases to
//! `e2e/fixtures/core-cases.json`; `e2e/tests/loader-rules.test.mjs` runs the loader's
//! copy on the same cases. The file is committed: if a core rule changes, this test
//! fails until the file is regenerated (`RUTA_BLESS=1 cargo test -p ruta-core --test
//! loader_cases`), and then the loader test fails until the JavaScript agrees.

use ruta_core::config::EmbedConfig;
use ruta_core::exit_shortcut::{ExitShortcut, KeyUp, ShortcutOutcome};
use ruta_core::exit_url;
use ruta_core::l10n;
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

/// What the first screen shows, from raw attributes and the browser's languages, as the
/// wasm decides it (`EmbedConfig` and `l10n::negotiate_among`); the loader picks the
/// prerendered file with its copy of these rules.
fn first_screen_cases() -> Value {
    let langs = [
        None,
        Some("es"),
        Some("en"),
        Some(" EN-us "),
        Some("en_GB"),
        Some("qu"),
        Some("quz-PE"),
        Some("ay"),
        Some("aym"),
        Some("fr"),
        Some(""),
        Some("en-"),
        Some("es-419"),
        Some("en-Latn-US"),
        Some("zz-invalid!!"),
        Some("english"),
        Some("x-klingon"),
    ];
    let drafts = [None, Some("true"), Some(" TRUE "), Some("false"), Some("yes")];
    let browsers: [&[&str]; 9] = [
        &[],
        &["en-US", "en"],
        &["fr", "qu"],
        &["quz-PE"],
        &["de", "es-PE"],
        &["ay"],
        &["x-klingon", "en"],
        &["EN"],
        &["en-!!", "qu-BO"],
    ];
    let mut cases = Vec::new();
    for lang in langs {
        for draft in drafts {
            for browser in browsers {
                let attrs: Vec<(&str, &str)> =
                    [lang.map(|v| ("data-lang", v)), draft.map(|v| ("data-drafts", v))].into_iter().flatten().collect();
                let (config, _) = EmbedConfig::from_attributes(attrs);
                let browser_langs: Vec<String> = browser.iter().map(|l| (*l).to_owned()).collect();
                let offered = l10n::offered(config.drafts);
                let chosen = l10n::negotiate_among(config.lang.map(l10n::Locale::id), &browser_langs, &offered).id();
                cases.push(json!({
                    "attrs": { "lang": lang, "drafts": draft, "municipality": null },
                    "browser": browser,
                    "chosen": { "lang": chosen, "drafts": config.drafts, "municipality": null },
                }));
            }
        }
    }
    let long = "M".repeat(ruta_core::config::MAX_MUNICIPALITY_CHARS);
    let accented = "é".repeat(ruta_core::config::MAX_MUNICIPALITY_CHARS);
    let too_long = format!("{long}x");
    for name in [
        "Municipalidad Distrital de Villa Esperanza",
        "  Municipalidad Distrital\n      de Villa Esperanza ",
        "",
        "   ",
        long.as_str(),
        accented.as_str(),
        too_long.as_str(),
        "Bell\u{7}e",
        "Nbsp\u{a0}name\u{3000}here",
        "Zero\u{200b}width\u{feff}",
        "Line\u{2028}sep",
        "<b>Villa</b> & \"Esperanza\"",
    ] {
        let (config, _) = EmbedConfig::from_attributes([("data-municipality", name)]);
        cases.push(json!({
            "attrs": { "lang": null, "drafts": null, "municipality": name },
            "browser": [],
            "chosen": { "lang": "es", "drafts": false, "municipality": config.municipality },
        }));
    }
    Value::Array(cases)
}

#[test]
fn core_cases_fixture() {
    let fixture = json!({
        "note": "Written by core/tests/loader_cases.rs from the core rules; do not edit by hand.",
        "default_exit_url": ruta_core::config::DEFAULT_EXIT_URL,
        "replay_mask_attributes": ruta_core::config::REPLAY_MASK_ATTRIBUTES,
        "shortcut": shortcut_cases(),
        "exit_url": exit_url_cases(),
        "first_screen": first_screen_cases(),
        "locales": {
            "ids": l10n::available().iter().map(|l| l.id()).collect::<Vec<_>>(),
            "drafts": l10n::available().into_iter().filter(|l| l.review() == l10n::Review::Draft).map(|l| l.id()).collect::<Vec<_>>(),
            "aliases": l10n::aliases().iter().map(|(alias, ours)| (alias.to_string(), json!(ours))).collect::<serde_json::Map<_, _>>(),
            // The one locale the widget's wasm carries; the loader downloads the others'
            // messages, which start with this header.
            "built_in": l10n::SOURCE_LANG,
            "messages_header": l10n::DOWNLOAD_HEADER,
        },
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
