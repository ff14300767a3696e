//! Content safety: fails if the rights screen loses its date, if anything that looks like
//! an address appears in the content (shelter addresses are confidential), or if any
//! phone number shown is not in the verified list kept in `ruta_core::helplines`.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{locale, render_raw};
use ruta::fixtures::Example;
use ruta_core::helplines::VERIFIED;
use ruta_core::l10n;
use ruta_core::state::Screen;

/// Visible text: tags dropped, isolation marks removed.
fn text_of(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                out.push(' ');
            }
            '\u{2068}' | '\u{2069}' => {}
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}

/// Numbers in the content that are not phone numbers: law numbers, years (of laws, of the
/// data, of the ubigeo table's copyright), an article,
/// and day counts. Anything else with three or more digits must be a verified helpline.
const NOT_PHONES: &[&str] = &["30364", "31715", "2015", "2017", "2021", "2023", "2026", "368", "180"];

#[tokio::test]
async fn every_screen_shows_only_verified_numbers() {
    let verified: Vec<&str> = VERIFIED.iter().map(|h| h.dial).collect();
    for lang in l10n::available() {
        for example in Example::all().into_iter().filter(|e| !e.shows_directory_data()) {
            let html = render_raw(lang, example).await;
            for href in html.split("href=\"tel:").skip(1) {
                let number = href.split('"').next().unwrap();
                assert!(verified.contains(&number), "{lang} {example:?}: tel:{number} is not verified");
            }
            let text = text_of(&html);
            let runs = text.split(|c: char| !c.is_ascii_digit()).filter(|run| run.len() >= 3);
            for run in runs {
                assert!(
                    verified.contains(&run) || NOT_PHONES.contains(&run),
                    "{lang} {example:?}: {run} looks like a phone number and is not verified"
                );
            }
        }
    }
}

#[tokio::test]
async fn no_address_appears_in_the_content() {
    // Shelter addresses are confidential. The static content never needs a street address;
    // addresses of CEMs and police stations come only from the locator's data.
    let address_words =
        ["Av.", "Avenida", "Jr.", "Jirón", "Calle ", "Mz.", "Mza.", "Lote ", "Lt.", "Psje", "Pasaje", "Urb."];
    for lang in l10n::available() {
        for example in Example::all().into_iter().filter(|e| !e.shows_directory_data()) {
            let text = text_of(&render_raw(lang, example).await);
            for word in address_words {
                assert!(!text.contains(word), "{lang} {example:?} contains {word:?}: {text}");
            }
        }
    }
}

#[tokio::test]
async fn the_rights_screen_is_dated_and_cites_the_law_in_every_topic() {
    for lang in l10n::available() {
        let html = render_raw(lang, Example::Screen(Screen::Rights)).await;
        let as_of = html.split("data-testid=\"rights-as-of\"").nth(1).expect("the date line is rendered");
        let as_of = text_of(as_of.split("</p>").next().unwrap());
        assert!(as_of.contains("2026"), "{lang}: the date line names the year: {as_of}");
        let topics = html.matches("<details").count();
        let cites = html.matches("data-testid=\"topic-cite\"").count();
        assert!(topics >= 8, "{lang}: {topics} topics");
        assert_eq!(topics, cites, "{lang}: every topic cites its source");
        assert!(text_of(&html).contains("30364"), "{lang}: names Law 30364");
        assert!(text_of(&html).contains("31715"), "{lang}: names Law 31715");
    }
}

#[tokio::test]
async fn helplines_screen_lists_every_verified_number_with_105_first() {
    for lang in l10n::available() {
        let html = render_raw(lang, Example::Screen(Screen::Helplines)).await;
        let positions: Vec<usize> =
            VERIFIED.iter().map(|h| html.find(&format!("href=\"tel:{}\"", h.dial)).expect("every number")).collect();
        let police = html.find("href=\"tel:105\"").unwrap();
        assert!(positions.iter().all(|&p| p >= police), "{lang}: 105 first");
        assert!(text_of(&html).contains("Chat 100"), "{lang}: offers an alternative to a busy line");
    }
}

