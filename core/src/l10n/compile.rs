//! Turns a locale's `.ftl` files into the compact catalogue the widget reads
//! ([`super::catalogue`]), at build time. Compiled into `core/build.rs` (with `#[path]`)
//! and, for the tests, into the crate under the `test-support` feature.
//!
//! Why: Fluent's runtime (its parser, resolver, plural rules and language identifiers)
//! was about 40 KB of the widget's wasm, and it parsed every message at start-up on the
//! visitor's phone. The `.ftl` files, their syntax and their meaning stay Fluent's: this
//! uses Fluent's own parser, and `core/tests/catalogue_matches_fluent.rs` formats every
//! message of every locale with both and requires the same text.
//!
//! What the widget's messages use is supported: text, `{ $variable }`, `{ -term }`,
//! `{ "literal" }`, and selects on a variable with identifier or integer keys. Anything
//! else (functions, message references, term arguments, attributes) stops the build with
//! the message's name, rather than formatting differently from Fluent.
//!
//! The catalogue is one string: entries `key RS pattern GS`, sorted by key. In a pattern,
//! `VAR name END` is a variable, and `SELECT name END` opens a select whose variants are
//! `VARIANT key KEY_END pattern`, the default's key starting with `*`, closed by
//! `SELECT_END`. Fluent's bidi isolation marks, which depend only on the pattern's shape,
//! are written in as text where Fluent would add them.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement, VariantKey};

use super::markers::{END, GROUP, KEY_END, RECORD, SELECT, SELECT_END, VAR, VARIANT};

const MARKERS: [char; 8] = [VAR, END, SELECT, VARIANT, KEY_END, SELECT_END, RECORD, GROUP];

/// Fluent's first strong isolate and pop directional isolate.
const FSI: char = '\u{2068}';
const PDI: char = '\u{2069}';

/// Compiles `locales/<lang>/`: the shared `locales/terms.ftl`, then the locale's `.ftl`
/// files by name, as the widget's Fluent bundles took them. Returns the catalogue and the
/// locale's files, for a build script's `rerun-if-changed` and its raw copies.
pub fn compile_folder(locales: &Path, lang: &str) -> Result<(String, Vec<PathBuf>), String> {
    let read = |path: &Path| std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()));
    let mut files: Vec<PathBuf> = std::fs::read_dir(locales.join(lang))
        .map_err(|e| format!("locales/{lang}: {e}"))?
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|x| x == "ftl"))
        .collect();
    files.sort();
    let mut texts = vec![read(&locales.join("terms.ftl"))?];
    for file in &files {
        texts.push(read(file)?);
    }
    let sources: Vec<&str> = texts.iter().map(String::as_str).collect();
    let catalogue = compile(&sources).map_err(|why| format!("locales/{lang}: {why}"))?;
    Ok((catalogue, files))
}

/// Compiles one locale: `sources` in the order a Fluent bundle would take them (the
/// first definition of an id wins, as `FluentBundle::add_resource` keeps it). Returns the
/// catalogue, or what is wrong, naming the file's text position by message id.
pub fn compile(sources: &[&str]) -> Result<String, String> {
    let mut messages: BTreeMap<&str, &Pattern<&str>> = BTreeMap::new();
    let mut terms: BTreeMap<&str, &Pattern<&str>> = BTreeMap::new();
    let resources: Vec<_> = sources
        .iter()
        .map(|text| fluent_syntax::parser::parse_runtime(*text).map_err(|(_, errors)| format!("{errors:?}")))
        .collect::<Result<_, _>>()?;
    for resource in &resources {
        for entry in &resource.body {
            match entry {
                Entry::Message(message) => {
                    if let Some(value) = &message.value {
                        messages.entry(message.id.name).or_insert(value);
                    }
                }
                Entry::Term(term) => {
                    terms.entry(term.id.name).or_insert(&term.value);
                }
                _ => {}
            }
        }
    }
    let mut out = String::new();
    for (key, pattern) in &messages {
        let mut compiled = String::new();
        write_pattern(&mut compiled, pattern, &terms, 0).map_err(|why| format!("{key}: {why}"))?;
        write!(out, "{key}{RECORD}{compiled}{GROUP}").expect("writing to a String");
    }
    Ok(out)
}

