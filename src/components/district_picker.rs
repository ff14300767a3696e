//! The district picker: type-ahead search, then department, province and district lists.
//! The locator draws it, and so does the configurator (`ruta/configurar.html`), where a
//! webmaster picks the page's district with the very control her visitors will use.

use ruta_core::config::Ubigeo;
use ruta_core::directory::Directory;
use ruta_core::locator::title_case;
use ruta_core::state::{DistrictChoice, LocatorAction, LocatorState};
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::components::{district_lists, ListNames};
use crate::l10n::L10n;
use crate::state::Action;

/// How many districts the type-ahead lists at once.
const MATCHES_SHOWN: usize = 8;

const LOCATOR_LISTS: [ListNames; 3] = [
    ListNames { id: "ruta-department", testid: "department" },
    ListNames { id: "ruta-province", testid: "province" },
    ListNames { id: "ruta-district", testid: "district" },
];

/// "Choose a district": a type-ahead over every district, and the three lists, showing
/// `state` (the page's district `preset` until a place is chosen) and reporting
/// [`LocatorAction`]s.
pub fn district_picker(
    l10n: &L10n,
    directory: &Directory<'_>,
    state: &LocatorState,
    preset: Option<Ubigeo>,
    on_action: &Callback<Action>,
) -> Html {
    let on_search = {
        let on_action = on_action.clone();
        Callback::from(move |event: InputEvent| {
            if let Some(input) = event.target_dyn_into::<HtmlInputElement>() {
                on_action.emit(Action::Locator(LocatorAction::Search(input.value())));
            }
        })
    };
    let on_pick = on_action.reform(|choice| Action::Locator(LocatorAction::Pick(choice)));
    let selection = state.picker(preset);
    let query = state.search_query();
    let matches = query.map(|query| directory.search_districts(query, MATCHES_SHOWN)).unwrap_or_default();
    let choose = |ubigeo: Ubigeo| on_pick.reform(move |_: MouseEvent| DistrictChoice::District(ubigeo));
    html! {
        <div class="ruta-locator__picker">
            <h4>{ l10n.text("locator-picker-heading") }</h4>
            <div class="ruta-field">
                <label for="ruta-district-search">{ l10n.text("locator-search-label") }</label>
                <input id="ruta-district-search" type="search" autocomplete="off" data-testid="district-search"
                    value={state.query.clone()} oninput={on_search} />
            </div>
            <p class="ruta-visually-hidden" role="status">
                if query.is_some() {
                    { l10n.t_args("locator-search-count", &[("count", matches.len().into())]) }
                }
            </p>
            if !matches.is_empty() {
                <ul class="ruta-locator__matches" data-testid="district-matches">
                    for m in matches.iter() {
                        <li><button type="button" class="ruta-locator__match" onclick={choose(m.ubigeo())}>
                            { title_case(&m.path()) }
                        </button></li>
                    }
                </ul>
            } else if query.is_some() {
                <p>{ l10n.text("locator-search-none") }</p>
            }
            { district_lists(l10n, directory, selection, LOCATOR_LISTS, &on_pick) }
        </div>
    }
}
