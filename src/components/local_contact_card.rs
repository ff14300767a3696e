use ruta_core::contacts::{ContactKind, LocalContact};
use yew::prelude::*;

use crate::components::{PlaceCard, PlacePhone};
use crate::hooks::use_l10n;

#[derive(Properties, PartialEq, Clone)]
pub struct LocalContactCardProps {
    pub contact: LocalContact,
    /// Straight-line distance, when the locator has a point to measure from.
    #[prop_or_default]
    pub km: Option<f64>,
}

/// A municipality's contact as a card, the same on the helplines screen and in the
/// locator (which adds the distance when the contact has a point).
#[component]
pub fn LocalContactCard(props: &LocalContactCardProps) -> Html {
    let l10n = use_l10n();
    let contact = &props.contact;
    let notes: Vec<String> =
        contact.hours.iter().map(|h| l10n.t_args("locator-hours", &[("hours", h.clone().into())])).collect();
    let phones = vec![PlacePhone { tel: Some(contact.tel.clone()), display: contact.phone.clone() }];
    html! {
        <PlaceCard name={contact.name.clone()} kind_key={kind_key(contact.kind)} {notes} {phones}
            address={contact.address.clone()} km={props.km} local=true location={contact.location} />
    }
}

/// The Fluent key naming a local contact's kind.
fn kind_key(kind: ContactKind) -> &'static str {
    match kind {
        ContactKind::Squad => "locator-kind-squad",
        ContactKind::Serenazgo => "locator-kind-serenazgo",
        ContactKind::WomenOffice => "locator-kind-women-office",
        ContactKind::Demuna => "locator-kind-demuna",
        ContactKind::Police => "locator-kind-police",
        ContactKind::Other => "locator-kind-other",
    }
}
