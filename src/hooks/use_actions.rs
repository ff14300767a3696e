use ruta_core::state::LocatorAction;
use yew::platform::spawn_local;
use yew::prelude::*;

use crate::state::{Action, Store};

/// The one callback every screen gets: it hands the action to the root reducer, and
/// carries out what an action asks of the browser. Two do: "use my location" (the
/// position is asked for here, after the tap, and its answer comes back as an action), and
/// a language whose messages are not here yet (they are downloaded first, and the
/// language shown once they are, if she has not picked another meanwhile).
///
/// # Example
/// ```no_run
/// use yew::prelude::*;
/// use ruta::hooks::use_actions;
/// use ruta::state::{Action, AppState, Screen, Store};
/// use ruta_core::l10n::Locale;
///
/// #[component]
/// fn Root() -> Html {
///     let store = use_reducer(|| Store(AppState::new(Locale::SOURCE)));
///     let on_action = use_actions(&store);
///     html! { <button onclick={on_action.reform(|_| Action::Go(Screen::Home))}>{ "home" }</button> }
/// }
/// ```
#[hook]
pub fn use_actions(store: &UseReducerHandle<Store>) -> Callback<Action> {
    let dispatcher = store.dispatcher();
    use_callback((), move |action: Action, _| {
        if let Action::ChangeLang(lang) = action {
            if !crate::l10n::has_messages(lang) {
                dispatcher.dispatch(Action::LanguageLoading(lang));
                let dispatcher = dispatcher.clone();
                spawn_local(async move {
                    let loaded = crate::downloads::load_messages(lang).await;
                    dispatcher.dispatch(if loaded.is_ok() {
                        Action::LanguageArrived(lang)
                    } else {
                        Action::LanguageFailed(lang)
                    });
                });
                return;
            }
        }
        // The request goes out after the reducer has it open: an answer that comes back at
        // once (no geolocation at all) must find it open, or it would be dropped.
        let locate = action == Action::Locator(LocatorAction::Locate);
        dispatcher.dispatch(action);
        if locate {
            let (found, failed) = (dispatcher.clone(), dispatcher.clone());
            crate::geolocation::locate(
                Callback::from(move |at| found.dispatch(Action::Locator(LocatorAction::Located(at)))),
                Callback::from(move |status| failed.dispatch(Action::Locator(LocatorAction::LocateFailed(status)))),
            );
        }
    })
}
