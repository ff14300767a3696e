//! Named example props for every component, in the GOV.UK Frontend way: the same
//! examples drive the native render tests (`tests/render.rs`).

use ruta_core::helplines::{LINEA_100, POLICE_105};
use yew::prelude::*;

use crate::app::screen_view;
use crate::components::*;
use crate::state::Screen;
use crate::hooks::ShortcutAnnouncement;
use crate::l10n::L10n;

/// One named example of one component.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Example {
    QuickExitIdle,
    QuickExitOnePress,
    QuickExitTwoPresses,
    QuickExitExpired,
    LanguagePicker,
    HelplineUrgent,
    HelplineLinea100,
    SafetyNote,
    Home,
    FooterWithMunicipality,
    FooterWithoutMunicipality,
    /// Each screen as the App draws it.
    Screen(Screen),
}

impl Example {
    pub const ALL: [Example; 18] = [
        Example::QuickExitIdle,
        Example::QuickExitOnePress,
        Example::QuickExitTwoPresses,
        Example::QuickExitExpired,
        Example::LanguagePicker,
        Example::HelplineUrgent,
        Example::HelplineLinea100,
        Example::SafetyNote,
        Example::Home,
        Example::FooterWithMunicipality,
        Example::FooterWithoutMunicipality,
        Example::Screen(Screen::ALL[0]),
        Example::Screen(Screen::ALL[1]),
        Example::Screen(Screen::ALL[2]),
        Example::Screen(Screen::ALL[3]),
        Example::Screen(Screen::ALL[4]),
        Example::Screen(Screen::ALL[5]),
        Example::Screen(Screen::ALL[6]),
    ];
}

/// The exit URL used by every example.
pub const EXAMPLE_EXIT_URL: &str = "https://clima.example.org/";
/// The municipality used by the footer example.
pub const EXAMPLE_MUNICIPALITY: &str = "Municipalidad Distrital de Villa Esperanza";

#[derive(Properties, PartialEq, Clone)]
pub struct PreviewProps {
    pub lang: &'static str,
    pub example: Example,
}

/// Renders one example inside the localizer context, as the App would.
#[component]
pub fn Preview(props: &PreviewProps) -> Html {
    let l10n = use_memo(props.lang, |lang| L10n::new(lang));
    let quick_exit = |presses: u8, announcement: ShortcutAnnouncement| {
        html! {
            <QuickExit exit_url={EXAMPLE_EXIT_URL} on_exit={Callback::noop()} {presses} {announcement} />
        }
    };
    let body = match props.example {
        Example::QuickExitIdle => quick_exit(0, ShortcutAnnouncement::Silent),
        Example::QuickExitOnePress => quick_exit(1, ShortcutAnnouncement::Remaining(2)),
        Example::QuickExitTwoPresses => quick_exit(2, ShortcutAnnouncement::Remaining(1)),
        Example::QuickExitExpired => quick_exit(0, ShortcutAnnouncement::Expired),
        Example::LanguagePicker => html! { <LanguagePicker current={props.lang} on_change={Callback::noop()} /> },
        Example::HelplineUrgent => html! { <ul><HelplineCard helpline={POLICE_105} urgent=true /></ul> },
        Example::HelplineLinea100 => html! { <ul><HelplineCard helpline={LINEA_100} /></ul> },
        Example::SafetyNote => html! { <SafetyNote on_continue={Callback::noop()} /> },
        Example::Home => html! { <Home on_go={Callback::noop()} /> },
        Example::Screen(screen) => screen_view(screen, &Callback::noop()),
        Example::FooterWithMunicipality => {
            html! { <WidgetFooter municipality={Some(EXAMPLE_MUNICIPALITY.to_owned())} /> }
        }
        Example::FooterWithoutMunicipality => html! { <WidgetFooter /> },
    };
    html! {
        <ContextProvider<L10n> context={(*l10n).clone()}>
            <div class="ruta" lang={l10n.lang()}>{ body }</div>
        </ContextProvider<L10n>>
    }
}
