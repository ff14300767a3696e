use ruta_core::assessment::{questions_covering, Answer, Item, Lethality, Level, ScreeningOutcome, ViolenceType};
use ruta_core::directory::Directory;
use ruta_core::state::{AssessmentAction, Who};
use yew::prelude::*;

use super::nearest::{call_cards, her_district_picker, nearest_list, NearbyService};
use super::summary::summary_text;
use super::{send, who_arg, AssessmentProps};
use crate::l10n::L10n;
use crate::state::{Action, Screen};

/// What the result says about a skipped or "unsure" question whose yes would have made
/// the level high: its own text for those that are high alone, or the question itself
/// for those that would complete a count.
#[derive(PartialEq)]
enum IfYes {
    Alone(&'static str),
    Completes(&'static str),
}

/// The result's own line for an item whose "yes" alone makes the level high; `None` for
/// the items that only count towards it.
fn if_yes_alone_key(item: Item) -> Option<&'static str> {
    match item {
        Item::Ls(Lethality::Weapon) => Some("assess-if-yes-ls1"),
        Item::Ls(Lethality::ThreatToKill) => Some("assess-if-yes-ls2"),
        Item::Ls(Lethality::MightKill) => Some("assess-if-yes-ls3"),
        Item::Strangulation => Some("assess-if-yes-strangulation"),
        Item::Ls(_) | Item::Da5(_) | Item::Hark(_) | Item::Type(_) => None,
    }
}

fn if_yes_lines(props: &AssessmentProps, outcome: &ScreeningOutcome) -> Vec<IfYes> {
    let mut lines: Vec<IfYes> = Vec::new();
    for item in &outcome.unanswered_decisive {
        let alone = if_yes_alone_key(*item);
        let new: Vec<IfYes> = match alone {
            Some(key) => vec![IfYes::Alone(key)],
            None => questions_covering(*item)
                .filter(|q| !matches!(props.state.answers.get(q.id), Some(Answer::Yes | Answer::No)))
                .map(|q| IfYes::Completes(q.id))
                .collect(),
        };
        for line in new {
            if !lines.contains(&line) {
                lines.push(line);
            }
        }
    }
    lines
}

pub(super) fn result(
    l10n: &L10n,
    props: &AssessmentProps,
    outcome: &ScreeningOutcome,
    copied: &UseStateHandle<bool>,
    nearest: &[NearbyService],
    directory: Option<&Directory<'_>>,
) -> Html {
    let who = props.state.who;
    let args = who_arg(who);
    // Never a reassuring opening after a yes: "nothing was marked" only when nothing was.
    let (level_key, level_testid) = match outcome.level {
        Level::High => ("assess-level-high", "level-high"),
        Level::Elevated => ("assess-level-elevated", "level-elevated"),
        Level::NoneReported if outcome.any_yes => ("assess-level-named", "level-none-reported"),
        Level::NoneReported => ("assess-level-none", "level-none-reported"),
    };
    let next_key = match outcome.level {
        Level::High => "assess-high-first-steps",
        Level::Elevated => "assess-next-elevated",
        Level::NoneReported => "assess-next-none",
    };
    let high = outcome.level == Level::High;
    html! {
        <div class="ruta-assess__result" data-testid="assessment-result">
            <h4 class={if high { "ruta-assess__level ruta-assess__level--high" } else { "ruta-assess__level" }} data-testid={level_testid}>
                { l10n.text_args(level_key, &args) }
            </h4>
            if outcome.afraid {
                <p data-testid="assessment-afraid">{ l10n.text_args("assess-afraid", &args) }</p>
            }
            if who == Who::Myself {
                <p data-testid="assessment-not-your-fault">{ l10n.text("assess-not-your-fault") }</p>
            }
            <p class={if high { "ruta-assess__urgent" } else { "ruta-assess__next-step" }} data-testid="assessment-next-step">
                { l10n.text_args(next_key, &args) }
            </p>
            // Every result puts 105 first and names Línea 100, with the call-log warning.
            { call_cards(l10n, high) }
            { her_district_picker(l10n, directory, props) }
            { nearest_list(l10n, nearest) }
            <button type="button" class="ruta-link-button" onclick={props.on_action.reform(|_| Action::Go(Screen::Locator))}>
                { l10n.text("assess-link-locator") }
            </button>
            <p>{ l10n.text_args("assess-any-violence-serious", &args) }</p>
            <p>{ l10n.text_args("assess-linea-100", &args) }</p>
            { what_was_named(l10n, props, outcome) }
            { next_links(l10n, props) }
            if who == Who::Other {
                { helper_script(l10n, high, copied, nearest) }
            }
            <p class="ruta-assess__disclaimer" data-testid="assessment-disclaimer">{ l10n.text_args("assess-disclaimer", &args) }</p>
            <button type="button" class="ruta-link-button" data-testid="assessment-back" onclick={send(props, AssessmentAction::Back)}>
                { l10n.text("assess-back") }
            </button>
        </div>
    }
}

/// The types of violence she named and what a yes to the skipped decisive questions
/// would have meant.
fn what_was_named(l10n: &L10n, props: &AssessmentProps, outcome: &ScreeningOutcome) -> Html {
    let args = who_arg(props.state.who);
    let type_key = |t: &ViolenceType| match t {
        ViolenceType::Physical => "assess-type-physical",
        ViolenceType::Psychological => "assess-type-psychological",
        ViolenceType::Sexual => "assess-type-sexual",
        ViolenceType::Economic => "assess-type-economic",
    };
    let if_yes = if_yes_lines(props, outcome);
    let if_yes_line = |line: &IfYes| match line {
        IfYes::Alone(key) => html! { <li>{ l10n.text_args(key, &args) }</li> },
        IfYes::Completes(id) => html! {
            <li>
                <q>{ l10n.text_args(&format!("assess-q-{id}"), &args) }</q>{ " " }
                { l10n.text_args("assess-if-yes-count", &args) }
            </li>
        },
    };
    html! {
        <>
            if !outcome.types.is_empty() {
                <p>{ l10n.text_args("assess-types-intro", &args) }</p>
                <ul data-testid="assessment-types">
                    for t in outcome.types.iter() { <li>{ l10n.text(type_key(t)) }</li> }
                </ul>
            }
            if !if_yes.is_empty() {
                <p>{ l10n.text_args("assess-unanswered-intro", &args) }</p>
                <ul data-testid="assessment-unanswered">{ for if_yes.iter().map(if_yes_line) }</ul>
            }
        </>
    }
}

/// Where to go next: the safety plan, the rights, every helpline.
fn next_links(l10n: &L10n, props: &AssessmentProps) -> Html {
    html! {
        <div class="ruta-assess__next">
            <button type="button" class="ruta-link-button" onclick={props.on_action.reform(|_| Action::Go(Screen::SafetyPlan))}>
                { l10n.text("assess-link-plan") }
            </button>
            <button type="button" class="ruta-link-button" onclick={props.on_action.reform(|_| Action::Go(Screen::Rights))}>
                { l10n.text("assess-link-rights") }
            </button>
            <button type="button" class="ruta-link-button" onclick={props.on_action.reform(|_| Action::Go(Screen::Helplines))}>
                { l10n.text("assess-link-helplines") }
            </button>
        </div>
    }
}

/// Helper mode: what to say to her, and the summary to copy, with its warning first.
fn helper_script(l10n: &L10n, high: bool, copied: &UseStateHandle<bool>, nearest: &[NearbyService]) -> Html {
    let copy = {
        let summary = summary_text(l10n, nearest);
        let copied = copied.clone();
        Callback::from(move |_| {
            crate::clipboard::copy(&summary);
            copied.set(true);
        })
    };
    html! {
        <section class="ruta-assess__script" aria-labelledby="ruta-assess-script">
            <h4 id="ruta-assess-script">{ l10n.text("assess-script-heading") }</h4>
            <ul>
                if high { <li>{ l10n.text("assess-script-urgent") }</li> }
                <li>{ l10n.text("assess-script-believe") }</li>
                <li>{ l10n.text("assess-script-options") }</li>
                <li>{ l10n.text("assess-script-next-contact") }</li>
            </ul>
            // The warning comes before the button: the text may end up on her phone.
            <p class="ruta-assess__copy-note" data-testid="copy-note">{ l10n.text("assess-copy-note") }</p>
            <button type="button" class="ruta-button" data-testid="copy-summary" onclick={copy}>
                { l10n.text("assess-copy") }
            </button>
            <p role="status" data-testid="copy-status">
                if **copied { { l10n.text("assess-copied") } }
            </p>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exactly_the_items_decisive_alone_have_their_own_line() {
        for item in Item::ALL {
            assert_eq!(if_yes_alone_key(item).is_some(), item.decisive_alone(), "{}", item.code());
        }
    }
}
