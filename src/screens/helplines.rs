use ruta_core::contacts::LocalContact;
use ruta_core::helplines::VERIFIED;
use yew::prelude::*;

use crate::components::{call_log_note, local_contact_card, BackToStart, HelplineCard};
use crate::hooks::use_l10n;
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
    html! {
        <div class="ruta-helplines-screen" data-testid="screen-helplines">
            <h3 class="ruta__heading" tabindex="-1">{ l10n.text("helplines-heading") }</h3>
            <p>{ l10n.text("helplines-intro") }</p>
            <ul class="ruta-helplines">
                for helpline in VERIFIED { <HelplineCard helpline={*helpline} urgent={helpline.is_emergency()} /> }
            </ul>
            <p>{ l10n.text("helplines-busy") }</p>
            if !props.contacts.is_empty() {
                <h4 class="ruta__subheading">{ l10n.text("locator-local-heading") }</h4>
                <ul class="ruta-places" data-testid="local-contacts">
                    for contact in props.contacts.iter() { { local_contact_card(&l10n, contact, None) } }
                </ul>
            }
            { call_log_note(&l10n) }
            <BackToStart on_back={props.on_action.reform(|()| Action::Go(Screen::Home))} />
        </div>
    }
}
