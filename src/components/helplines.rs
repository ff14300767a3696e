use ruta_core::contacts::LocalContact;
use ruta_core::helplines::VERIFIED;
use yew::prelude::*;

use crate::components::{BackToStart, HelplineCard, PlaceCard, PlacePhone};
use crate::hooks::use_l10n;
use crate::l10n::L10n;
use crate::state::{Action, Screen};

#[derive(Properties, PartialEq, Clone)]
pub struct HelplinesProps {
    pub on_action: Callback<Action>,
    /// The municipality's own contacts, from the embed.
    #[prop_or_default]
    pub contacts: Vec<LocalContact>,
}

/// Every verified number, urgent first. Only numbers in `ruta_core::helplines::VERIFIED`
/// can appear: the cards take their digits from there, never from text.
#[component]
pub fn Helplines(props: &HelplinesProps) -> Html {
    let l10n = use_l10n();
    // 105 first: it is the number for danger right now. A rotation rather than a sort,
    // which would add a sorting routine to the wasm for a five-item list.
    let mut lines = VERIFIED.to_vec();
    if let Some(at) = lines.iter().position(|h| h.dial == ruta_core::helplines::POLICE_105.dial) {
        lines[..=at].rotate_right(1);
    }
    html! {
        <div class="ruta-helplines-screen" data-testid="screen-helplines">
            <h3 class="ruta__heading" tabindex="-1">{ l10n.text("helplines-heading") }</h3>
            <p>{ l10n.text("helplines-intro") }</p>
            <ul class="ruta-helplines">
                { for lines.iter().enumerate().map(|(i, h)| html! { <HelplineCard helpline={*h} urgent={i == 0} /> }) }
            </ul>
            <p>{ l10n.text("helplines-busy") }</p>
            if !props.contacts.is_empty() {
                <h4 class="ruta-note__subheading">{ l10n.text("locator-local-heading") }</h4>
                <ul class="ruta-places" data-testid="local-contacts">
                    { for props.contacts.iter().map(|contact| local_contact_card(&l10n, contact, None)) }
                </ul>
            }
            <p class="ruta-home__note">{ l10n.text("helplines-call-log-note") }</p>
            <BackToStart on_back={props.on_action.reform(|()| Action::Go(Screen::Home))} />
        </div>
    }
}

/// A municipality's contact as a card, the same on the helplines screen and in the
/// locator (which adds the distance when the contact has a point).
pub fn local_contact_card(l10n: &L10n, contact: &LocalContact, km: Option<f64>) -> Html {
    let notes: Vec<String> =
        contact.hours.iter().map(|h| l10n.t_args("locator-hours", &[("hours", h.clone().into())])).collect();
    let phones = vec![PlacePhone { tel: Some(contact.tel.clone()), display: contact.phone.clone() }];
    html! {
        <PlaceCard name={contact.name.clone()} kind_key={local_kind_key(contact)} {notes} {phones}
            address={contact.address.clone()} {km} local=true location={contact.location} />
    }
}

/// The Fluent key naming a local contact's kind.
fn local_kind_key(contact: &LocalContact) -> &'static str {
    use ruta_core::contacts::ContactKind;
    match contact.kind {
        ContactKind::Squad => "locator-kind-squad",
        ContactKind::Serenazgo => "locator-kind-serenazgo",
        ContactKind::WomenOffice => "locator-kind-women-office",
        ContactKind::Demuna => "locator-kind-demuna",
        ContactKind::Police => "locator-kind-police",
        ContactKind::Other => "locator-kind-other",
    }
}
