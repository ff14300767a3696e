use ruta_core::contacts::{ContactKind, LocalContact};
use yew::prelude::*;

use crate::components::{PlaceCard, PlacePhone};
use crate::l10n::L10n;

/// A municipality's contact as a card, the same on the helplines screen and in the
/// locator (which adds the distance `km` when the contact has a point). A view function
/// over the place card, as [`super::call_log_note`].
pub fn local_contact_card(l10n: &L10n, contact: &LocalContact, km: Option<f64>) -> Html {
    let notes: Vec<String> =
        contact.hours.iter().map(|h| l10n.t_args("locator-hours", &[("hours", h.clone().into())])).collect();
    let phones = vec![PlacePhone { tel: Some(contact.tel.clone()), display: contact.phone.clone() }];
    html! {
        <PlaceCard name={contact.name.clone()} kind_key={kind_key(contact.kind)} {notes} {phones}
            address={contact.address.clone()} {km} local=true location={contact.location} />
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
