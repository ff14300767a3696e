//! Taking the place of the first screen the loader drew before the wasm arrived.
//!
//! The loader (`ruta-embed.js`) may already have attached the shadow root and put into it
//! the first screen prerendered at build time (`examples/prerender.rs`), marked with
//! [`PRERENDERED_ATTRIBUTE`]; where it did not, a `<slot>` keeps the host's fallback HTML
//! on screen. The widget draws into a second, hidden root (`crate::mount`), and once the
//! whole tree is there, [`swap`] removes the placeholder and shows the live tree in one
//! synchronous step, so no frame shows both or neither and nothing moves: the prerendered
//! copy has the same markup and stylesheet. Focus on the prerendered copy (a keyboard user
//! on the exit link) moves to the same element in the live one.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, ShadowRoot};

/// Marks the loader's prerendered first screen inside the shadow root.
pub const PRERENDERED_ATTRIBUTE: &str = "data-ruta-prerendered";

/// The loader's prerendered first screen in `shadow`, if there is one.
pub fn prerendered(shadow: &ShadowRoot) -> Option<Element> {
    shadow.query_selector(&format!("[{PRERENDERED_ATTRIBUTE}]")).ok().flatten()
}

/// Removes `placeholder` and shows `root`, the live tree, moving focus across.
pub fn swap(placeholder: &Element, root: &Element) {
    let focused = placeholder
        .get_root_node()
        .dyn_into::<ShadowRoot>()
        .ok()
        .and_then(|shadow| shadow.active_element())
        .filter(|active| placeholder.contains(Some(active)))
        .and_then(|active| active.get_attribute("data-testid"));
    placeholder.remove();
    let _ = root.remove_attribute("hidden");
    if let Some(testid) = focused {
        let same = root.query_selector(&format!("[data-testid=\"{testid}\"]")).ok().flatten();
        if let Some(element) = same.and_then(|e| e.dyn_into::<HtmlElement>().ok()) {
            let _ = element.focus();
        }
    }
}
