//! Leaving the page: the one action that must work every time, at once.

use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

/// Marks the quick-exit timing for `scripts/bench`; only in-memory performance entries.
pub const MARK_HIDDEN: &str = "ruta-exit-hidden";
pub const MARK_NAVIGATING: &str = "ruta-exit-navigating";

const OVERLAY_ID: &str = "ruta-exit-overlay";

/// Milliseconds on the page's monotonic clock.
pub fn now_ms() -> f64 {
    gloo_utils::window().performance().map(|p| p.now()).unwrap_or_default()
}

/// Blanks the whole host page, then replaces it with `url`.
///
/// Everything happens synchronously inside the click or key handler, so nothing of the
/// widget stays on screen even if the next page is slow to arrive:
/// 1. the host page's `<body>` is hidden, which also takes it out of reach of the
///    keyboard and screen readers;
/// 2. a plain overlay in the system's `Canvas` colour looks like an empty browser tab;
/// 3. `wipe_state` forgets everything the visitor did (answers, place, screen);
/// 4. `location.replace`, not `href`, so the Back button cannot bring this page back.
///
/// Styles are set through the CSSOM (`style.setProperty`), which a strict
/// Content-Security-Policy allows, unlike a `style` attribute or a `<style>` element.
pub fn leave(url: &str, overlay_text: &str, wipe_state: impl FnOnce()) {
    let document = gloo_utils::document();
    if let Some(body) = document.body() {
        let _ = body.style().set_property_with_priority("display", "none", "important");
    }
    show_overlay(&document, overlay_text);
    mark(MARK_HIDDEN);
    wipe_state();
    mark(MARK_NAVIGATING);
    if gloo_utils::window().location().replace(url).is_err() {
        // Only reachable if the browser refuses the URL; the link's own href still works.
        web_sys::console::warn_1(&"Ruta: quick exit could not navigate".into());
    }
}

/// Undoes [`leave`]'s blanking for a page restored from the back-forward cache.
pub fn restore_page() {
    let document = gloo_utils::document();
    if let Some(body) = document.body() {
        let _ = body.style().remove_property("display");
    }
    if let Some(overlay) = document.get_element_by_id(OVERLAY_ID) {
        overlay.remove();
    }
}

fn show_overlay(document: &web_sys::Document, text: &str) {
    let Some(root) = document.document_element() else { return };
    let Ok(overlay) = document.create_element("div") else { return };
    let Ok(overlay) = overlay.dyn_into::<HtmlElement>() else { return };
    overlay.set_id(OVERLAY_ID);
    let _ = overlay.set_attribute("role", "alert");
    let style = overlay.style();
    for (property, value) in [
        ("position", "fixed"),
        ("inset", "0"),
        ("z-index", "2147483647"),
        ("background", "Canvas"),
        ("color", "CanvasText"),
        ("padding", "16px"),
        ("font", "16px system-ui, sans-serif"),
    ] {
        let _ = style.set_property_with_priority(property, value, "important");
    }
    let _ = root.append_child(&overlay);
    // The text goes in after the node is in the document: screen readers announce an
    // alert when its content changes, not when a filled node appears.
    overlay.set_text_content(Some(text));
}

fn mark(name: &str) {
    if let Some(performance) = gloo_utils::window().performance() {
        let _ = performance.mark(name);
    }
}
