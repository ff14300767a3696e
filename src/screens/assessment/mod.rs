//! The discreet self-assessment, one file per step: the intro, a question, the urgent
//! panel, the result; the nearest places and the copied summary beside them.

mod intro;
mod nearest;
mod question;
mod result;
mod summary;
mod urgent;

use ruta_core::assessment::evaluate;
use ruta_core::l10n::Value;
use ruta_core::locator::Origin;
use ruta_core::state::{AssessmentAction, AssessmentState, Step, Who};
use yew::prelude::*;

pub use nearest::NearbyService;
pub use summary::summary_text;

use crate::components::{BackToStart, UrgentLine};
use crate::hooks::{use_directory, use_l10n};
use crate::state::{Action, Screen};

#[derive(Properties, PartialEq, Clone)]
pub struct AssessmentProps {
    pub state: AssessmentState,
    /// Where the nearest services are measured from (`AssessmentState::nearest_from`): for
    /// oneself the locator's place or the page's district; in helper mode only her district.
    /// The result then names the nearest CEM and comisaría.
    #[prop_or_default]
    pub near: Option<Origin>,
    /// Everything the screen asks for: its own [`AssessmentAction`]s and moving to another screen.
    pub on_action: Callback<Action>,
}

/// The discreet self-assessment: an intro with the helper-mode choice, one question per
/// step with a progress bar, then the result. Every text takes `$who`, so helper mode is
/// the same code reading the third-person variants.
#[component]
pub fn Assessment(props: &AssessmentProps) -> Html {
    let l10n = use_l10n();
    let directory = use_directory();
    let copied = use_state(|| false);
    let who = props.state.who;
    // Only the urgent panel and the result name the nearest places: no search runs while
    // she reads the intro or answers.
    let nearest = || nearest::nearest_services(&l10n, directory.ready(), props.near);
    let body = match props.state.step {
        Step::Intro => intro::intro(&l10n, props),
        Step::Question(i) => question::question(&l10n, props, i),
        Step::Urgent(_) => urgent::urgent(&l10n, props, &nearest(), directory.ready()),
        Step::Result => {
            let outcome = evaluate(&props.state.answers);
            result::result(&l10n, props, &outcome, &copied, &nearest(), directory.ready())
        }
    };
    // The urgent panel and the result open with the 105 and Línea 100 cards themselves.
    let urgent_line = matches!(props.state.step, Step::Intro | Step::Question(_));
    html! {
        <div class="ruta-assess" data-testid="screen-assessment">
            <h3 class="ruta__heading" tabindex="-1">{ l10n.text_args("assess-heading", &who_arg(who)) }</h3>
            if urgent_line {
                <UrgentLine />
            }
            { body }
            <div class="ruta-assess__footer">
                if props.state != AssessmentState::default() {
                    <button type="button" class="ruta-link-button" data-testid="assessment-clear"
                        onclick={send(props, AssessmentAction::Clear)}>
                        { l10n.text("assess-clear") }
                    </button>
                }
                <BackToStart on_back={props.on_action.reform(|()| Action::Go(Screen::Home))} />
            </div>
        </div>
    }
}

/// A click handler sending one of the assessment's own actions.
pub(super) fn send(props: &AssessmentProps, action: AssessmentAction) -> Callback<MouseEvent> {
    props.on_action.reform(move |_| Action::Assessment(action.clone()))
}

pub(super) fn who_arg(who: Who) -> [(&'static str, Value<'static>); 1] {
    [("who", who.fluent().into())]
}
