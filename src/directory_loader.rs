//! Fetching the service directory the first time the locator opens.
//!
//! The directory is a separate same-origin file (`ruta/directory.tsv`, next to the
//! loader) rather than part of the wasm, so the first screen, which is the one with the
//! exit button and the helplines, never waits for 46 KB (brotli) of data it may not need.

use ruta_core::directory::Directory;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{HtmlScriptElement, Response};

/// The data file's name, beside `ruta-embed.js`; stable, like every embed file.
pub const DATA_FILE: &str = "directory.tsv";

/// The loader script's folder, which holds every file of the widget. A module script has
/// no `document.currentScript`, so it is found by its stable name.
fn assets_base() -> Option<String> {
    let script = gloo_utils::document().query_selector("script[src$=\"ruta-embed.js\"]").ok()??;
    let src = script.dyn_into::<HtmlScriptElement>().ok()?.src();
    let folder_end = src.rfind('/')? + 1;
    Some(src[..folder_end].to_owned())
}

/// Downloads, validates and keeps the directory for the rest of the page's life. The
/// text is leaked on purpose: the parsed directory borrows from it, and both live as long
/// as the page. It holds public data only, nothing about the visitor.
pub async fn load() -> Result<&'static Directory<'static>, ()> {
    let url = format!("{}{DATA_FILE}", assets_base().ok_or(())?);
    let response: Response =
        JsFuture::from(gloo_utils::window().fetch_with_str(&url)).await.map_err(|_| ())?.dyn_into().map_err(|_| ())?;
    if !response.ok() {
        return Err(());
    }
    let text = JsFuture::from(response.text().map_err(|_| ())?).await.map_err(|_| ())?;
    let text: &'static str = Box::leak(text.as_string().ok_or(())?.into_boxed_str());
    let directory = Directory::parse(text).map_err(|_| ())?;
    Ok(Box::leak(Box::new(directory)))
}
