//! Native render tests: components drawn with `yew::ServerRenderer`, no browser.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{locale, render_raw};
use ruta::app::{App, AppProps};
use ruta::fixtures::{Example, EXAMPLE_EXIT_URL, EXAMPLE_MUNICIPALITY};
use ruta_core::config::{EmbedConfig, DEFAULT_EXIT_URL};
use ruta_core::l10n::{self, Locale, Localizer};
use yew::ServerRenderer;

async fn render_app(lang: Locale, config: EmbedConfig) -> String {
    ServerRenderer::<App>::with_props(move || AppProps { config, lang, drawn: true }).hydratable(false).render().await
}

/// Unicode isolation marks that Fluent puts around variables.
fn plain(html: &str) -> String {
    html.replace(['\u{2068}', '\u{2069}'], "")
}

fn escaped(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

#[tokio::test]
async fn every_example_renders_in_every_locale_with_no_missing_message() {
    for lang in l10n::available() {
        for example in Example::all() {
            let html = render_raw(lang, example).await;
            assert!(html.contains(&format!("lang=\"{lang}\"")), "{lang} {example:?}: {html}");
            // A missing message renders as its key; keys look like `<screen>-<thing>`, where
            // the screens are the Spanish file names.
            for (file, _) in l10n::locale_files(Locale::SOURCE) {
                let prefix = format!(">{}-", file.trim_end_matches(".ftl"));
                assert!(!html.contains(&prefix), "{lang} {example:?} shows a raw key: {html}");
            }
        }
    }
}

#[tokio::test]
async fn the_app_opens_on_the_safety_note_with_quick_exit_first() {
    let html = render_app(locale("es"), EmbedConfig::default()).await;
    let exit = html.find("data-testid=\"quick-exit\"").expect("quick exit is rendered");
    let note = html.find("data-testid=\"screen-safety-note\"").expect("the safety note comes first");
    assert!(exit < note, "quick exit comes before the screen in reading and tab order");
    assert!(html.contains(&format!("href=\"{DEFAULT_EXIT_URL}\"")), "the default neutral URL");
    assert!(html.contains("rel=\"nofollow noreferrer\""));
    let l = Localizer::new(locale("es"));
    assert!(html.contains(&escaped(&l.format("note-history", &[]))), "says history is not erased");
    assert!(html.contains("lang=\"es\""));
}

#[tokio::test]
async fn the_first_of_the_two_start_up_steps_draws_the_quick_exit_and_header_only() {
    let lang = locale("es");
    let shell =
        ServerRenderer::<App>::with_props(move || AppProps { config: EmbedConfig::default(), lang, drawn: false })
            .hydratable(false)
            .render()
            .await;
    let whole = render_app(lang, EmbedConfig::default()).await;
    for part in ["data-testid=\"quick-exit\"", "data-testid=\"language-picker\"", "id=\"ruta-title\""] {
        assert!(shell.contains(part) && whole.contains(part), "{part}: {shell}");
    }
    for part in ["data-testid=\"ruta-screen\"", "ruta__footer", "data-testid=\"urgent-call-105\""] {
        assert!(!shell.contains(part), "{part} is drawn in the second step: {shell}");
        assert!(whole.contains(part), "{part}: {whole}");
    }
}

#[tokio::test]
async fn the_exit_link_uses_the_configured_url_and_the_footer_names_the_municipality() {
    let config = EmbedConfig {
        exit_url: EXAMPLE_EXIT_URL.to_owned(),
        municipality: Some(EXAMPLE_MUNICIPALITY.to_owned()),
        ..EmbedConfig::default()
    };
    let html = plain(&render_app(locale("en"), config).await);
    assert!(html.contains(&format!("href=\"{EXAMPLE_EXIT_URL}\"")));
    assert!(html.contains(&format!("Service offered by: {EXAMPLE_MUNICIPALITY}.")));
    assert!(html.contains("lang=\"en\""));
    assert!(html.contains("Leave quickly"));
}

#[tokio::test]
async fn the_footer_has_no_offered_by_line_without_a_municipality() {
    let html = render_raw(locale("es"), Example::FooterWithoutMunicipality).await;
    assert!(!html.contains("Servicio ofrecido por"));
    assert!(html.contains("no guarda nada"));
}

#[tokio::test]
async fn shortcut_lights_and_announcements_follow_the_count() {
    let lit = |html: &str| html.matches("data-lit=\"true\"").count();
    let idle = render_raw(locale("es"), Example::QuickExitIdle).await;
    assert_eq!(lit(&idle), 0);
    let one = plain(&render_raw(locale("es"), Example::QuickExitOnePress).await);
    assert_eq!(lit(&one), 1);
    assert!(one.contains("Pulsa Shift 2 veces más para salir."), "{one}");
    let two = plain(&render_raw(locale("es"), Example::QuickExitTwoPresses).await);
    assert_eq!(lit(&two), 2);
    assert!(two.contains("Pulsa Shift 1 vez más para salir."), "{two}");
    let two_en = plain(&render_raw(locale("en"), Example::QuickExitTwoPresses).await);
    assert!(two_en.contains("Press Shift 1 more time to leave."), "{two_en}");
    let expired = render_raw(locale("es"), Example::QuickExitExpired).await;
    assert!(expired.contains("Se canceló la salida con Shift."));
    assert!(idle.contains("role=\"status\""), "the live region exists before anything is said");
    assert!(idle.contains("aria-hidden=\"true\""), "lights are hidden from screen readers");
    assert!(idle.contains("Emergencia:"), "hidden prefix for screen readers");
}

#[tokio::test]
async fn home_puts_105_before_linea_100_with_tel_links_and_the_call_log_note() {
    let html = render_raw(locale("es"), Example::Home).await;
    let police = html.find("href=\"tel:105\"").expect("105 is callable");
    let linea = html.find("href=\"tel:100\"").expect("Línea 100 is callable");
    assert!(police < linea, "urgent number first");
    assert!(html.contains("registro del teléfono"), "warns that calls are logged");
    assert!(html.contains("quechua y aimara"));
}

#[tokio::test]
async fn the_language_picker_lists_native_names_with_their_own_lang() {
    let html = render_raw(locale("en"), Example::LanguagePicker).await;
    assert!(html.contains("<option lang=\"es\" value=\"es\">Español</option>"), "{html}");
    assert!(html.contains("value=\"en\" selected"), "the current language is selected: {html}");
    assert!(html.contains("for=\"ruta-lang-select\""), "the select has a label");
}

#[tokio::test]
async fn spanish_fallback_text_is_marked_per_message_in_partial_locales() {
    use ruta_core::state::Screen;
    let partial = |lang: &Locale| {
        let (translated, total) = l10n::coverage(*lang);
        translated < total
    };
    for lang in l10n::available().into_iter().filter(partial) {
        let html = render_raw(lang, Example::Screen(Screen::Rights)).await;
        let heading = Localizer::new(lang).format("rights-heading", &[]);
        assert!(
            html.contains(&format!(">{}</h3>", escaped(&heading))),
            "{lang}: the translated heading is plain: {html}"
        );
        assert!(html.contains("<span lang=\"es\">"), "{lang}: untranslated topics are marked as Spanish");
    }
    let english = render_raw(locale("en"), Example::Screen(ruta_core::state::Screen::Rights)).await;
    assert!(!english.contains("lang=\"es\""), "complete English has no fallback");
}
