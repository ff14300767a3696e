use yew::prelude::*;

use crate::l10n::L10n;

/// The warning that sits beside every call button: a call stays in the phone's log, so
/// she knows before she taps. A view function, not a component: it has no state, and each
/// component type costs the wasm Yew's machinery for it (see docs/ARCHITECTURE.md, "Size").
pub fn call_log_note(l10n: &L10n) -> Html {
    html! { <p>{ l10n.text("helplines-call-log-note") }</p> }
}
