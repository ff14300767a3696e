use yew::prelude::*;

use crate::hooks::use_l10n;

#[derive(Properties, PartialEq, Clone)]
pub struct BackToStartProps {
    pub on_back: Callback<()>,
}

/// Returns to the start screen inside the widget; browser history is never touched.
#[component]
pub fn BackToStart(props: &BackToStartProps) -> Html {
    let l10n = use_l10n();
    html! {
        <button type="button" class="ruta-link-button ruta-back" data-testid="back-to-start"
            onclick={props.on_back.reform(|_| ())}>
            { l10n.text("shell-back-to-start") }
        </button>
    }
}