fn write_pattern(
    out: &mut String,
    pattern: &Pattern<&str>,
    terms: &BTreeMap<&str, &Pattern<&str>>,
    depth: usize,
) -> Result<(), String> {
    if depth > 8 {
        return Err("terms refer to each other in a loop".into());
    }
    let len = pattern.elements.len();
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => write_text(out, value)?,
            PatternElement::Placeable { expression } => {
                // As fluent-bundle's resolver: every placeable but a term, a message or a
                // string literal is isolated, where the pattern has more than one element.
                let plain = matches!(
                    expression,
                    Expression::Inline(InlineExpression::TermReference { .. } | InlineExpression::StringLiteral { .. })
                );
                let isolate = len > 1 && !plain;
                if isolate {
                    out.push(FSI);
                }
                write_expression(out, expression, terms, depth)?;
                if isolate {
                    out.push(PDI);
                }
            }
        }
    }
    Ok(())
}

fn write_text(out: &mut String, text: &str) -> Result<(), String> {
    if text.contains(MARKERS) {
        return Err("the text holds a control character the catalogue reserves".into());
    }
    out.push_str(text);
    Ok(())
}

fn write_expression(
    out: &mut String,
    expression: &Expression<&str>,
    terms: &BTreeMap<&str, &Pattern<&str>>,
    depth: usize,
) -> Result<(), String> {
    match expression {
        Expression::Inline(InlineExpression::VariableReference { id }) => {
            write!(out, "{VAR}{}{END}", id.name).expect("writing to a String");
        }
        Expression::Inline(InlineExpression::TermReference { id, attribute: None, arguments: None }) => {
            let term = terms.get(id.name).ok_or_else(|| format!("no term -{}", id.name))?;
            write_pattern(out, term, terms, depth + 1)?;
        }
        Expression::Inline(InlineExpression::StringLiteral { value }) => write_text(out, &unescape(value)?)?,
        Expression::Select { selector: InlineExpression::VariableReference { id }, variants } => {
            write!(out, "{SELECT}{}{END}", id.name).expect("writing to a String");
            for variant in variants {
                let key = match variant.key {
                    VariantKey::Identifier { name } => name.to_owned(),
                    VariantKey::NumberLiteral { value } => match value.parse::<i64>() {
                        Ok(number) => format!("#{number}"),
                        Err(_) => return Err(format!("the variant key {value} is not a whole number")),
                    },
                };
                out.push(VARIANT);
                if variant.default {
                    out.push('*');
                }
                write_text(out, &key)?;
                out.push(KEY_END);
                write_pattern(out, &variant.value, terms, depth)?;
            }
            out.push(SELECT_END);
        }
        other => return Err(format!("unsupported Fluent expression {other:?} (see core/src/l10n/compile.rs)")),
    }
    Ok(())
}

/// A string literal's escapes, as Fluent reads them: `\"`, `\\`, `\uXXXX`, `\UXXXXXX`.
fn unescape(value: &str) -> Result<String, String> {
    let mut out = String::new();
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some(c @ ('"' | '\\')) => out.push(c),
            Some(u @ ('u' | 'U')) => {
                let digits: String = chars.by_ref().take(if u == 'u' { 4 } else { 6 }).collect();
                let decoded = u32::from_str_radix(&digits, 16).ok().and_then(char::from_u32);
                out.push(decoded.ok_or_else(|| format!("bad escape \\{u}{digits}"))?);
            }
            other => return Err(format!("bad escape \\{}", other.map(String::from).unwrap_or_default())),
        }
    }
    Ok(out)
}
