//! The files the wasm downloads itself, the first time they are needed: the service
//! directory when a screen needs it, and another language's messages when she picks it.
//!
//! The directory is a separate same-origin file (`ruta/directory.tsv`, next to the
//! loader) rather than part of the wasm, so the first screen, which is the one with the
//! exit button and the helplines, never waits for 44 KB (brotli) of data it may not need.
//! Likewise only Spanish's messages are in the wasm; English, Quechua and Aymara are
//! `messages-<lang>.txt` (see `ruta_core::l10n::read_download`).
//!
//! A fetch cannot hang, be sent elsewhere or leave a trace on disk:
//! - the folder is the loader's own module URL (query strings and fragments are fine),
//!   handed over by the loader, and only the page's own origin is accepted;
//! - `cache: "no-store"` keeps the file out of the HTTP disk cache, whose entry would show
//!   that she opened the locator (or read it in Quechua); no cookies are sent;
//! - a request that has not finished after [`TIMEOUT_MS`] is aborted, and the screen says
//!   it could not load; opening the screen again tries again;
//! - the body is checked whole ([`Directory::parse_bundle`]): a cut, empty, misdecoded or
//!   oversized file is refused, never shown as "nothing near you"; a messages file must
//!   name its locale in its first line.

use std::cell::RefCell;

use gloo_timers::callback::Timeout;
use ruta_core::directory::{Directory, MAX_BUNDLE_BYTES};
use ruta_core::l10n::{self, Locale};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{AbortController, HtmlScriptElement, RequestCache, RequestCredentials, RequestInit, Response};

/// The data file's name, beside `ruta-embed.js`; stable, like every embed file.
pub const DATA_FILE: &str = "directory.tsv";

/// A messages file is about 30 KB; anything far larger is not one.
const MAX_MESSAGES_BYTES: usize = 256 * 1024;

/// How long a slow or stalled network may take before the screen says it failed.
pub const TIMEOUT_MS: u32 = 20_000;

thread_local! {
    static ASSETS_BASE: RefCell<Option<String>> = const { RefCell::new(None) };
    static FETCH_PACKED: RefCell<Option<js_sys::Function>> = const { RefCell::new(None) };
}

/// Keeps the loader's `fetchPacked(url, init, plainStart, type)`: the download through the
/// gzip twin (`directory.tsv.gz`), unpacked in the browser, so a server that compresses
/// nothing still sends the compressed size. Without it, a plain `fetch`.
pub fn use_fetch_packed(fetch: js_sys::Function) {
    FETCH_PACKED.with(|slot| *slot.borrow_mut() = Some(fetch));
}

/// The request, through the loader's twin download when it handed one over: `file`
/// tells it how the plain file starts and what it is.
fn request(url: &str, init: &RequestInit, file: &File) -> Result<js_sys::Promise, LoadError> {
    match FETCH_PACKED.with(|slot| slot.borrow().clone()) {
        Some(fetch) => {
            let args = js_sys::Array::of4(&url.into(), init, &file.starts_with.into(), &file.content_type.into());
            fetch
                .apply(&wasm_bindgen::JsValue::NULL, &args)
                .map_err(|_| LoadError::Network)?
                .dyn_into()
                .map_err(|_| LoadError::Network)
        }
        None => Ok(gloo_utils::window().fetch_with_str_and_init(url, init)),
    }
}

/// Keeps the folder the loader came from (`https://muni.gob.pe/ruta/`).
pub fn use_assets_base(base: String) {
    ASSETS_BASE.with(|slot| *slot.borrow_mut() = Some(base));
}

/// Why the directory could not be used, for the webmaster's console.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LoadError {
    NoBase,
    OtherOrigin,
    Network,
    TimedOut,
    Status(u16),
    TooLarge,
    Invalid,
    NotMessages,
}

impl LoadError {
    fn explain(self) -> String {
        match self {
            LoadError::NoBase => "the folder of ruta-embed.js is unknown".into(),
            LoadError::OtherOrigin => {
                "ruta-embed.js is not on this page's own site; the data is only read from it".into()
            }
            LoadError::Network => "the network request failed".into(),
            LoadError::TimedOut => format!("no complete answer within {} s", TIMEOUT_MS / 1000),
            LoadError::Status(code) => format!("the server answered HTTP {code}"),
            LoadError::TooLarge => "the file is far larger than it should be".into(),
            LoadError::Invalid => {
                "the file is not a complete ruta-directory 4 bundle (cut short, empty or damaged)".into()
            }
            LoadError::NotMessages => "the file is not this language's messages (a server's error page?)".into(),
        }
    }
}

/// The loader's folder: given by the loader, or, when mounted without it, from the
/// `<script>` that names it.
fn assets_base() -> Option<String> {
    ASSETS_BASE.with(|slot| slot.borrow().clone()).or_else(|| {
        let script = gloo_utils::document().query_selector("script[src*=\"ruta-embed.js\"]").ok()??;
        let src = script.dyn_into::<HtmlScriptElement>().ok()?.src();
        let src = src.split(['?', '#']).next()?;
        Some(src[..src.rfind('/')? + 1].to_owned())
    })
}

