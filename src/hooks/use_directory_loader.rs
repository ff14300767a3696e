use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use crate::hooks::DirectoryState;
use crate::state::Screen;

/// The directory as the root holds it, and how to forget it.
#[derive(Clone, PartialEq)]
pub struct UseDirectoryLoaderHandle {
    pub state: DirectoryState,
    /// Forgets the directory (quick exit, leaving the page): a fetch still under way is
    /// dropped when it lands, so nothing comes back after a wipe.
    pub forget: Callback<()>,
}

/// Fetches the service directory the first time `screen` needs it, and again if an
/// earlier try failed; never at start-up, so the first screen never waits for it.
///
/// # Example
/// ```no_run
/// use yew::prelude::*;
/// use ruta::hooks::use_directory_loader;
/// use ruta::state::Screen;
///
/// #[component]
/// fn Root() -> Html {
///     let directory = use_directory_loader(Screen::Locator);
///     html! { <button onclick={directory.forget.reform(|_| ())}>{ "forget" }</button> }
/// }
/// ```
#[hook]
pub fn use_directory_loader(screen: Screen) -> UseDirectoryLoaderHandle {
    let directory = use_state(DirectoryState::default);
    // Counts the times it was forgotten, so an answer that arrives after one is dropped.
    let forgotten: Rc<RefCell<u32>> = use_mut_ref(|| 0);
    let forget = {
        let (directory, forgotten) = (directory.setter(), forgotten.clone());
        use_callback((), move |(), _| {
            *forgotten.borrow_mut() += 1;
            directory.set(DirectoryState::NotLoaded);
        })
    };
    {
        let directory = directory.clone();
        use_effect_with(screen, move |screen| {
            if screen.needs_directory() && matches!(*directory, DirectoryState::NotLoaded | DirectoryState::Failed) {
                directory.set(DirectoryState::Loading);
                let asked_at = *forgotten.borrow();
                wasm_bindgen_futures::spawn_local(async move {
                    let loaded = crate::downloads::load().await;
                    if *forgotten.borrow() == asked_at {
                        directory.set(loaded.map_or(DirectoryState::Failed, DirectoryState::Ready));
                    }
                });
            }
        });
    }
    UseDirectoryLoaderHandle { state: *directory, forget }
}
