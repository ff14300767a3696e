use ruta_core::directory::{Directory, Kind, Service};
use ruta_core::geo::LatLon;
use ruta_core::locator::{police_name, service_name};
use yew::prelude::*;

use crate::components::call_links;
use crate::hooks::use_l10n;
use crate::l10n::L10n;

/// One number to show: its `tel:` link when it is dialable, and how it is written.
#[derive(PartialEq, Clone, Debug)]
pub struct PlacePhone {
    pub tel: Option<String>,
    pub display: String,
}

impl PlacePhone {
    /// Every number of a place from the directory.
    pub fn all_of(service: &Service<'_>) -> Vec<PlacePhone> {
        service.phones().map(|p| PlacePhone { tel: p.tel_href(), display: p.display() }).collect()
    }
}

/// A directory place's name as every screen shows it: a comisaría is named after the CEM
/// inside it when there is one (INEI's points have no names), else "Comisaría (PNP)" in
/// the visitor's language.
pub fn place_name(l10n: &L10n, directory: &Directory<'_>, service: &Service<'_>) -> String {
    match service.kind {
        Kind::Police => police_name(directory, service).unwrap_or_else(|| l10n.t("locator-police-name")),
        Kind::Cem(_) | Kind::Sau | Kind::Sar => service_name(service),
    }
}

#[derive(Properties, PartialEq, Clone)]
pub struct PlaceCardProps {
    pub name: String,
    /// The Fluent key of its kind ("locator-kind-cem"…).
    pub kind_key: &'static str,
    /// Extra lines, already localized (inside a comisaría, data year, hours…).
    #[prop_or_default]
    pub notes: Vec<String>,
    pub phones: Vec<PlacePhone>,
    #[prop_or_default]
    pub address: String,
    /// Straight-line distance, when there is a point to measure from.
    #[prop_or_default]
    pub km: Option<f64>,
    #[prop_or_default]
    pub approximate: bool,
    #[prop_or_default]
    pub local: bool,
    pub location: Option<LatLon>,
}

/// A place from the directory or a municipality's local contact: who, how far in a
/// straight line, how to call, where, and an optional link out to a map app.
#[component]
pub fn PlaceCard(props: &PlaceCardProps) -> Html {
    let l10n = use_l10n();
    let km = props.km.map(|km| l10n.lang().decimal(km, 1));
    // A `geo:` URI hands the point to the phone's own map app; nothing is requested from
    // any map server by this page. The warning sits before the link, so it is read first.
    let map = props.location.map(LatLon::geo_uri);
    html! {
        <li class={if props.local { "ruta-place ruta-place--local" } else { "ruta-place" }} data-testid="place">
            <p class="ruta-place__name">
                { props.name.clone() }
                if props.local {
                    <span class="ruta-place__badge">{ l10n.text("locator-local-badge") }</span>
                }
            </p>
            <p class="ruta-place__kind">{ l10n.text(props.kind_key) }</p>
            if let Some(km) = km {
                <p class="ruta-place__distance">{ l10n.text_args("locator-distance", &[("km", km.into())]) }</p>
            }
            if props.approximate {
                <p class="ruta-place__approximate" data-testid="approximate">{ l10n.text("locator-approximate") }</p>
            }
            for note in props.notes.iter() { <p class="ruta-place__note">{ note.clone() }</p> }
            if !props.address.is_empty() {
                <p class="ruta-place__address">{ props.address.clone() }</p>
            }
            if props.phones.is_empty() {
                <p>{ l10n.text("locator-no-phone") }</p>
            }
            { call_links(&l10n, &props.phones) }
            if let Some(map) = map {
                <p class="ruta-place__map">
                    <span class="ruta-place__map-warning">{ l10n.text("locator-map-warning") }</span>
                    { " " }
                    <a href={map} rel="noreferrer" data-testid="map-link">{ l10n.text("locator-map-link") }</a>
                </p>
            }
        </li>
    }
}