/// One of the files the wasm downloads.
struct File {
    name: String,
    /// How the plain file starts, for the loader to tell it from its gzip twin.
    starts_with: &'static str,
    content_type: &'static str,
    max_bytes: usize,
}

/// The file's URL, only on the page's own origin.
fn own_url(name: &str) -> Result<String, LoadError> {
    let base = assets_base().ok_or(LoadError::NoBase)?;
    let url = web_sys::Url::new_with_base(name, &base).map_err(|_| LoadError::NoBase)?;
    let own = gloo_utils::window().location().origin().unwrap_or_default();
    if url.origin() != own {
        return Err(LoadError::OtherOrigin);
    }
    Ok(url.href())
}

/// Downloads, validates and keeps the directory for the rest of the page's life.
pub async fn load() -> Result<&'static Directory<'static>, LoadError> {
    let result = fetch_and_parse().await;
    if let Err(error) = result {
        web_sys::console::warn_1(
            &format!("Ruta: the service directory could not be loaded: {}", error.explain()).into(),
        );
    }
    result
}

/// Downloads `lang`'s messages and adds them to the widget's, for the rest of the page's
/// life. Spanish, in the wasm, is never downloaded.
pub async fn load_messages(lang: Locale) -> Result<(), LoadError> {
    if crate::l10n::has_messages(lang) {
        return Ok(());
    }
    let file = File {
        name: format!("messages-{}.txt", lang.id()),
        starts_with: l10n::DOWNLOAD_HEADER,
        content_type: "text/plain; charset=utf-8",
        max_bytes: MAX_MESSAGES_BYTES,
    };
    let result = match fetch_text(&file).await {
        Ok(text) => crate::l10n::add_download(lang, text).then_some(()).ok_or(LoadError::NotMessages),
        Err(error) => Err(error),
    };
    if let Err(error) = result {
        web_sys::console::warn_1(
            &format!("Ruta: the {} messages could not be loaded: {}", lang.id(), error.explain()).into(),
        );
    }
    result
}

/// The whole text of one of our files, within its size and [`TIMEOUT_MS`].
async fn fetch_text(file: &File) -> Result<String, LoadError> {
    let url = own_url(&file.name)?;
    let controller = AbortController::new().map_err(|_| LoadError::Network)?;
    let init = RequestInit::new();
    init.set_cache(RequestCache::NoStore);
    init.set_credentials(RequestCredentials::Omit);
    init.set_signal(Some(&controller.signal()));
    let timed_out = std::rc::Rc::new(std::cell::Cell::new(false));
    // Dropping the Timeout (when this function returns) cancels it.
    let _deadline = {
        let (controller, timed_out) = (controller.clone(), timed_out.clone());
        Timeout::new(TIMEOUT_MS, move || {
            timed_out.set(true);
            controller.abort();
        })
    };
    let failed = |_| if timed_out.get() { LoadError::TimedOut } else { LoadError::Network };
    let response: Response = JsFuture::from(request(&url, &init, file)?)
        .await
        .map_err(failed)?
        .dyn_into()
        .map_err(|_| LoadError::Network)?;
    if !response.ok() {
        return Err(LoadError::Status(response.status()));
    }
    let declared: Option<usize> =
        response.headers().get("content-length").ok().flatten().and_then(|length| length.trim().parse().ok());
    if declared.is_some_and(|length| length > file.max_bytes) {
        return Err(LoadError::TooLarge);
    }
    let body = JsFuture::from(response.text().map_err(|_| LoadError::Network)?).await.map_err(failed)?;
    let text = body.as_string().ok_or(LoadError::Invalid)?;
    if text.len() > file.max_bytes {
        return Err(LoadError::TooLarge);
    }
    Ok(text)
}

async fn fetch_and_parse() -> Result<&'static Directory<'static>, LoadError> {
    let file = File {
        name: DATA_FILE.to_owned(),
        starts_with: ruta_core::directory::HEADER,
        content_type: "text/tab-separated-values; charset=utf-8",
        max_bytes: MAX_BUNDLE_BYTES,
    };
    let text = fetch_text(&file).await?;
    // The parsed directory borrows from the text, and both live as long as the page, so
    // the text is leaked, on purpose, but only once it has been accepted.
    let leaked: &'static mut str = Box::leak(text.into_boxed_str());
    let pointer: *mut str = leaked;
    match Directory::parse_bundle(leaked) {
        Ok(directory) => Ok(Box::leak(Box::new(directory))),
        Err(_) => {
            // SAFETY: `pointer` came from `Box::leak` just above, and nothing borrows from
            // it any more: the failed parse returned only owned errors, now dropped. A
            // refused body is freed, so retries on a "soft 404" page never pile up.
            drop(unsafe { Box::from_raw(pointer) });
            Err(LoadError::Invalid)
        }
    }
}
