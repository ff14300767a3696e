use ruta_core::assessment::{evaluate, questions_covering, Answer, Level, Outcome, Part, ViolenceType, QUESTIONS};
use ruta_core::config::Ubigeo;
use ruta_core::directory::{Directory, Kind};
use ruta_core::helplines::{LINEA_100, POLICE_105};
use ruta_core::l10n::FluentValue;
use ruta_core::locator::Origin;
use ruta_core::locator::{cem_place, nearby, origin_point, police_name, service_name, title_case};
use ruta_core::state::{AssessmentAction, AssessmentState, PickHer, Step, Who};
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::components::{BackToStart, HelplineCard, UrgentLine};
use crate::hooks::{use_directory, use_l10n};
use crate::l10n::L10n;
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

/// A nearby service as the result and the copied summary name it: no address, no answer.
#[derive(Clone, PartialEq, Debug)]
pub struct NearbyService {
    pub name: String,
    /// How the copied summary names it: a CEM by the ministry and its place only.
    pub summary_name: String,
    pub phones: Vec<(Option<String>, String)>,
}

/// The nearest CEM and police station, when the directory is loaded and a place is known.
fn nearest_services(l10n: &L10n, directory: Option<&Directory<'_>>, near: Option<Origin>) -> Vec<NearbyService> {
    let (Some(directory), Some(near)) = (directory, near) else { return Vec::new() };
    let Some(at) = origin_point(directory, near) else { return Vec::new() };
    let groups = nearby(directory, at);
    let first = [groups.cems.first(), groups.police.first()];
    first
        .into_iter()
        .flatten()
        .map(|hit| {
            let service = hit.service;
            let name = match service.kind {
                Kind::Police => police_name(directory, service).unwrap_or_else(|| l10n.t("locator-police-name")),
                _ => service_name(service),
            };
            let summary_name = match cem_place(service) {
                Some(place) => l10n.t_args("assess-summary-women-service", &[("place", place.into())]),
                None => name.clone(),
            };
            let phones = service.phones().map(|p| (p.tel_href(), p.display())).collect();
            NearbyService { name, summary_name, phones }
        })
        .collect()
}

