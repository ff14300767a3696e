use yew::prelude::*;

use crate::components::{BackToStart, UrgentLine};
use crate::hooks::use_l10n;
use crate::state::{Action, Screen};

/// One expandable topic: its title, what it says, the law it rests on, and where to
/// go next. Every topic cites its source: a legal fact without its law is not shown.
struct Topic {
    title: &'static str,
    paragraphs: &'static [&'static str],
    items: &'static [&'static str],
    /// Paragraphs after the list, so that an intro ending in a colon leads into the list.
    after: &'static [&'static str],
    cite: &'static str,
    next: Option<(Screen, &'static str)>,
}

const TOPICS: &[Topic] = &[
    Topic {
        title: "rights-types-title",
        paragraphs: &["rights-types-intro"],
        items: &["rights-types-physical", "rights-types-psychological", "rights-types-sexual", "rights-types-economic"],
        after: &[],
        cite: "rights-types-cite",
        next: None,
    },
    Topic {
        title: "rights-who-title",
        paragraphs: &["rights-who-anyone", "rights-who-free", "rights-who-id"],
        items: &[],
        after: &[],
        cite: "rights-who-cite",
        next: None,
    },
    Topic {
        title: "rights-where-title",
        paragraphs: &["rights-where-intro"],
        items: &["rights-where-police", "rights-where-prosecutor", "rights-where-court"],
        after: &["rights-where-must", "rights-where-cem"],
        cite: "rights-where-cite",
        next: Some((Screen::Locator, "rights-link-locator")),
    },
    Topic {
        title: "rights-next-title",
        paragraphs: &["rights-next-court", "rights-next-measures", "rights-next-no-confront"],
        items: &[],
        after: &[],
        cite: "rights-next-cite",
        next: None,
    },
    Topic {
        title: "rights-measures-title",
        paragraphs: &["rights-measures-intro"],
        items: &[
            "rights-measures-leave-home",
            "rights-measures-keep-away",
            "rights-measures-no-contact",
            "rights-measures-weapons",
            "rights-measures-inventory",
            "rights-measures-allowance",
            "rights-measures-shelter",
        ],
        after: &[],
        cite: "rights-measures-cite",
        next: None,
    },
    Topic {
        title: "rights-breach-title",
        paragraphs: &["rights-breach-crime", "rights-breach-report"],
        items: &[],
        after: &[],
        cite: "rights-breach-cite",
        next: Some((Screen::Helplines, "rights-link-helplines")),
    },
    Topic {
        title: "rights-medical-title",
        paragraphs: &["rights-medical-free"],
        items: &[],
        after: &[],
        cite: "rights-medical-cite",
        next: None,
    },
    Topic {
        title: "rights-work-title",
        paragraphs: &["rights-work-intro"],
        items: &["rights-work-no-dismissal", "rights-work-change", "rights-work-absences", "rights-work-suspension"],
        after: &[],
        cite: "rights-work-cite",
        next: None,
    },
    Topic {
        title: "rights-shelters-title",
        paragraphs: &["rights-shelters-what", "rights-shelters-how"],
        items: &[],
        after: &[],
        cite: "rights-shelters-cite",
        next: Some((Screen::Helplines, "rights-link-helplines")),
    },
];

#[derive(Properties, PartialEq, Clone)]
pub struct RightsProps {
    pub on_action: Callback<Action>,
}

/// The victim's rights under Law 30364 as amended by Law 31715, in short topics that
/// open one at a time. Native `<details>` keeps them keyboard- and screen-reader-friendly
/// with no script.
#[component]
pub fn Rights(props: &RightsProps) -> Html {
    let l10n = use_l10n();
    let topic = |topic: &Topic| {
        html! {
            <details class="ruta-topic">
                <summary class="ruta-topic__title">{ l10n.text(topic.title) }</summary>
                for key in topic.paragraphs.iter() { <p>{ l10n.text(key) }</p> }
                if !topic.items.is_empty() {
                    <ul>for key in topic.items.iter() { <li>{ l10n.text(key) }</li> }</ul>
                }
                for key in topic.after.iter() { <p>{ l10n.text(key) }</p> }
                <p class="ruta-topic__cite" data-testid="topic-cite">{ l10n.text(topic.cite) }</p>
                if let Some((screen, label)) = topic.next {
                    <button type="button" class="ruta-link-button" onclick={props.on_action.reform(move |_| Action::Go(screen))}>
                        { l10n.text(label) }
                    </button>
                }
            </details>
        }
    };
    html! {
        <div class="ruta-rights" data-testid="screen-rights">
            <h3 class="ruta__heading" tabindex="-1">{ l10n.text("rights-heading") }</h3>
            <UrgentLine />
            <p class="ruta-rights__as-of" data-testid="rights-as-of">{ l10n.text("rights-as-of") }</p>
            <p>{ l10n.text("rights-law") }</p>
            { for TOPICS.iter().map(topic) }
            <BackToStart on_back={props.on_action.reform(|()| Action::Go(Screen::Home))} />
        </div>
    }
}
