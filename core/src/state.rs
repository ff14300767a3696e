//! The widget's whole in-memory state and the pure function that changes it.
//!
//! Nothing here is ever written anywhere: the state lives in the page's memory and
//! [`Action::Wipe`] returns it to the first screen with nothing remembered.

use crate::assessment::{makes_high, Answer, Answers, QUESTIONS};
use crate::config::Ubigeo;
use crate::geo::LatLon;

/// The screens of the widget. Moving between them never touches browser history.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    /// The interruption note: what quick exit does and what it cannot do.
    SafetyNote,
    /// Start: the key helplines and the menu.
    Home,
    /// The victim's rights under Law 30364, dated and cited.
    Rights,
    /// Every verified helpline.
    Helplines,
    /// A safety plan to read, not to save.
    SafetyPlan,
    /// What the widget can and cannot do for privacy, and safer habits.
    SaferBrowsing,
    /// How a volunteer accompanies someone by phone.
    HelperGuide,
    /// The self-assessment: recognition, then danger, one question per step.
    Assessment,
    /// The nearest CEM, police station and MIMP services.
    Locator,
    /// Where the locator's data comes from.
    AboutData,
}

impl Screen {
    /// Every screen, for tests and the end-to-end walk.
    pub const ALL: [Screen; 10] = [
        Screen::SafetyNote,
        Screen::Home,
        Screen::Rights,
        Screen::Helplines,
        Screen::SafetyPlan,
        Screen::SaferBrowsing,
        Screen::HelperGuide,
        Screen::Assessment,
        Screen::Locator,
        Screen::AboutData,
    ];
}

/// Where the locator's results are measured from. Never stored, never sent anywhere,
/// and gone with quick exit.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Origin {
    /// The device's position, after the user tapped "use my location".
    Here(LatLon),
    /// A district chosen in the picker (its capital).
    District(Ubigeo),
}

/// What happened to the last "use my location".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum GeoStatus {
    #[default]
    Idle,
    Locating,
    Denied,
    TimedOut,
    Unavailable,
    /// The position is outside Peru, where the directory has nothing.
    OutsidePeru,
}

/// The locator's state.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Locator {
    /// `None` until a place is chosen; the screen then uses the page's district.
    pub origin: Option<Origin>,
    pub geo: GeoStatus,
    /// The type-ahead text in the district picker.
    pub query: String,
    /// The department and province chosen in the picker's lists.
    pub department: Option<u8>,
    pub province: Option<u16>,
}

/// Who the self-assessment is about. Helper mode reads every text in the third person.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Who {
    #[default]
    Myself,
    /// A volunteer is guiding someone else, usually by phone.
    Other,
}

impl Who {
    /// The value of Fluent's `$who` selector.
    pub fn fluent(self) -> &'static str {
        match self {
            Who::Myself => "self",
            Who::Other => "other",
        }
    }
}

/// Where the self-assessment is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Step {
    /// The start: what the questions are about, and the helper-mode choice.
    #[default]
    Intro,
    /// Showing `QUESTIONS[i]`.
    Question(usize),
    /// The answer to `QUESTIONS[i]` made the level high (`assessment::makes_high`): the
    /// urgent actions come at once, before any other question. She can stop there and
    /// see the result, or go on.
    Urgent(usize),
    /// The result.
    Result,
}

/// In helper mode, the district of the woman being helped, as the volunteer picks it in
/// the result's own lists: the nearest places must be hers, never the volunteer's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct HerPlace {
    pub department: Option<u8>,
    pub province: Option<u16>,
    pub district: Option<Ubigeo>,
}

/// One choice in the helper's district lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PickHer {
    Department(Option<u8>),
    Province(Option<u16>),
    District(Ubigeo),
}

impl HerPlace {
    /// Her place once a district is picked.
    pub fn chosen(self, district: Ubigeo) -> Self {
        self.pick(PickHer::District(district))
    }

    fn pick(self, choice: PickHer) -> Self {
        match choice {
            // A new department or province resets what depended on it.
            PickHer::Department(department) => HerPlace { department, province: None, district: None },
            PickHer::Province(province) => HerPlace { province, district: None, ..self },
            PickHer::District(ubigeo) => HerPlace {
                department: Some(ubigeo.department()),
                province: Some(ubigeo.province()),
                district: Some(ubigeo),
            },
        }
    }
}

