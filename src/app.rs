//! The root component: owns the only state, provides the localizer, picks the screen.

use ruta_core::config::EmbedConfig;
use ruta_core::l10n::Locale;
use yew::prelude::*;

use crate::components::{providers, LanguagePicker, QuickExit, WidgetFooter};
use crate::exit;
use crate::hooks::{use_actions, use_directory_loader, use_exit_shortcut, use_focus_on_change, use_wipe_on_leave};
use crate::l10n::L10n;
use crate::screens::{
    AboutData, Assessment, Helplines, Home, Locator, ReadingList, Rights, SafetyNote, HELPER_GUIDE, SAFER_BROWSING,
    SAFETY_PLAN,
};
use crate::state::{Action, AppState, Screen, Store};

#[derive(Properties, PartialEq, Clone)]
pub struct AppProps {
    /// The validated embed configuration.
    pub config: EmbedConfig,
    /// The negotiated locale.
    pub lang: Locale,
    /// Whether the screen and footer are drawn; `false` draws only the quick exit and
    /// header. The loader's start draws the widget in these two steps, each a task of its
    /// own (`crate::mount`).
    #[prop_or(true)]
    pub drawn: bool,
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let store = use_reducer(|| Store(AppState::new(props.lang)));
    let l10n = use_memo(store.lang, |lang| L10n::new(*lang));
    let directory = use_directory_loader(store.screen);
    let on_action = use_actions(&store);

    let wipe = {
        let (dispatcher, forget_directory) = (store.dispatcher(), directory.forget.clone());
        use_callback((), move |(), _| {
            forget_directory.emit(());
            dispatcher.dispatch(Action::Wipe);
        })
    };
    let on_exit = {
        let wipe = wipe.clone();
        use_callback((props.config.exit_url.clone(), (*l10n).clone()), move |(), (url, l10n)| {
            let wipe = wipe.clone();
            exit::leave(url, &l10n.t("exit-overlay-text"), move || wipe.emit(()));
        })
    };
    let shortcut = use_exit_shortcut(on_exit.clone());
    let content_ref = use_node_ref();
    use_wipe_on_leave(wipe, content_ref.clone());
    let screen_ref = use_focus_on_change((store.screen, store.assessment.step));

    let widget = html! {
        <section class="ruta" lang={l10n.lang().id()} aria-labelledby="ruta-title" data-testid="ruta-widget" ref={content_ref}>
            <QuickExit
                exit_url={props.config.exit_url.clone()}
                on_exit={on_exit}
                presses={shortcut.presses}
                announcement={shortcut.announcement}
            />
            <header class="ruta__header">
                <h2 id="ruta-title" class="ruta__title">{ l10n.t("shell-title") }</h2>
                <LanguagePicker current={store.lang} on_change={on_action.reform(Action::ChangeLang)}
                    offered={ruta_core::l10n::offered(props.config.drafts)} status={store.language_load} />
            </header>
            if props.drawn {
                <div class="ruta__screen" ref={screen_ref} data-testid="ruta-screen">
                    { screen_view(&store, &props.config, &on_action) }
                </div>
                <WidgetFooter municipality={props.config.municipality.clone()} />
            }
        </section>
    };
    providers(&l10n, directory.state, widget)
}

/// The view of the screen `state` is on; shared with the fixtures so tests draw exactly
/// what users see.
pub fn screen_view(state: &AppState, config: &EmbedConfig, on_action: &Callback<Action>) -> Html {
    let on_action = on_action.clone();
    match state.screen {
        Screen::SafetyNote => html! { <SafetyNote {on_action} /> },
        Screen::Home => html! { <Home {on_action} /> },
        Screen::Rights => html! { <Rights {on_action} /> },
        Screen::Helplines => html! { <Helplines {on_action} contacts={config.contacts.clone()} /> },
        Screen::SafetyPlan => html! {
            <ReadingList testid="screen-safety-plan" heading="plan-heading" intro="plan-intro" sections={SAFETY_PLAN} {on_action} />
        },
        Screen::SaferBrowsing => html! {
            <ReadingList testid="screen-safer-browsing" heading="browsing-heading" intro="browsing-intro" sections={SAFER_BROWSING} {on_action} />
        },
        Screen::HelperGuide => html! {
            <ReadingList testid="screen-helper-guide" heading="guide-heading" intro="guide-intro" sections={HELPER_GUIDE} {on_action} />
        },
        Screen::AboutData => html! { <AboutData {on_action} /> },
        Screen::Locator => html! {
            <Locator state={state.locator.clone()} default_district={config.ubigeo}
                contacts={config.contacts.clone()} {on_action} />
        },
        Screen::Assessment => html! {
            <Assessment state={state.assessment.clone()}
                near={state.assessment.nearest_from(&state.locator, config.ubigeo)} {on_action} />
        },
    }
}
