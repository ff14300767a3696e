//! The self-assessment's screens, rendered natively: results in both modes, urgent order,
//! the FVR disclaimer, and a copied summary that never holds an answer.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{locale, render};
use ruta::components::PlacePhone;
use ruta::fixtures::{CannedAnswers, Example};
use ruta::l10n::L10n;
use ruta::screens::{summary_text, NearbyService};
use ruta_core::assessment::QUESTIONS;
use ruta_core::l10n::{self, Localizer, Value};
use ruta_core::state::Who;

fn who_args(who: Who) -> [(&'static str, Value<'static>); 1] {
    [("who", who.fluent().into())]
}

#[tokio::test]
async fn a_high_result_puts_105_first_and_every_result_names_linea_100_and_the_fvr_limit() {
    for lang in ["es", "en"].map(locale) {
        for who in [Who::Myself, Who::Other] {
            let high = render(lang, Example::AssessResult(CannedAnswers::AllYes, who)).await;
            assert!(high.contains("data-testid=\"level-high\""));
            let (police, linea) = (high.find("tel:105").unwrap(), high.find("tel:100").unwrap());
            assert!(police < linea, "{lang} {who:?}: 105 first when urgent");
            for answers in [CannedAnswers::AllNo, CannedAnswers::OneDangerSign, CannedAnswers::DecisiveUnsure] {
                let html = render(lang, Example::AssessResult(answers, who)).await;
                assert!(html.contains("tel:100"), "{lang} {answers:?}: names Línea 100");
                assert!(html.find("tel:105").unwrap() < html.find("tel:100").unwrap(), "{lang} {answers:?}: 105 first");
                assert!(html.contains("FVR"), "{lang} {answers:?}: says it is not the FVR");
            }
            let none = render(lang, Example::AssessResult(CannedAnswers::AllNo, who)).await;
            assert!(none.contains("data-testid=\"level-none-reported\""));
            let one = render(lang, Example::AssessResult(CannedAnswers::OneDangerSign, who)).await;
            assert!(one.contains("data-testid=\"level-elevated\""));
        }
    }
}

#[tokio::test]
async fn skipped_decisive_questions_are_explained() {
    let html = render(locale("es"), Example::AssessResult(CannedAnswers::DecisiveUnsure, Who::Myself)).await;
    assert!(html.contains("data-testid=\"assessment-unanswered\""));
    assert!(html.contains("data-testid=\"level-none-reported\""), "unsure never counts as yes");
    let answered = render(locale("es"), Example::AssessResult(CannedAnswers::AllNo, Who::Myself)).await;
    assert!(!answered.contains("assessment-unanswered"), "nothing to explain when all were answered");
}

#[tokio::test]
async fn helper_mode_reads_in_the_third_person_and_adds_the_script_and_copy() {
    for lang in ["es", "en"].map(locale) {
        let l = Localizer::new(lang);
        let first = &QUESTIONS[0];
        let key = format!("assess-q-{}", first.id);
        let mine = render(lang, Example::AssessQuestion(Who::Myself)).await;
        let theirs = render(lang, Example::AssessQuestion(Who::Other)).await;
        assert_ne!(mine, theirs);
        let danger_key = format!(
            "assess-q-{}",
            QUESTIONS.iter().find(|q| q.part == ruta_core::assessment::Part::Danger).unwrap().id
        );
        let other_text = l.format(&danger_key, &who_args(Who::Other)).replace(['\u{2068}', '\u{2069}'], "");
        assert!(theirs.contains(&other_text.replace('"', "&quot;")), "{lang}: third-person question shown");
        assert_ne!(l.format(&key, &who_args(Who::Myself)), l.format(&key, &who_args(Who::Other)));
        let helper = render(lang, Example::AssessResult(CannedAnswers::AllYes, Who::Other)).await;
        assert!(helper.contains("data-testid=\"copy-summary\""));
        let own = render(lang, Example::AssessResult(CannedAnswers::AllYes, Who::Myself)).await;
        assert!(!own.contains("copy-summary"), "the script and copy are for helpers");
    }
}

/// Words that would tell someone reading her phone what the summary is about.
const ALARMING: &[&str] = &[
    "violencia",
    "violence",
    "peligro",
    "danger",
    "riesgo",
    "risk",
    "cem",
    "emergencia mujer",
    "emergency centre",
    "agresor",
    "aggressor",
    "denunci",
    "report",
    "golpe",
    "maltrato",
    "abuse",
    "ruta",
    "safety",
    "seguridad",
];

