//! Content safety: fails if the rights screen loses its date, if anything that looks like
//! an address appears in the content (shelter addresses are confidential), or if any
//! phone number shown is not in the verified list kept in `ruta_core::helplines`.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::render_raw;
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
    for lang in l10n::available_ids() {
        for example in Example::ALL.into_iter().filter(|e| !e.shows_directory_data()) {
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
    for lang in l10n::available_ids() {
        for example in Example::ALL.into_iter().filter(|e| !e.shows_directory_data()) {
            let text = text_of(&render_raw(lang, example).await);
            for word in address_words {
                assert!(!text.contains(word), "{lang} {example:?} contains {word:?}: {text}");
            }
        }
    }
}

#[tokio::test]
async fn the_rights_screen_is_dated_and_cites_the_law_in_every_topic() {
    for lang in l10n::available_ids() {
        let html = render_raw(lang, Example::Screen(Screen::Rights)).await;
        let as_of = html.split("data-testid=\"rights-as-of\"").nth(1).expect("the date line is rendered");
        let as_of = text_of(as_of.split("</p>").next().unwrap());
        assert!(as_of.contains("2026"), "{lang}: the date line names the year: {as_of}");
        let topics = html.matches("<details").count();
        let cites = html.matches("ruta-topic__cite").count();
        assert!(topics >= 8, "{lang}: {topics} topics");
        assert_eq!(topics, cites, "{lang}: every topic cites its source");
        assert!(text_of(&html).contains("30364"), "{lang}: names Law 30364");
        assert!(text_of(&html).contains("31715"), "{lang}: names Law 31715");
    }
}

#[tokio::test]
async fn helplines_screen_lists_every_verified_number_with_105_first() {
    for lang in l10n::available_ids() {
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
        assert!(Example::ALL.contains(&Example::Screen(screen)), "{screen:?} has no fixture");
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
    for lang in l10n::available_ids() {
        for example in Example::ALL.into_iter().filter(|e| e.shows_directory_data()) {
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
