//! The service locator: the screen and the nearest places; its district picker is shared
//! with the configurator (`components/district_picker.rs`).

mod results;

use ruta_core::config::Ubigeo;
use ruta_core::contacts::LocalContact;
use ruta_core::directory::{CapitalLevel, Directory, MIMP_YEAR, POLICE_YEAR};
use ruta_core::helplines::LINEA_100;
use ruta_core::locator::{resolve_origin, title_case, GeoStatus, MeasuredFrom};
use ruta_core::state::{LocatorAction, LocatorState};
use yew::prelude::*;

use crate::components::district_picker::district_picker;
use crate::components::{call_log_note, BackToStart, HelplineCard, UrgentLine};
use crate::hooks::{use_directory, use_l10n};
use crate::l10n::L10n;
use crate::state::{Action, Screen};

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
/// `downloads`), so the first screen of the widget never waits for it.
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
                { district_picker(&l10n, directory, &props.state, props.default_district, &props.on_action) }
                { nearby_section(&l10n, directory, props) }
            } else {
                <p role="status" data-testid="directory-status">
                    if directory.failed() { { l10n.text("locator-data-failed") } } else { { l10n.text("locator-data-loading") } }
                </p>
            }
            <ul class="ruta-helplines"><HelplineCard helpline={LINEA_100} /></ul>
            <p>{ l10n.text("locator-linea-100") }</p>
            { call_log_note(&l10n) }
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
    let Some((at, label)) = origin.and_then(|origin| resolve_origin(directory, origin)) else { return Html::default() };
    html! {
        <section aria-labelledby="ruta-results-heading" data-testid="nearby-results">
            <h4 id="ruta-results-heading">{ near_label(l10n, directory, label) }</h4>
            { results::results(l10n, directory, at, &props.contacts) }
        </section>
    }
}

pub(super) fn district_name(directory: &Directory<'_>, ubigeo: Ubigeo) -> String {
    directory.district(ubigeo).map(|d| title_case(d.name)).unwrap_or_else(|| ubigeo.code())
}

fn near_label(l10n: &L10n, directory: &Directory<'_>, from: MeasuredFrom) -> Html {
    match from {
        MeasuredFrom::Here => l10n.text("locator-near-here"),
        MeasuredFrom::District(ubigeo, level) => {
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
