use yew::prelude::*;

use crate::components::PlacePhone;
use crate::l10n::L10n;

/// A place's numbers: a call button for each dialable one, the written number otherwise.
/// The same on a place card and in the assessment's nearest places. A view function, as
/// [`super::call_log_note`].
pub fn call_links(l10n: &L10n, phones: &[PlacePhone]) -> Html {
    html! {
        <div class="ruta-place__calls">
            for phone in phones.iter() {
                if let Some(tel) = &phone.tel {
                    <a class="ruta-call" href={tel.clone()}>
                        { l10n.text_args("helplines-call", &[("number", phone.display.clone().into())]) }
                    </a>
                } else {
                    <span class="ruta-place__phone">{ phone.display.clone() }</span>
                }
            }
        </div>
    }
}
