use web_sys::{HtmlElement, MouseEvent};
use yew::prelude::*;

use crate::hooks::{use_l10n, ShortcutAnnouncement};
use ruta_core::exit_shortcut::PRESSES_TO_EXIT;

#[derive(Properties, PartialEq, Clone)]
pub struct QuickExitProps {
    /// Where the exit goes; also the link's `href`, so it works before and without WASM.
    pub exit_url: String,
    pub on_exit: Callback<()>,
    /// Shift presses counted so far, shown as lights.
    #[prop_or_default]
    pub presses: u8,
    #[prop_or_default]
    pub announcement: ShortcutAnnouncement,
}

/// The red "leave now" button, on every screen, with the shortcut's lights and live region.
#[component]
pub fn QuickExit(props: &QuickExitProps) -> Html {
    let l10n = use_l10n();
    let onclick = {
        let on_exit = props.on_exit.clone();
        Callback::from(move |event: MouseEvent| {
            // The link alone would use a normal navigation, which Back can undo; the
            // handler blanks the page and uses `location.replace` instead.
            event.prevent_default();
            on_exit.emit(());
        })
    };
    let announcement = match props.announcement {
        ShortcutAnnouncement::Silent => String::new(),
        ShortcutAnnouncement::Remaining(count) => l10n.t_args("exit-shortcut-remaining", &[("count", count.into())]),
        ShortcutAnnouncement::Expired => l10n.t("exit-shortcut-expired"),
    };
    // On a touch screen the button is fixed to a corner of the screen. A host page's own
    // fixed layers (a cookie banner with a huge z-index) could cover it; the browser's top
    // layer is above every z-index, so there the button is shown as a manual popover.
    // Where the Popover API is missing, `show_popover` fails and the CSS fallback (the
    // highest z-index) applies. Layout only: the click and the exit are unchanged.
    let button_ref = use_node_ref();
    {
        let button_ref = button_ref.clone();
        use_effect_with((), move |()| {
            let coarse = gloo_utils::window()
                .match_media("(pointer: coarse)")
                .ok()
                .flatten()
                .is_some_and(|query| query.matches());
            if let Some(button) = button_ref.cast::<HtmlElement>().filter(|_| coarse) {
                let _ = button.show_popover();
            }
        });
    }
    let lights = (0..PRESSES_TO_EXIT).map(|i| {
        let lit = i < props.presses;
        let class = if lit { "ruta-exit__light ruta-exit__light--on" } else { "ruta-exit__light" };
        html! { <span class={class} data-lit={lit.then_some("true")}></span> }
    });

    html! {
        <div class="ruta-exit">
            <a
                class="ruta-exit__button"
                href={props.exit_url.clone()}
                rel="nofollow noreferrer"
                data-testid="quick-exit"
                popover="manual"
                ref={button_ref}
                {onclick}
            >
                <span class="ruta-visually-hidden">{ l10n.text("exit-button-prefix") }</span>
                { l10n.text("exit-button-label") }
            </a>
            <p class="ruta-exit__hint">{ l10n.text("exit-shortcut-hint") }</p>
            <div class="ruta-exit__lights" aria-hidden="true" data-testid="quick-exit-lights">
                { for lights }
            </div>
            <div class="ruta-visually-hidden" role="status" aria-live="polite" data-testid="quick-exit-status">
                { announcement }
            </div>
        </div>
    }
}
