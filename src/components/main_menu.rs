use yew::prelude::*;

use crate::hooks::use_l10n;
use crate::state::Screen;

#[derive(Properties, PartialEq, Clone)]
pub struct MainMenuProps {
    pub on_go: Callback<Screen>,
}

/// The list of what the widget offers, as buttons: moving between screens is state,
/// not navigation, so nothing reaches the browser's history or the URL.
#[component]
pub fn MainMenu(props: &MainMenuProps) -> Html {
    let l10n = use_l10n();
    let entries = [
        (Screen::Locator, "home-menu-locator", "menu-locator"),
        (Screen::Assessment, "home-menu-assessment", "menu-assessment"),
        (Screen::Helplines, "home-menu-helplines", "menu-helplines"),
        (Screen::Rights, "home-menu-rights", "menu-rights"),
        (Screen::SafetyPlan, "home-menu-safety-plan", "menu-safety-plan"),
        (Screen::SaferBrowsing, "home-menu-safer-browsing", "menu-safer-browsing"),
        (Screen::HelperGuide, "home-menu-helper-guide", "menu-helper-guide"),
    ];
    html! {
        <nav class="ruta-menu" aria-label={l10n.t("home-menu-label")}>
            <ul class="ruta-menu__list">
                { for entries.into_iter().map(|(screen, key, testid)| html! {
                    <li>
                        <button type="button" class="ruta-menu__item" data-testid={testid}
                            onclick={props.on_go.reform(move |_| screen)}>
                            { l10n.text(key) }
                        </button>
                    </li>
                }) }
            </ul>
        </nav>
    }
}
