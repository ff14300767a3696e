//! Taking the place of the first screen the loader drew before the wasm arrived.
//!
//! The loader (`ruta-embed.js`) may already have attached the shadow root and put into it
//! the first screen prerendered at build time (`examples/prerender.rs`), marked with
//! [`PRERENDERED_ATTRIBUTE`]. The widget then draws into a second, hidden root; once the
//! whole tree is in the DOM (a parent's first effect runs after every child has rendered),
//! one synchronous step removes the prerendered copy and shows the live one, so no frame
//! shows both or neither and nothing moves: the two are the same markup and stylesheet.
//! Focus on the prerendered copy (a keyboard user on the exit link) moves to the same
//! element in the live one.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, ShadowRoot};
use yew::prelude::*;

use crate::app::{App, AppProps};

/// Marks the loader's prerendered first screen inside the shadow root.
pub const PRERENDERED_ATTRIBUTE: &str = "data-ruta-prerendered";

/// The loader's prerendered first screen in `shadow`, if there is one.
pub fn prerendered(shadow: &ShadowRoot) -> Option<Element> {
    shadow.query_selector(&format!("[{PRERENDERED_ATTRIBUTE}]")).ok().flatten()
}

#[derive(Properties, PartialEq, Clone)]
pub struct TakeoverProps {
    pub app: AppProps,
    /// The loader's copy, removed once the live tree is drawn; `None` when there is none.
    pub prerendered: Option<Element>,
    /// The live tree's root, hidden until the swap.
    pub root: Element,
}

#[component]
pub fn Takeover(props: &TakeoverProps) -> Html {
    {
        let (prerendered, root) = (props.prerendered.clone(), props.root.clone());
        use_effect_with((), move |()| swap(prerendered, &root));
    }
    html! { <App ..props.app.clone() /> }
}

fn swap(prerendered: Option<Element>, root: &Element) {
    let Some(prerendered) = prerendered else { return };
    let focused = prerendered
        .get_root_node()
        .dyn_into::<ShadowRoot>()
        .ok()
        .and_then(|shadow| shadow.active_element())
        .filter(|active| prerendered.contains(Some(active)))
        .and_then(|active| active.get_attribute("data-testid"));
    prerendered.remove();
    let _ = root.remove_attribute("hidden");
    if let Some(testid) = focused {
        let same = root.query_selector(&format!("[data-testid=\"{testid}\"]")).ok().flatten();
        if let Some(element) = same.and_then(|e| e.dyn_into::<HtmlElement>().ok()) {
            let _ = element.focus();
        }
    }
}
