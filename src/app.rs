//! The root component: owns the only state, provides the localizer, picks the screen.

use ruta_core::config::EmbedConfig;
use web_sys::HtmlElement;
use yew::prelude::*;

use crate::components::{
    AboutData, Assessment, Helplines, Home, LanguagePicker, Locator, QuickExit, ReadingList, Rights, SafetyNote,
    WidgetFooter, HELPER_GUIDE, SAFER_BROWSING, SAFETY_PLAN,
};
use crate::exit;
use crate::hooks::{use_exit_shortcut, use_wipe_on_leave, DirectoryState};
use crate::l10n::L10n;
use crate::state::{Action, AppState, Screen, Store};

#[derive(Properties, PartialEq, Clone)]
pub struct AppProps {
    /// The validated embed configuration.
    pub config: EmbedConfig,
    /// The negotiated locale.
    pub lang: &'static str,
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let store = use_reducer(|| Store(AppState::new(props.lang)));
    let state = &store.0;
    let l10n = use_memo(state.lang, |lang| L10n::new(lang));

    // The service directory is fetched the first time a screen needs it, and again if
    // an earlier try failed; never at start-up.
    let directory = use_state(DirectoryState::default);
    // Counts wipes, so an answer that arrives after one (the directory, late) is dropped.
    let wipes = use_mut_ref(|| 0u32);
    let wipe = {
        let (dispatcher, directory, wipes) = (store.dispatcher(), directory.setter(), wipes.clone());
        use_callback((), move |(), _| {
            *wipes.borrow_mut() += 1;
            directory.set(DirectoryState::NotLoaded);
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

    {
        let directory = directory.clone();
        use_effect_with(state.screen, move |screen| {
            // The assessment's result names the nearest CEM and comisaría too.
            let needed = matches!(screen, Screen::Locator | Screen::AboutData | Screen::Assessment);
            if needed && matches!(*directory, DirectoryState::NotLoaded | DirectoryState::Failed) {
                directory.set(DirectoryState::Loading);
                let asked_at = *wipes.borrow();
                wasm_bindgen_futures::spawn_local(async move {
                    let loaded = crate::directory_loader::load().await;
                    if *wipes.borrow() == asked_at {
                        directory.set(loaded.map_or(DirectoryState::Failed, DirectoryState::Ready));
                    }
                });
            }
        });
    }

    let go = send(&store, Action::Go);
    let on_change_lang = send(&store, Action::ChangeLang);

    // Moving to another screen moves focus to its heading, so keyboard and screen-reader
    // users land on the new content. Never on the first render: the widget must not
    // pull focus away from the host page when it loads.
    let screen_ref = use_node_ref();
    let first_render = use_mut_ref(|| true);
    {
        let screen_ref = screen_ref.clone();
        use_effect_with((state.screen, state.assessment.step), move |_| {
            if std::mem::take(&mut *first_render.borrow_mut()) {
                return;
            }
            let heading = screen_ref
                .cast::<HtmlElement>()
                .and_then(|screen| {
                    let autofocus = screen.query_selector("[data-autofocus]").ok().flatten();
                    autofocus.or_else(|| screen.query_selector("h3").ok().flatten())
                })
                .and_then(|h| wasm_bindgen::JsCast::dyn_into::<HtmlElement>(h).ok());
            if let Some(heading) = heading {
                let _ = heading.focus();
            }
        });
    }

    let screen = match state.screen {
        Screen::Assessment => {
            html! {
                <Assessment
                    flow={state.assessment.clone()}
                    on_set_who={send(&store, Action::SetWho)}
                    on_start={send(&store, |()| Action::StartQuestions)}
                    on_answer={send(&store, Action::AnswerQuestion)}
                    on_back={send(&store, |()| Action::StepBack)}
                    on_continue={send(&store, |()| Action::ContinueQuestions)}
                    on_show_result={send(&store, |()| Action::ShowResult)}
                    on_clear={send(&store, |()| Action::ClearAnswers)}
                    near={state.assessment.nearest_from(state.locator.origin, props.config.ubigeo)}
                    on_pick_her={send(&store, Action::PickHer)}
                    on_copy={Callback::from(|text: String| crate::clipboard::copy(&text))}
                    on_go={go.clone()}
                />
            }
        }
        Screen::Locator => {
            let on_locate = {
                let dispatcher = store.dispatcher();
                Callback::from(move |()| {
                    dispatcher.dispatch(Action::LocateStarted);
                    let (found, failed) = (dispatcher.clone(), dispatcher.clone());
                    crate::geolocation::locate(
                        Callback::from(move |at| found.dispatch(Action::Located(at))),
                        Callback::from(move |status| failed.dispatch(Action::LocateFailed(status))),
                    );
                })
            };
            html! {
                <Locator
                    state={state.locator.clone()}
                    default_district={props.config.ubigeo}
                    contacts={props.config.contacts.clone()}
                    {on_locate}
                    on_choose={send(&store, Action::ChooseDistrict)}
                    on_department={send(&store, Action::PickDepartment)}
                    on_province={send(&store, Action::PickProvince)}
                    on_search={send(&store, Action::SearchDistricts)}
                    on_go={go.clone()}
                />
            }
        }
        Screen::Helplines => html! { <Helplines on_go={go.clone()} contacts={props.config.contacts.clone()} /> },
        other => screen_view(other, &go),
    };

    html! {
        <ContextProvider<L10n> context={(*l10n).clone()}>
        <ContextProvider<DirectoryState> context={*directory}>
            <section class="ruta" lang={l10n.lang()} aria-labelledby="ruta-title" data-testid="ruta-widget" ref={content_ref}>
                <QuickExit
                    exit_url={props.config.exit_url.clone()}
                    on_exit={on_exit}
                    presses={shortcut.presses}
                    announcement={shortcut.announcement}
                />
                <header class="ruta__header">
                    <h2 id="ruta-title" class="ruta__title">{ l10n.t("shell-title") }</h2>
                    <LanguagePicker current={state.lang} on_change={on_change_lang} offered={ruta_core::l10n::offered_ids(props.config.drafts)} />
                </header>
                <div class="ruta__screen" ref={screen_ref} data-testid="ruta-screen">
                    { screen }
                </div>
                <WidgetFooter municipality={props.config.municipality.clone()} />
            </section>
        </ContextProvider<DirectoryState>>
        </ContextProvider<L10n>>
    }
}

/// A callback that turns what a child reports into an action for the root reducer, so
/// children never hold the reducer itself.
fn send<T: 'static>(store: &UseReducerHandle<Store>, to_action: impl Fn(T) -> Action + 'static) -> Callback<T> {
    let dispatcher = store.dispatcher();
    Callback::from(move |value| dispatcher.dispatch(to_action(value)))
}

/// The view of one screen; shared with the fixtures so tests draw exactly what users see.
pub fn screen_view(screen: Screen, go: &Callback<Screen>) -> Html {
    let on_go = go.clone();
    match screen {
        Screen::SafetyNote => html! { <SafetyNote on_continue={go.reform(|()| Screen::Home)} /> },
        Screen::Home => html! { <Home {on_go} /> },
        Screen::Rights => html! { <Rights {on_go} /> },
        Screen::Helplines => html! { <Helplines {on_go} /> },
        Screen::SafetyPlan => html! {
            <ReadingList testid="screen-safety-plan" heading="plan-heading" intro="plan-intro" sections={SAFETY_PLAN} {on_go} />
        },
        Screen::SaferBrowsing => html! {
            <ReadingList testid="screen-safer-browsing" heading="browsing-heading" intro="browsing-intro" sections={SAFER_BROWSING} {on_go} />
        },
        Screen::HelperGuide => html! {
            <ReadingList testid="screen-helper-guide" heading="guide-heading" intro="guide-intro" sections={HELPER_GUIDE} {on_go} />
        },
        Screen::AboutData => html! { <AboutData {on_go} /> },
        // Drawn by App itself, which owns the locator's callbacks; fixtures use this start.
        Screen::Locator => html! {
            <Locator state={ruta_core::state::Locator::default()}
                on_locate={Callback::noop()} on_choose={Callback::noop()} on_department={Callback::noop()}
                on_province={Callback::noop()} on_search={Callback::noop()} {on_go} />
        },
        // Drawn by App itself, which owns the assessment's callbacks; fixtures use this start.
        Screen::Assessment => html! {
            <Assessment
                flow={ruta_core::state::Assessment::default()}
                on_set_who={Callback::noop()} on_start={Callback::noop()} on_answer={Callback::noop()}
                on_back={Callback::noop()} on_clear={Callback::noop()} on_copy={Callback::noop()} {on_go}
            />
        },
    }
}
