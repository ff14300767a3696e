//! The widget's wasm entry point. The loader (`ruta-embed.js`) calls `start` once the
//! module is ready, handing over the element to mount on and its quick exit.

use wasm_bindgen::prelude::wasm_bindgen;
use web_sys::Element;

/// The widget's heap: talc in place of the standard library's dlmalloc, for a smaller
/// wasm (docs/ARCHITECTURE.md, "Size"). The widget has one thread.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

/// Nothing starts on instantiation: the loader decides when, and on which element.
fn main() {}

#[wasm_bindgen]
pub fn start(
    host: Element,
    assets_base: String,
    leave: js_sys::Function,
    fetch_packed: Option<js_sys::Function>,
    messages: Option<String>,
    css: Option<String>,
    live: Option<js_sys::Function>,
) -> bool {
    ruta::start(host, assets_base, leave, fetch_packed, messages, css, live)
}
