//! Fails on a key used in code but missing from Spanish, a parse error, a variable
//! mismatch between locales, an unused key, a message without a translator comment, or a
//! term whose number is not the verified one. Prints coverage per locale.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::{fs, io};

use common::pattern_variables;
use fluent_syntax::ast::{Entry, PatternElement};
use ruta_core::helplines::VERIFIED;
use ruta_core::l10n::{self, Locale};

type Messages = BTreeMap<String, BTreeSet<String>>;

/// Message id → the variables it uses, for one locale; panics on any parse error.
fn messages(lang: Locale) -> Messages {
    let mut out = Messages::new();
    for (file, text) in l10n::locale_files(lang) {
        let resource = fluent_syntax::parser::parse(*text)
            .unwrap_or_else(|(_, errors)| panic!("locales/{lang}/{file} does not parse: {errors:?}"));
        for entry in resource.body {
            match entry {
                Entry::Message(m) => {
                    let mut vars = BTreeSet::new();
                    if let Some(value) = &m.value {
                        pattern_variables(value, &mut vars);
                    }
                    assert!(out.insert(m.id.name.to_owned(), vars).is_none(), "{lang}: {} twice", m.id.name);
                }
                Entry::Term(t) => panic!("locales/{lang}/{file}: term -{} belongs in locales/terms.ftl", t.id.name),
                Entry::Junk { content } => panic!("locales/{lang}/{file}: junk {content:?}"),
                _ => {}
            }
        }
    }
    out
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) -> io::Result<()> {
    for entry in fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            rust_files(&path, out)?;
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
    Ok(())
}

/// Every string literal in the shell's Rust sources that starts with `<screen>-`, where the
/// screens are the Spanish file names: that is how code names a message.
fn keys_used_in_code() -> BTreeMap<String, PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let prefixes: Vec<String> = l10n::locale_files(Locale::SOURCE)
        .iter()
        .map(|(file, _)| format!("{}-", file.trim_end_matches(".ftl")))
        .collect();
    let mut files = Vec::new();
    // Only the shell names messages; core speaks in ids and enums (and has literals
    // such as "exit-url" that are attribute names, not messages).
    rust_files(&root.join("src"), &mut files).unwrap();
    let mut used = BTreeMap::new();
    // The one key built at run time: each question's text is `assess-q-<id>`
    // (src/screens/assessment/question.rs), so every catalogue id names a key.
    for question in ruta_core::assessment::QUESTIONS {
        used.insert(format!("assess-q-{}", question.id), root.join("src/screens/assessment/question.rs"));
    }
    // And each menu entry's, `home-menu-<slug>` (src/components/main_menu.rs).
    for screen in ruta_core::state::Screen::menu() {
        used.insert(format!("home-menu-{}", screen.slug()), root.join("src/components/main_menu.rs"));
    }
    for file in files {
        let text = fs::read_to_string(&file).unwrap();
        for literal in text.split('"').skip(1).step_by(2) {
            let looks_like_key = literal.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
            if looks_like_key && prefixes.iter().any(|p| literal.starts_with(p.as_str())) {
                used.insert(literal.to_owned(), file.clone());
            }
        }
    }
    used
}

#[test]
fn every_key_used_in_code_exists_in_spanish() {
    let spanish = messages(Locale::SOURCE);
    let used = keys_used_in_code();
    assert!(used.len() > 20, "the scanner finds the keys: {used:?}");
    for (key, file) in &used {
        assert!(spanish.contains_key(key), "{key} is used in {} but missing from locales/es", file.display());
    }
}

#[test]
fn no_spanish_key_is_unused() {
    let used = keys_used_in_code();
    let unused: Vec<_> = messages(Locale::SOURCE).into_keys().filter(|k| !used.contains_key(k)).collect();
    assert!(unused.is_empty(), "unused keys in locales/es: {unused:?}");
}

#[test]
fn every_locale_parses_and_uses_the_same_variables_as_spanish() {
    let spanish = messages(Locale::SOURCE);
    for lang in l10n::available() {
        for (key, vars) in messages(lang) {
            let source = spanish.get(&key).unwrap_or_else(|| panic!("{lang} has {key}, which Spanish does not"));
            assert_eq!(&vars, source, "{lang}/{key} uses other variables than Spanish");
        }
    }
}

#[test]
fn every_spanish_message_has_a_comment_for_translators() {
    for (file, text) in l10n::locale_files(Locale::SOURCE) {
        let resource = fluent_syntax::parser::parse(*text).unwrap();
        for entry in resource.body {
            if let Entry::Message(m) = entry {
                assert!(m.comment.is_some(), "locales/es/{file}: {} has no comment", m.id.name);
            }
        }
    }
}

#[test]
fn terms_hold_the_verified_numbers() {
    let resource = fluent_syntax::parser::parse(l10n::terms_source()).expect("terms.ftl parses");
    let mut numbers = BTreeMap::new();
    for entry in resource.body {
        if let Entry::Term(t) = entry {
            if let Some(id) = t.id.name.strip_suffix("-number") {
                let [PatternElement::TextElement { value }] = t.value.elements.as_slice() else {
                    panic!("-{} must be plain text", t.id.name)
                };
                numbers.insert(id.to_owned(), value.trim().to_owned());
            }
        }
    }
    for helpline in VERIFIED {
        assert_eq!(numbers.get(helpline.id).map(String::as_str), Some(helpline.dial), "-{}-number", helpline.id);
    }
    assert_eq!(numbers.len(), VERIFIED.len(), "every number term is a verified helpline");
}

#[test]
fn english_is_complete_and_coverage_is_reported() {
    for lang in l10n::available() {
        let (translated, total) = l10n::coverage(lang);
        println!("coverage {lang}: {translated}/{total} ({:.0}%)", 100.0 * translated as f64 / total as f64);
    }
    let (translated, total) = l10n::coverage(Locale::from_id("en").expect("English ships"));
    assert_eq!(translated, total, "English must be complete");
}
