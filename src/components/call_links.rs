use yew::prelude::*;

use crate::components::PlacePhone;
use crate::hooks::use_l10n;

#[derive(Properties, PartialEq, Clone)]
pub struct CallLinksProps {
    pub phones: Vec<PlacePhone>,
}

/// A place's numbers: a call button for each dialable one, the written number otherwise.
/// The same on a place card and in the assessment's nearest places.
#[component]
pub fn CallLinks(props: &CallLinksProps) -> Html {
    let l10n = use_l10n();
    html! {
        <div class="ruta-place__calls">
            for phone in props.phones.iter() {
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
