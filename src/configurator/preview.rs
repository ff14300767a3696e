//! The live preview: the real widget, mounted as `src/mount.rs` mounts it (a shadow root
//! with the widget's stylesheet), with the configuration the webmaster is typing.

use ruta_core::config::EmbedConfig;
use ruta_core::l10n;
use web_sys::{Element, ShadowRootInit, ShadowRootMode};
use yew::prelude::*;
use yew::AppHandle;

use crate::app::{App, AppProps};

#[derive(Properties, PartialEq, Clone)]
pub struct PreviewProps {
    /// What the widget would read from the snippet.
    pub config: EmbedConfig,
}

/// A fresh widget for every configuration: the old one is destroyed with everything it
/// held, so nothing of one preview survives into the next, or past leaving the page.
#[component]
pub fn Preview(props: &PreviewProps) -> Html {
    let frame = use_node_ref();
    {
        let frame = frame.clone();
        use_effect_with(props.config.clone(), move |config| {
            let mounted = mount(&frame, config.clone());
            move || {
                if let Some((host, app)) = mounted {
                    app.destroy();
                    host.remove();
                }
            }
        });
    }
    html! { <div class="config-preview" data-testid="config-preview" ref={frame}></div> }
}

fn mount(frame: &NodeRef, config: EmbedConfig) -> Option<(Element, AppHandle<App>)> {
    let frame = frame.cast::<Element>()?;
    let document = gloo_utils::document();
    // A new host each time: a shadow root cannot be detached from its element.
    let host = document.create_element("div").ok()?;
    frame.append_child(&host).ok()?;
    let shadow = host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open)).ok()?;
    crate::mount::adopt_styles(&document, &shadow, crate::styles::WIDGET_CSS);
    let root = document.create_element("div").ok()?;
    shadow.append_child(&root).ok()?;
    let browser: Vec<String> =
        gloo_utils::window().navigator().languages().iter().filter_map(|l| l.as_string()).collect();
    // The language the widget would show, chosen as `src/mount.rs` chooses it.
    let lang = l10n::negotiate_among(config.lang.map(l10n::Locale::id), &browser, &l10n::offered(config.drafts));
    let app = yew::Renderer::<App>::with_root_and_props(root, AppProps { config, lang, drawn: true }).render();
    Some((host, app))
}
