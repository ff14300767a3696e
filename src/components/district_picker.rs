//! The district picker: type-ahead search, then department, province and district lists.
//! The locator draws it, and so does the configurator (`ruta/configurar.html`), where a
//! webmaster picks the page's district with the very control her visitors will use.
//!
//! A view function rather than a component: the locator's code and the widget's wasm stay
//! as they were before it moved here.

use ruta_core::config::Ubigeo;
use ruta_core::directory::Directory;
use ruta_core::locator::title_case;
use ruta_core::state::{Locator as LocatorState, Origin};
use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::l10n::L10n;

/// How many districts the type-ahead lists at once.
const MATCHES_SHOWN: usize = 8;

/// What the picker shows and whom it tells.
pub struct Picker<'a> {
    /// The picker's part of the locator state: query, lists, chosen place.
    pub state: &'a LocatorState,
    /// The page's district, used until a place is chosen.
    pub preset: Option<Ubigeo>,
    pub on_search: &'a Callback<String>,
    pub on_department: &'a Callback<Option<u8>>,
    pub on_province: &'a Callback<Option<u16>>,
    pub on_choose: &'a Callback<Ubigeo>,
}

/// The picker's HTML.
pub fn district_picker(l10n: &L10n, directory: &Directory<'_>, picker: Picker<'_>) -> Html {
    let state = picker.state;
    let on_search = {
        let on_search = picker.on_search.clone();
        Callback::from(move |event: InputEvent| {
            if let Some(input) = event.target().and_then(|t| t.dyn_into::<HtmlInputElement>().ok()) {
                on_search.emit(input.value());
            }
        })
    };
    let select_value = |event: Event| {
        event.target().and_then(|t| t.dyn_into::<HtmlSelectElement>().ok()).map(|s| s.value()).unwrap_or_default()
    };
    let on_department = picker.on_department.reform(move |e: Event| select_value(e).parse().ok());
    let on_province = picker.on_province.reform(move |e: Event| select_value(e).parse().ok());
    let on_district = {
        let on_choose = picker.on_choose.clone();
        Callback::from(move |e: Event| {
            if let Some(ubigeo) = Ubigeo::parse(&select_value(e)) {
                on_choose.emit(ubigeo);
            }
        })
    };
    // The lists follow the chosen place, else the page's district.
    let preset = picker.preset;
    let department = state.department.or(preset.map(|u| u.department()));
    let province = state.province.or(if state.department.is_none() { preset.map(|u| u.province()) } else { None });
    let chosen = match state.origin {
        Some(Origin::District(u)) => Some(u),
        Some(Origin::Here(_)) => None,
        None => preset,
    };
    let query = state.query.trim();
    let matches =
        if query.chars().count() >= 2 { directory.search_districts(query, MATCHES_SHOWN) } else { Vec::new() };
    let choose = |ubigeo: Ubigeo| picker.on_choose.reform(move |_| ubigeo);
    let placeholder = html! { <option value="">{ l10n.t("locator-choose-option") }</option> };
    html! {
        <div class="ruta-locator__picker">
            <h4>{ l10n.text("locator-picker-heading") }</h4>
            <div class="ruta-locator__field">
                <label for="ruta-district-search">{ l10n.text("locator-search-label") }</label>
                <input id="ruta-district-search" type="search" autocomplete="off" data-testid="district-search"
                    value={state.query.clone()} oninput={on_search} />
            </div>
            <p class="ruta-visually-hidden" role="status">
                if query.chars().count() >= 2 {
                    { l10n.t_args("locator-search-count", &[("count", matches.len().into())]) }
                }
            </p>
            if !matches.is_empty() {
                <ul class="ruta-locator__matches" data-testid="district-matches">
                    { for matches.iter().map(|m| html! {
                        <li><button type="button" class="ruta-locator__match" onclick={choose(m.ubigeo())}>
                            { title_case(&m.path()) }
                        </button></li>
                    }) }
                </ul>
            } else if query.chars().count() >= 2 {
                <p>{ l10n.text("locator-search-none") }</p>
            }
            <div class="ruta-locator__field">
                <label for="ruta-department">{ l10n.text("locator-department-label") }</label>
                <select id="ruta-department" data-testid="department" onchange={on_department}>
                    { placeholder.clone() }
                    { for directory.departments().iter().map(|d| html! {
                        <option value={d.code.to_string()} selected={Some(d.code) == department}>{ title_case(d.name) }</option>
                    }) }
                </select>
            </div>
            if let Some(department) = department {
                <div class="ruta-locator__field">
                    <label for="ruta-province">{ l10n.text("locator-province-label") }</label>
                    <select id="ruta-province" data-testid="province" onchange={on_province}>
                        { placeholder.clone() }
                        { for directory.provinces(department).iter().map(|p| html! {
                            <option value={p.code.to_string()} selected={Some(p.code) == province}>{ title_case(p.name) }</option>
                        }) }
                    </select>
                </div>
            }
            if let Some(province) = province {
                <div class="ruta-locator__field">
                    <label for="ruta-district">{ l10n.text("locator-district-label") }</label>
                    <select id="ruta-district" data-testid="district" onchange={on_district}>
                        { placeholder }
                        { for directory.districts(province).iter().map(|d| html! {
                            <option value={d.ubigeo.code()} selected={Some(d.ubigeo) == chosen}>{ title_case(d.name) }</option>
                        }) }
                    </select>
                </div>
            }
        </div>
    }
}