/// The self-assessment's state: only ever in memory.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Assessment {
    pub who: Who,
    pub step: Step,
    pub answers: Answers,
    /// Helper mode only: her district, for the nearest places.
    pub her_place: HerPlace,
}

impl Assessment {
    /// Where the result's nearest CEM and comisaría are measured from. For oneself: the
    /// place chosen in the locator, else the page's district. In helper mode: only the
    /// district the volunteer picked for her; the volunteer's own position or the page's
    /// district would send her to places near someone else.
    pub fn nearest_from(&self, locator: Option<Origin>, page_district: Option<Ubigeo>) -> Option<Origin> {
        match self.who {
            Who::Myself => locator.or(page_district.map(Origin::District)),
            Who::Other => self.her_place.district.map(Origin::District),
        }
    }

    /// Which question of how many, counting from 1, while a question is shown.
    pub fn progress(&self) -> Option<(usize, usize)> {
        match self.step {
            Step::Question(i) => Some((i + 1, QUESTIONS.len())),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct AppState {
    pub screen: Screen,
    /// The locale shown; one of `l10n::available_ids()`.
    pub lang: &'static str,
    /// The language chosen when the page loaded, restored by a wipe.
    initial_lang: &'static str,
    pub assessment: Assessment,
    pub locator: Locator,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// Show another screen.
    Go(Screen),
    /// The visitor picked another language.
    ChangeLang(&'static str),
    /// Forget everything: quick exit.
    Wipe,
    /// Helper mode on or off, from the assessment's start.
    SetWho(Who),
    /// Start the questions (from the intro).
    StartQuestions,
    /// Answer the question shown and move to the next one, or to the result.
    AnswerQuestion(Answer),
    /// From the urgent panel: go on to the questions left.
    ContinueQuestions,
    /// From the urgent panel: stop answering and see the result now.
    ShowResult,
    /// Go back one step inside the assessment, never through browser history.
    StepBack,
    /// Helper mode: the volunteer picked her department, province or district.
    PickHer(PickHer),
    /// "Borrar respuestas": forget every answer and the helper-mode choice.
    ClearAnswers,
    /// The user tapped "use my location"; the shell asked the browser.
    LocateStarted,
    /// The browser gave a position.
    Located(LatLon),
    /// The browser refused, timed out or has no geolocation.
    LocateFailed(GeoStatus),
    /// A district was chosen in the picker.
    ChooseDistrict(Ubigeo),
    /// The picker's department list changed.
    PickDepartment(Option<u8>),
    /// The picker's province list changed.
    PickProvince(Option<u16>),
    /// The picker's type-ahead text changed.
    SearchDistricts(String),
}

/// The step after answering `QUESTIONS[i]` when the answer was not decisive.
fn after_question(i: usize) -> Step {
    if i + 1 < QUESTIONS.len() {
        Step::Question(i + 1)
    } else {
        Step::Result
    }
}

impl AppState {
    /// The state of a fresh page load: the safety note comes first, every time.
    pub fn new(lang: &'static str) -> Self {
        Self {
            screen: Screen::SafetyNote,
            lang,
            initial_lang: lang,
            assessment: Assessment::default(),
            locator: Locator::default(),
        }
    }

    pub fn reduce(&self, action: Action) -> Self {
        match action {
            Action::Go(screen) => Self { screen, ..self.clone() },
            Action::ChangeLang(lang) => Self { lang, ..self.clone() },
            Action::Wipe => Self::new(self.initial_lang),
            Action::SetWho(who) => self.with_assessment(Assessment { who, ..self.assessment.clone() }),
            Action::StartQuestions => {
                self.with_assessment(Assessment { step: Step::Question(0), ..self.assessment.clone() })
            }
            Action::AnswerQuestion(answer) => {
                let Step::Question(i) = self.assessment.step else { return self.clone() };
                let mut next = self.assessment.clone();
                let decisive = makes_high(&next.answers, &QUESTIONS[i], answer);
                next.answers.set(&QUESTIONS[i], answer);
                next.step = if decisive { Step::Urgent(i) } else { after_question(i) };
                self.with_assessment(next)
            }
            Action::ContinueQuestions => {
                let Step::Urgent(i) = self.assessment.step else { return self.clone() };
                self.with_assessment(Assessment { step: after_question(i), ..self.assessment.clone() })
            }
            Action::ShowResult => {
                let Step::Urgent(_) = self.assessment.step else { return self.clone() };
                self.with_assessment(Assessment { step: Step::Result, ..self.assessment.clone() })
            }
            Action::StepBack => {
                let step = match self.assessment.step {
                    Step::Intro | Step::Question(0) => Step::Intro,
                    Step::Question(i) => Step::Question(i - 1),
                    Step::Urgent(i) => Step::Question(i),
                    Step::Result => Step::Question(QUESTIONS.len() - 1),
                };
                self.with_assessment(Assessment { step, ..self.assessment.clone() })
            }
            Action::PickHer(choice) => self.with_assessment(Assessment {
                her_place: self.assessment.her_place.pick(choice),
                ..self.assessment.clone()
            }),
            Action::ClearAnswers => self.with_assessment(Assessment::default()),
            Action::LocateStarted => self.with_locator(Locator { geo: GeoStatus::Locating, ..self.locator.clone() }),
            // A position or a failure only answers a request still open: one that arrives
            // after a wipe (quick exit, leaving the page) must not bring a place back.
            Action::Located(_) | Action::LocateFailed(_) if self.locator.geo != GeoStatus::Locating => self.clone(),
            Action::Located(at) if at.in_peru() => self.with_locator(Locator {
                origin: Some(Origin::Here(at)),
                geo: GeoStatus::Idle,
                ..self.locator.clone()
            }),
            Action::Located(_) => self.with_locator(Locator { geo: GeoStatus::OutsidePeru, ..self.locator.clone() }),
            Action::LocateFailed(status) => self.with_locator(Locator { geo: status, ..self.locator.clone() }),
            Action::ChooseDistrict(ubigeo) => self.with_locator(Locator {
                origin: Some(Origin::District(ubigeo)),
                geo: GeoStatus::Idle,
                query: String::new(),
                department: Some(ubigeo.department()),
                province: Some(ubigeo.province()),
            }),
            Action::PickDepartment(department) => {
                self.with_locator(Locator { department, province: None, ..self.locator.clone() })
            }
            Action::PickProvince(province) => self.with_locator(Locator { province, ..self.locator.clone() }),
            Action::SearchDistricts(query) => self.with_locator(Locator { query, ..self.locator.clone() }),
        }
    }

    fn with_locator(&self, locator: Locator) -> Self {
        Self { locator, ..self.clone() }
    }

    fn with_assessment(&self, assessment: Assessment) -> Self {
        Self { assessment, ..self.clone() }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_load_opens_on_the_safety_note() {
        assert_eq!(AppState::new("es").screen, Screen::SafetyNote);
    }

    fn answered_all(answer: Answer) -> AppState {
        let mut s = AppState::new("es").reduce(Action::Go(Screen::Assessment)).reduce(Action::StartQuestions);
        for _ in QUESTIONS {
            s = s.reduce(Action::AnswerQuestion(answer));
            if let Step::Urgent(_) = s.assessment.step {
                s = s.reduce(Action::ContinueQuestions);
            }
        }
        s
    }

    #[test]
    fn answering_every_question_reaches_the_result() {
        let s = answered_all(Answer::No);
        assert_eq!(s.assessment.step, Step::Result);
        assert_eq!(s.assessment.answers.get(QUESTIONS[0].id), Some(Answer::No));
        assert_eq!(s.assessment.progress(), None);
    }

    #[test]
    fn back_walks_through_questions_to_the_intro_keeping_answers() {
        let mut s = answered_all(Answer::Yes);
        s = s.reduce(Action::StepBack);
        assert_eq!(s.assessment.step, Step::Question(QUESTIONS.len() - 1));
        assert_eq!(s.assessment.progress(), Some((QUESTIONS.len(), QUESTIONS.len())));
        for _ in 0..QUESTIONS.len() + 2 {
            s = s.reduce(Action::StepBack);
        }
        assert_eq!(s.assessment.step, Step::Intro);
        assert_eq!(s.assessment.answers.get(QUESTIONS[0].id), Some(Answer::Yes), "back never erases");
    }

    #[test]
    fn clearing_and_wiping_forget_every_answer_and_helper_mode() {
        let s = answered_all(Answer::Yes).reduce(Action::SetWho(Who::Other));
        let cleared = s.reduce(Action::ClearAnswers);
        assert_eq!(cleared.assessment, Assessment::default());
        assert_eq!(cleared.screen, Screen::Assessment, "clearing stays on the assessment");
        assert_eq!(s.reduce(Action::Wipe), AppState::new("es"));
    }

    fn at_question(id: &str) -> (AppState, usize) {
        let index = QUESTIONS.iter().position(|q| q.id == id).expect("in the catalogue");
        let mut s = AppState::new("es").reduce(Action::Go(Screen::Assessment)).reduce(Action::StartQuestions);
        for _ in 0..index {
            s = s.reduce(Action::AnswerQuestion(Answer::No));
        }
        assert_eq!(s.assessment.step, Step::Question(index));
        (s, index)
    }

    #[test]
    fn a_decisive_yes_opens_the_urgent_panel_before_any_other_question() {
        for id in ["weapon", "threat-kill", "might-kill", "strangled"] {
            let (s, i) = at_question(id);
            let urgent = s.reduce(Action::AnswerQuestion(Answer::Yes));
            assert_eq!(urgent.assessment.step, Step::Urgent(i), "{id}");
            assert_eq!(urgent.assessment.progress(), None);
            // She can stop and see the result now…
            assert_eq!(urgent.reduce(Action::ShowResult).assessment.step, Step::Result, "{id}");
            // …or go on; later answers, already high, never open the panel again.
            let mut on = urgent.reduce(Action::ContinueQuestions);
            assert_eq!(on.assessment.step, Step::Question(i + 1), "{id}");
            while let Step::Question(_) = on.assessment.step {
                on = on.reduce(Action::AnswerQuestion(Answer::Yes));
            }
            assert_eq!(on.assessment.step, Step::Result, "{id}: no second interruption");
            // Back from the panel returns to the question, with the answer kept.
            let back = urgent.reduce(Action::StepBack);
            assert_eq!(back.assessment.step, Step::Question(i));
            assert_eq!(back.assessment.answers.get(id), Some(Answer::Yes));
            // "No" and "unsure" move on as before.
            for answer in [Answer::No, Answer::Unsure] {
                assert_eq!(s.reduce(Action::AnswerQuestion(answer)).assessment.step, Step::Question(i + 1));
            }
        }
    }

    #[test]
    fn the_last_question_can_be_decisive_and_going_on_then_shows_the_result() {
        // Three of LS4-LS11 yes, then the last question (stalking, LS11) yes: the fourth.
        let mut s = AppState::new("es").reduce(Action::Go(Screen::Assessment)).reduce(Action::StartQuestions);
        let yes = ["gun", "separated", "unemployed", "stalking"];
        let last = QUESTIONS.len() - 1;
        assert_eq!(QUESTIONS[last].id, "stalking");
        for question in QUESTIONS {
            s = s.reduce(Action::AnswerQuestion(if yes.contains(&question.id) { Answer::Yes } else { Answer::No }));
        }
        assert_eq!(s.assessment.step, Step::Urgent(last));
        assert_eq!(s.reduce(Action::ContinueQuestions).assessment.step, Step::Result);
    }

    #[test]
    fn in_helper_mode_the_nearest_places_are_hers_never_the_volunteers() {
        let volunteer = Some(Origin::Here(LatLon::new(-12.07, -77.03)));
        let page = Ubigeo::parse("150115");
        let hers = Ubigeo::parse("150142").unwrap();
        let mine = AppState::new("es").assessment;
        assert_eq!(mine.nearest_from(volunteer, page), volunteer, "for herself: her own locator choice");
        assert_eq!(mine.nearest_from(None, page), page.map(Origin::District), "else the page's district");
        let s = AppState::new("es").reduce(Action::SetWho(Who::Other));
        assert_eq!(s.assessment.nearest_from(volunteer, page), None, "not the volunteer's place nor the page's");
        let s = s
            .reduce(Action::PickHer(PickHer::Department(Some(15))))
            .reduce(Action::PickHer(PickHer::Province(Some(1501))));
        assert_eq!(s.assessment.nearest_from(volunteer, page), None, "a province is not yet a district");
        let s = s.reduce(Action::PickHer(PickHer::District(hers)));
        assert_eq!(s.assessment.nearest_from(volunteer, page), Some(Origin::District(hers)));
        let s = s.reduce(Action::PickHer(PickHer::Department(Some(4))));
        assert_eq!(s.assessment.her_place, HerPlace { department: Some(4), province: None, district: None });
        assert_eq!(
            s.reduce(Action::ClearAnswers).assessment.her_place,
            HerPlace::default(),
            "cleared with the answers"
        );
        assert_eq!(s.reduce(Action::Wipe), AppState::new("es"), "and by quick exit");
    }

    #[test]
    fn urgent_actions_outside_the_panel_change_nothing() {
        let (s, _) = at_question("gun");
        assert_eq!(s.reduce(Action::ContinueQuestions), s);
        assert_eq!(s.reduce(Action::ShowResult), s);
    }

    #[test]
    fn an_answer_outside_the_questions_changes_nothing() {
        let s = AppState::new("es");
        assert_eq!(s.reduce(Action::AnswerQuestion(Answer::Yes)), s);
    }

    #[test]
    fn a_position_replaces_the_district_and_wipe_forgets_it() {
        let lima = LatLon::new(-12.07, -77.03);
        let s = AppState::new("es")
            .reduce(Action::ChooseDistrict(Ubigeo::parse("150142").unwrap()))
            .reduce(Action::LocateStarted);
        assert_eq!(s.locator.geo, GeoStatus::Locating);
        let s = s.reduce(Action::Located(lima));
        assert_eq!(s.locator.origin, Some(Origin::Here(lima)));
        assert_eq!(s.locator.geo, GeoStatus::Idle);
        assert_eq!(s.reduce(Action::Wipe).locator, Locator::default(), "quick exit forgets the position");
    }

    #[test]
    fn a_position_or_failure_after_a_wipe_is_ignored() {
        let lima = LatLon::new(-12.07, -77.03);
        let asked = AppState::new("es").reduce(Action::Go(Screen::Locator)).reduce(Action::LocateStarted);
        let wiped = asked.reduce(Action::Wipe);
        assert_eq!(wiped.reduce(Action::Located(lima)), AppState::new("es"), "a late position stays out");
        assert_eq!(wiped.reduce(Action::LocateFailed(GeoStatus::Denied)), AppState::new("es"));
        let idle = AppState::new("es");
        assert_eq!(idle.reduce(Action::Located(lima)).locator, Locator::default(), "nobody asked");
    }

    #[test]
    fn failures_keep_the_last_place_and_say_why() {
        let s = AppState::new("es").reduce(Action::ChooseDistrict(Ubigeo::parse("150142").unwrap()));
        for status in [GeoStatus::Denied, GeoStatus::TimedOut, GeoStatus::Unavailable] {
            let failed = s.reduce(Action::LocateStarted).reduce(Action::LocateFailed(status));
            assert_eq!(failed.locator.geo, status);
            assert_eq!(failed.locator.origin, s.locator.origin);
        }
        let abroad = s.reduce(Action::LocateStarted).reduce(Action::Located(LatLon::new(48.85, 2.35)));
        assert_eq!(abroad.locator.geo, GeoStatus::OutsidePeru);
        assert_eq!(abroad.locator.origin, s.locator.origin);
    }

    #[test]
    fn choosing_a_district_sets_the_picker_lists_and_clears_the_search() {
        let s = AppState::new("es")
            .reduce(Action::SearchDistricts("villa el".into()))
            .reduce(Action::ChooseDistrict(Ubigeo::parse("150142").unwrap()));
        assert_eq!((s.locator.department, s.locator.province), (Some(15), Some(1501)));
        assert_eq!(s.locator.query, "");
        let s = s.reduce(Action::PickDepartment(Some(4)));
        assert_eq!((s.locator.department, s.locator.province), (Some(4), None), "a new department resets the province");
    }

    #[test]
    fn wipe_forgets_screen_and_language_choice() {
        let s = AppState::new("es").reduce(Action::Go(Screen::Home)).reduce(Action::ChangeLang("en"));
        assert_eq!((s.screen, s.lang), (Screen::Home, "en"));
        assert_eq!(s.reduce(Action::Wipe), AppState::new("es"));
    }
}
