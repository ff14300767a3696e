//! The self-assessment's screens, rendered natively: results in both modes, urgent order,
//! the FVR disclaimer, and a copied summary that never holds an answer.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::render;
use ruta::components::{summary_text, NearbyService};
use ruta::fixtures::{Answers4, Example};
use ruta::l10n::L10n;
use ruta_core::assessment::QUESTIONS;
use ruta_core::l10n::{self, FluentArgs, Localizer};
use ruta_core::state::Who;

fn who_args(who: Who) -> FluentArgs<'static> {
    let mut args = FluentArgs::new();
    args.set("who", who.fluent());
    args
}

#[tokio::test]
async fn a_high_result_puts_105_first_and_every_result_names_linea_100_and_the_fvr_limit() {
    for lang in ["es", "en"] {
        for who in [Who::Myself, Who::Other] {
            let high = render(lang, Example::AssessResult(Answers4::AllYes, who)).await;
            assert!(high.contains("data-testid=\"level-high\""));
            let (police, linea) = (high.find("tel:105").unwrap(), high.find("tel:100").unwrap());
            assert!(police < linea, "{lang} {who:?}: 105 first when urgent");
            for answers in [Answers4::AllNo, Answers4::OneDangerSign, Answers4::DecisiveUnsure] {
                let html = render(lang, Example::AssessResult(answers, who)).await;
                assert!(html.contains("tel:100"), "{lang} {answers:?}: names Línea 100");
                assert!(html.find("tel:105").unwrap() < html.find("tel:100").unwrap(), "{lang} {answers:?}: 105 first");
                assert!(html.contains("FVR"), "{lang} {answers:?}: says it is not the FVR");
            }
            let none = render(lang, Example::AssessResult(Answers4::AllNo, who)).await;
            assert!(none.contains("data-testid=\"level-none-reported\""));
            let one = render(lang, Example::AssessResult(Answers4::OneDangerSign, who)).await;
            assert!(one.contains("data-testid=\"level-elevated\""));
        }
    }
}

#[tokio::test]
async fn skipped_decisive_questions_are_explained() {
    let html = render("es", Example::AssessResult(Answers4::DecisiveUnsure, Who::Myself)).await;
    assert!(html.contains("data-testid=\"assessment-unanswered\""));
    assert!(html.contains("data-testid=\"level-none-reported\""), "unsure never counts as yes");
    let answered = render("es", Example::AssessResult(Answers4::AllNo, Who::Myself)).await;
    assert!(!answered.contains("assessment-unanswered"), "nothing to explain when all were answered");
}

#[tokio::test]
async fn helper_mode_reads_in_the_third_person_and_adds_the_script_and_copy() {
    for lang in ["es", "en"] {
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
        let other_text = l.format(&danger_key, Some(&who_args(Who::Other))).replace(['\u{2068}', '\u{2069}'], "");
        assert!(theirs.contains(&other_text.replace('"', "&quot;")), "{lang}: third-person question shown");
        assert_ne!(l.format(&key, Some(&who_args(Who::Myself))), l.format(&key, Some(&who_args(Who::Other))));
        let helper = render(lang, Example::AssessResult(Answers4::AllYes, Who::Other)).await;
        assert!(helper.contains("data-testid=\"copy-summary\""));
        let own = render(lang, Example::AssessResult(Answers4::AllYes, Who::Myself)).await;
        assert!(!own.contains("copy-summary"), "the script and copy are for helpers");
    }
}

#[test]
fn the_copied_summary_holds_steps_and_phones_but_no_answer() {
    for lang in l10n::available_ids() {
        let l10n = L10n::new(lang);
        let loc = Localizer::new(lang);
        for urgent in [true, false] {
            let summary = summary_text(&l10n, urgent, &[]);
            assert!(summary.contains("100"), "{lang}: Línea 100's number");
            assert!(summary.contains("105"), "{lang}: the emergency number is always among the phones");
            let mut number = FluentArgs::new();
            number.set("number", "105");
            let urgent_step =
                loc.format("assess-summary-step-call-105", Some(&number)).replace(['\u{2068}', '\u{2069}'], "");
            assert_eq!(summary.contains(&urgent_step), urgent, "{lang}: the call-105-now step only when urgent");
            for question in QUESTIONS {
                for who in [Who::Myself, Who::Other] {
                    let text = loc.format(&format!("assess-q-{}", question.id), Some(&who_args(who)));
                    assert!(
                        !summary.contains(text.replace(['\u{2068}', '\u{2069}'], "").as_str()),
                        "{lang}: no question text"
                    );
                }
            }
            for key in ["assess-answer-yes", "assess-answer-unsure", "assess-level-high", "assess-level-elevated"] {
                let text = loc.format(key, Some(&who_args(Who::Myself)));
                assert!(!summary.contains(&text), "{lang}: {key} must not be in the summary: {summary}");
            }
        }
    }
}

#[test]
fn the_summary_names_the_nearest_services_with_their_phones_and_still_no_answer() {
    let l10n = L10n::new("es");
    let nearest = vec![
        NearbyService {
            name: "Cem Regular Lima".into(),
            phones: vec![(Some("tel:+51994800533".into()), "994 800 533".into())],
        },
        NearbyService { name: "Comisaría Alfonso Ugarte".into(), phones: vec![] },
    ];
    let summary = summary_text(&l10n, true, &nearest);
    assert!(summary.contains("Lo más cercano"));
    assert!(summary.contains("- Cem Regular Lima: 994 800 533"), "{summary}");
    assert!(summary.contains("Comisaría Alfonso Ugarte"));
    assert!(!summary.contains("Sí") && !summary.contains("No sé"), "{summary}");
}

#[tokio::test]
async fn a_result_with_a_known_place_names_the_nearest_cem_and_station() {
    let html = render("es", Example::AssessResultNear).await;
    let nearest = &html[html.find("data-testid=\"assessment-nearest\"").expect("the nearest places are shown")..];
    let nearest = &nearest[..nearest.find("</ul>").unwrap()];
    assert!(nearest.contains("CEM "), "a CEM: {nearest}");
    assert!(nearest.contains("Comisar"), "a police station: {nearest}");
    assert!(nearest.contains("href=\"tel:"), "callable");
    assert!(
        html.contains("Buscar el Centro Emergencia Mujer (CEM) y la comisaría más cercanos"),
        "leads to the locator"
    );
}
