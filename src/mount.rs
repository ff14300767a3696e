//! Finding the embed element, reading its configuration and mounting in a Shadow DOM.

use ruta_core::config::{EmbedConfig, MARKER_ATTRIBUTE};
use ruta_core::contacts::{LocalContact, CONTACT_MARKER};
use ruta_core::l10n;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, ShadowRoot, ShadowRootInit, ShadowRootMode};

use crate::app::{App, AppProps};
use crate::styles::WIDGET_CSS;

/// Mounts the widget on the page's `[data-ruta]` element.
///
/// The element keeps its fallback HTML (helplines and a plain exit link) in the light
/// DOM: once a shadow root is attached the browser stops rendering it, and if this code
/// never runs it simply stays visible.
pub fn boot() {
    let document = gloo_utils::document();
    let selector = format!("[{MARKER_ATTRIBUTE}]");
    let Ok(hosts) = document.query_selector_all(&selector) else { return };
    let Some(host) = hosts.get(0).and_then(|node| node.dyn_into::<Element>().ok()) else {
        warn("no element with data-ruta was found; nothing to mount");
        return;
    };
    if hosts.length() > 1 {
        warn("more than one data-ruta element; only the first one is used");
    }
    if host.shadow_root().is_some() {
        warn("the widget is already mounted on this element; the script is included twice");
        return;
    }

    let attributes = attributes_of(&host);
    let (mut config, warnings) = EmbedConfig::from_attributes(attributes.iter().map(|(n, v)| (n.as_str(), v.as_str())));
    for warning in &warnings {
        warn(&warning.to_string());
    }
    config.contacts = local_contacts(&host);

    let browser_langs: Vec<String> =
        gloo_utils::window().navigator().languages().iter().filter_map(|l| l.as_string()).collect();
    let lang = l10n::negotiate(config.lang, &browser_langs);

    let Ok(shadow) = host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open)) else {
        warn("this element cannot hold a shadow root; use a <div>");
        return;
    };
    adopt_styles(&document, &shadow);
    let Ok(root) = document.create_element("div") else { return };
    let _ = shadow.append_child(&root);
    yew::Renderer::<App>::with_root_and_props(root, AppProps { config, lang }).render();
}

/// Reads the `[data-ruta-contact]` elements of the fallback HTML; bad ones are skipped
/// with a warning (see `ruta_core::contacts`).
fn local_contacts(host: &Element) -> Vec<LocalContact> {
    let selector = format!("[{CONTACT_MARKER}]");
    let Ok(elements) = host.query_selector_all(&selector) else { return Vec::new() };
    let mut contacts = Vec::new();
    for (index, node) in elements.values().into_iter().flatten().enumerate() {
        let attributes = attributes_of(&node.unchecked_into());
        let (contact, warnings) =
            LocalContact::from_attributes(index + 1, attributes.iter().map(|(n, v)| (n.as_str(), v.as_str())));
        for warning in warnings {
            warn(&warning.to_string());
        }
        contacts.extend(contact);
    }
    contacts
}

/// Every attribute of an element as (name, value), for the core's parsers.
fn attributes_of(element: &Element) -> Vec<(String, String)> {
    element
        .get_attribute_names()
        .iter()
        .filter_map(|name| name.as_string())
        .map(|name| {
            let value = element.get_attribute(&name).unwrap_or_default();
            (name, value)
        })
        .collect()
}

/// Gives the shadow root its stylesheet without any inline `<style>`.
///
/// A constructed stylesheet is built from a string inside the module, so it needs no
/// extra request and is allowed by `style-src 'self'`. Browsers without constructable
/// stylesheets get a `<style>` element, which works wherever the host has no strict CSP.
fn adopt_styles(document: &web_sys::Document, shadow: &ShadowRoot) {
    let adopted = web_sys::CssStyleSheet::new().and_then(|sheet| {
        sheet.replace_sync(WIDGET_CSS)?;
        shadow.set_adopted_style_sheets(&js_sys::Array::of1(&sheet));
        Ok::<_, JsValue>(())
    });
    if adopted.is_err() {
        if let Ok(style) = document.create_element("style") {
            style.set_text_content(Some(WIDGET_CSS));
            let _ = shadow.append_child(&style);
        }
    }
}

fn warn(message: &str) {
    web_sys::console::warn_1(&format!("Ruta: {message}").into());
}
