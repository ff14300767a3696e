use ruta_core::helplines::KEY_HELPLINES;
use yew::prelude::*;

use crate::components::{call_log_note, HelplineCard, MainMenu};
use crate::hooks::use_l10n;
use crate::state::{Action, Screen};

#[derive(Properties, PartialEq, Clone)]
pub struct HomeProps {
    pub on_action: Callback<Action>,
}

/// The start screen: the two numbers that matter most, urgent first, then the menu.
#[component]
pub fn Home(props: &HomeProps) -> Html {
    let l10n = use_l10n();
    html! {
        <div class="ruta-home" data-testid="screen-home">
            <h3 class="ruta__heading" tabindex="-1">{ l10n.text("home-heading") }</h3>
            <p class="ruta-home__urgent">{ l10n.text("home-urgent") }</p>
            <ul class="ruta-helplines">
                for helpline in KEY_HELPLINES { <HelplineCard {helpline} urgent={helpline.is_emergency()} /> }
            </ul>
            { call_log_note(&l10n) }
            <MainMenu on_go={props.on_action.reform(Action::Go)} />
            <button type="button" class="ruta-link-button" onclick={props.on_action.reform(|_| Action::Go(Screen::SafetyNote))}>
                { l10n.text("home-safety-note-link") }
            </button>
        </div>
    }
}
