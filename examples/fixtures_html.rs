//! Writes every named example (`ruta::fixtures`), in every locale, as the HTML the native
//! render tests see, with the widget's stylesheet: `e2e/tests/fixtures-axe.test.mjs` puts
//! each into a shadow root and runs axe on it, so every example is checked for
//! accessibility as well as rendered (GOV.UK Frontend's "axe on every example").
//!
//! `cargo run --example fixtures_html -- <out.json>`

// The examples are native only (the render tests' dev-dependencies); the wasm build of
// `--all-targets` gets an empty program.
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    native::main();
}

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use ruta::fixtures::{Example, Preview, PreviewProps};
    use ruta::styles::WIDGET_CSS;
    use ruta_core::l10n;
    use yew::ServerRenderer;

    pub fn main() {
        let out = std::env::args().nth(1).expect("usage: fixtures_html <out.json>");
        let runtime = tokio::runtime::Builder::new_current_thread().build().expect("a runtime");
        let mut examples = Vec::new();
        for lang in l10n::available() {
            for example in Example::all() {
                let html = runtime.block_on(
                    ServerRenderer::<Preview>::with_props(move || PreviewProps { lang, example })
                        .hydratable(false)
                        .render(),
                );
                examples.push(serde_json::json!({ "name": format!("{example:?}"), "lang": lang.id(), "html": html }));
            }
        }
        let count = examples.len();
        let document = serde_json::json!({ "css": WIDGET_CSS, "examples": examples });
        std::fs::write(&out, serde_json::to_string(&document).expect("JSON")).expect("writable output");
        eprintln!("{count} examples written to {out}");
    }
}
