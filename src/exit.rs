//! Leaving the page: the one action that must work every time, at once.
//!
//! The mechanics (blank the page, no Referer, `location.replace`, the fallback if the page
//! does not unload, the clipboard) live in the loader, `static/ruta-embed.js`, because
//! quick exit must work before this wasm has even downloaded. The loader hands its
//! `leave` function to [`crate::start`], so there is one implementation on the page, and
//! it refuses to run twice.

use std::cell::RefCell;

use wasm_bindgen::JsValue;

thread_local! {
    /// The loader's `leave(url, overlayText, clearClipboard)`.
    static LOADER_LEAVE: RefCell<Option<js_sys::Function>> = const { RefCell::new(None) };
}

/// Keeps the loader's `leave` for [`leave`].
pub fn use_loader_leave(leave: js_sys::Function) {
    LOADER_LEAVE.with(|slot| *slot.borrow_mut() = Some(leave));
}

/// Milliseconds on the page's monotonic clock.
pub fn now_ms() -> f64 {
    gloo_utils::window().performance().map(|p| p.now()).unwrap_or_default()
}

/// Leaves for `url` through the loader, then forgets everything the visitor did.
///
/// The navigation is asked for first: `location.replace` does not unload the page
/// synchronously, so the wipe (and its re-render, in the next microtask) still happens
/// before the next page commits, and nothing in the wipe can ever delay or stop the exit.
pub fn leave(url: &str, overlay_text: &str, wipe_state: impl FnOnce()) {
    let clear_clipboard = crate::clipboard::holds_our_text();
    let loader = LOADER_LEAVE.with(|slot| slot.borrow().clone());
    let left = loader.is_some_and(|leave| {
        leave.call3(&JsValue::NULL, &url.into(), &overlay_text.into(), &clear_clipboard.into()).is_ok()
    });
    if !left {
        // Mounted without the loader (the wasm tests), or the loader failed: still leave.
        if let Some(body) = gloo_utils::document().body() {
            let _ = body.style().set_property_with_priority("display", "none", "important");
        }
        if gloo_utils::window().location().replace(url).is_err() {
            web_sys::console::warn_1(&"Ruta: quick exit could not navigate".into());
        }
    }
    wipe_state();
}
