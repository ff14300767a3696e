use yew::prelude::*;

use crate::components::{BackToStart, UrgentLine};
use crate::hooks::{use_directory, use_l10n};
use crate::state::{Action, Screen};

#[derive(Properties, PartialEq, Clone)]
pub struct AboutDataProps {
    pub on_action: Callback<Action>,
}

/// Where the locator's data comes from, its years, its licences, and what it leaves out
/// on purpose. The attribution lines are the data's own, in the bundle.
#[component]
pub fn AboutData(props: &AboutDataProps) -> Html {
    let l10n = use_l10n();
    let directory = use_directory();
    let attribution = directory.ready().map(|d| d.attribution()).unwrap_or_default();
    html! {
        <div class="ruta-about" data-testid="screen-about-data">
            <h3 class="ruta__heading" tabindex="-1">{ l10n.text("about-heading") }</h3>
            <UrgentLine />
            <p>{ l10n.text("about-intro") }</p>
            <ul data-testid="attribution">
                for line in attribution.iter() { <li lang="es">{ *line }</li> }
            </ul>
            <p>{ l10n.text("about-police") }</p>
            <p>{ l10n.text("about-distance") }</p>
            <p>{ l10n.text("about-approximate") }</p>
            <p>{ l10n.text("about-shelters") }</p>
            <p>{ l10n.text("about-offline") }</p>
            // The root crate's version, the one the loader's console line and the release zip name.
            <p data-testid="ruta-version">{ l10n.text_args("about-version", &[("version", env!("CARGO_PKG_VERSION").into())]) }</p>
            <button type="button" class="ruta-link-button" onclick={props.on_action.reform(|_| Action::Go(Screen::Locator))}>
                { l10n.text("about-back-to-locator") }
            </button>
            <BackToStart on_back={props.on_action.reform(|()| Action::Go(Screen::Home))} />
        </div>
    }
}
