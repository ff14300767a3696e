use yew::prelude::*;

use crate::hooks::use_l10n;

#[derive(Properties, PartialEq, Clone)]
pub struct SafetyNoteProps {
    pub on_continue: Callback<()>,
}

/// The interruption note shown when the widget first opens on each page load: what quick
/// exit does, what no website can do, and how to browse more safely. It is shown again
/// on every load because remembering that it was seen would mean writing to the device.
#[component]
pub fn SafetyNote(props: &SafetyNoteProps) -> Html {
    let l10n = use_l10n();
    let tips = ["note-tip-private", "note-tip-device", "note-tip-delete"];
    html! {
        <div class="ruta-note" data-testid="screen-safety-note">
            <h3 class="ruta__heading" tabindex="-1">{ l10n.text("note-heading") }</h3>
            <p>{ l10n.text("note-exit-button") }</p>
            <p class="ruta-note__keyboard">{ l10n.text("note-exit-shortcut") }</p>
            <p>{ l10n.text("note-no-way-back") }</p>
            <h4 class="ruta-note__subheading">{ l10n.text("note-limits-heading") }</h4>
            <p>{ l10n.text("note-history") }</p>
            <h4 class="ruta-note__subheading">{ l10n.text("note-tips-heading") }</h4>
            <ul class="ruta-note__tips">
                { for tips.iter().map(|key| html! { <li>{ l10n.text(key) }</li> }) }
            </ul>
            <button type="button" class="ruta-button" data-testid="safety-note-continue"
                onclick={props.on_continue.reform(|_| ())}>
                { l10n.text("note-continue") }
            </button>
        </div>
    }
}
