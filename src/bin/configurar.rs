//! The configurator's wasm entry point (`ruta/configurar.html`), separate from the
//! widget's so the widget's download carries none of it. `configurar.js` calls `start`.

use wasm_bindgen::prelude::wasm_bindgen;
use web_sys::Element;

/// Nothing starts on instantiation: `configurar.js` names the element.
fn main() {}

#[wasm_bindgen]
pub fn start(root: Element, assets_base: String) {
    ruta::configurator::start(root, assets_base);
}
