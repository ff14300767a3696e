//! Finding the embed element, reading its configuration and mounting in a Shadow DOM.

use ruta_core::config::{EmbedConfig, MARKER_ATTRIBUTE};
use ruta_core::contacts::{LocalContact, CONTACT_MARKER};
use ruta_core::l10n::{self, Locale};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, ShadowRoot, ShadowRootInit, ShadowRootMode};

use crate::app::{App, AppProps};
use crate::styles::{STYLESHEET_FILE, WIDGET_CSS};

/// Mounts the widget on the page's first `[data-ruta]` element, without the loader.
/// Pages use the loader (`ruta-embed.js`), which calls [`start`]; this is for the wasm
/// tests, where quick exit falls back to a plain `location.replace`.
pub fn boot() {
    let document = gloo_utils::document();
    let selector = format!("[{MARKER_ATTRIBUTE}]");
    let Some(host) = document.query_selector(&selector).ok().flatten() else {
        warn("no element with data-ruta was found; nothing to mount");
        return;
    };
    mount(&host, None, None, Some(WIDGET_CSS.to_owned()), Caller::Tests);
}

/// Called by the loader with the element it chose (the first visible `[data-ruta]`),
/// the folder it was loaded from, and its quick-exit function. Returns whether the widget
/// mounted, so the loader keeps its own quick exit when it did not.
/// `fetch_packed` is the loader's download through the gzip twins (see `ruta-embed.js`);
/// `messages` the `messages-<lang>.txt` it downloaded beside the wasm for a visitor who
/// reads a language other than Spanish, if it could.
/// `live` is called once the widget's own tree is drawn and its quick exit listens: only
/// then does the loader stop listening for its own (the widget is drawn in steps, each a
/// task of its own, so key presses can come in between).
pub fn start(
    host: Element,
    assets_base: String,
    leave: js_sys::Function,
    fetch_packed: Option<js_sys::Function>,
    messages: Option<String>,
    css: Option<String>,
    live: Option<js_sys::Function>,
) -> bool {
    crate::exit::use_loader_leave(leave);
    if let Some(fetch) = fetch_packed {
        crate::downloads::use_fetch_packed(fetch);
    }
    mount(&host, Some(assets_base), messages, css, Caller::Loader { live })
}

/// Who mounts the widget.
enum Caller {
    /// The loader, with its hand-over (see [`start`]): the widget is drawn in steps, each
    /// a task of its own.
    Loader { live: Option<js_sys::Function> },
    /// [`boot`]: the widget is drawn in this task, as the wasm tests expect.
    Tests,
}

/// Mounts on `host`. The element keeps its fallback HTML (helplines and a plain exit
/// link) in the light DOM: once a shadow root is attached the browser stops rendering it,
/// and if this code never runs it simply stays visible.
fn mount(
    host: &Element,
    assets_base: Option<String>,
    messages: Option<String>,
    css: Option<String>,
    caller: Caller,
) -> bool {
    let document = gloo_utils::document();
    // The loader's prerendered first screen is the one shadow root the widget takes over.
    let prerendered = host.shadow_root().map(|shadow| (crate::takeover::prerendered(&shadow), shadow));
    if matches!(prerendered, Some((None, _))) {
        warn("the widget is already mounted on this element; the script is included twice");
        return false;
    }

    // The configurator (ruta/configurar.html) reads its snippet with
    // ruta_core::snippet::read_embed, this same sequence (element, exit URL, contacts) over
    // the same parsers; e2e/tests/configurator.test.mjs checks both give the same lines.
    // It is not called from here only because that costs the widget's wasm 0.5 KB.
    let attributes = attributes_of(host);
    let (mut config, mut warnings) =
        EmbedConfig::from_attributes(attributes.iter().map(|(n, v)| (n.as_str(), v.as_str())));
    let page = gloo_utils::window().location().href().unwrap_or_default();
    warnings.extend(config.settle_exit_url(&page));
    for warning in &warnings {
        warn(&warning.to_string());
    }
    config.contacts = local_contacts(host);

    let browser_langs: Vec<String> =
        gloo_utils::window().navigator().languages().iter().filter_map(|l| l.as_string()).collect();
    // Drafts are offered (and chosen from the browser's languages) only where the page asks.
    let lang = l10n::negotiate_among(config.lang.map(Locale::id), &browser_langs, &l10n::offered(config.drafts));
    let lang = with_messages(lang, messages);

    let (prerendered, shadow) = match prerendered {
        Some((first_screen, shadow)) => (first_screen, shadow),
        None => match host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open)) {
            Ok(shadow) => (None, shadow),
            Err(_) => {
                warn("this element cannot hold a shadow root; use a <div>");
                return false;
            }
        },
    };
    // The loader draws its first screen only with a constructed stylesheet, already adopted.
    // Without it, a <slot> keeps showing the host's own fallback HTML until the widget is
    // drawn, so no frame shows an empty widget.
    let placeholder = match prerendered {
        Some(first_screen) => first_screen,
        None => {
            give_styles(&document, &shadow, css.as_deref(), assets_base.as_deref());
            let Ok(slot) = document.create_element("slot") else { return false };
            let _ = shadow.append_child(&slot);
            slot
        }
    };
    let Ok(root) = document.create_element("div") else { return false };
    let _ = root.set_attribute("hidden", "");
    let _ = shadow.append_child(&root);
    if let Some(base) = assets_base {
        crate::downloads::use_assets_base(base);
    }
    let props = AppProps { config, lang, drawn: true };
    match caller {
        Caller::Tests => {
            yew::Renderer::<App>::with_root_and_props(root.clone(), props).render();
            crate::takeover::swap(&placeholder, &root);
        }
        Caller::Loader { live } => draw_in_steps(props, placeholder, root, live),
    }
    true
}

