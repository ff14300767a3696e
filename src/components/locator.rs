use ruta_core::config::Ubigeo;
use ruta_core::contacts::LocalContact;
use ruta_core::directory::{CapitalLevel, Directory, Hit, Kind, MIMP_YEAR, POLICE_YEAR};
use ruta_core::geo::LatLon;
use ruta_core::helplines::LINEA_100;
use ruta_core::locator::{local_contacts_by_distance, nearby, police_name, service_name, title_case};
use ruta_core::locator::{GeoStatus, Origin};
use ruta_core::state::{LocatorAction, LocatorState, PickerSelection};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::components::helplines::local_contact_card;
use crate::components::UrgentLine;
use crate::components::{BackToStart, HelplineCard, PlaceCard, PlacePhone};
use crate::hooks::{use_directory, use_l10n};
use crate::l10n::L10n;
use crate::state::{Action, Screen};

/// How many districts the type-ahead lists at once.
const MATCHES_SHOWN: usize = 8;

#[derive(Properties, PartialEq, Clone)]
pub struct LocatorProps {
    pub state: LocatorState,
    /// The page's district, used until the user chooses a place.
    #[prop_or_default]
    pub default_district: Option<Ubigeo>,
    #[prop_or_default]
    pub contacts: Vec<LocalContact>,
    /// Everything the screen asks for: its own [`LocatorAction`]s and moving to another screen.
    pub on_action: Callback<Action>,
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
            <button type="button" class="ruta-button" data-testid="use-location" onclick={props.on_action.reform(|_| Action::Locator(LocatorAction::Locate))}>
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
            <button type="button" class="ruta-link-button" data-testid="open-about-data" onclick={props.on_action.reform(|_| Action::Go(Screen::AboutData))}>
                { l10n.text("locator-about-link") }
            </button>
            <BackToStart on_back={props.on_action.reform(|()| Action::Go(Screen::Home))} />
        </div>
    }
}

fn nearby_section(l10n: &L10n, directory: &Directory<'_>, props: &LocatorProps) -> Html {
    let origin = props.state.origin_or(props.default_district);
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

fn picker(l10n: &L10n, directory: &Directory<'_>, props: &LocatorProps) -> Html {
    let state = &props.state;
    let on_search = {
        let on_action = props.on_action.clone();
        Callback::from(move |event: InputEvent| {
            if let Some(input) = event.target_dyn_into::<HtmlInputElement>() {
                on_action.emit(Action::Locator(LocatorAction::Search(input.value())));
            }
        })
    };
    let select_value =
        |event: Event| event.target_dyn_into::<HtmlSelectElement>().map(|s| s.value()).unwrap_or_default();
    let on_department = props
        .on_action
        .reform(move |e: Event| Action::Locator(LocatorAction::PickDepartment(select_value(e).parse().ok())));
    let on_province = props
        .on_action
        .reform(move |e: Event| Action::Locator(LocatorAction::PickProvince(select_value(e).parse().ok())));
    let on_district = {
        let on_action = props.on_action.clone();
        Callback::from(move |e: Event| {
            if let Some(ubigeo) = Ubigeo::parse(&select_value(e)) {
                on_action.emit(Action::Locator(LocatorAction::ChooseDistrict(ubigeo)));
            }
        })
    };
    let PickerSelection { department, province, district: chosen } = state.picker(props.default_district);
    let query = state.search_query();
    let matches = query.map(|query| directory.search_districts(query, MATCHES_SHOWN)).unwrap_or_default();
    let choose =
        |ubigeo: Ubigeo| props.on_action.reform(move |_| Action::Locator(LocatorAction::ChooseDistrict(ubigeo)));
    let placeholder = html! { <option value="">{ l10n.t("locator-choose-option") }</option> };
    html! {
        <div class="ruta-locator__picker">
            <h4>{ l10n.text("locator-picker-heading") }</h4>
            <div class="ruta-locator__field">
                <label for="ruta-district-search">{ l10n.text("locator-search-label") }</label>
                <input id="ruta-district-search" type="search" autocomplete="off" data-testid="district-search"
                    value={state.query.clone()} oninput={on_search} />
            </div>
            <p class="ruta-visually-hidden" role="status">
                if query.is_some() {
                    { l10n.t_args("locator-search-count", &[("count", matches.len().into())]) }
                }
            </p>
            if !matches.is_empty() {
                <ul class="ruta-locator__matches" data-testid="district-matches">
                    { for matches.iter().map(|m| html! {
                        <li><button type="button" class="ruta-locator__match" onclick={choose(m.ubigeo())}>
                            { title_case(&m.path()) }
                        </button></li>
                    }) }
                </ul>
            } else if query.is_some() {
                <p>{ l10n.text("locator-search-none") }</p>
            }
            <div class="ruta-locator__field">
                <label for="ruta-department">{ l10n.text("locator-department-label") }</label>
                <select id="ruta-department" data-testid="department" onchange={on_department}>
                    { placeholder.clone() }
                    { for directory.departments().iter().map(|d| html! {
                        <option value={d.code.to_string()} selected={Some(d.code) == department}>{ title_case(d.name) }</option>
                    }) }
                </select>
            </div>
            if let Some(department) = department {
                <div class="ruta-locator__field">
                    <label for="ruta-province">{ l10n.text("locator-province-label") }</label>
                    <select id="ruta-province" data-testid="province" onchange={on_province}>
                        { placeholder.clone() }
                        { for directory.provinces(department).iter().map(|p| html! {
                            <option value={p.code.to_string()} selected={Some(p.code) == province}>{ title_case(p.name) }</option>
                        }) }
                    </select>
                </div>
            }
            if let Some(province) = province {
                <div class="ruta-locator__field">
                    <label for="ruta-district">{ l10n.text("locator-district-label") }</label>
                    <select id="ruta-district" data-testid="district" onchange={on_district}>
                        { placeholder }
                        { for directory.districts(province).iter().map(|d| html! {
                            <option value={d.ubigeo.code()} selected={Some(d.ubigeo) == chosen}>{ title_case(d.name) }</option>
                        }) }
                    </select>
                </div>
            }
        </div>
    }
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
