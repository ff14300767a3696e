use yew::prelude::*;

use crate::hooks::DirectoryState;
use crate::l10n::L10n;

#[derive(Properties, PartialEq)]
pub struct ProvidersProps {
    pub l10n: L10n,
    pub directory: DirectoryState,
    pub children: Html,
}

/// What every screen reads through hooks (`use_l10n`, `use_directory`), provided in one
/// place for the App and for the examples the tests draw.
#[component]
pub fn Providers(props: &ProvidersProps) -> Html {
    html! {
        <ContextProvider<L10n> context={props.l10n.clone()}>
            <ContextProvider<DirectoryState> context={props.directory}>
                { props.children.clone() }
            </ContextProvider<DirectoryState>>
        </ContextProvider<L10n>>
    }
}