/// Draws the widget in three tasks after `start`'s: the quick exit and header, then the
/// screen and footer, then the swap for the placeholder, and the loader's `live`. Reading
/// the configuration and drawing had been one task of about 50 ms on this machine, 200 ms
/// with the CPU slowed 4x, mostly V8 compiling each function on its first call: a tap on
/// the quick exit waited behind it (docs/ARCHITECTURE.md, "Start-up"). Yew yields to the
/// browser after 16 ms of work, but only once every pending render is in the DOM, and its
/// own next task is queued before the swap: so the swap always finds the whole tree, and
/// the widget's shortcut already listening (the first step's effects).
fn draw_in_steps(props: AppProps, placeholder: Element, root: Element, live: Option<js_sys::Function>) {
    use gloo_timers::callback::Timeout;
    Timeout::new(0, move || {
        let first = AppProps { drawn: false, ..props.clone() };
        let mut app = yew::Renderer::<App>::with_root_and_props(root.clone(), first).render();
        Timeout::new(0, move || {
            app.update(props);
            Timeout::new(0, move || {
                crate::takeover::swap(&placeholder, &root);
                if let Some(live) = live {
                    let _ = live.call0(&JsValue::NULL);
                }
            })
            .forget();
        })
        .forget();
    })
    .forget();
}

/// `lang` where its messages are here (Spanish, or the loader's download of them), else
/// Spanish, with a warning: the picker can still fetch them later.
fn with_messages(lang: Locale, messages: Option<String>) -> Locale {
    if crate::l10n::has_messages(lang) || messages.is_some_and(|file| crate::l10n::add_download(lang, file)) {
        return lang;
    }
    warn(&format!("the {lang} messages did not arrive with the widget; it starts in Spanish"));
    Locale::SOURCE
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

/// The widget's stylesheet is not inside its wasm (12 KB, 3 KB of the gzip twin that a
/// server with no compression sends): the loader already has it, in the first screen's
/// file (`first-<lang>.json`), and hands it to [`start`]. So the shadow root gets, in order:
/// - the loader's own sheet, when it drew the first screen (nothing is parsed twice; the
///   caller keeps it);
/// - the text the loader handed over, as a constructed stylesheet;
/// - else a `<link>` to [`STYLESHEET_FILE`] beside the wasm: where that file did not
///   arrive, and in browsers without constructed stylesheets, where a `<style>` would be
///   blocked by a strict CSP and a `<link>` is allowed by `style-src 'self'`. The widget is
///   unstyled only until it loads.
fn give_styles(document: &web_sys::Document, shadow: &ShadowRoot, css: Option<&str>, assets_base: Option<&str>) {
    if css.is_some_and(|css| adopt_constructed(shadow, css).is_ok()) {
        return;
    }
    match (assets_base, css) {
        (Some(base), _) => {
            if let Ok(link) = document.create_element("link") {
                let _ = link.set_attribute("rel", "stylesheet");
                let _ = link.set_attribute("href", &format!("{base}{STYLESHEET_FILE}"));
                let _ = shadow.append_child(&link);
            }
        }
        (None, Some(css)) => append_style(document, shadow, css),
        (None, None) => {}
    }
}

/// Gives the shadow root `css`: a constructed stylesheet, built from a string, so it needs
/// no extra request and is allowed by `style-src 'self'`; browsers without constructable
/// stylesheets get a `<style>` element, which works wherever the host has no strict CSP.
/// For the wasm tests and the configurator's preview, which have no file to link.
pub(crate) fn adopt_styles(document: &web_sys::Document, shadow: &ShadowRoot, css: &str) {
    if adopt_constructed(shadow, css).is_err() {
        append_style(document, shadow, css);
    }
}

fn adopt_constructed(shadow: &ShadowRoot, css: &str) -> Result<(), JsValue> {
    let sheet = web_sys::CssStyleSheet::new()?;
    sheet.replace_sync(css)?;
    shadow.set_adopted_style_sheets(&js_sys::Array::of1(&sheet));
    Ok(())
}

fn append_style(document: &web_sys::Document, shadow: &ShadowRoot, css: &str) {
    if let Ok(style) = document.create_element("style") {
        style.set_text_content(Some(css));
        let _ = shadow.append_child(&style);
    }
}

fn warn(message: &str) {
    web_sys::console::warn_1(&format!("Ruta: {message}").into());
}
