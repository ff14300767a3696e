//! Named example props for every component, in the GOV.UK Frontend way: the same
//! examples drive the native render tests (`tests/render.rs`).

use ruta_core::helplines::{LINEA_100, POLICE_105};
use yew::prelude::*;

use crate::app::screen_view;
use crate::components::*;
use crate::screens::*;
use crate::state::Screen;
use ruta_core::assessment::{Answer, Answers, Part, QUESTIONS};
use ruta_core::config::EmbedConfig;
use ruta_core::config::Ubigeo;
use ruta_core::contacts::LocalContact;
use ruta_core::l10n::Locale;
use ruta_core::locator::{GeoStatus, Origin};
use ruta_core::state::{
    Action, AppState, AssessmentState, DistrictChoice, HerPlace, LanguageLoad, LocatorState, Step, Who,
};

fn locator(state: LocatorState, default_district: Option<Ubigeo>, contacts: Vec<LocalContact>) -> Html {
    html! { <Locator {state} {default_district} {contacts} on_action={Callback::noop()} /> }
}

fn assessment(state: AssessmentState, near: Option<Origin>) -> Html {
    html! { <Assessment {state} {near} on_action={Callback::noop()} /> }
}
use crate::hooks::{DirectoryState, ShortcutAnnouncement};
use crate::l10n::L10n;

/// One named example of one component.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Example {
    QuickExitIdle,
    QuickExitOnePress,
    QuickExitTwoPresses,
    QuickExitExpired,
    LanguagePicker,
    /// The picker after another language's messages could not be downloaded.
    LanguagePickerFailed,
    HelplineUrgent,
    HelplineLinea100,
    SafetyNote,
    Home,
    FooterWithMunicipality,
    FooterWithoutMunicipality,
    /// Each screen as the App draws it.
    Screen(Screen),
    /// The first danger question, for oneself or in helper mode.
    AssessQuestion(Who),
    /// A result after these answers, for oneself or in helper mode.
    AssessResult(CannedAnswers, Who),
    /// The locator showing results for a district (its ubigeo), with a local contact.
    LocatorNear(&'static str),
    /// A high result for someone in La Victoria: it names the nearest CEM and comisaría.
    AssessResultNear,
    /// The result after a "yes" to `QUESTIONS[i]` alone, every other question "no".
    /// Not in [`Example::all`]: the tests walk every question themselves.
    AssessResultOneYes(usize, Who),
    /// The urgent panel right after "yes, threatened to kill", for oneself or in helper mode.
    AssessUrgent(Who),
    /// The urgent panel for someone in La Victoria: with the nearest CEM and comisaría.
    AssessUrgentNear,
    /// The locator after "use my location" failed this way.
    LocatorGeo(GeoStatus),
}

impl Example {
    /// Examples that show places from the directory: their phones and addresses come from
    /// the validated data (docs/DATA.md), not from the content.
    pub fn shows_directory_data(self) -> bool {
        matches!(self, Example::LocatorNear(_) | Example::AssessResultNear | Example::AssessUrgentNear)
    }
}

/// Natively the examples draw from the bundled copy of the data, the same bytes the
/// browser fetches; in the browser build nothing here may pull that copy into the wasm.
fn example_directory() -> DirectoryState {
    #[cfg(not(target_arch = "wasm32"))]
    return DirectoryState::Ready(ruta_core::directory::Directory::bundled());
    #[cfg(target_arch = "wasm32")]
    DirectoryState::NotLoaded
}

/// The local contact used by locator examples, as a municipality would configure it.
pub fn example_contact() -> LocalContact {
    let attributes = [
        ("data-name", "Escuadrón Violeta"),
        ("data-kind", "escuadron"),
        ("data-phone", "987 654 321"),
        ("data-address", "Palacio municipal, primer piso"),
        ("data-lat", "-12.066"),
        ("data-lon", "-77.031"),
        ("data-hours", "24 horas"),
    ];
    LocalContact::from_attributes(1, attributes).0.expect("the example contact is valid")
}

/// Canned answer sets for result examples.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CannedAnswers {
    /// Every question answered yes: high, every type recognised.
    AllYes,
    /// Every question answered no: nothing reported.
    AllNo,
    /// Only the jealousy question yes: elevated.
    OneDangerSign,
    /// Everything no except the decisive questions, left as "unsure".
    DecisiveUnsure,
    /// Hit, forced into sex and afraid, every danger question no: no danger sign, but
    /// the result must not open on "nothing was marked".
    ViolenceNoDangerSign,
}

impl CannedAnswers {
    pub const ALL: [CannedAnswers; 5] = [
        CannedAnswers::AllYes,
        CannedAnswers::AllNo,
        CannedAnswers::OneDangerSign,
        CannedAnswers::DecisiveUnsure,
        CannedAnswers::ViolenceNoDangerSign,
    ];

    pub fn flow(self, who: Who) -> AssessmentState {
        let mut answers = Answers::new();
        for question in QUESTIONS {
            let decisive = question.covers.iter().any(|item| item.decisive_alone());
            let answer = match self {
                CannedAnswers::AllYes => Answer::Yes,
                CannedAnswers::AllNo => Answer::No,
                CannedAnswers::OneDangerSign if question.id == "jealous-control" => Answer::Yes,
                CannedAnswers::OneDangerSign => Answer::No,
                CannedAnswers::DecisiveUnsure if decisive => Answer::Unsure,
                CannedAnswers::DecisiveUnsure => Answer::No,
                CannedAnswers::ViolenceNoDangerSign if ["hurt", "forced-sex", "afraid"].contains(&question.id) => {
                    Answer::Yes
                }
                CannedAnswers::ViolenceNoDangerSign => Answer::No,
            };
            answers.set(question, answer);
        }
        AssessmentState { who, step: Step::Result, answers, ..AssessmentState::default() }
    }
}

