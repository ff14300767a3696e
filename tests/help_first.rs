//! Issue 10, "help first": 105 and Línea 100 on every screen in every locale before
//! anything else to tap; the urgent panel as soon as an answer makes the level high; and
//! results that never reassure after a yes and always give a next step.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{locale, render};
use ruta::app::{App, AppProps};
use ruta::fixtures::{CannedAnswers, Example};
use ruta_core::assessment::{Part, QUESTIONS};
use ruta_core::config::EmbedConfig;
use ruta_core::l10n::{self, Locale, Localizer, Value};
use ruta_core::state::Who;
use yew::ServerRenderer;

/// Examples that are a whole screen, as she sees it (not a lone component).
fn screens() -> Vec<Example> {
    let mut all: Vec<Example> = Example::all()
        .into_iter()
        .filter(|e| {
            matches!(
                e,
                Example::SafetyNote
                    | Example::Home
                    | Example::Screen(_)
                    | Example::AssessQuestion(_)
                    | Example::AssessResult(..)
                    | Example::AssessResultNear
                    | Example::AssessUrgent(_)
                    | Example::AssessUrgentNear
                    | Example::LocatorNear(_)
                    | Example::LocatorGeo(_)
            )
        })
        .collect();
    for (i, _) in QUESTIONS.iter().enumerate() {
        all.push(Example::AssessResultOneYes(i, Who::Myself));
    }
    all
}

/// Where the first thing to press, other than a link, starts.
fn first_control(html: &str) -> usize {
    ["<button", "<input", "<select", "<details", "<fieldset"]
        .iter()
        .filter_map(|tag| html.find(tag))
        .min()
        .unwrap_or(html.len())
}

fn escaped(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

fn with_who(who: Who) -> [(&'static str, Value<'static>); 1] {
    [("who", who.fluent().into())]
}

fn message(lang: Locale, key: &str, who: Who) -> String {
    escaped(&Localizer::new(lang).format(key, &with_who(who)).replace(['\u{2068}', '\u{2069}'], ""))
}

#[tokio::test]
async fn every_screen_in_every_locale_offers_105_then_linea_100_before_anything_to_press() {
    let screens = screens();
    assert!(screens.len() > 40, "{}", screens.len());
    for lang in l10n::available() {
        for example in &screens {
            let html = render(lang, *example).await;
            let police = html.find("href=\"tel:105\"").unwrap_or_else(|| panic!("{lang} {example:?}: no tel:105"));
            let linea = html.find("href=\"tel:100\"").unwrap_or_else(|| panic!("{lang} {example:?}: no tel:100"));
            assert!(police < linea, "{lang} {example:?}: 105 comes first");
            assert!(linea < first_control(&html), "{lang} {example:?}: both numbers come before any button or field");
            let log_note = message(lang, "helplines-call-log-note", Who::Myself);
            assert!(html.contains(&log_note), "{lang} {example:?}: the call-log note is beside the call buttons");
        }
    }
}

#[tokio::test]
async fn the_first_screen_of_the_app_opens_with_both_numbers_in_every_locale() {
    for lang in l10n::available() {
        let html =
            ServerRenderer::<App>::with_props(move || AppProps { config: EmbedConfig::default(), lang, drawn: true })
                .hydratable(false)
                .render()
                .await;
        let note = html.find("data-testid=\"screen-safety-note\"").expect("the app opens on the safety note");
        let police = html.find("href=\"tel:105\"").expect("105 on the first screen");
        let linea = html.find("href=\"tel:100\"").expect("Línea 100 on the first screen");
        let go_on = html.find("data-testid=\"safety-note-continue\"").unwrap();
        assert!(note < police && police < linea && linea < go_on, "{lang}: the numbers come before «continuar»");
    }
}

/// Visible words of the safety note, without the urgent line above it.
fn note_words(html: &str) -> usize {
    let start = html.find("data-testid=\"urgent-note\"").expect("the urgent line ends with its note");
    let after = &html[start..];
    let body = &after[after.find("</div>").unwrap()..];
    let mut text = String::new();
    let mut in_tag = false;
    for c in body.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                text.push(' ');
            }
            _ if !in_tag => text.push(c),
            _ => {}
        }
    }
    text.split_whitespace().filter(|w| w.chars().any(char::is_alphanumeric)).count()
}

#[tokio::test]
async fn the_safety_note_is_short() {
    // It was 113 words in Spanish before issue 10; it must say what it must in far fewer.
    let es = render(locale("es"), Example::SafetyNote).await;
    let words = note_words(&es);
    assert!(words <= 75, "es: {words} words");
    let l = Localizer::new(locale("es"));
    assert!(es.contains(&escaped(&l.format("note-history", &[]))), "still says history is not erased");
    let en = note_words(&render(locale("en"), Example::SafetyNote).await);
    assert!(en <= 80, "en: {en} words");
}