#[test]
fn every_screen_has_a_fixture() {
    for screen in Screen::ALL {
        assert!(Example::all().contains(&Example::Screen(screen)), "{screen:?} has no fixture");
    }
}

#[tokio::test]
async fn the_locator_shows_only_dialable_data_phones_and_never_a_shelter() {
    use ruta_core::directory::Directory;
    let directory = Directory::bundled();
    let mut known: Vec<String> =
        directory.services().iter().flat_map(|s| s.phones().filter_map(|p| p.tel_href())).collect();
    known.extend(VERIFIED.iter().map(|h| h.tel_href()));
    known.push(ruta::fixtures::example_contact().tel);
    for lang in l10n::available() {
        for example in Example::all().into_iter().filter(|e| e.shows_directory_data()) {
            let html = render_raw(lang, example).await;
            for href in html.split("href=\"").skip(1).map(|h| h.split('"').next().unwrap()) {
                if href.starts_with("tel:") {
                    assert!(known.iter().any(|k| k == href), "{lang} {example:?}: {href} is neither data nor verified");
                }
            }
            let text = text_of(&html);
            for word in ["Hogar", "Refugio Temporal", "HRT", "CAI"] {
                assert!(!text.contains(word), "{lang} {example:?} mentions {word}");
            }
        }
    }
}

/// Words that claim a call or a service costs nothing, in every locale (qu and ay use
/// the Spanish loanword with their own endings: "gratismi", "gratisawa").
fn says_free(sentence: &str) -> bool {
    let lower = sentence.to_lowercase();
    lower.contains("gratis")
        || lower.contains("gratuit")
        || lower.split(|c: char| !c.is_alphanumeric()).any(|w| w == "free")
}

/// Words for calling, in every locale.
fn about_calls(sentence: &str) -> bool {
    let lower = sentence.to_lowercase();
    ["llam", "call", "waqya", "jawsa"].iter().any(|w| lower.contains(w))
}

/// The helplines whose numbers a sentence mentions.
fn numbers_in(sentence: &str) -> Vec<&'static ruta_core::helplines::Helpline> {
    let runs: Vec<&str> = sentence.split(|c: char| !c.is_ascii_digit()).filter(|r| !r.is_empty()).collect();
    VERIFIED.iter().filter(|h| runs.contains(&h.dial)).collect()
}

/// The sentences of a text: a claim is "next to" a number when they share one.
fn sentences(text: &str) -> Vec<&str> {
    text.split(['.', ':', ';', '!', '?', '\n']).map(str::trim).filter(|s| !s.is_empty()).collect()
}

/// Fails on "gratis"/"free" next to a number that `ruta_core::helplines` does not mark
/// free, and on a claim that calls are free that names no free number. Only Línea 100's
/// cost is verified in the reference.
fn free_claim_problems(origin: &str, text: &str) -> Vec<String> {
    let mut problems = Vec::new();
    for sentence in sentences(text) {
        if !says_free(sentence) {
            continue;
        }
        let numbers = numbers_in(sentence);
        if let Some(h) = numbers.iter().find(|h| !h.free) {
            problems.push(format!("{origin}: «{sentence}» says free next to {}", h.dial));
        }
        if numbers.is_empty() && about_calls(sentence) {
            problems.push(format!("{origin}: «{sentence}» says calls are free without naming a free line"));
        }
    }
    problems
}