/// The discreet self-assessment: an intro with the helper-mode choice, one question per
/// step with a progress bar, then the result. Every text takes `$who`, so helper mode is
/// the same code reading the third-person variants.
#[component]
pub fn Assessment(props: &AssessmentProps) -> Html {
    let l10n = use_l10n();
    let directory = use_directory();
    let copied = use_state(|| false);
    let nearest = nearest_services(&l10n, directory.ready(), props.near);
    let who = props.state.who;
    let body = match props.state.step {
        Step::Intro => intro(&l10n, props),
        Step::Question(i) => question(&l10n, props, i),
        Step::Urgent(_) => urgent(&l10n, props, &nearest, directory.ready()),
        Step::Result => result(&l10n, props, &evaluate(&props.state.answers), &copied, &nearest, directory.ready()),
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
fn send(props: &AssessmentProps, action: AssessmentAction) -> Callback<MouseEvent> {
    props.on_action.reform(move |_| Action::Assessment(action.clone()))
}

fn who_arg(who: Who) -> [(&'static str, FluentValue<'static>); 1] {
    [("who", who.fluent().into())]
}

fn intro(l10n: &L10n, props: &AssessmentProps) -> Html {
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

fn question(l10n: &L10n, props: &AssessmentProps, index: usize) -> Html {
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

/// 105 first, then Línea 100, with the call-log warning beside the buttons.
fn call_cards(l10n: &L10n, police_urgent: bool) -> Html {
    html! {
        <>
            <ul class="ruta-helplines">
                <HelplineCard helpline={POLICE_105} urgent={police_urgent} />
                <HelplineCard helpline={LINEA_100} />
            </ul>
            <p class="ruta-home__note">{ l10n.text("helplines-call-log-note") }</p>
        </>
    }
}

/// The nearest CEM and comisaría with their call links, when a place is known.
fn nearest_list(l10n: &L10n, nearest: &[NearbyService]) -> Html {
    if nearest.is_empty() {
        return Html::default();
    }
    html! {
        <>
            <h4 class="ruta-note__subheading">{ l10n.text("assess-nearest-heading") }</h4>
            <ul class="ruta-places" data-testid="assessment-nearest">
                { for nearest.iter().map(|service| html! {
                    <li class="ruta-place">
                        <p class="ruta-place__name">{ service.name.clone() }</p>
                        <div class="ruta-place__calls">
                            { for service.phones.iter().map(|(tel, display)| match tel {
                                Some(tel) => html! {
                                    <a class="ruta-helpline__call" href={tel.clone()}>
                                        { l10n.text_args("helplines-call", &[("number", display.clone().into())]) }
                                    </a>
                                },
                                None => html! { <span>{ display.clone() }</span> },
                            }) }
                        </div>
                    </li>
                }) }
            </ul>
        </>
    }
}

/// Helper mode: the volunteer picks *her* district, so that the nearest places are near
/// her and not near the volunteer. Three lists, as in the locator; nothing is kept.
fn her_district_picker(l10n: &L10n, directory: Option<&Directory<'_>>, props: &AssessmentProps) -> Html {
    let (Who::Other, Some(directory)) = (props.state.who, directory) else { return Html::default() };
    let place = props.state.her_place;
    let select_value =
        |event: Event| event.target_dyn_into::<HtmlSelectElement>().map(|s| s.value()).unwrap_or_default();
    let pick_her = |choice: PickHer| Action::Assessment(AssessmentAction::PickHer(choice));
    let on_department =
        props.on_action.reform(move |e: Event| pick_her(PickHer::Department(select_value(e).parse().ok())));
    let on_province = props.on_action.reform(move |e: Event| pick_her(PickHer::Province(select_value(e).parse().ok())));
    let on_district = {
        let on_action = props.on_action.clone();
        Callback::from(move |e: Event| {
            if let Some(ubigeo) = Ubigeo::parse(&select_value(e)) {
                on_action.emit(pick_her(PickHer::District(ubigeo)));
            }
        })
    };
    let placeholder = html! { <option value="">{ l10n.t("locator-choose-option") }</option> };
    html! {
        <fieldset class="ruta-assess__her-place" data-testid="her-district">
            <legend>{ l10n.text("assess-her-district") }</legend>
            <div class="ruta-locator__field">
                <label for="ruta-her-department">{ l10n.text("locator-department-label") }</label>
                <select id="ruta-her-department" data-testid="her-department" onchange={on_department}>
                    { placeholder.clone() }
                    { for directory.departments().iter().map(|d| html! {
                        <option value={d.code.to_string()} selected={Some(d.code) == place.department}>{ title_case(d.name) }</option>
                    }) }
                </select>
            </div>
            if let Some(department) = place.department {
                <div class="ruta-locator__field">
                    <label for="ruta-her-province">{ l10n.text("locator-province-label") }</label>
                    <select id="ruta-her-province" data-testid="her-province" onchange={on_province}>
                        { placeholder.clone() }
                        { for directory.provinces(department).iter().map(|p| html! {
                            <option value={p.code.to_string()} selected={Some(p.code) == place.province}>{ title_case(p.name) }</option>
                        }) }
                    </select>
                </div>
            }
            if let Some(province) = place.province {
                <div class="ruta-locator__field">
                    <label for="ruta-her-district">{ l10n.text("locator-district-label") }</label>
                    <select id="ruta-her-district" data-testid="her-district-select" onchange={on_district}>
                        { placeholder }
                        { for directory.districts(province).iter().map(|d| html! {
                            <option value={d.ubigeo.code()} selected={Some(d.ubigeo) == place.district}>{ title_case(d.name) }</option>
                        }) }
                    </select>
                </div>
            }
        </fieldset>
    }
}

/// Shown at once when an answer makes the level high (`assessment::makes_high`): the
/// urgent actions first, then the choice to stop or go on.
fn urgent(l10n: &L10n, props: &AssessmentProps, nearest: &[NearbyService], directory: Option<&Directory<'_>>) -> Html {
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

/// What the result says about a skipped or "unsure" question whose yes would have made
/// the level high: its own text for those that are high alone, or the question itself
/// for those that would complete a count.
#[derive(PartialEq)]
enum IfYes {
    Alone(&'static str),
    Completes(&'static str),
}

fn if_yes_lines(props: &AssessmentProps, outcome: &Outcome) -> Vec<IfYes> {
    let mut lines: Vec<IfYes> = Vec::new();
    for item in &outcome.unanswered_decisive {
        let alone = match item.code() {
            "LS1" => Some("assess-if-yes-ls1"),
            "LS2" => Some("assess-if-yes-ls2"),
            "LS3" => Some("assess-if-yes-ls3"),
            "STRANGULATION" => Some("assess-if-yes-strangulation"),
            _ => None,
        };
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

fn result(
    l10n: &L10n,
    props: &AssessmentProps,
    outcome: &Outcome,
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
    let copy = {
        let summary = summary_text(l10n, nearest);
        let copied = copied.clone();
        Callback::from(move |_| {
            crate::clipboard::copy(&summary);
            copied.set(true);
        })
    };
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
            if !outcome.types.is_empty() {
                <p>{ l10n.text_args("assess-types-intro", &args) }</p>
                <ul data-testid="assessment-types">{ for outcome.types.iter().map(|t| html! { <li>{ l10n.text(type_key(t)) }</li> }) }</ul>
            }
            if !if_yes.is_empty() {
                <p>{ l10n.text_args("assess-unanswered-intro", &args) }</p>
                <ul data-testid="assessment-unanswered">{ for if_yes.iter().map(if_yes_line) }</ul>
            }
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
            if who == Who::Other {
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
            <p class="ruta-assess__disclaimer" data-testid="assessment-disclaimer">{ l10n.text_args("assess-disclaimer", &args) }</p>
            <button type="button" class="ruta-link-button" data-testid="assessment-back" onclick={send(props, AssessmentAction::Back)}>
                { l10n.text("assess-back") }
            </button>
        </div>
    }
}

/// The plain text "Copiar resumen" puts on the clipboard: useful numbers and the
/// nearest places, under neutral words. It never includes the answers, nor the level, nor
/// words such as "peligro" or "CEM": the text may end up on her phone, where the person
/// who harms her may read it.
pub fn summary_text(l10n: &L10n, nearest: &[NearbyService]) -> String {
    let number = |n: &'static str| [("number", FluentValue::from(n))];
    let mut lines = vec![l10n.t("assess-summary-title")];
    lines.push(format!("- {}", l10n.t_args("assess-summary-police", &number(POLICE_105.dial))));
    lines.push(format!("- {}", l10n.t_args("assess-summary-linea-100", &number(LINEA_100.dial))));
    for service in nearest {
        let phones: Vec<&str> = service.phones.iter().map(|(_, display)| display.as_str()).collect();
        if !phones.is_empty() {
            lines.push(format!("- {}: {}", service.summary_name, phones.join(" / ")));
        }
    }
    lines.join("\n").replace(['\u{2068}', '\u{2069}'], "")
}
