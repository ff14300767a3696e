//! The widget's stylesheet: each component's and each screen's CSS sits next to its code
//! and is joined here at compile time. The widget's wasm does not carry it: it goes into the
//! first-screen files and `ruta-widget.css` (`examples/prerender.rs`), and the loader hands
//! it over (see `mount.rs`). The configurator's preview and the wasm tests use it directly.

/// The file beside the wasm that holds [`WIDGET_CSS`], written by `examples/prerender.rs`
/// for a start without the first screen's file (`src/mount.rs`, `give_styles`).
pub const STYLESHEET_FILE: &str = "ruta-widget.css";

pub const WIDGET_CSS: &str = concat!(
    include_str!("app.css"),
    include_str!("components/quick_exit.css"),
    include_str!("components/language_picker.css"),
    include_str!("components/helpline_card.css"),
    include_str!("components/main_menu.css"),
    include_str!("components/back_to_start.css"),
    include_str!("components/place_card.css"),
    include_str!("components/urgent_line.css"),
    include_str!("screens/safety_note.css"),
    include_str!("screens/rights.css"),
    include_str!("screens/assessment/assessment.css"),
    include_str!("screens/locator/locator.css"),
);

/// [`WIDGET_CSS`] without its comments and layout whitespace, for the files a visitor
/// downloads (`examples/prerender.rs`): 12.1 KB becomes about 9 KB, 1 KB less through gzip.
/// Only what cannot change a rule goes: comments, runs of whitespace (one space stays),
/// spaces next to `{`, `}`, `;` and `,`, and the `;` before a `}`. Quoted strings are
/// copied as they are, and a space before `:` stays (`.a :focus` is not `.a:focus`).
/// e2e/tests/loading.test.mjs checks in Chromium that both parse to the same rules.
#[cfg(not(target_arch = "wasm32"))]
pub fn compact_css(css: &str) -> String {
    let mut out = String::with_capacity(css.len());
    let mut chars = css.chars().peekable();
    let mut pending_space = false;
    while let Some(c) = chars.next() {
        match c {
            '/' if chars.peek() == Some(&'*') => {
                chars.next();
                let mut previous = '\0';
                for c in chars.by_ref() {
                    if previous == '*' && c == '/' {
                        break;
                    }
                    previous = c;
                }
                pending_space = true;
            }
            c if c.is_whitespace() => pending_space = true,
            '"' | '\'' => {
                push_space(&mut out, &mut pending_space);
                out.push(c);
                for inner in chars.by_ref() {
                    out.push(inner);
                    if inner == c {
                        break;
                    }
                }
            }
            '{' | '}' | ';' | ',' => {
                pending_space = false;
                if c == '}' && out.ends_with(';') {
                    out.pop();
                }
                out.push(c);
            }
            c => {
                push_space(&mut out, &mut pending_space);
                out.push(c);
            }
        }
    }
    out
}

/// One space where whitespace or a comment came before and a space can matter (not at
/// the start, nor after `{`, `}`, `;` or `,`).
#[cfg(not(target_arch = "wasm32"))]
fn push_space(out: &mut String, pending_space: &mut bool) {
    if std::mem::take(pending_space) && !out.is_empty() && !out.ends_with(['{', '}', ';', ',']) {
        out.push(' ');
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn compacting_keeps_rules_strings_and_descendant_combinators() {
        let css = "/* a comment */\n.a :focus ,\n.b > .c {\n  color : red ;\n  font: 16px \"Segoe  UI\", sans-serif;\n}\n\n.d[aria-pressed=\"true\"] { margin: 0 auto; }\n";
        assert_eq!(
            compact_css(css),
            ".a :focus,.b > .c{color : red;font: 16px \"Segoe  UI\",sans-serif}.d[aria-pressed=\"true\"]{margin: 0 auto}"
        );
    }

    #[test]
    fn compacting_the_widget_css_drops_only_comments_and_layout() {
        let compact = compact_css(WIDGET_CSS);
        assert!(compact.len() < WIDGET_CSS.len() * 4 / 5, "{} of {}", compact.len(), WIDGET_CSS.len());
        assert!(!compact.contains("/*") && !compact.contains('\n'));
        // The same characters apart from whitespace, comments and dropped semicolons.
        let meaningful = |text: &str| text.chars().filter(|c| !c.is_whitespace() && *c != ';').collect::<String>();
        let mut without_comments = String::new();
        let mut rest = WIDGET_CSS;
        while let Some((before, after)) = rest.split_once("/*") {
            without_comments.push_str(before);
            rest = after.split_once("*/").map_or("", |(_, tail)| tail);
        }
        without_comments.push_str(rest);
        assert_eq!(meaningful(&compact), meaningful(&without_comments));
    }
}
