use yew::prelude::*;

use crate::components::UrgentLine;
use crate::hooks::use_l10n;
use crate::state::{Action, Screen};

#[derive(Properties, PartialEq, Clone)]
pub struct SafetyNoteProps {
    pub on_action: Callback<Action>,
}

/// The interruption note shown when the widget first opens on each page load: 105 and
/// Línea 100 first, then, in few words, what quick exit does, that history is not erased,
/// and how to browse more safely. It is shown again
/// on every load because remembering that it was seen would mean writing to the device.
#[component]
pub fn SafetyNote(props: &SafetyNoteProps) -> Html {
    let l10n = use_l10n();
    let tips = ["note-tip-private", "note-tip-delete"];
    html! {
        <div class="ruta-note" data-testid="screen-safety-note">
            <h3 class="ruta__heading" tabindex="-1">{ l10n.text("note-heading") }</h3>
            <UrgentLine />
            <p>{ l10n.text("note-exit-button") }</p>
            <p class="ruta-note__keyboard">{ l10n.text("note-exit-shortcut") }</p>
            <p>{ l10n.text("note-no-way-back") }</p>
            <p class="ruta-note__history">{ l10n.text("note-history") }</p>
            <ul class="ruta-note__tips">
                for key in tips.iter() { <li>{ l10n.text(key) }</li> }
            </ul>
            <button type="button" class="ruta-button" data-testid="safety-note-continue"
                onclick={props.on_action.reform(|_| Action::Go(Screen::Home))}>
                { l10n.text("note-continue") }
            </button>
        </div>
    }
}