#[test]
fn no_message_says_free_next_to_a_number_not_verified_as_free() {
    use ruta_core::l10n::{Localizer, Value};
    let mut problems = Vec::new();
    for lang in l10n::available() {
        let l = Localizer::new(lang);
        for key in l10n::message_ids(lang) {
            for who in ["self", "other"] {
                // The one message whose number is a variable names Línea 100 or 105 by its key.
                let number = if key.contains("linea-100") { "100" } else { "105" };
                let args: [(&str, Value); 3] = [("who", who.into()), ("number", number.into()), ("count", 1.into())];
                let text = l.format(&key, &args).replace(['\u{2068}', '\u{2069}'], "");
                problems.extend(free_claim_problems(&format!("{lang}/{key}"), &text));
            }
        }
    }
    problems.dedup();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[tokio::test]
async fn no_helpline_card_says_free_unless_its_number_is_verified_free() {
    for lang in l10n::available() {
        let html = render_raw(lang, Example::Screen(Screen::Helplines)).await;
        for helpline in VERIFIED {
            let card = &html[html.find(&format!("data-testid=\"helpline-{}\"", helpline.dial)).expect("every card")..];
            let card = text_of(&card[..card.find("</li>").unwrap()]);
            assert_eq!(says_free(&card), helpline.free, "{lang} {}: {card}", helpline.dial);
        }
        // Each element on its own line: a sentence never runs across two cards.
        let problems = free_claim_problems(&format!("{lang} helplines screen"), &text_of(&html.replace('>', ">\n")));
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }
}

#[test]
fn the_free_claim_rule_catches_what_it_must() {
    assert!(free_claim_problems("t", "Puedes llamar gratis a la Línea 100.").is_empty());
    for claim in [
        "Todas estas llamadas son gratis.",
        "Gratis, llama al 105.",
        "Call 116 for free.",
        "Llapan kay waqyaykunaqa gratismi.",
    ] {
        assert!(!free_claim_problems("t", claim).is_empty(), "{claim}");
    }
    for fine in
        ["Denunciar es gratis.", "Llama al 105. La Línea 100 es gratis.", "Ayuda legal, psicológica y social gratis."]
    {
        assert!(free_claim_problems("t", fine).is_empty(), "{fine}");
    }
}

/// Acronyms and the words they stand for, in Spanish and English. The SAU and SAR keep
/// their Spanish names in English too, as the services call themselves.
const ACRONYMS: &[(&str, &[&str])] = &[
    ("CEM", &["Centro Emergencia Mujer", "Centros Emergencia Mujer", "Women's Emergency Centre"]),
    ("MIMP", &["Ministerio de la Mujer", "Ministry of Women"]),
    ("INEI", &["Instituto Nacional de Estadística", "National Institute of Statistics"]),
    ("PNP", &["Policía Nacional", "National Police"]),
    ("SAU", &["Servicio de Atención Urgente"]),
    ("SAR", &["Servicio de Atención Rural"]),
    ("FVR", &["Ficha de Valoración del Riesgo"]),
];

#[tokio::test]
async fn every_acronym_is_spelled_out_where_it_first_appears_on_a_screen() {
    for lang in ["es", "en"].map(locale) {
        for example in Example::all() {
            let text = text_of(&render_raw(lang, example).await).replace('’', "'");
            for (acronym, words) in ACRONYMS {
                let whole_word = |at: &usize| {
                    let before = text[..*at].chars().next_back().is_none_or(|c| !c.is_alphanumeric());
                    let after = text[at + acronym.len()..].chars().next().is_none_or(|c| !c.is_alphanumeric());
                    before && after
                };
                let Some(first) = text.match_indices(acronym).map(|(at, _)| at).find(whole_word) else { continue };
                // The words come before it, or right after it ("DEMUNA: defensoría…").
                let spelled = words.iter().filter_map(|w| text.find(w)).min();
                assert!(
                    spelled.is_some_and(|at| at < first + acronym.len() + 40),
                    "{lang} {example:?}: {acronym} first appears unexplained: …{}…",
                    around(&text, first)
                );
            }
        }
    }
}

/// Up to 80 bytes before and 40 after `at`, cut on character boundaries.
fn around(text: &str, at: usize) -> &str {
    let mut start = at.saturating_sub(80);
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    let mut end = (at + 40).min(text.len());
    while !text.is_char_boundary(end) {
        end += 1;
    }
    &text[start..end]
}
