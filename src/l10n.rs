//! The localizer as Yew context. Components read it only through
//! [`crate::hooks::use_l10n`], never as raw context.

use std::cell::RefCell;
use std::rc::Rc;

use ruta_core::l10n::{self, Locale, Localizer, Value};
use yew::{html, Html};

thread_local! {
    /// The catalogues downloaded so far (`downloads::load_messages`), kept for the page's
    /// life: a language picked once switches at once the next time.
    static DOWNLOADED: RefCell<Vec<(&'static str, &'static str)>> = const { RefCell::new(Vec::new()) };
}

/// Whether `lang`'s messages are here: built in (Spanish) or downloaded.
pub fn has_messages(lang: Locale) -> bool {
    l10n::is_built_in(lang) || DOWNLOADED.with(|d| d.borrow().iter().any(|(id, _)| *id == lang.id()))
}

/// Keeps a downloaded `messages-<lang>.txt` if it is `lang`'s (see
/// `ruta_core::l10n::read_download`); returns whether it was.
pub fn add_download(lang: Locale, file: String) -> bool {
    if l10n::read_download(lang, &file).is_none() {
        return false;
    }
    // Kept as long as the page, like the wasm's own messages: leaked once per locale.
    let file: &'static str = Box::leak(file.into_boxed_str());
    if let Some(catalogue) = l10n::read_download(lang, file) {
        DOWNLOADED.with(|d| d.borrow_mut().push((lang.id(), catalogue)));
    }
    true
}

/// The downloaded catalogues with `more` (the configurator's texts), as a localizer's
/// extra messages.
pub fn extra_messages(more: &[(&'static str, &'static str)]) -> Vec<(&'static str, &'static str)> {
    DOWNLOADED.with(|d| d.borrow().iter().chain(more).copied().collect())
}

/// Formats this widget's messages in the visitor's language.
#[derive(Clone, Debug)]
pub struct L10n(Rc<Localizer>);

impl PartialEq for L10n {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl L10n {
    /// The widget's messages in `lang`, with what has been downloaded of it.
    pub fn new(lang: Locale) -> Self {
        Self(Rc::new(Localizer::with_extra(lang, &extra_messages(&[]))))
    }

    /// A localizer built elsewhere, e.g. with the configurator's own texts
    /// ([`Localizer::with_extra`]).
    pub fn from_localizer(localizer: Localizer) -> Self {
        Self(Rc::new(localizer))
    }

    /// The locale shown, for `lang` attributes.
    pub fn lang(&self) -> Locale {
        self.0.lang()
    }

    /// A message with no variables.
    pub fn t(&self, key: &str) -> String {
        self.0.format(key, &[])
    }

    /// A message with variables, e.g. `t_args("exit-shortcut-remaining", &[("count", 2.into())])`.
    pub fn t_args(&self, key: &str, args: &[(&'static str, Value<'static>)]) -> String {
        self.0.format(key, args)
    }

    /// A message as page content. Text that fell back to Spanish carries `lang="es"`,
    /// so a screen reader set to Quechua does not read Spanish with Quechua sounds.
    pub fn text(&self, key: &str) -> Html {
        self.mark_fallback(key, self.t(key))
    }

    /// [`L10n::text`] with variables.
    pub fn text_args(&self, key: &str, args: &[(&'static str, Value<'static>)]) -> Html {
        self.mark_fallback(key, self.t_args(key, args))
    }

    fn mark_fallback(&self, key: &str, text: String) -> Html {
        match self.0.source_of(key) {
            Some(source) if source != self.lang() => html! { <span lang={source.id()}>{ text }</span> },
            _ => Html::from(text),
        }
    }
}
