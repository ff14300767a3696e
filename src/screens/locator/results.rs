use ruta_core::contacts::LocalContact;
use ruta_core::directory::{Directory, Hit, Kind, POLICE_YEAR};
use ruta_core::geo::LatLon;
use ruta_core::locator::{local_contacts_by_distance, nearby};
use yew::prelude::*;

use super::district_name;
use crate::components::{local_contact_card, place_name, PlaceCard, PlacePhone};
use crate::l10n::L10n;

/// The nearest places by group, measured from `from`, then the municipality's own.
pub(super) fn results(l10n: &L10n, directory: &Directory<'_>, from: LatLon, contacts: &[LocalContact]) -> Html {
    let near = nearby(directory, from);
    let place = |hit: &Hit<'_>| {
        let service = hit.service;
        let district = district_name(directory, service.ubigeo);
        let name = place_name(l10n, directory, service);
        let (kind_key, mut notes) = match service.kind {
            Kind::Cem(_) => ("locator-kind-cem", Vec::new()),
            Kind::Sau => ("locator-kind-sau", Vec::new()),
            Kind::Sar => ("locator-kind-sar", Vec::new()),
            Kind::Police => (
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
        let phones = PlacePhone::all_of(service);
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
