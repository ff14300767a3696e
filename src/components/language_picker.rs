use ruta_core::l10n::{self, Locale, Review};
use web_sys::{Event, HtmlSelectElement};
use yew::prelude::*;

use crate::hooks::use_l10n;

#[derive(Properties, PartialEq, Clone)]
pub struct LanguagePickerProps {
    pub current: Locale,
    pub on_change: Callback<Locale>,
    /// The locales this page offers (`l10n::offered`): drafts only where the embed asks
    /// for them.
    #[prop_or_else(l10n::available)]
    pub offered: Vec<Locale>,
}

/// A plain `<select>` listing each language by its own name, marked with its own `lang`
/// so screen readers pronounce "Runasimi" as Quechua, not as Spanish.
#[component]
pub fn LanguagePicker(props: &LanguagePickerProps) -> Html {
    let l10n = use_l10n();
    let onchange = {
        let on_change = props.on_change.clone();
        let offered = props.offered.clone();
        Callback::from(move |event: Event| {
            let Some(select) = event.target_dyn_into::<HtmlSelectElement>() else { return };
            if let Some(lang) = l10n::supported(&select.value()).filter(|lang| offered.contains(lang)) {
                on_change.emit(lang);
            }
        })
    };
    // A draft is never presented as reviewed: its name carries the word "draft".
    let draft = l10n.t("shell-language-draft");
    let label = |locale: Locale| match locale.review() {
        Review::Draft => format!("{} ({draft})", locale.native_name()),
        Review::Source | Review::Reviewed => locale.native_name().to_owned(),
    };
    html! {
        <div class="ruta-lang">
            <label class="ruta-lang__label" for="ruta-lang-select">{ l10n.text("shell-language-label") }</label>
            <select id="ruta-lang-select" class="ruta-lang__select" data-testid="language-picker" {onchange}>
                for locale in props.offered.iter().copied() {
                    <option value={locale.id()} lang={locale.id()} selected={locale == props.current}>{ label(locale) }</option>
                }
            </select>
        </div>
    }
}
