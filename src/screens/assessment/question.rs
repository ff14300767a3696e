use ruta_core::assessment::{Answer, Part, QUESTIONS};
use ruta_core::state::AssessmentAction;
use yew::prelude::*;

use super::{send, who_arg, AssessmentProps};
use crate::l10n::L10n;

/// One question with its progress and the three answers.
pub(super) fn question(l10n: &L10n, props: &AssessmentProps, index: usize) -> Html {
    let who = props.state.who;
    let question = &QUESTIONS[index];
    let Some((current, total)) = props.state.progress() else { return Html::default() };
    let part = match question.part {
        Part::Recognition => "assess-part-recognition",
        Part::Danger => "assess-part-danger",
    };
    let chosen = props.state.answers.get(question.id);
    let answer_button = |answer: Answer, key: &'static str, testid: &'static str| {
        html! {
            <button type="button" class="ruta-answer" data-testid={testid}
                aria-pressed={(chosen == Some(answer)).to_string()}
                onclick={send(props, AssessmentAction::Answer(answer))}>
                { l10n.text_args(key, &who_arg(who)) }
            </button>
        }
    };
    let progress_label = l10n.t_args("assess-progress", &[("current", current.into()), ("total", total.into())]);
    html! {
        <fieldset class="ruta-assess__question" data-testid={format!("question-{}", question.id)}>
            <legend class="ruta-assess__legend">
                <span class="ruta-assess__part">{ l10n.text_args(part, &who_arg(who)) }</span>
                <span class="ruta-assess__text" tabindex="-1" data-autofocus="true">{ l10n.text_args(&format!("assess-q-{}", question.id), &who_arg(who)) }</span>
            </legend>
            <p class="ruta-assess__progress-label" data-testid="assessment-progress">{ progress_label.clone() }</p>
            <progress class="ruta-assess__progress" max={total.to_string()} value={current.to_string()}
                aria-label={progress_label}></progress>
            <div class="ruta-assess__answers">
                { answer_button(Answer::Yes, "assess-answer-yes", "answer-yes") }
                { answer_button(Answer::No, "assess-answer-no", "answer-no") }
                { answer_button(Answer::Unsure, "assess-answer-unsure", "answer-unsure") }
            </div>
            <button type="button" class="ruta-link-button" data-testid="assessment-back" onclick={send(props, AssessmentAction::Back)}>
                { l10n.text("assess-back") }
            </button>
        </fieldset>
    }
}
