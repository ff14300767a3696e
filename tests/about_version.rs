//! The about-the-data screen names the release: the root Cargo.toml's version, the same
//! one the loader's console line and the release zip carry.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{locale, render};
use ruta::fixtures::Example;
use ruta_core::state::Screen;

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
        let html = render(locale(lang), Example::Screen(Screen::AboutData)).await;
        assert!(html.contains(&format!("<p data-testid=\"ruta-version\">{expected}</p>")), "{lang}: {html}");
    }
}
