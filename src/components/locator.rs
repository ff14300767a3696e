use ruta_core::config::Ubigeo;
use ruta_core::contacts::LocalContact;
use ruta_core::directory::{CapitalLevel, Directory, Hit, Kind, MIMP_YEAR, POLICE_YEAR};
use ruta_core::geo::LatLon;
use ruta_core::helplines::LINEA_100;
use ruta_core::locator::{local_contacts_by_distance, nearby, police_name, service_name, title_case};
use ruta_core::state::{GeoStatus, Locator as LocatorState, Origin};
use yew::prelude::*;

use crate::components::district_picker::{district_picker, Picker};
use crate::components::helplines::local_contact_card;
use crate::components::UrgentLine;
use crate::components::{BackToStart, HelplineCard, PlaceCard, PlacePhone};
use crate::hooks::{use_directory, use_l10n};
use crate::l10n::L10n;
use crate::state::Screen;

#[derive(Properties, PartialEq, Clone)]
pub struct LocatorProps {
    pub state: LocatorState,
    /// The page's district, used until the user chooses a place.
    #[prop_or_default]
    pub default_district: Option<Ubigeo>,
    #[prop_or_default]
    pub contacts: Vec<LocalContact>,
    pub on_locate: Callback<()>,
    pub on_choose: Callback<Ubigeo>,
    pub on_department: Callback<Option<u8>>,
    pub on_province: Callback<Option<u16>>,
    pub on_search: Callback<String>,
    pub on_go: Callback<Screen>,
}

/// The service locator: "use my location" or a district, then the nearest places by
/// group. The directory arrives the first time this screen opens (see
/// `directory_loader`), so the first screen of the widget never waits for it.
#[component]
pub fn Locator(props: &LocatorProps) -> Html {
    let l10n = use_l10n();
    let directory = use_directory();
    let status = match props.state.geo {
        GeoStatus::Idle => None,
        GeoStatus::Locating => Some("locator-locating"),
        GeoStatus::Denied => Some("locator-denied"),
        GeoStatus::TimedOut => Some("locator-timed-out"),
        GeoStatus::Unavailable => Some("locator-unavailable"),
        GeoStatus::OutsidePeru => Some("locator-outside-peru"),
    };
    html! {
        <div class="ruta-locator" data-testid="screen-locator">
            <h3 class="ruta__heading" tabindex="-1">{ l10n.text("locator-heading") }</h3>
            <UrgentLine />
            <p>{ l10n.text("locator-intro") }</p>
            <button type="button" class="ruta-button" data-testid="use-location" onclick={props.on_locate.reform(|_| ())}>
                { l10n.text("locator-use-location") }
            </button>
            <p class="ruta-locator__data">{ l10n.text("locator-location-note") }</p>
            <p class="ruta-locator__status" role="status" data-testid="geo-status">
                if let Some(key) = status { { l10n.text(key) } }
            </p>
            if let Some(directory) = directory.ready() {
                { picker(&l10n, directory, props) }
                { nearby_section(&l10n, directory, props) }
            } else {
                <p role="status" data-testid="directory-status">
                    if directory.failed() { { l10n.text("locator-data-failed") } } else { { l10n.text("locator-data-loading") } }
                </p>
            }
            <ul class="ruta-helplines"><HelplineCard helpline={LINEA_100} /></ul>
            <p>{ l10n.text("locator-linea-100") }</p>
            <p class="ruta-home__note">{ l10n.text("helplines-call-log-note") }</p>
            <p class="ruta-locator__data" data-testid="data-as-of">
                { l10n.text_args("locator-data-as-of", &[("mimp", MIMP_YEAR.into()), ("police", POLICE_YEAR.into())]) }
            </p>
            <button type="button" class="ruta-link-button" data-testid="open-about-data" onclick={props.on_go.reform(|_| Screen::AboutData)}>
                { l10n.text("locator-about-link") }
            </button>
            <BackToStart on_back={props.on_go.reform(|()| Screen::Home)} />
        </div>
    }
}

fn nearby_section(l10n: &L10n, directory: &Directory<'_>, props: &LocatorProps) -> Html {
    let origin = props.state.origin.or(props.default_district.map(Origin::District));
    let Some((at, label)) = origin.and_then(|origin| resolve(directory, origin)) else { return Html::default() };
    html! {
        <section aria-labelledby="ruta-results-heading" data-testid="nearby-results">
            <h4 id="ruta-results-heading">{ near_label(l10n, directory, label) }</h4>
            { results(l10n, directory, at, &props.contacts) }
        </section>
    }
}

