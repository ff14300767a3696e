use ruta_core::l10n::{self, Locale, Review};
use ruta_core::state::LanguageLoad;
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
    /// A picked language still downloading, or that could not be.
    #[prop_or_default]
    pub status: LanguageLoad,
}

/// A plain `<select>` listing each language by its own name, marked with its own `lang`
/// so screen readers pronounce "Runasimi" as Quechua, not as Spanish. Under it, a status
/// line says when a picked language is still downloading or could not be.
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
    // After a failed download the select still shows the language she picked, while the
    // screen is in the one shown: set back, so the status line and the select agree, and
    // picking that language again is a change the select reports (it would not be, if it
    // were already selected). While one downloads, her pick stays in view.
    let select_ref = use_node_ref();
    {
        let select_ref = select_ref.clone();
        use_effect_with((props.current, props.status), move |(current, status)| {
            if !matches!(status, LanguageLoad::Loading(_)) {
                if let Some(select) = select_ref.cast::<HtmlSelectElement>() {
                    select.set_value(current.id());
                }
            }
        });
    }
    let status = match props.status {
        LanguageLoad::Idle => Html::default(),
        LanguageLoad::Loading(locale) => {
            l10n.text_args("shell-language-loading", &[("language", locale.native_name().into())])
        }
        LanguageLoad::Failed(locale) => {
            l10n.text_args("shell-language-failed", &[("language", locale.native_name().into())])
        }
    };
    html! {
        <div class="ruta-lang">
            <label class="ruta-lang__label" for="ruta-lang-select">{ l10n.text("shell-language-label") }</label>
            <select id="ruta-lang-select" class="ruta-lang__select" data-testid="language-picker" ref={select_ref} {onchange}>
                for locale in props.offered.iter().copied() {
                    <option value={locale.id()} lang={locale.id()} selected={locale == props.current}>{ label(locale) }</option>
                }
            </select>
            // Always there, so screen readers follow it from the first change.
            <p class="ruta-lang__status" role="status" data-testid="language-status">{ status }</p>
        </div>
    }
}
