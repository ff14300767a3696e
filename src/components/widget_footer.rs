use yew::prelude::*;

use crate::hooks::use_l10n;

#[derive(Properties, PartialEq, Clone)]
pub struct WidgetFooterProps {
    /// The municipality from the embed configuration, if it gave a valid one.
    #[prop_or_default]
    pub municipality: Option<String>,
}

/// Who offers the widget, and the promise that nothing is kept.
#[component]
pub fn WidgetFooter(props: &WidgetFooterProps) -> Html {
    let l10n = use_l10n();
    html! {
        <footer class="ruta__footer">
            if let Some(municipality) = &props.municipality {
                <p>{ l10n.text_args("shell-offered-by", &[("municipality", municipality.clone().into())]) }</p>
            }
            <p>{ l10n.text("shell-privacy") }</p>
        </footer>
    }
}