/// What the results are measured from, and how to name it.
#[derive(Clone, Copy)]
enum From {
    Here,
    District(Ubigeo, CapitalLevel),
}

fn resolve(directory: &Directory<'_>, origin: Origin) -> Option<(LatLon, From)> {
    match origin {
        Origin::Here(at) => Some((at, From::Here)),
        Origin::District(ubigeo) => {
            let capital = directory.capital_of(ubigeo).ok()?;
            Some((capital.at, From::District(ubigeo, capital.level)))
        }
    }
}

fn district_name(directory: &Directory<'_>, ubigeo: Ubigeo) -> String {
    directory.district(ubigeo).map(|d| title_case(d.name)).unwrap_or_else(|| ubigeo.code())
}

fn near_label(l10n: &L10n, directory: &Directory<'_>, from: From) -> Html {
    match from {
        From::Here => l10n.text("locator-near-here"),
        From::District(ubigeo, level) => {
            let name = district_name(directory, ubigeo);
            let fallback = match level {
                CapitalLevel::District => None,
                CapitalLevel::Province => Some("locator-from-province"),
                CapitalLevel::Department => Some("locator-from-department"),
            };
            html! {
                <>
                    { l10n.text_args("locator-near-district", &[("district", name.into())]) }
                    if let Some(key) = fallback { { " " }{ l10n.text(key) } }
                </>
            }
        }
    }
}

/// The district picker, shared with the configurator (`district_picker.rs`).
fn picker(l10n: &L10n, directory: &Directory<'_>, props: &LocatorProps) -> Html {
    let picker = Picker {
        state: &props.state,
        preset: props.default_district,
        on_search: &props.on_search,
        on_department: &props.on_department,
        on_province: &props.on_province,
        on_choose: &props.on_choose,
    };
    district_picker(l10n, directory, picker)
}

fn results(l10n: &L10n, directory: &Directory<'_>, from: LatLon, contacts: &[LocalContact]) -> Html {
    let near = nearby(directory, from);
    let place = |hit: &Hit<'_>| {
        let service = hit.service;
        let district = district_name(directory, service.ubigeo);
        let (name, kind_key, mut notes) = match service.kind {
            Kind::Cem(_) => (service_name(service), "locator-kind-cem", Vec::new()),
            Kind::Sau => (service_name(service), "locator-kind-sau", Vec::new()),
            Kind::Sar => (service_name(service), "locator-kind-sar", Vec::new()),
            Kind::Police => (
                police_name(directory, service).unwrap_or_else(|| l10n.t("locator-police-name")),
                "locator-kind-police",
                vec![l10n.t_args(
                    "locator-police-where",
                    &[("district", district.clone().into()), ("year", POLICE_YEAR.into())],
                )],
            ),
        };
        if service.kind.inside_comisaria() {
            notes.push(l10n.t("locator-inside-comisaria"));
        }
        if service.kind != Kind::Police {
            notes.push(district);
        }
        let phones: Vec<PlacePhone> =
            service.phones().map(|p| PlacePhone { tel: p.tel_href(), display: p.display() }).collect();
        html! {
            <PlaceCard {name} {kind_key} {notes} {phones} address={service.address.to_owned()}
                km={Some(hit.km)} approximate={service.approximate} location={Some(service.location)} />
        }
    };
    let locals = local_contacts_by_distance(contacts, from);
    let local = |(contact, km): &(&LocalContact, Option<f64>)| local_contact_card(l10n, contact, *km);
    html! {
        <>
            <h4>{ l10n.text("locator-cem-heading") }</h4>
            <ul class="ruta-places" data-testid="cem-results">{ for near.cems.iter().map(place) }</ul>
            <h4>{ l10n.text("locator-police-heading") }</h4>
            <ul class="ruta-places" data-testid="police-results">{ for near.police.iter().map(place) }</ul>
            if !near.other_services.is_empty() {
                <h4>{ l10n.text("locator-other-heading") }</h4>
                <ul class="ruta-places" data-testid="other-results">{ for near.other_services.iter().map(place) }</ul>
            }
            // The municipality's own numbers come after the verified services, never above
            // them: a look-alike of a national line must not be the first thing she sees.
            if !locals.is_empty() {
                <h4>{ l10n.text("locator-local-heading") }</h4>
                <ul class="ruta-places" data-testid="local-results">{ for locals.iter().map(local) }</ul>
            }
        </>
    }
}