#[test]
fn the_copied_summary_holds_numbers_but_no_answer_and_nothing_alarming() {
    for lang in l10n::available() {
        let l10n = L10n::new(lang);
        let loc = Localizer::new(lang);
        let summary = summary_text(&l10n, &[]);
        assert!(summary.contains("100"), "{lang}: Línea 100's number");
        assert!(summary.contains("105"), "{lang}: the emergency number");
        for word in ALARMING {
            let words: Vec<String> =
                summary.to_lowercase().split(|c: char| !c.is_alphanumeric()).map(String::from).collect();
            let found = if word.contains(' ') || word.len() > 4 {
                summary.to_lowercase().contains(word)
            } else {
                words.iter().any(|w| w == word)
            };
            assert!(!found, "{lang}: «{word}» in the summary: {summary}");
        }
        for question in QUESTIONS {
            for who in [Who::Myself, Who::Other] {
                let text = loc.format(&format!("assess-q-{}", question.id), &who_args(who));
                assert!(!summary.contains(text.replace(['\u{2068}', '\u{2069}'], "").as_str()), "{lang}: no question");
            }
        }
        for key in ["assess-answer-yes", "assess-answer-unsure", "assess-level-high", "assess-level-elevated"] {
            let text = loc.format(key, &who_args(Who::Myself));
            assert!(!summary.contains(&text), "{lang}: {key} must not be in the summary: {summary}");
        }
    }
}

#[test]
fn the_summary_names_the_nearest_places_neutrally_with_their_phones() {
    let l10n = L10n::new(locale("es"));
    let nearest = vec![
        NearbyService {
            name: "CEM en la Comisaría Alfonso Ugarte".into(),
            summary_name: "Ministerio de la Mujer (Comisaría Alfonso Ugarte)".into(),
            phones: vec![PlacePhone { tel: Some("tel:+51932870341".into()), display: "932 870 341".into() }],
        },
        NearbyService {
            name: "Comisaría (Policía Nacional)".into(),
            summary_name: "Comisaría (Policía Nacional)".into(),
            phones: vec![],
        },
    ];
    let summary = summary_text(&l10n, &nearest);
    assert!(summary.contains("- Ministerio de la Mujer (Comisaría Alfonso Ugarte): 932 870 341"), "{summary}");
    assert!(!summary.contains("CEM"), "{summary}");
    assert!(!summary.contains("Comisaría (Policía Nacional)"), "a place with no phone adds nothing: {summary}");
    assert!(!summary.contains("Sí") && !summary.contains("No sé"), "{summary}");
}

#[tokio::test]
async fn a_helper_result_names_the_nearest_places_only_once_her_district_is_picked() {
    // AssessResultNear: helper mode, her district (La Victoria) picked in the result's lists.
    let html = render(locale("es"), Example::AssessResultNear).await;
    let nearest = &html[html.find("data-testid=\"assessment-nearest\"").expect("the nearest places are shown")..];
    let nearest = &nearest[..nearest.find("</ul>").unwrap()];
    assert!(nearest.contains("CEM "), "a CEM: {nearest}");
    assert!(nearest.contains("Comisar"), "a police station: {nearest}");
    assert!(nearest.contains("href=\"tel:"), "callable");
    let picker = html.find("data-testid=\"her-district\"").expect("the volunteer picks her district");
    assert!(picker < html.find("data-testid=\"assessment-nearest\"").unwrap());
    assert!(html.contains("value=\"150115\" selected"), "La Victoria is the chosen district");
    assert!(
        html.contains("Buscar el Centro Emergencia Mujer (CEM) y la comisaría más cercanos"),
        "leads to the locator"
    );
    // Before a district is picked, helper mode shows the lists and no places.
    let unpicked = render(locale("es"), Example::AssessResult(CannedAnswers::AllYes, Who::Other)).await;
    assert!(unpicked.contains("data-testid=\"her-district\""));
    assert!(!unpicked.contains("data-testid=\"assessment-nearest\""), "no places near someone else");
    let own = render(locale("es"), Example::AssessResult(CannedAnswers::AllYes, Who::Myself)).await;
    assert!(!own.contains("data-testid=\"her-district\""), "for herself, the locator's place is used");
}
