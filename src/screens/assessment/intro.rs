use yew::prelude::*;

use super::{send, who_arg, AssessmentProps};
use crate::l10n::L10n;
use crate::state::{Action, Screen};
use ruta_core::state::{AssessmentAction, Who};

/// The start: what the questions are about, the helper-mode choice and the disclaimer.
pub(super) fn intro(l10n: &L10n, props: &AssessmentProps) -> Html {
    let who = props.state.who;
    let toggle = {
        let flipped = if who == Who::Other { Who::Myself } else { Who::Other };
        props.on_action.reform(move |_: Event| Action::Assessment(AssessmentAction::SetWho(flipped)))
    };
    html! {
        <>
            <p>{ l10n.text_args("assess-intro", &who_arg(who)) }</p>
            <div class="ruta-assess__helper">
                <input type="checkbox" id="ruta-helper-mode" data-testid="helper-mode"
                    checked={who == Who::Other} onchange={toggle} />
                <label for="ruta-helper-mode">{ l10n.text("assess-helper-toggle") }</label>
            </div>
            <button type="button" class="ruta-link-button" onclick={props.on_action.reform(|_| Action::Go(Screen::HelperGuide))}>
                { l10n.text("assess-helper-guide-link") }
            </button>
            <p class="ruta-assess__disclaimer">{ l10n.text_args("assess-disclaimer", &who_arg(who)) }</p>
            <button type="button" class="ruta-button" data-testid="assessment-start" onclick={send(props, AssessmentAction::Start)}>
                { l10n.text("assess-start") }
            </button>
        </>
    }
}