#[tokio::test]
async fn the_urgent_panel_puts_105_first_names_the_nearest_places_and_lets_her_stop_or_go_on() {
    for lang in ["es", "en"].map(locale) {
        for who in [Who::Myself, Who::Other] {
            let html = render(lang, Example::AssessUrgent(who)).await;
            assert!(html.contains("data-testid=\"assessment-urgent\""), "{lang} {who:?}");
            assert!(!html.contains("data-testid=\"question-"), "no question on the panel");
            assert!(html.contains(&message(lang, "assess-urgent-heading", who)), "{lang} {who:?}");
            let police = html.find("href=\"tel:105\"").unwrap();
            let linea = html.find("href=\"tel:100\"").unwrap();
            let stop = html.find("data-testid=\"urgent-show-result\"").expect("she can stop");
            let go_on = html.find("data-testid=\"urgent-continue\"").expect("she can go on");
            assert!(police < linea && linea < stop && stop < go_on, "{lang} {who:?}");
        }
    }
    let near = render(locale("es"), Example::AssessUrgentNear).await;
    let list = &near[near.find("data-testid=\"assessment-nearest\"").expect("the nearest places")..];
    let list = &list[..list.find("</ul>").unwrap()];
    assert!(list.contains("Comisar") && list.contains("CEM"), "{list}");
    assert!(near.find("href=\"tel:105\"").unwrap() < near.find("data-testid=\"assessment-nearest\"").unwrap());
}

#[tokio::test]
async fn no_result_opens_on_nothing_marked_after_any_yes() {
    for lang in ["es", "en"].map(locale) {
        for who in [Who::Myself, Who::Other] {
            let none = message(lang, "assess-level-none", who);
            let named = message(lang, "assess-level-named", who);
            for (i, question) in QUESTIONS.iter().enumerate() {
                let html = render(lang, Example::AssessResultOneYes(i, who)).await;
                assert!(
                    !html.contains(&none),
                    "{lang} {who:?}: a yes to {} must not read «nothing marked»",
                    question.id
                );
                if question.part == Part::Recognition {
                    assert!(html.contains(&named), "{lang} {who:?}: {} is acknowledged first", question.id);
                }
                let afraid = html.contains("data-testid=\"assessment-afraid\"");
                assert_eq!(afraid, question.id == "afraid", "{lang} {who:?}: fear acknowledged exactly when said");
            }
            let all_no = render(lang, Example::AssessResult(CannedAnswers::AllNo, who)).await;
            assert!(all_no.contains(&none), "{lang} {who:?}: only after no yes at all");
            let violence = render(lang, Example::AssessResult(CannedAnswers::ViolenceNoDangerSign, who)).await;
            let heading = violence.find(&named).expect("the heading acknowledges what she said");
            assert!(heading < violence.find("data-testid=\"assessment-afraid\"").unwrap());
            assert!(violence.contains("data-testid=\"assessment-types\""), "the types are named");
        }
    }
}

#[tokio::test]
async fn every_result_has_a_next_step_and_self_mode_says_it_is_not_her_fault() {
    let results =
        [CannedAnswers::AllYes, CannedAnswers::AllNo, CannedAnswers::OneDangerSign, CannedAnswers::DecisiveUnsure];
    for lang in ["es", "en"].map(locale) {
        let fault = message(lang, "assess-not-your-fault", Who::Myself);
        for answers in results.into_iter().chain([CannedAnswers::ViolenceNoDangerSign]) {
            for who in [Who::Myself, Who::Other] {
                let html = render(lang, Example::AssessResult(answers, who)).await;
                let step = &html[html.find("data-testid=\"assessment-next-step\"").expect("a next step")..];
                let step = &step[..step.find("</p>").unwrap()];
                let expected = match answers {
                    CannedAnswers::AllYes => "assess-high-first-steps",
                    CannedAnswers::OneDangerSign => "assess-next-elevated",
                    _ => "assess-next-none",
                };
                assert!(step.contains(&message(lang, expected, who)), "{lang} {answers:?} {who:?}: {step}");
                assert_eq!(html.contains(&fault), who == Who::Myself, "{lang} {answers:?} {who:?}: not your fault");
                assert!(html.contains(&message(lang, "assess-link-plan", who)), "links to the safety plan");
            }
        }
    }
}

#[tokio::test]
async fn helper_mode_answers_and_copy_warning_come_first() {
    for lang in ["es", "en"].map(locale) {
        let html = render(lang, Example::AssessQuestion(Who::Other)).await;
        assert!(html.contains(&message(lang, "assess-answer-unsure", Who::Other)), "{lang}: third-person «unsure»");
        assert!(!html.contains(&message(lang, "assess-answer-unsure", Who::Myself)), "{lang}");
        let result = render(lang, Example::AssessResult(CannedAnswers::AllYes, Who::Other)).await;
        let note = result.find("data-testid=\"copy-note\"").expect("the copy note");
        assert!(note < result.find("data-testid=\"copy-summary\"").unwrap(), "{lang}: the warning comes first");
    }
    let es = Localizer::new(locale("es")).format("assess-copy-note", &[]);
    assert!(es.contains("portapapeles") && es.contains("historial"), "{es}");
    let en = Localizer::new(locale("en")).format("assess-copy-note", &[]);
    assert!(en.contains("clipboard") && en.contains("history"), "{en}");
}
