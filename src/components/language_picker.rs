use ruta_core::l10n;
use wasm_bindgen::JsCast;
use web_sys::{Event, HtmlSelectElement};
use yew::prelude::*;

use crate::hooks::use_l10n;

#[derive(Properties, PartialEq, Clone)]
pub struct LanguagePickerProps {
    pub current: &'static str,
    pub on_change: Callback<&'static str>,
    /// The locales this page offers (`l10n::offered_ids`): drafts only where the embed
    /// asks for them. Until the embed configuration carries that choice, every locale.
    #[prop_or_else(l10n::available_ids)]
    pub offered: Vec<&'static str>,
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
            let Some(select) = event.target().and_then(|t| t.dyn_into::<HtmlSelectElement>().ok()) else {
                return;
            };
            if let Some(lang) = l10n::supported(&select.value()).filter(|lang| offered.contains(lang)) {
                on_change.emit(lang);
            }
        })
    };
    // A draft is never presented as reviewed: its name carries the word "draft".
    let draft = l10n.t("shell-language-draft");
    let options = props.offered.iter().map(|&id| {
        let name = l10n::native_name(id).unwrap_or(id);
        let label = match l10n::review(id) {
            l10n::Review::Draft => format!("{name} ({draft})"),
            _ => name.to_owned(),
        };
        html! {
            <option value={id} lang={id} selected={id == props.current}>{ label }</option>
        }
    });
    html! {
        <div class="ruta-lang">
            <label class="ruta-lang__label" for="ruta-lang-select">{ l10n.text("shell-language-label") }</label>
            <select id="ruta-lang-select" class="ruta-lang__select" data-testid="language-picker" {onchange}>
                { for options }
            </select>
        </div>
    }
}
