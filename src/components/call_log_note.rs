use yew::prelude::*;

use crate::hooks::use_l10n;

/// The warning that sits beside every call button: a call stays in the phone's log, so
/// she knows before she taps.
#[component]
pub fn CallLogNote() -> Html {
    let l10n = use_l10n();
    html! { <p>{ l10n.text("helplines-call-log-note") }</p> }
}
