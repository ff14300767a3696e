//! Browser tests: mounting on a real DOM, in headless Chromium.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::Element;

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// Adds a fresh `[data-ruta]` element with fallback content and the given attributes.
fn add_host(attributes: &[(&str, &str)]) -> Element {
    let doc = document();
    for old in doc.query_selector_all("[data-ruta]").unwrap().values() {
        old.unwrap().unchecked_into::<Element>().remove();
    }
    let host = doc.create_element("div").unwrap();
    host.set_attribute("data-ruta", "").unwrap();
    for (name, value) in attributes {
        host.set_attribute(name, value).unwrap();
    }
    host.set_inner_html("<a href=\"/clima.html\">Salir</a>");
    doc.body().unwrap().append_child(&host).unwrap();
    host
}

async fn rendered(host: &Element) -> Element {
    yew::scheduler::flush().await;
    let shadow = host.shadow_root().expect("the widget attaches an open shadow root");
    shadow.query_selector("[data-testid=ruta-widget]").unwrap().expect("the widget rendered")
}

#[wasm_bindgen_test]
async fn mounts_in_an_open_shadow_root_with_an_adopted_stylesheet() {
    let host = add_host(&[("data-lang", "en"), ("data-exit-url", "/clima.html")]);
    ruta::boot();
    let root = rendered(&host).await;
    // English's messages are not in the wasm; without the loader nobody downloaded them,
    // so the widget starts in Spanish (the loader's path is tested end to end).
    assert_eq!(root.get_attribute("lang").as_deref(), Some("es"));
    let shadow = host.shadow_root().unwrap();
    assert_eq!(shadow.adopted_style_sheets().length(), 1);
    let exit = shadow.query_selector("[data-testid=quick-exit]").unwrap().unwrap();
    // Resolved against the page's own origin, never against a <base href>.
    let origin = web_sys::window().unwrap().location().origin().unwrap();
    assert_eq!(exit.get_attribute("href"), Some(format!("{origin}/clima.html")));
    // The fallback stays in the light DOM, unrendered, for the no-WASM case.
    assert!(host.inner_html().contains("Salir"));
}

#[wasm_bindgen_test]
async fn a_second_boot_on_the_same_element_is_refused() {
    let host = add_host(&[]);
    ruta::boot();
    rendered(&host).await;
    ruta::boot();
    yew::scheduler::flush().await;
    let widgets = host.shadow_root().unwrap().query_selector_all("[data-testid=ruta-widget]").unwrap();
    assert_eq!(widgets.length(), 1);
}

#[wasm_bindgen_test]
async fn bad_configuration_still_mounts_with_the_defaults() {
    let host = add_host(&[("data-exit-url", "javascript:alert(1)"), ("data-lang", "zz")]);
    ruta::boot();
    let root = rendered(&host).await;
    let exit = root.query_selector("[data-testid=quick-exit]").unwrap().unwrap();
    assert_eq!(exit.get_attribute("href").as_deref(), Some(ruta_core::config::DEFAULT_EXIT_URL));
}
