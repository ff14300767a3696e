use ruta_core::helplines::KEY_HELPLINES;
use yew::prelude::*;

use crate::components::helpline_card::names;
use crate::hooks::use_l10n;

/// The two numbers that matter most, 105 first, as `tel:` links: at the top of every
/// screen that does not already open with their cards, the safety note included, so
/// that a woman in danger never has to read or tap through anything to reach them.
/// The call-log warning sits beside the buttons, as the reference asks.
#[component]
pub fn UrgentLine() -> Html {
    let l10n = use_l10n();
    let calls = KEY_HELPLINES.iter().enumerate().map(|(i, helpline)| {
        let (name, _) = names(helpline.service);
        let class = if i == 0 { "ruta-urgent__call ruta-urgent__call--police" } else { "ruta-urgent__call" };
        html! {
            <a class={class} href={helpline.tel_href()} data-testid={format!("urgent-call-{}", helpline.dial)}>
                <span class="ruta-urgent__name">{ l10n.text(name) }</span>
                <span class="ruta-urgent__action">
                    { l10n.text_args("helplines-call", &[("number", helpline.dial.into())]) }
                </span>
            </a>
        }
    });
    html! {
        <div class="ruta-urgent" data-testid="urgent-line">
            <p class="ruta-urgent__text">{ l10n.text("home-urgent") }</p>
            <div class="ruta-urgent__calls">{ for calls }</div>
            <p class="ruta-urgent__note" data-testid="urgent-note">{ l10n.text("helplines-call-log-note") }</p>
        </div>
    }
}
