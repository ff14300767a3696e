//! The configurator page (`ruta/configurar.html`): its texts and its first render, drawn
//! natively with `yew::ServerRenderer`. Its behaviour in a browser (warnings, preview,
//! snippet) is tested end to end in e2e/tests/configurator.test.mjs.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

use common::pattern_variables;
use fluent_syntax::ast::Entry;
use ruta::configurator::{langs, Configurator, ConfiguratorProps, CATALOGUES, SOURCES, WIDGET_MESSAGES};
use ruta_core::l10n::{Locale, Localizer, Value};
use yew::ServerRenderer;

/// Message id → (its variables, whether it has a comment), for one of the configurator's files.
fn messages(lang: &str) -> BTreeMap<String, (BTreeSet<String>, bool)> {
    let (_, text) = SOURCES.iter().find(|(id, _)| *id == lang).expect("the locale has a configurator file");
    let resource = fluent_syntax::parser::parse(*text).unwrap_or_else(|(_, e)| panic!("{lang}: {e:?}"));
    let mut out = BTreeMap::new();
    for entry in resource.body {
        match entry {
            Entry::Message(m) => {
                let mut vars = BTreeSet::new();
                if let Some(value) = &m.value {
                    pattern_variables(value, &mut vars);
                }
                assert!(m.id.name.starts_with("config-"), "{lang}: {} is not a config- key", m.id.name);
                assert!(
                    out.insert(m.id.name.to_owned(), (vars, m.comment.is_some())).is_none(),
                    "{lang}: {} twice",
                    m.id.name
                );
            }
            Entry::Junk { content } => panic!("{lang}: junk {content:?}"),
            _ => {}
        }
    }
    out
}

/// Every `"config-…"` literal in src/configurator/.
fn keys_used_in_code() -> BTreeSet<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/configurator");
    let mut used = BTreeSet::new();
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "rs") {
            let text = fs::read_to_string(&path).unwrap();
            for literal in text.split('"').skip(1).step_by(2) {
                let key_like = literal.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
                if key_like && literal.starts_with("config-") && !literal.ends_with('-') {
                    used.insert(literal.to_owned());
                }
            }
        }
    }
    used
}

#[test]
fn every_text_is_in_spanish_and_english_with_a_comment_and_the_same_variables() {
    let spanish = messages("es");
    let english = messages("en");
    assert_eq!(langs().iter().map(|l| l.id()).collect::<Vec<_>>(), ["es", "en"]);
    assert_eq!(spanish.keys().collect::<Vec<_>>(), english.keys().collect::<Vec<_>>(), "English is complete");
    for (key, (vars, commented)) in &spanish {
        assert!(commented, "src/configurator/locales/es.ftl: {key} has no comment for translators");
        assert_eq!(&english[key].0, vars, "{key}: the same variables in English");
    }
}

#[test]
fn every_key_in_code_exists_and_none_is_unused() {
    let spanish: BTreeSet<String> = messages("es").into_keys().collect();
    let used = keys_used_in_code();
    // Element ids, test ids and CSS classes share the prefix: the ones that are not
    // messages must not look like one (a label or heading that lost its text).
    let ids: BTreeSet<String> = used.iter().filter(|k| !spanish.contains(*k)).cloned().collect();
    for id in ids.iter().filter(|id| id.matches('-').count() >= 2) {
        assert!(
            !id.ends_with("-label") && !id.ends_with("-heading") && !id.ends_with("-intro") && !id.ends_with("-hint"),
            "{id} looks like a message but is missing from src/configurator/locales/es.ftl"
        );
    }
    let unused: Vec<_> = spanish.iter().filter(|k| !used.contains(*k)).collect();
    assert!(unused.is_empty(), "unused configurator keys: {unused:?}");
}

async fn render(id: &'static str) -> String {
    let lang = Locale::from_id(id).expect("a shipped locale");
    ServerRenderer::<Configurator>::with_props(move || ConfiguratorProps { lang })
        .hydratable(false)
        .render()
        .await
        .replace(['\u{2068}', '\u{2069}'], "")
}

#[tokio::test]
async fn the_page_renders_in_both_languages_with_no_raw_key_and_an_empty_snippet() {
    for (lang, title, label) in [
        ("es", "Configurar Ruta para su página", "Nombre de la municipalidad"),
        ("en", "Set up Ruta for your page", "Municipality name"),
    ] {
        let html = render(lang).await;
        assert!(html.contains(&format!("lang=\"{lang}\"")), "{html}");
        assert!(html.contains(&format!("<h1>{title}</h1>")), "{lang}: {html}");
        assert!(html.contains(&format!("<label for=\"config-municipality\">{label}</label>")), "{lang}");
        for prefix in [">config-", ">locator-"] {
            assert!(!html.contains(prefix), "{lang} shows a raw key: {html}");
        }
        // Before anything is typed: the bare element, the fallback links, the loader.
        assert!(html.contains("&lt;div data-ruta&gt;"), "{lang}: {html}");
        assert!(html.contains("tel:100") && html.contains("/ruta/ruta-embed.js"));
        assert!(html.contains("data-testid=\"config-warnings\""));
    }
}

#[test]
fn the_compiled_texts_format_as_fluent_formats_them() {
    use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
    for locale in langs() {
        let (_, text) = SOURCES.iter().find(|(id, _)| *id == locale.id()).expect("a configurator file");
        let mut bundle = FluentBundle::new(vec![locale.id().parse().unwrap()]);
        bundle.add_resource(FluentResource::try_new((*text).to_owned()).unwrap()).unwrap();
        let ours = Localizer::with_extra(locale, CATALOGUES);
        for (key, (vars, _)) in messages(locale.id()) {
            for number in [0i64, 1, 2, 7] {
                let mut fluent = FluentArgs::new();
                let mut args = Vec::new();
                for (i, var) in vars.iter().enumerate() {
                    // Alternately a number and a text, so both kinds reach every variable.
                    if (i + number as usize) % 2 == 0 {
                        fluent.set(var.clone(), FluentValue::from(number));
                        args.push((var.as_str(), Value::Number(number)));
                    } else {
                        fluent.set(var.clone(), FluentValue::from("Ab"));
                        args.push((var.as_str(), Value::from("Ab")));
                    }
                }
                let message = bundle.get_message(&key).and_then(|m| m.value()).expect("a value");
                let expected = bundle.format_pattern(message, Some(&fluent), &mut Vec::new()).into_owned();
                assert_eq!(ours.format(&key, &args), expected, "{locale}: {key}");
            }
        }
    }
}

#[test]
fn the_preview_carries_every_language_the_widget_downloads() {
    // The widget's wasm has only Spanish; the configurator previews any locale offline.
    let carried: Vec<&str> = WIDGET_MESSAGES.iter().map(|(id, _)| *id).collect();
    let downloaded: Vec<&str> =
        ruta_core::l10n::available().into_iter().filter(|l| *l != Locale::SOURCE).map(|l| l.id()).collect();
    assert_eq!(carried, downloaded);
    for (id, file) in WIDGET_MESSAGES {
        let lang = Locale::from_id(id).expect("a shipped locale");
        assert_eq!(
            Some(*file),
            ruta_core::l10n::download_file(lang).as_deref(),
            "{id}: the same file the widget downloads"
        );
    }
}
