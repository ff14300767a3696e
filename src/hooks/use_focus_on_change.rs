use wasm_bindgen::JsCast;
use web_sys::HtmlElement;
use yew::prelude::*;

/// Moves focus into the element behind the returned ref whenever `deps` change: to its
/// `[data-autofocus]` element, else its first `h3`. Keyboard and screen-reader users then
/// land on the new content. Never on the first render: the widget must not pull focus
/// away from the host page when it loads.
///
/// # Example
/// ```no_run
/// use yew::prelude::*;
/// use ruta::hooks::use_focus_on_change;
///
/// #[component]
/// fn Steps(props: &StepsProps) -> Html {
///     let content = use_focus_on_change(props.step);
///     html! { <div ref={content}><h3 tabindex="-1">{ props.step }</h3></div> }
/// }
/// # #[derive(Properties, PartialEq)] struct StepsProps { step: u32 }
/// ```
#[hook]
pub fn use_focus_on_change<D: PartialEq + 'static>(deps: D) -> NodeRef {
    let content = use_node_ref();
    let first_render = use_mut_ref(|| true);
    {
        let content = content.clone();
        use_effect_with(deps, move |_| {
            if std::mem::take(&mut *first_render.borrow_mut()) {
                return;
            }
            let target = content
                .cast::<HtmlElement>()
                .and_then(|screen| {
                    let autofocus = screen.query_selector("[data-autofocus]").ok().flatten();
                    autofocus.or_else(|| screen.query_selector("h3").ok().flatten())
                })
                .and_then(|element| element.dyn_into::<HtmlElement>().ok());
            if let Some(target) = target {
                let _ = target.focus();
            }
        });
    }
    content
}
