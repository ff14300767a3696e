//! Shared by the native render tests: one example drawn with `yew::ServerRenderer`.
// Each test file uses the flavour it needs; the other one is unused there.
#![allow(dead_code)]

use ruta::fixtures::{Example, Preview, PreviewProps};
use std::collections::BTreeSet;

use fluent_syntax::ast::{Expression, InlineExpression, Pattern, PatternElement};
use ruta_core::l10n::Locale;
use yew::ServerRenderer;

/// The example's HTML, with the Unicode isolation marks Fluent puts around variables
/// (kept on in production) removed, so that tests can match plain text.
pub async fn render(lang: Locale, example: Example) -> String {
    render_raw(lang, example).await.replace(['\u{2068}', '\u{2069}'], "")
}

/// The example's HTML exactly as rendered.
pub async fn render_raw(lang: Locale, example: Example) -> String {
    ServerRenderer::<Preview>::with_props(move || PreviewProps { lang, example }).hydratable(false).render().await
}

/// The shipped locale with this id.
pub fn locale(id: &str) -> Locale {
    Locale::from_id(id).expect("a shipped locale")
}

/// The variables a Fluent pattern uses, in selectors and nested placeables too.
pub fn pattern_variables(pattern: &Pattern<&str>, vars: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_variables(expression, vars);
        }
    }
}

fn expression_variables(expression: &Expression<&str>, vars: &mut BTreeSet<String>) {
    match expression {
        Expression::Select { selector, variants } => {
            inline_variables(selector, vars);
            for variant in variants {
                pattern_variables(&variant.value, vars);
            }
        }
        Expression::Inline(inline) => inline_variables(inline, vars),
    }
}

fn inline_variables(inline: &InlineExpression<&str>, vars: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_owned());
        }
        InlineExpression::Placeable { expression } => expression_variables(expression, vars),
        _ => {}
    }
}
