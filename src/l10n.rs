//! The localizer as Yew context. Components read it only through
//! [`crate::hooks::use_l10n`], never as raw context.

use std::rc::Rc;

use ruta_core::l10n::{Locale, Localizer, Value};
use yew::{html, Html};

/// Formats this widget's messages in the visitor's language.
#[derive(Clone, Debug)]
pub struct L10n(Rc<Localizer>);

impl PartialEq for L10n {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl L10n {
    pub fn new(lang: Locale) -> Self {
        Self(Rc::new(Localizer::new(lang)))
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
