use gloo_events::EventListener;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;
use yew::prelude::*;

/// Wipes the widget whenever the page is left, whatever the way: a link on the host page,
/// the browser's Back button, closing the tab. Quick exit is only one of them.
///
/// Browsers keep a left page whole in the back-forward cache, answers and all, and Back
/// or Forward (or the swipe preview on a phone) would show it again. So on `pagehide`
/// the widget's content is hidden at once, in the event itself, and `on_wipe` forgets
/// everything; the re-render on the first screen runs in the same task's microtasks,
/// before the page is frozen. On `pageshow` from that cache it wipes again, as a second
/// guard, and shows the (now first) screen.
///
/// # Example
/// ```no_run
/// use yew::prelude::*;
/// use ruta::hooks::use_wipe_on_leave;
///
/// #[component]
/// fn Shell() -> Html {
///     let content = use_node_ref();
///     use_wipe_on_leave(Callback::from(|()| { /* forget everything */ }), content.clone());
///     html! { <section ref={content}>{ "…" }</section> }
/// }
/// ```
#[hook]
pub fn use_wipe_on_leave(on_wipe: Callback<()>, content: NodeRef) {
    // The latest callback, so the listeners added once always call the current one.
    let latest = use_mut_ref(|| on_wipe.clone());
    *latest.borrow_mut() = on_wipe;
    use_effect_with((), move |_| {
        let window = gloo_utils::window();
        let set_hidden = {
            let content = content.clone();
            move |hidden: bool| {
                let Some(element) = content.cast::<HtmlElement>() else { return };
                let style = element.style();
                let _ = if hidden {
                    style.set_property_with_priority("visibility", "hidden", "important")
                } else {
                    style.remove_property("visibility").map(drop)
                };
            }
        };
        let pagehide = {
            let (latest, set_hidden) = (latest.clone(), set_hidden.clone());
            EventListener::new(&window, "pagehide", move |_| {
                set_hidden(true);
                latest.borrow().emit(());
            })
        };
        let pageshow = EventListener::new(&window, "pageshow", move |event| {
            let persisted =
                event.dyn_ref::<web_sys::PageTransitionEvent>().is_some_and(web_sys::PageTransitionEvent::persisted);
            if persisted {
                latest.borrow().emit(());
            }
            set_hidden(false);
        });
        move || {
            drop(pagehide);
            drop(pageshow);
        }
    });
}
