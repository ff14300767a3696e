use ruta_core::helplines::VERIFIED;
use yew::prelude::*;

use crate::components::{BackToStart, HelplineCard};
use crate::hooks::use_l10n;
use crate::state::Screen;

#[derive(Properties, PartialEq, Clone)]
pub struct HelplinesProps {
    pub on_go: Callback<Screen>,
}

/// Every verified number, urgent first. Only numbers in `ruta_core::helplines::VERIFIED`
/// can appear: the cards take their digits from there, never from text.
#[component]
pub fn Helplines(props: &HelplinesProps) -> Html {
    let l10n = use_l10n();
    let mut lines = VERIFIED.to_vec();
    // 105 first: it is the number for danger right now.
    lines.sort_by_key(|h| h.dial != ruta_core::helplines::POLICE_105.dial);
    html! {
        <div class="ruta-helplines-screen" data-testid="screen-helplines">
            <h3 class="ruta__heading" tabindex="-1">{ l10n.text("helplines-heading") }</h3>
            <p>{ l10n.text("helplines-intro") }</p>
            <ul class="ruta-helplines">
                { for lines.iter().enumerate().map(|(i, h)| html! { <HelplineCard helpline={*h} urgent={i == 0} /> }) }
            </ul>
            <p>{ l10n.text("helplines-busy") }</p>
            <p class="ruta-home__note">{ l10n.text("helplines-call-log-note") }</p>
            <BackToStart on_back={props.on_go.reform(|()| Screen::Home)} />
        </div>
    }
}
