//! "Copiar resumen": the only thing the widget ever hands outside the page, and only
//! when the user asks. It goes to the clipboard, never to storage or the network.

use wasm_bindgen_futures::JsFuture;

pub fn copy(text: &str) {
    let promise = gloo_utils::window().navigator().clipboard().write_text(text);
    // The result is not awaited by the UI: a refused copy leaves the text on screen anyway.
    wasm_bindgen_futures::spawn_local(async move {
        if JsFuture::from(promise).await.is_err() {
            web_sys::console::warn_1(&"Ruta: the browser refused to copy the summary".into());
        }
    });
}
