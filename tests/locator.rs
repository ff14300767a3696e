//! The locator's screens, rendered natively from the same bundled data the widget uses.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{locale, render};
use ruta::fixtures::Example;
use ruta_core::locator::GeoStatus;

fn section<'a>(html: &'a str, testid: &str) -> &'a str {
    let start = html.find(&format!("data-testid=\"{testid}\"")).unwrap_or_else(|| panic!("{testid} is shown"));
    let rest = &html[start..];
    &rest[..rest.find("</ul>").unwrap()]
}

#[tokio::test]
async fn la_victoria_shows_three_cems_and_three_stations_then_the_local_contacts() {
    let html = render(locale("es"), Example::LocatorNear("150115")).await;
    assert!(html.contains("Cerca de La Victoria"), "names the district in title case");
    let local = html.find("data-testid=\"local-results\"").unwrap();
    let cems = html.find("data-testid=\"cem-results\"").unwrap();
    let police = html.find("data-testid=\"police-results\"").unwrap();
    assert!(cems < police && police < local, "CEMs, then police, then the municipality's own numbers");
    let (police_105, linea_100) = (html.find("href=\"tel:105\"").unwrap(), html.find("href=\"tel:100\"").unwrap());
    assert!(police_105 < local && linea_100 < local, "the verified 105 and Línea 100 come before any local number");
    assert!(section(&html, "local-results").contains("Escuadrón Violeta"));
    assert!(section(&html, "local-results").contains(">Local<"), "marked as local");
    assert_eq!(section(&html, "cem-results").matches("data-testid=\"place\"").count(), 3);
    assert_eq!(section(&html, "police-results").matches("data-testid=\"place\"").count(), 3);
    assert!(html.contains("km en línea recta"), "distances are labelled straight-line");
    assert!(html.contains("registro del teléfono"), "calls are logged: said next to them");
    assert!(html.contains("href=\"tel:100\""), "Línea 100 always");
    assert!(html.contains("Funciona dentro de una comisaría.") || html.contains("CEM "));
    assert!(!html.contains("Cem Regular") && !html.contains(">Cem "), "names as people say them");
    assert!(html.contains("Esta información es de 2017 y puede haber cambiado."), "police data year");
    assert!(html.contains("directorio del Ministerio de la Mujer (MIMP) de 2026"), "data as of");
    let map = html.find("data-testid=\"map-link\"").unwrap();
    let warning = html.find("puede quedar guardado en la otra app").unwrap();
    assert!(warning < map, "the warning comes before the map link");
    assert!(html.contains("href=\"geo:"), "map links hand the point to a map app, no web request");
}

#[tokio::test]
async fn a_rural_district_far_from_any_cem_still_gets_results_and_linea_100() {
    let html = render(locale("en"), Example::LocatorNear("250204")).await;
    assert_eq!(section(&html, "cem-results").matches("data-testid=\"place\"").count(), 3);
    assert!(html.contains("km away in a straight line"));
    assert!(html.contains("href=\"tel:100\""));
}

#[tokio::test]
async fn failed_geolocation_explains_calmly_and_offers_the_picker() {
    for (status, text) in
        [(GeoStatus::Denied, "Está bien: elige tu distrito"), (GeoStatus::TimedOut, "tardó demasiado")]
    {
        let html = render(locale("es"), Example::LocatorGeo(status)).await;
        let status_html = &html[html.find("data-testid=\"geo-status\"").unwrap()..];
        assert!(status_html[..status_html.find("</p>").unwrap()].contains(text), "{status:?}");
        assert!(html.contains("data-testid=\"district-search\""), "the picker is there");
        assert!(html.contains("data-testid=\"department\""));
        assert!(!html.contains("nearby-results"), "no results without a place");
    }
}

#[tokio::test]
async fn the_picker_defaults_to_the_page_district() {
    let html = render(locale("es"), Example::LocatorNear("150142")).await;
    assert!(
        html.contains("<option value=\"15\" selected=\"selected\">Lima</option>")
            || html.contains("value=\"15\" selected"),
        "department preset"
    );
    assert!(html.contains("value=\"150142\" selected"), "district preset: {}", &html[..200]);
}
