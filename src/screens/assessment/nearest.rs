use ruta_core::directory::Directory;
use ruta_core::helplines::{LINEA_100, POLICE_105};
use ruta_core::locator::{cem_place, nearby, origin_point, Origin};
use ruta_core::state::{AssessmentAction, PickerSelection, Who};
use yew::prelude::*;

use super::AssessmentProps;
use crate::components::{call_links, call_log_note, district_lists, place_name, HelplineCard, ListNames, PlacePhone};
use crate::l10n::L10n;
use crate::state::Action;

/// A nearby service as the result and the copied summary name it: no address, no answer.
#[derive(Clone, PartialEq, Debug)]
pub struct NearbyService {
    pub name: String,
    /// How the copied summary names it: a CEM by the ministry and its place only.
    pub summary_name: String,
    pub phones: Vec<PlacePhone>,
}

/// The nearest CEM and police station, when the directory is loaded and a place is known.
pub(super) fn nearest_services(
    l10n: &L10n,
    directory: Option<&Directory<'_>>,
    near: Option<Origin>,
) -> Vec<NearbyService> {
    let (Some(directory), Some(near)) = (directory, near) else { return Vec::new() };
    let Some(at) = origin_point(directory, near) else { return Vec::new() };
    let groups = nearby(directory, at);
    let first = [groups.cems.first(), groups.police.first()];
    first
        .into_iter()
        .flatten()
        .map(|hit| {
            let service = hit.service;
            let name = place_name(l10n, directory, service);
            let summary_name = match cem_place(service) {
                Some(place) => l10n.t_args("assess-summary-women-service", &[("place", place.into())]),
                None => name.clone(),
            };
            let phones = PlacePhone::all_of(service);
            NearbyService { name, summary_name, phones }
        })
        .collect()
}

/// 105 first, then Línea 100, with the call-log warning beside the buttons.
pub(super) fn call_cards(l10n: &L10n, police_urgent: bool) -> Html {
    html! {
        <>
            <ul class="ruta-helplines">
                <HelplineCard helpline={POLICE_105} urgent={police_urgent} />
                <HelplineCard helpline={LINEA_100} />
            </ul>
            { call_log_note(l10n) }
        </>
    }
}

/// The nearest CEM and comisaría with their call links, when a place is known.
pub(super) fn nearest_list(l10n: &L10n, nearest: &[NearbyService]) -> Html {
    if nearest.is_empty() {
        return Html::default();
    }
    html! {
        <>
            <h4 class="ruta__subheading">{ l10n.text("assess-nearest-heading") }</h4>
            <ul class="ruta-places" data-testid="assessment-nearest">
                for service in nearest {
                    <li class="ruta-place">
                        <p class="ruta-place__name">{ service.name.clone() }</p>
                        { call_links(l10n, &service.phones) }
                    </li>
                }
            </ul>
        </>
    }
}

/// Helper mode: the volunteer picks *her* district, so that the nearest places are near
/// her and not near the volunteer. Three lists, as in the locator; nothing is kept.
pub(super) fn her_district_picker(l10n: &L10n, directory: Option<&Directory<'_>>, props: &AssessmentProps) -> Html {
    let (Who::Other, Some(directory)) = (props.state.who, directory) else { return Html::default() };
    let place = props.state.her_place;
    let selection =
        PickerSelection { department: place.department, province: place.province, district: place.district };
    let on_pick = props.on_action.reform(|choice| Action::Assessment(AssessmentAction::PickHer(choice)));
    html! {
        <fieldset class="ruta-assess__her-place" data-testid="her-district">
            <legend>{ l10n.text("assess-her-district") }</legend>
            { district_lists(l10n, directory, selection, HER_LISTS, &on_pick) }
        </fieldset>
    }
}

/// The helper's lists, named apart from the locator's.
const HER_LISTS: [ListNames; 3] = [
    ListNames { id: "ruta-her-department", testid: "her-department" },
    ListNames { id: "ruta-her-province", testid: "her-province" },
    ListNames { id: "ruta-her-district", testid: "her-district-select" },
];
