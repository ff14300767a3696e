use ruta_core::config::Ubigeo;
use ruta_core::directory::Directory;
use ruta_core::locator::title_case;
use ruta_core::state::{DistrictChoice, PickerSelection};
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::l10n::L10n;

/// The `id` and `data-testid` of one of the three lists.
#[derive(PartialEq, Clone, Copy)]
pub struct ListNames {
    pub id: &'static str,
    pub testid: &'static str,
}

/// Department, then province, then district: each list appears once the one before has
/// a value, showing `selection` and reporting each choice to `on_pick`. `names` are the
/// three lists' ids and test ids, unique in the widget. Used by the locator's picker and
/// by the helper's lists for her district. A view function, as [`super::call_log_note`].
pub fn district_lists(
    l10n: &L10n,
    directory: &Directory<'_>,
    selection: PickerSelection,
    names: [ListNames; 3],
    on_pick: &Callback<DistrictChoice>,
) -> Html {
    let PickerSelection { department, province, district } = selection;
    let [department_names, province_names, district_names] = names;
    let select_value =
        |event: Event| event.target_dyn_into::<HtmlSelectElement>().map(|s| s.value()).unwrap_or_default();
    let on_department = on_pick.reform(move |e: Event| DistrictChoice::Department(select_value(e).parse().ok()));
    let on_province = on_pick.reform(move |e: Event| DistrictChoice::Province(select_value(e).parse().ok()));
    let on_district = {
        let on_pick = on_pick.clone();
        Callback::from(move |e: Event| {
            if let Some(ubigeo) = Ubigeo::parse(&select_value(e)) {
                on_pick.emit(DistrictChoice::District(ubigeo));
            }
        })
    };
    let placeholder = html! { <option value="">{ l10n.t("locator-choose-option") }</option> };
    html! {
        <>
            <div class="ruta-field">
                <label for={department_names.id}>{ l10n.text("locator-department-label") }</label>
                <select id={department_names.id} data-testid={department_names.testid} onchange={on_department}>
                    { placeholder.clone() }
                    for d in directory.departments() {
                        <option value={d.code.to_string()} selected={Some(d.code) == department}>{ title_case(d.name) }</option>
                    }
                </select>
            </div>
            if let Some(department) = department {
                <div class="ruta-field">
                    <label for={province_names.id}>{ l10n.text("locator-province-label") }</label>
                    <select id={province_names.id} data-testid={province_names.testid} onchange={on_province}>
                        { placeholder.clone() }
                        for p in directory.provinces(department) {
                            <option value={p.code.to_string()} selected={Some(p.code) == province}>{ title_case(p.name) }</option>
                        }
                    </select>
                </div>
            }
            if let Some(province) = province {
                <div class="ruta-field">
                    <label for={district_names.id}>{ l10n.text("locator-district-label") }</label>
                    <select id={district_names.id} data-testid={district_names.testid} onchange={on_district}>
                        { placeholder }
                        for d in directory.districts(province) {
                            <option value={d.ubigeo.code()} selected={Some(d.ubigeo) == district}>{ title_case(d.name) }</option>
                        }
                    </select>
                </div>
            }
        </>
    }
}
