use ruta_core::directory::Directory;
use ruta_core::state::AssessmentAction;
use yew::prelude::*;

use super::nearest::{call_cards, her_district_picker, nearest_list, NearbyService};
use super::{send, who_arg, AssessmentProps};
use crate::l10n::L10n;

/// Shown at once when an answer makes the level high (`assessment::makes_high`): the
/// urgent actions first, then the choice to stop or go on.
pub(super) fn urgent(
    l10n: &L10n,
    props: &AssessmentProps,
    nearest: &[NearbyService],
    directory: Option<&Directory<'_>>,
) -> Html {
    let args = who_arg(props.state.who);
    html! {
        <div class="ruta-assess__result" data-testid="assessment-urgent">
            <h4 class="ruta-assess__level ruta-assess__level--high" tabindex="-1" data-autofocus="true">
                { l10n.text_args("assess-urgent-heading", &args) }
            </h4>
            <p class="ruta-assess__urgent">{ l10n.text_args("assess-urgent-text", &args) }</p>
            { call_cards(l10n, true) }
            { her_district_picker(l10n, directory, props) }
            { nearest_list(l10n, nearest) }
            <p>{ l10n.text_args("assess-urgent-choice", &args) }</p>
            <div class="ruta-assess__next">
                <button type="button" class="ruta-button" data-testid="urgent-show-result"
                    onclick={send(props, AssessmentAction::ShowResult)}>
                    { l10n.text("assess-urgent-stop") }
                </button>
                <button type="button" class="ruta-link-button" data-testid="urgent-continue"
                    onclick={send(props, AssessmentAction::Continue)}>
                    { l10n.text("assess-urgent-go-on") }
                </button>
            </div>
        </div>
    }
}