impl Example {
    /// Every example the tests draw: each single example, each screen as the App draws it,
    /// and each assessment and locator variant, built from the lists they vary over.
    pub fn all() -> Vec<Example> {
        use Example::*;
        let single = [
            QuickExitIdle,
            QuickExitOnePress,
            QuickExitTwoPresses,
            QuickExitExpired,
            LanguagePicker,
            LanguagePickerFailed,
            HelplineUrgent,
            HelplineLinea100,
            SafetyNote,
            Home,
            FooterWithMunicipality,
            FooterWithoutMunicipality,
            AssessResultNear,
            AssessUrgentNear,
        ];
        let both = [Who::Myself, Who::Other];
        let results =
            CannedAnswers::ALL.into_iter().flat_map(move |answers| both.map(|who| AssessResult(answers, who)));
        single
            .into_iter()
            .chain(crate::state::Screen::ALL.map(Example::Screen))
            .chain(both.map(AssessQuestion))
            .chain(results)
            .chain(both.map(AssessUrgent))
            .chain(["150115", "250204"].map(LocatorNear))
            .chain([GeoStatus::Denied, GeoStatus::TimedOut].map(LocatorGeo))
            .collect()
    }
}

/// The flow right after a "yes" to the threat-to-kill question, every earlier one "no".
fn urgent_flow(who: Who) -> AssessmentState {
    let at = QUESTIONS.iter().position(|q| q.id == "threat-kill").expect("threat-kill is asked");
    let mut answers = Answers::new();
    for question in &QUESTIONS[..at] {
        answers.set(question, Answer::No);
    }
    answers.set(&QUESTIONS[at], Answer::Yes);
    AssessmentState { who, step: Step::Urgent(at), answers, ..AssessmentState::default() }
}

/// The exit URL used by every example.
pub const EXAMPLE_EXIT_URL: &str = "https://clima.example.org/";
/// The municipality used by the footer example.
pub const EXAMPLE_MUNICIPALITY: &str = "Municipalidad Distrital de Villa Esperanza";

#[derive(Properties, PartialEq, Clone)]
pub struct PreviewProps {
    pub lang: Locale,
    pub example: Example,
}

/// Renders one example inside the localizer context, as the App would.
#[component]
pub fn Preview(props: &PreviewProps) -> Html {
    let l10n = use_memo(props.lang, |lang| L10n::new(*lang));
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
        Example::LanguagePickerFailed => {
            let other = if props.lang == Locale::SOURCE { Locale::from_id("en") } else { Some(Locale::SOURCE) };
            let status = other.map_or(LanguageLoad::Idle, LanguageLoad::Failed);
            html! { <LanguagePicker current={props.lang} on_change={Callback::noop()} {status} /> }
        }
        Example::HelplineUrgent => html! { <ul><HelplineCard helpline={POLICE_105} urgent=true /></ul> },
        Example::HelplineLinea100 => html! { <ul><HelplineCard helpline={LINEA_100} /></ul> },
        Example::SafetyNote => html! { <SafetyNote on_action={Callback::noop()} /> },
        Example::Home => html! { <Home on_action={Callback::noop()} /> },
        Example::Screen(screen) => {
            let state = AppState::new(props.lang).reduce(Action::Go(screen));
            screen_view(&state, &EmbedConfig::default(), &Callback::noop())
        }
        Example::AssessQuestion(who) => {
            let first_danger = QUESTIONS.iter().position(|q| q.part == Part::Danger).expect("a danger part");
            assessment(AssessmentState { who, step: Step::Question(first_danger), ..AssessmentState::default() }, None)
        }
        Example::AssessResult(answers, who) => assessment(answers.flow(who), None),
        Example::AssessResultNear => {
            // Helper mode: the volunteer picked her district, La Victoria.
            let la_victoria = Ubigeo::parse("150115").expect("a valid ubigeo");
            let mut flow = CannedAnswers::AllYes.flow(Who::Other);
            flow.her_place = HerPlace::default().pick(DistrictChoice::District(la_victoria));
            let near = flow.nearest_from(&LocatorState::default(), None);
            assessment(flow, near)
        }
        Example::AssessResultOneYes(at, who) => {
            let mut answers = Answers::new();
            for (i, question) in QUESTIONS.iter().enumerate() {
                answers.set(question, if i == at { Answer::Yes } else { Answer::No });
            }
            assessment(AssessmentState { who, step: Step::Result, answers, ..AssessmentState::default() }, None)
        }
        Example::AssessUrgent(who) => assessment(urgent_flow(who), None),
        Example::AssessUrgentNear => {
            let la_victoria = Ubigeo::parse("150115").expect("a valid ubigeo");
            assessment(urgent_flow(Who::Myself), Some(Origin::District(la_victoria)))
        }
        Example::LocatorNear(ubigeo) => {
            let district = Ubigeo::parse(ubigeo).expect("example ubigeos are valid");
            locator(LocatorState::default(), Some(district), vec![example_contact()])
        }
        Example::LocatorGeo(geo) => locator(LocatorState { geo, ..LocatorState::default() }, None, Vec::new()),
        Example::FooterWithMunicipality => {
            html! { <WidgetFooter municipality={Some(EXAMPLE_MUNICIPALITY.to_owned())} /> }
        }
        Example::FooterWithoutMunicipality => html! { <WidgetFooter /> },
    };
    let example = html! {
        <div class="ruta" lang={l10n.lang().id()}>{ body }</div>
    };
    providers(&l10n, example_directory(), example)
}
