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
    html! {
        <nav class="ruta-menu" aria-label={l10n.t("home-menu-label")}>
            <ul class="ruta-menu__list">
                for screen in Screen::menu() {
                    <li>
                        <button type="button" class="ruta-menu__item" data-testid={format!("menu-{}", screen.slug())}
                            onclick={props.on_go.reform(move |_| screen)}>
                            { l10n.text(&format!("home-menu-{}", screen.slug())) }
                        </button>
                    </li>
                }
            </ul>
        </nav>
    }
}
