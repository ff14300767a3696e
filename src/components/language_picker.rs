use ruta_core::l10n;
use wasm_bindgen::JsCast;
use web_sys::{Event, HtmlSelectElement};
use yew::prelude::*;

use crate::hooks::use_l10n;

#[derive(Properties, PartialEq, Clone)]
pub struct LanguagePickerProps {
    pub current: &'static str,
    pub on_change: Callback<&'static str>,
}

/// A plain `<select>` listing each language by its own name, marked with its own `lang`
/// so screen readers pronounce "Runasimi" as Quechua, not as Spanish.
#[component]
pub fn LanguagePicker(props: &LanguagePickerProps) -> Html {
    let l10n = use_l10n();
    let onchange = {
        let on_change = props.on_change.clone();
        Callback::from(move |event: Event| {
            let Some(select) = event.target().and_then(|t| t.dyn_into::<HtmlSelectElement>().ok()) else {
                return;
            };
            if let Some(lang) = l10n::supported(&select.value()) {
                on_change.emit(lang);
            }
        })
    };
    let options = l10n::available_ids().into_iter().map(|id| {
        html! {
            <option value={id} lang={id} selected={id == props.current}>
                { l10n::native_name(id).unwrap_or(id) }
            </option>
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
