//! The about-the-data screen names the release: the root Cargo.toml's version, the same
//! one the loader's console line and the release zip carry.
#![cfg(not(target_arch = "wasm32"))]

use ruta::components::AboutData;
use ruta::l10n::L10n;
use yew::prelude::*;
use yew::ServerRenderer;

#[derive(Properties, PartialEq)]
struct InLang {
    lang: &'static str,
}

#[component]
fn AboutIn(props: &InLang) -> Html {
    html! {
        <ContextProvider<L10n> context={L10n::new(props.lang)}>
            <AboutData on_go={Callback::noop()} />
        </ContextProvider<L10n>>
    }
}

/// `version = "…"` of the root Cargo.toml's [package], read from the file itself.
fn cargo_version() -> String {
    let manifest = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/Cargo.toml")).unwrap();
    let package = manifest.split("[package]").nth(1).unwrap();
    let line = package.lines().find(|l| l.starts_with("version = ")).unwrap();
    line.trim_start_matches("version = ").trim_matches('"').to_owned()
}

#[tokio::test]
async fn the_about_screen_shows_the_version_in_spanish_and_english() {
    let version = cargo_version();
    assert!(version.split('.').count() == 3, "{version}");
    for (lang, expected) in [("es", format!("Versión de Ruta: {version}.")), ("en", format!("Ruta version {version}."))]
    {
        let html = ServerRenderer::<AboutIn>::with_props(move || InLang { lang }).hydratable(false).render().await;
        let html = html.replace(['\u{2068}', '\u{2069}'], "");
        assert!(html.contains(&format!("<p data-testid=\"ruta-version\">{expected}</p>")), "{lang}: {html}");
    }
}
