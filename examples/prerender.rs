//! Build step (run by `build_release` in scripts/lib/tools.sh, natively):
//! `cargo run --example prerender -- dist/ruta` writes `first-<lang>[-drafts].json`, the
//! widget's first screen drawn by `yew::ServerRenderer` in each locale, with the widget's
//! stylesheet. The loader puts it into the shadow root at once, so the first screen (quick
//! exit, 105, Línea 100) is drawn before the wasm has downloaded; the wasm then draws the
//! same screen and takes its place (src/takeover.rs). See docs/ARCHITECTURE.md, "First screen
//! before the wasm". The wasm carries no stylesheet: it keeps the loader's, and it links
//! `ruta-widget.css`, also written here, when the first-screen file did not arrive.
//!
//! What the embed can configure on the first screen, and how the prerendered copy follows:
//! - the locale: one file per locale, chosen by the loader with the core's negotiation rule
//!   (copied in ruta-embed.js and tested against the core's cases);
//! - `data-drafts`: the language picker differs, so `-drafts` files exist for it;
//! - `data-exit-url`: drawn as the default; the loader sets the link to the URL it settled;
//! - `data-municipality`: drawn as [`MUNICIPALITY_SLOT`], which the loader replaces with the
//!   text of the attribute (as text, never as HTML), or drawn without the line;
//! - contacts and the district are not on the first screen.
//!
//! It also writes `messages-<lang>.txt` for each locale but Spanish: the compiled messages
//! the widget's wasm does not carry, downloaded by the loader (for a visitor who reads that
//! language) or by the wasm (when she picks it). A native build carries them all, compiled
//! from the same `.ftl` files by the same compiler as the wasm's Spanish.

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    native::main();
}

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use std::{env, fs, path::PathBuf};

    use ruta::app::{App, AppProps};
    use ruta::styles::{compact_css, STYLESHEET_FILE, WIDGET_CSS};
    use ruta_core::config::EmbedConfig;
    use ruta_core::l10n;
    use yew::ServerRenderer;

    /// Stands for the municipality's name; the loader swaps it for the attribute's text.
    /// A private-use character, so no real name can contain it.
    pub const MUNICIPALITY_SLOT: &str = "\u{E000}";

    async fn render(lang: l10n::Locale, drafts: bool, municipality: bool) -> String {
        let (mut config, _) = EmbedConfig::from_attributes(std::iter::empty::<(&str, &str)>());
        config.drafts = drafts;
        config.municipality = municipality.then(|| MUNICIPALITY_SLOT.to_owned());
        ServerRenderer::<App>::with_props(move || AppProps { config, lang, drawn: true })
            .hydratable(false)
            .render()
            .await
    }

    fn json_string(text: &str) -> String {
        serde_json::to_string(text).expect("a string is JSON")
    }

    pub fn main() {
        let out: PathBuf = env::args().nth(1).expect("usage: prerender <folder, e.g. dist/ruta>").into();
        fs::create_dir_all(&out).expect("the output folder can be created");
        let runtime = tokio::runtime::Builder::new_current_thread().build().expect("a tokio runtime");
        let css = compact_css(WIDGET_CSS);
        for drafts in [false, true] {
            for lang in l10n::offered(drafts) {
                // With and without the municipality's line: the loader picks by the attribute.
                let with = runtime.block_on(render(lang, drafts, true));
                let without = runtime.block_on(render(lang, drafts, false));
                let json = format!(
                    "{{\"css\":{},\"html\":{},\"htmlNoMunicipality\":{},\"slot\":{}}}\n",
                    json_string(&css),
                    json_string(&with),
                    json_string(&without),
                    json_string(MUNICIPALITY_SLOT)
                );
                let name = format!("first-{lang}{}.json", if drafts { "-drafts" } else { "" });
                fs::write(out.join(&name), json).expect("the output folder is writable");
                println!("{name}");
            }
        }
        // The widget's stylesheet for the rare start without a first-screen file (src/mount.rs).
        fs::write(out.join(STYLESHEET_FILE), &css).expect("the output folder is writable");
        println!("{STYLESHEET_FILE}");
        for lang in l10n::available().into_iter().filter(|lang| *lang != l10n::Locale::SOURCE) {
            let file = l10n::download_file(lang).expect("a native build carries every locale");
            let name = format!("messages-{lang}.txt");
            fs::write(out.join(&name), file).expect("the output folder is writable");
            println!("{name}");
        }
    }
}
