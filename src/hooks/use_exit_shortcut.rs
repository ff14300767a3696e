use std::cell::RefCell;
use std::rc::Rc;

use gloo_events::{EventListener, EventListenerOptions, EventListenerPhase};
use gloo_timers::callback::Timeout;
use ruta_core::exit_shortcut::{ExitShortcut, KeyUp, ShortcutOutcome};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::exit;

/// What the live region should say about the shortcut.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ShortcutAnnouncement {
    #[default]
    Silent,
    /// A press was counted; this many are still needed.
    Remaining(u8),
    /// The window ran out before the last press.
    Expired,
}

/// The shortcut's visible state: how many lights are on and what to announce.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct UseExitShortcutHandle {
    pub presses: u8,
    pub announcement: ShortcutAnnouncement,
}

/// Listens for Shift pressed three times on the *host* document and calls `on_exit`.
///
/// The listener sits on the host page's document, in the capture phase, so the
/// shortcut works wherever focus is, even inside the host's own forms. It is added once
/// per mounted widget and removed, with its timer, when the widget unmounts.
///
/// # Example
/// ```no_run
/// use yew::prelude::*;
/// use ruta::hooks::use_exit_shortcut;
///
/// #[component]
/// fn Shell() -> Html {
///     let on_exit = Callback::from(|()| { /* hide, wipe, leave */ });
///     let shortcut = use_exit_shortcut(on_exit);
///     html! { <span>{ shortcut.presses }</span> }
/// }
/// ```
#[hook]
pub fn use_exit_shortcut(on_exit: Callback<()>) -> UseExitShortcutHandle {
    let view = use_state(UseExitShortcutHandle::default);
    // The latest callback, so the listener added once always calls the current one.
    let on_exit_ref = use_mut_ref(|| on_exit.clone());
    *on_exit_ref.borrow_mut() = on_exit;

    {
        let view = view.setter();
        use_effect_with((), move |_| {
            let machine = Rc::new(RefCell::new(ExitShortcut::new()));
            let timer: Rc<RefCell<Option<Timeout>>> = Rc::default();
            let document = gloo_utils::document();

            let keyup = {
                let (machine, timer, view) = (machine.clone(), timer.clone(), view.clone());
                EventListener::new_with_options(
                    &document,
                    "keyup",
                    EventListenerOptions { phase: EventListenerPhase::Capture, passive: true },
                    move |event| {
                        let Some(event) = event.dyn_ref::<web_sys::KeyboardEvent>() else { return };
                        let key = if event.key() == "Shift" {
                            KeyUp::Shift
                        } else {
                            KeyUp::Other { shift_held: event.shift_key() }
                        };
                        let outcome = machine.borrow_mut().key_up(key, exit::now_ms());
                        match outcome {
                            ShortcutOutcome::Exit => {
                                timer.borrow_mut().take();
                                on_exit_ref.borrow().emit(());
                            }
                            ShortcutOutcome::Counted { remaining } => {
                                view.set(UseExitShortcutHandle {
                                    presses: machine.borrow().presses(),
                                    announcement: ShortcutAnnouncement::Remaining(remaining),
                                });
                                schedule_expiry(&machine, &timer, &view);
                            }
                            ShortcutOutcome::Cancelled => {
                                timer.borrow_mut().take();
                                view.set(UseExitShortcutHandle::default());
                            }
                            ShortcutOutcome::Expired => view
                                .set(UseExitShortcutHandle { presses: 0, announcement: ShortcutAnnouncement::Expired }),
                            ShortcutOutcome::Nothing => {}
                        }
                    },
                )
            };

            // A page restored from the back-forward cache must come back with no
            // half-counted shortcut (the loader takes away its exit overlay).
            let pageshow = {
                let (machine, timer, view) = (machine.clone(), timer.clone(), view.clone());
                EventListener::new(&gloo_utils::window(), "pageshow", move |event| {
                    let persisted = event
                        .dyn_ref::<web_sys::PageTransitionEvent>()
                        .is_some_and(web_sys::PageTransitionEvent::persisted);
                    if persisted {
                        machine.borrow_mut().reset();
                        timer.borrow_mut().take();
                        view.set(UseExitShortcutHandle::default());
                    }
                })
            };

            move || {
                drop(keyup);
                drop(pageshow);
                timer.borrow_mut().take();
            }
        });
    }

    *view
}

/// Arms one timer for the end of the current window; a new press replaces it.
fn schedule_expiry(
    machine: &Rc<RefCell<ExitShortcut>>,
    timer: &Rc<RefCell<Option<Timeout>>>,
    view: &UseStateSetter<UseExitShortcutHandle>,
) {
    let Some(deadline) = machine.borrow().deadline_ms() else { return };
    // A little margin: a timer that fires a fraction early would find the window still open.
    let wait_ms = (deadline - exit::now_ms()).max(0.0).ceil() as u32 + EXPIRY_MARGIN_MS;
    let (machine, view) = (machine.clone(), view.clone());
    let timeout = Timeout::new(wait_ms, move || {
        if machine.borrow_mut().expire_if_due(exit::now_ms()) == ShortcutOutcome::Expired {
            view.set(UseExitShortcutHandle { presses: 0, announcement: ShortcutAnnouncement::Expired });
        }
    });
    // Dropping the previous Timeout cancels it.
    *timer.borrow_mut() = Some(timeout);
}

const EXPIRY_MARGIN_MS: u32 = 5;
