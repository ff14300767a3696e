//! "Copiar resumen": the only thing the widget ever hands outside the page, and only
//! when the user asks. It goes to the clipboard, never to storage or the network.
//!
//! The clipboard outlives the page (and some phones keep a history of it), so the copy
//! note says so, and quick exit empties the clipboard when the last thing written there
//! was ours.

use std::cell::Cell;

use wasm_bindgen_futures::JsFuture;

thread_local! {
    static HOLDS_OUR_TEXT: Cell<bool> = const { Cell::new(false) };
}

pub fn copy(text: &str) {
    // Marked as ours from the request on, not from its answer: a quick exit in between
    // must still empty the clipboard (its own write queues after this one).
    HOLDS_OUR_TEXT.with(|held| held.set(true));
    let promise = gloo_utils::window().navigator().clipboard().write_text(text);
    // The result is not awaited by the UI: a refused copy leaves the text on screen anyway.
    wasm_bindgen_futures::spawn_local(async move {
        if JsFuture::from(promise).await.is_err() {
            web_sys::console::warn_1(&"Ruta: the browser refused to copy the summary".into());
        }
    });
}

/// Whether the widget's summary may still be in the clipboard, for quick exit to empty it.
pub fn holds_our_text() -> bool {
    HOLDS_OUR_TEXT.with(Cell::get)
}
