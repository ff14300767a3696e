use yew::prelude::*;

use crate::hooks::DirectoryState;
use crate::l10n::L10n;

/// What every screen reads through hooks (`use_l10n`, `use_directory`), provided in one
/// place for the App, the configurator and the examples the tests draw. A view function
/// around `children`, as [`super::call_log_note`].
pub fn providers(l10n: &L10n, directory: DirectoryState, children: Html) -> Html {
    html! {
        <ContextProvider<L10n> context={l10n.clone()}>
            <ContextProvider<DirectoryState> context={directory}>
                { children }
            </ContextProvider<DirectoryState>>
        </ContextProvider<L10n>>
    }
}
