use ruta_core::helplines::{Helpline, HelplineService};
use yew::prelude::*;

use crate::hooks::use_l10n;

#[derive(Properties, PartialEq, Clone)]
pub struct HelplineCardProps {
    pub helpline: Helpline,
    /// Urgent lines are drawn first and stronger.
    #[prop_or_default]
    pub urgent: bool,
}

/// One number to call: who answers, when, and a `tel:` link.
#[component]
pub fn HelplineCard(props: &HelplineCardProps) -> Html {
    let l10n = use_l10n();
    let (name, detail) = names(props.helpline.service);
    let class = if props.urgent { "ruta-helpline ruta-helpline--urgent" } else { "ruta-helpline" };
    html! {
        <li class={class} data-testid={format!("helpline-{}", props.helpline.dial)}>
            <p class="ruta-helpline__name">{ l10n.text(name) }</p>
            <p class="ruta-helpline__detail">{ l10n.text(detail) }</p>
            <a class="ruta-call" href={props.helpline.tel_href()}>
                { l10n.text_args("helplines-call", &[("number", props.helpline.dial.into())]) }
            </a>
        </li>
    }
}

/// The Fluent keys of a service's name and of what it offers.
pub(crate) fn names(service: HelplineService) -> (&'static str, &'static str) {
    match service {
        HelplineService::Linea100 => ("helplines-linea-100-name", "helplines-linea-100-detail"),
        HelplineService::Police => ("helplines-police-name", "helplines-police-detail"),
        HelplineService::Samu => ("helplines-samu-name", "helplines-samu-detail"),
        HelplineService::Firefighters => ("helplines-fire-name", "helplines-fire-detail"),
        HelplineService::MentalHealth => ("helplines-mental-health-name", "helplines-mental-health-detail"),
    }
}
