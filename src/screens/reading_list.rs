use yew::prelude::*;

use crate::components::{BackToStart, UrgentLine};
use crate::hooks::use_l10n;
use crate::state::{Action, Screen};

/// A titled group of points inside a reading screen.
#[derive(PartialEq, Clone, Copy)]
pub struct Section {
    pub heading: &'static str,
    pub points: &'static [&'static str],
}

#[derive(Properties, PartialEq, Clone)]
pub struct ReadingListProps {
    pub testid: &'static str,
    pub heading: &'static str,
    pub intro: &'static str,
    pub sections: &'static [Section],
    pub on_action: Callback<Action>,
}

/// A screen of advice to read, not to fill in: nothing on it can be ticked or saved,
/// because a half-filled safety plan on a shared phone is itself a risk.
#[component]
pub fn ReadingList(props: &ReadingListProps) -> Html {
    let l10n = use_l10n();
    html! {
        <div class="ruta-reading" data-testid={props.testid}>
            <h3 class="ruta__heading" tabindex="-1">{ l10n.text(props.heading) }</h3>
            <UrgentLine />
            <p>{ l10n.text(props.intro) }</p>
            for section in props.sections.iter() {
                <h4 class="ruta__subheading">{ l10n.text(section.heading) }</h4>
                <ul>
                    for key in section.points.iter() { <li>{ l10n.text(key) }</li> }
                </ul>
            }
            <BackToStart on_back={props.on_action.reform(|()| Action::Go(Screen::Home))} />
        </div>
    }
}

/// The safety plan: documents, a bag, a code word, safe places, children, emergencies.
pub const SAFETY_PLAN: &[Section] = &[
    Section { heading: "plan-documents-heading", points: &["plan-documents-keep", "plan-documents-copies"] },
    Section { heading: "plan-bag-heading", points: &["plan-bag-ready", "plan-bag-where", "plan-bag-leaving"] },
    Section { heading: "plan-code-heading", points: &["plan-code-word", "plan-code-numbers"] },
    Section { heading: "plan-places-heading", points: &["plan-places-where", "plan-places-route"] },
    Section { heading: "plan-children-heading", points: &["plan-children-teach", "plan-children-school"] },
    Section {
        heading: "plan-emergency-heading",
        points: &["plan-emergency-call", "plan-emergency-rooms", "plan-emergency-trust"],
    },
];

/// What the widget does and cannot do for privacy, and safer habits.
pub const SAFER_BROWSING: &[Section] = &[
    Section { heading: "browsing-does-heading", points: &["browsing-does-nothing-saved", "browsing-does-no-way-back"] },
    Section { heading: "browsing-cannot-heading", points: &["browsing-cannot-history", "browsing-cannot-spyware"] },
    Section {
        heading: "browsing-advice-heading",
        points: &[
            "browsing-advice-private",
            "browsing-advice-device",
            "browsing-advice-delete",
            "browsing-advice-calls",
        ],
    },
];

/// How a volunteer accompanies someone by phone.
pub const HELPER_GUIDE: &[Section] = &[
    Section {
        heading: "guide-steps-heading",
        points: &[
            "guide-listen",
            "guide-safety-first",
            "guide-self-assessment",
            "guide-services",
            "guide-rights",
            "guide-next-contact",
        ],
    },
    Section {
        heading: "guide-never-heading",
        points: &["guide-never-confront", "guide-never-push", "guide-never-share"],
    },
];
