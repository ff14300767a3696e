//! Every assessment message parses, has both `$who` forms in Spanish and English, and says
//! what the rules require (Línea 100 on every result, never an FVR score).

use ruta_core::assessment::{Item, QUESTIONS};
use ruta_core::l10n::{self, Locale, Localizer, Value};

const LANGS: [&str; 2] = ["es", "en"];

fn locale(id: &str) -> Locale {
    Locale::from_id(id).expect("a shipped locale")
}

/// `$who`, plus the other variables some assessment messages take (progress, numbers, a place).
fn who(value: &'static str) -> [(&'static str, Value<'static>); 5] {
    [
        ("who", value.into()),
        ("current", 1.into()),
        ("total", QUESTIONS.len().into()),
        ("number", "100".into()),
        ("place", "Villa El Salvador".into()),
    ]
}

/// The message in both forms, checked: provided by `lang` itself (no fallback), fully
/// resolved, and the two forms different.
fn both_forms(l: &Localizer, key: &str) -> (String, String) {
    assert_eq!(l.source_of(key), Some(l.lang()), "{} has no {key}", l.lang());
    let [own, other] = ["self", "other"].map(|w| {
        let text = l.format(key, &who(w)).replace(['\u{2068}', '\u{2069}'], "");
        assert!(!text.trim().is_empty() && text != key, "{}/{key} ({w}) did not format", l.lang());
        assert!(!text.contains(['{', '}', '$']) && !text.contains("assess-"), "{}/{key} ({w}): {text}", l.lang());
        text
    });
    (own, other)
}

fn assess_keys(lang: Locale) -> Vec<String> {
    l10n::message_ids(lang).into_iter().filter(|k| k.starts_with("assess-")).collect()
}

#[test]
fn every_question_has_both_forms_in_spanish_and_english() {
    for lang in LANGS {
        let l = Localizer::new(locale(lang));
        for question in QUESTIONS {
            let key = format!("assess-q-{}", question.id);
            let (own, other) = both_forms(&l, &key);
            assert_ne!(own, other, "{lang}/{key}: [self] and [other] must differ");
        }
    }
}

#[test]
fn every_assessment_message_formats_and_english_is_complete() {
    let spanish = assess_keys(Locale::SOURCE);
    assert!(spanish.len() > QUESTIONS.len() + 10, "the assessment texts are found: {spanish:?}");
    assert_eq!(assess_keys(locale("en")), spanish, "English has exactly the Spanish assessment keys");
    for lang in LANGS {
        let l = Localizer::new(locale(lang));
        for key in &spanish {
            both_forms(&l, key);
        }
    }
}

#[test]
fn no_assessment_message_is_left_over_from_a_removed_question() {
    for key in assess_keys(Locale::SOURCE) {
        if let Some(id) = key.strip_prefix("assess-q-") {
            assert!(QUESTIONS.iter().any(|q| q.id == id), "{key} has no question");
        }
    }
}

#[test]
fn every_spanish_assessment_message_has_a_comment() {
    let (_, text) = l10n::locale_files(Locale::SOURCE).iter().find(|(f, _)| *f == "assess.ftl").expect("es/assess.ftl");
    let resource = fluent_syntax::parser::parse(*text).expect("es/assess.ftl parses");
    for entry in resource.body {
        if let fluent_syntax::ast::Entry::Message(m) = entry {
            assert!(m.comment.is_some(), "assess-… {} has no comment", m.id.name);
        }
    }
}

#[test]
fn results_and_decisive_items_have_their_texts() {
    let mut keys: Vec<String> =
        ["assess-level-high", "assess-level-elevated", "assess-level-none", "assess-if-yes-count"]
            .map(String::from)
            .to_vec();
    // The UI finds an unanswered decisive item's text by its code.
    keys.extend(
        Item::ALL.iter().filter(|i| i.decisive_alone()).map(|i| format!("assess-if-yes-{}", i.code().to_lowercase())),
    );
    for lang in LANGS {
        let l = Localizer::new(locale(lang));
        for key in &keys {
            let (own, other) = both_forms(&l, key);
            assert_ne!(own, other, "{lang}/{key}");
        }
        for w in ["self", "other"] {
            let line = l.format("assess-linea-100", &who(w));
            assert!(line.contains("Línea 100"), "{lang}: {line}");
            let disclaimer = l.format("assess-disclaimer", &who(w));
            assert!(
                disclaimer.contains("Ficha de Valoración del Riesgo") && disclaimer.contains("CEM"),
                "{lang}: {disclaimer}"
            );
        }
    }
}

/// Phrases that would give a score (the FVR's or any other) or reassure. The lowest level
/// says what was not marked, never that there is no danger.
const REASSURING_OR_SCORE: &[&str] = &[
    "score",
    "puntaje",
    "puntos",
    "points",
    "are safe",
    "is safe",
    "estás segura",
    "está segura",
    "a salvo",
    "no corres peligro",
    "no corre peligro",
    "no hay peligro",
    "sin peligro",
    "low risk",
    "riesgo bajo",
    "bajo riesgo",
    "riesgo leve",
    "no danger",
];

#[test]
fn no_text_offers_a_score_or_reassurance() {
    for lang in LANGS {
        let l = Localizer::new(locale(lang));
        for key in assess_keys(locale(lang)) {
            for w in ["self", "other"] {
                let text = l.format(&key, &who(w)).to_lowercase();
                for word in REASSURING_OR_SCORE {
                    assert!(!text.contains(word), "{lang}/{key} says {word:?}: {text}");
                }
            }
        }
    }
}
