//! The widget formats its messages from catalogues compiled at build time
//! (`core/src/l10n/compile.rs`), not with Fluent's runtime. This holds the two to the same
//! text: every message of every locale, through the Spanish fallback, with every variable
//! missing, as text and as numbers that fall in each plural category, is formatted by
//! `fluent-bundle` as the widget used to and by the `Localizer`, and must come out the same.

use std::collections::BTreeSet;

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use ruta_core::l10n::{self, compile, Locale, Localizer, Value};

/// A Fluent bundle built as the widget's was: the terms, then the locale's files in order.
fn fluent_bundle(lang: Locale) -> FluentBundle<FluentResource> {
    let mut bundle = FluentBundle::new(vec![lang.id().parse().expect("a locale id is a language id")]);
    let texts = std::iter::once(l10n::terms_source()).chain(l10n::locale_files(lang).iter().map(|(_, text)| *text));
    for text in texts {
        let resource = FluentResource::try_new(text.to_owned()).unwrap_or_else(|(_, e)| panic!("{lang}: {e:?}"));
        bundle.add_resource(resource).unwrap_or_else(|e| panic!("{lang}: {e:?}"));
    }
    bundle
}

/// Formats `key` as the widget did with Fluent: the first bundle of the chain with it.
fn with_fluent(chain: &[FluentBundle<FluentResource>], key: &str, args: &FluentArgs) -> Option<String> {
    chain.iter().find_map(|bundle| {
        let pattern = bundle.get_message(key)?.value()?;
        let mut errors = Vec::new();
        Some(bundle.format_pattern(pattern, Some(args), &mut errors).into_owned())
    })
}

fn variables(pattern: &Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            match expression {
                Expression::Inline(InlineExpression::VariableReference { id }) => {
                    out.insert(id.name.to_owned());
                }
                Expression::Select { selector, variants } => {
                    if let InlineExpression::VariableReference { id } = selector {
                        out.insert(id.name.to_owned());
                    }
                    for variant in variants {
                        variables(&variant.value, out);
                    }
                }
                _ => {}
            }
        }
    }
}

/// Every variable any message of any locale uses.
fn all_variables() -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    for lang in l10n::available() {
        for (_, text) in l10n::locale_files(lang) {
            let resource = fluent_syntax::parser::parse(*text).unwrap_or_else(|(_, e)| panic!("{lang}: {e:?}"));
            for entry in resource.body {
                if let Entry::Message(message) = entry {
                    if let Some(value) = &message.value {
                        variables(value, &mut names);
                    }
                }
            }
        }
    }
    names
}

/// The argument sets tried: none; every variable as text, with each `$who`; every
/// variable as a number in each plural category (0, 1, 2, 5, 21, a million).
fn argument_sets(names: &BTreeSet<String>) -> Vec<Vec<(String, Value<'static>)>> {
    let mut sets = vec![Vec::new()];
    for who in ["self", "other", "nobody"] {
        sets.push(names.iter().map(|n| (n.clone(), Value::from(if n == "who" { who } else { "Ab 1" }))).collect());
    }
    for number in [0i64, 1, 2, 5, 21, 1_000_000] {
        for who in ["self", "other"] {
            sets.push(
                names
                    .iter()
                    .map(|n| (n.clone(), if n == "who" { Value::from(who) } else { Value::Number(number) }))
                    .collect(),
            );
        }
    }
    sets
}

fn as_fluent(args: &[(String, Value<'static>)]) -> FluentArgs<'static> {
    let mut fluent = FluentArgs::new();
    for (name, value) in args {
        match value {
            Value::Text(text) => fluent.set(name.clone(), FluentValue::from(text.to_string())),
            Value::Number(number) => fluent.set(name.clone(), FluentValue::from(*number)),
        }
    }
    fluent
}

#[test]
fn every_message_formats_as_fluent_formats_it() {
    let names = all_variables();
    assert!(names.contains("who") && names.contains("count"), "the selects this test is about are found: {names:?}");
    let sets = argument_sets(&names);
    let mut compared = 0;
    for lang in l10n::available() {
        let localizer = Localizer::new(lang);
        let chain: Vec<_> = l10n::fallback_chain(lang).into_iter().map(fluent_bundle).collect();
        let mut keys = BTreeSet::new();
        for locale in l10n::fallback_chain(lang) {
            keys.extend(l10n::message_ids(locale));
        }
        for key in &keys {
            for args in &sets {
                let ours: Vec<(&str, Value)> = args.iter().map(|(n, v)| (n.as_str(), v.clone())).collect();
                let expected = with_fluent(&chain, key, &as_fluent(args)).unwrap_or_else(|| key.clone());
                assert_eq!(localizer.format(key, &ours), expected, "{lang}: {key} with {args:?}");
                compared += 1;
            }
            let from_fluent = chain.iter().position(|b| b.has_message(key)).map(|i| l10n::fallback_chain(lang)[i]);
            assert_eq!(localizer.source_of(key), from_fluent, "{lang}: which locale gives {key}");
        }
    }
    assert!(compared > 10_000, "only {compared} messages compared");
}

#[test]
fn nested_selects_literals_and_numeric_keys_format_as_fluent_does() {
    let text = concat!(
        "-brand = Ruta { \"\\u0021\" }\n",
        "nested = { $who ->\n",
        "    [self] Tú { $count ->\n",
        "        [0] ninguna\n",
        "        [one] una { -brand }\n",
        "       *[other] { $count } y { \"x\" }\n",
        "    }\n",
        "   *[other] Ella, { $name }\n",
        "} fin\n",
        "alone = { $name }\n",
        "multi =\n",
        "    Línea uno\n",
        "    y { $name } dos\n",
    );
    let compiled: &'static str = Box::leak(compile::compile(&[text]).expect("compiles").into_boxed_str());
    let es = Locale::SOURCE;
    let ours = Localizer::with_extra(es, &[("es", compiled)]);
    let mut bundle = FluentBundle::new(vec!["es".parse().unwrap()]);
    bundle.add_resource(FluentResource::try_new(text.to_owned()).unwrap()).unwrap();
    for key in ["nested", "alone", "multi"] {
        for who in ["self", "other"] {
            for count in [0i64, 1, 3] {
                let args: Vec<(String, Value<'static>)> = vec![
                    ("who".into(), who.into()),
                    ("count".into(), Value::Number(count)),
                    ("name".into(), "Ana".into()),
                ];
                let expected = with_fluent(std::slice::from_ref(&bundle), key, &as_fluent(&args));
                let ours_args: Vec<(&str, Value)> = args.iter().map(|(n, v)| (n.as_str(), v.clone())).collect();
                assert_eq!(Some(ours.format(key, &ours_args)), expected, "{key} {who} {count}");
            }
        }
    }
}

#[test]
fn what_the_catalogue_cannot_format_like_fluent_stops_the_build() {
    for unsupported in
        ["x = { NUMBER($n) }\n", "y = Hi\nx = { y }\n", "-t = T\nx = { -t(case: \"a\") }\n", "x = { 5 }\n"]
    {
        assert!(compile::compile(&[unsupported]).is_err(), "{unsupported:?} is refused");
    }
    assert!(compile::compile(&["x = {\n"]).is_err(), "a syntax error is refused");
}
