use yew::prelude::*;

use crate::l10n::L10n;

/// The visitor's localizer, provided by the `App` root.
///
/// # Example
/// ```no_run
/// use yew::prelude::*;
/// use ruta::hooks::use_l10n;
///
/// #[component]
/// fn Title() -> Html {
///     let l10n = use_l10n();
///     html! { <h2>{ l10n.t("shell-title") }</h2> }
/// }
/// ```
#[hook]
pub fn use_l10n() -> L10n {
    use_context::<L10n>().expect("App provides L10n as context above every component")
}
