//! The configurator, `ruta/configurar.html`: a page for the municipality's webmaster, not
//! for the widget's visitors. She picks the district with the locator's own picker, types
//! the municipality's name, the exit URL and the local contacts, and gets:
//! - the warnings the widget would log, from the very code the widget runs when it mounts
//!   (`ruta_core::snippet::read_embed`), each written exactly as the console line;
//! - a live preview: the real widget [`App`](crate::app::App) in a shadow root;
//! - the snippet and the standalone page, written by `ruta_core::snippet`.
//!
//! It is its own wasm (`src/bin/configurar.rs`), so none of this, its texts included
//! (`src/configurator/locales/`), is in the widget's download. Like the widget it stores
//! nothing, fetches only the directory from its own folder, never touches the URL or the
//! history, and forgets everything when the page is left.

mod form;
mod preview;

use ruta_core::l10n;
use web_sys::Element;

pub use form::{Configurator, ConfiguratorProps};
pub use preview::{Preview, PreviewProps};

/// The configurator's texts as written, for the tests. Spanish and English, like every
/// reviewed page of Ruta.
pub const SOURCES: &[(&str, &str)] = &[("es", include_str!("locales/es.ftl")), ("en", include_str!("locales/en.ftl"))];

/// The same texts compiled by `build.rs`, added to the widget's own messages (the
/// picker's labels are the locator's).
pub const CATALOGUES: &[(&str, &str)] = &[
    ("es", include_str!(concat!(env!("OUT_DIR"), "/configurator-es.txt"))),
    ("en", include_str!(concat!(env!("OUT_DIR"), "/configurator-en.txt"))),
];

/// The widget's messages in every language but Spanish, for the preview (the widget's
/// own wasm downloads them; see `build.rs`).
pub const WIDGET_MESSAGES: &[(&str, &str)] = &[
    ("en", include_str!(concat!(env!("OUT_DIR"), "/widget-messages-en.txt"))),
    ("qu", include_str!(concat!(env!("OUT_DIR"), "/widget-messages-qu.txt"))),
    ("ay", include_str!(concat!(env!("OUT_DIR"), "/widget-messages-ay.txt"))),
];

/// The languages the configurator is written in.
pub fn langs() -> Vec<l10n::Locale> {
    ["es", "en"].into_iter().filter_map(l10n::Locale::from_id).collect()
}

/// Starts the configurator in `root`, replacing its loading text; `assets_base` is the
/// folder of `configurar.js`, where `directory.tsv` is too.
pub fn start(root: Element, assets_base: String) {
    crate::downloads::use_assets_base(assets_base);
    for (id, file) in WIDGET_MESSAGES {
        if let Some(lang) = l10n::Locale::from_id(id) {
            crate::l10n::add_download(lang, (*file).to_owned());
        }
    }
    root.set_inner_html("");
    let browser: Vec<String> =
        gloo_utils::window().navigator().languages().iter().filter_map(|l| l.as_string()).collect();
    let lang = l10n::negotiate_among(None, &browser, &langs());
    yew::Renderer::<Configurator>::with_root_and_props(root, ConfiguratorProps { lang }).render();
}
