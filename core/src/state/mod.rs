//! The widget's whole in-memory state and the pure function that changes it.
//!
//! Nothing here is ever written anywhere: the state lives in the page's memory and
//! [`Action::Wipe`] returns it to the first screen with nothing remembered.

mod assessment;
mod locator;

use crate::l10n::Locale;

pub use assessment::{AssessmentAction, AssessmentState, HerPlace, Step, Who};
pub use locator::{LocatorAction, LocatorState, PickerSelection, MIN_QUERY_CHARS};

/// Declares the screens in one place: the enum, [`Screen::ALL`] in this order, each
/// screen's slug (its menu message `home-menu-<slug>` and test id `menu-<slug>`), and
/// whether the start screen's menu lists it (in this order too).
macro_rules! screens {
    ($( $(#[doc = $doc:literal])* $name:ident = $slug:literal, in_menu: $in_menu:literal; )*) => {
        /// The screens of the widget. Moving between them never touches browser history.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum Screen {
            $( $(#[doc = $doc])* $name, )*
        }

        impl Screen {
            /// Every screen, for tests and the end-to-end walk.
            pub const ALL: [Screen; [$(Screen::$name),*].len()] = [$(Screen::$name),*];

            /// Its name in message keys and test ids.
            pub fn slug(self) -> &'static str {
                match self {
                    $( Screen::$name => $slug, )*
                }
            }

            /// Whether the start screen's menu lists it.
            pub fn in_menu(self) -> bool {
                match self {
                    $( Screen::$name => $in_menu, )*
                }
            }
        }
    };
}

screens! {
    /// The interruption note: what quick exit does and what it cannot do.
    SafetyNote = "safety-note", in_menu: false;
    /// Start: the key helplines and the menu.
    Home = "home", in_menu: false;
    /// The nearest CEM, police station and MIMP services.
    Locator = "locator", in_menu: true;
    /// The self-assessment: recognition, then danger, one question per step.
    Assessment = "assessment", in_menu: true;
    /// Every verified helpline.
    Helplines = "helplines", in_menu: true;
    /// The victim's rights under Law 30364, dated and cited.
    Rights = "rights", in_menu: true;
    /// A safety plan to read, not to save.
    SafetyPlan = "safety-plan", in_menu: true;
    /// What the widget can and cannot do for privacy, and safer habits.
    SaferBrowsing = "safer-browsing", in_menu: true;
    /// How a volunteer accompanies someone by phone.
    HelperGuide = "helper-guide", in_menu: true;
    /// Where the locator's data comes from.
    AboutData = "about-data", in_menu: false;
}

impl Screen {
    /// The start screen's menu, in its order.
    pub fn menu() -> impl Iterator<Item = Screen> {
        Screen::ALL.into_iter().filter(|screen| screen.in_menu())
    }

    /// Whether the screen shows places from the service directory, which is fetched the
    /// first time one of these opens. The assessment's result names the nearest CEM and
    /// comisaría too.
    pub fn needs_directory(self) -> bool {
        matches!(self, Screen::Locator | Screen::AboutData | Screen::Assessment)
    }
}

/// One choice in a department → province → district picker (the locator's, and the
/// helper's lists for her district).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DistrictChoice {
    Department(Option<u8>),
    Province(Option<u16>),
    District(crate::config::Ubigeo),
}

#[derive(Debug, Clone, PartialEq)]
pub struct AppState {
    pub screen: Screen,
    /// The locale shown; one of `l10n::available()`.
    pub lang: Locale,
    /// The language chosen when the page loaded, restored by a wipe.
    initial_lang: Locale,
    /// A language picked whose messages are still being downloaded, or could not be.
    pub language_load: LanguageLoad,
    pub assessment: AssessmentState,
    pub locator: LocatorState,
}

/// Where a language picked in the picker stands, while the widget has not shown it yet:
/// only Spanish is in the wasm, and the others' messages are downloaded the first time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum LanguageLoad {
    /// Nothing is waiting: the language shown is the one picked.
    #[default]
    Idle,
    /// Its messages are on their way; the screen stays in the current language.
    Loading(Locale),
    /// They could not be downloaded; picking it again tries again.
    Failed(Locale),
}

#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// Show another screen.
    Go(Screen),
    /// Show this language (its messages are here).
    ChangeLang(Locale),
    /// The visitor picked a language whose messages are being downloaded.
    LanguageLoading(Locale),
    /// That download arrived: the language is shown if it is still the one last picked.
    LanguageArrived(Locale),
    /// That download failed.
    LanguageFailed(Locale),
    /// Forget everything: quick exit.
    Wipe,
    /// What the assessment screen asks for.
    Assessment(AssessmentAction),
    /// What the locator screen asks for.
    Locator(LocatorAction),
}

impl AppState {
    /// The state of a fresh page load: the safety note comes first, every time.
    pub fn new(lang: Locale) -> Self {
        Self {
            screen: Screen::SafetyNote,
            lang,
            initial_lang: lang,
            language_load: LanguageLoad::Idle,
            assessment: AssessmentState::default(),
            locator: LocatorState::default(),
        }
    }

    pub fn reduce(&self, action: Action) -> Self {
        match action {
            Action::Go(screen) => Self { screen, ..self.clone() },
            Action::ChangeLang(lang) => Self { lang, language_load: LanguageLoad::Idle, ..self.clone() },
            Action::LanguageLoading(lang) => Self { language_load: LanguageLoad::Loading(lang), ..self.clone() },
            // Only the latest pick's answer counts: an earlier one that arrives or fails late
            // (she picked another language meanwhile, or left by quick exit) is no news. Its
            // messages are kept, so picking it again shows it at once.
            Action::LanguageArrived(lang) if self.language_load == LanguageLoad::Loading(lang) => {
                Self { lang, language_load: LanguageLoad::Idle, ..self.clone() }
            }
            Action::LanguageFailed(lang) if self.language_load == LanguageLoad::Loading(lang) => {
                Self { language_load: LanguageLoad::Failed(lang), ..self.clone() }
            }
            Action::LanguageArrived(_) | Action::LanguageFailed(_) => self.clone(),
            Action::Wipe => Self::new(self.initial_lang),
            Action::Assessment(action) => Self { assessment: self.assessment.reduce(action), ..self.clone() },
            Action::Locator(action) => Self { locator: self.locator.reduce(action), ..self.clone() },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assessment::{Answer, QUESTIONS};
    use crate::config::Ubigeo;
    use crate::geo::LatLon;
    use crate::locator::{GeoStatus, Origin};

    fn english() -> Locale {
        Locale::from_id("en").expect("English ships")
    }

    #[test]
    fn the_menu_lists_what_the_widget_offers_most_needed_first() {
        use Screen::*;
        let menu: Vec<Screen> = Screen::menu().collect();
        assert_eq!(menu, [Locator, Assessment, Helplines, Rights, SafetyPlan, SaferBrowsing, HelperGuide]);
        let mut slugs: Vec<&str> = Screen::ALL.iter().map(|s| s.slug()).collect();
        slugs.sort();
        slugs.dedup();
        assert_eq!(slugs.len(), Screen::ALL.len(), "slugs are unique");
    }

    #[test]
    fn a_language_being_downloaded_is_shown_only_once_it_is_here() {
        let s = AppState::new(Locale::SOURCE).reduce(Action::LanguageLoading(english()));
        assert_eq!((s.lang, s.language_load), (Locale::SOURCE, LanguageLoad::Loading(english())));
        let failed = s.reduce(Action::LanguageFailed(english()));
        assert_eq!((failed.lang, failed.language_load), (Locale::SOURCE, LanguageLoad::Failed(english())));
        let shown = failed.reduce(Action::LanguageLoading(english())).reduce(Action::LanguageArrived(english()));
        assert_eq!((shown.lang, shown.language_load), (english(), LanguageLoad::Idle));
        let quechua = Locale::from_id("qu").expect("Quechua ships");
        let stale = s.reduce(Action::LanguageLoading(quechua)).reduce(Action::LanguageFailed(english()));
        assert_eq!(stale.language_load, LanguageLoad::Loading(quechua), "an earlier pick's failure is ignored");
        let late = s.reduce(Action::LanguageLoading(quechua)).reduce(Action::LanguageArrived(english()));
        assert_eq!(
            (late.lang, late.language_load),
            (Locale::SOURCE, LanguageLoad::Loading(quechua)),
            "an earlier pick's arrival is ignored"
        );
        let back = s.reduce(Action::ChangeLang(Locale::SOURCE)).reduce(Action::LanguageArrived(english()));
        assert_eq!(
            (back.lang, back.language_load),
            (Locale::SOURCE, LanguageLoad::Idle),
            "she went back to Spanish meanwhile"
        );
        let left = s.reduce(Action::Wipe).reduce(Action::LanguageArrived(english()));
        assert_eq!(left.lang, Locale::SOURCE, "an arrival after quick exit changes nothing");
        assert_eq!(
            shown.reduce(Action::LanguageLoading(quechua)).reduce(Action::Wipe).language_load,
            LanguageLoad::Idle
        );
    }

    #[test]
    fn a_page_load_opens_on_the_safety_note() {
        assert_eq!(AppState::new(Locale::SOURCE).screen, Screen::SafetyNote);
    }

    fn answered_all(answer: Answer) -> AppState {
        let mut s = AppState::new(Locale::SOURCE)
            .reduce(Action::Go(Screen::Assessment))
            .reduce(Action::Assessment(AssessmentAction::Start));
        for _ in QUESTIONS {
            s = s.reduce(Action::Assessment(AssessmentAction::Answer(answer)));
            if let Step::Urgent(_) = s.assessment.step {
                s = s.reduce(Action::Assessment(AssessmentAction::Continue));
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
        s = s.reduce(Action::Assessment(AssessmentAction::Back));
        assert_eq!(s.assessment.step, Step::Question(QUESTIONS.len() - 1));
        assert_eq!(s.assessment.progress(), Some((QUESTIONS.len(), QUESTIONS.len())));
        for _ in 0..QUESTIONS.len() + 2 {
            s = s.reduce(Action::Assessment(AssessmentAction::Back));
        }
        assert_eq!(s.assessment.step, Step::Intro);
        assert_eq!(s.assessment.answers.get(QUESTIONS[0].id), Some(Answer::Yes), "back never erases");
    }

    #[test]
    fn clearing_and_wiping_forget_every_answer_and_helper_mode() {
        let s = answered_all(Answer::Yes).reduce(Action::Assessment(AssessmentAction::SetWho(Who::Other)));
        let cleared = s.reduce(Action::Assessment(AssessmentAction::Clear));
        assert_eq!(cleared.assessment, AssessmentState::default());
        assert_eq!(cleared.screen, Screen::Assessment, "clearing stays on the assessment");
        assert_eq!(s.reduce(Action::Wipe), AppState::new(Locale::SOURCE));
    }

    fn at_question(id: &str) -> (AppState, usize) {
        let index = QUESTIONS.iter().position(|q| q.id == id).expect("in the catalogue");
        let mut s = AppState::new(Locale::SOURCE)
            .reduce(Action::Go(Screen::Assessment))
            .reduce(Action::Assessment(AssessmentAction::Start));
        for _ in 0..index {
            s = s.reduce(Action::Assessment(AssessmentAction::Answer(Answer::No)));
        }
        assert_eq!(s.assessment.step, Step::Question(index));
        (s, index)
    }

    #[test]
    fn a_decisive_yes_opens_the_urgent_panel_before_any_other_question() {
        for id in ["weapon", "threat-kill", "might-kill", "strangled"] {
            let (s, i) = at_question(id);
            let urgent = s.reduce(Action::Assessment(AssessmentAction::Answer(Answer::Yes)));
            assert_eq!(urgent.assessment.step, Step::Urgent(i), "{id}");
            assert_eq!(urgent.assessment.progress(), None);
            // She can stop and see the result now…
            assert_eq!(
                urgent.reduce(Action::Assessment(AssessmentAction::ShowResult)).assessment.step,
                Step::Result,
                "{id}"
            );
            // …or go on; later answers, already high, never open the panel again.
            let mut on = urgent.reduce(Action::Assessment(AssessmentAction::Continue));
            assert_eq!(on.assessment.step, Step::Question(i + 1), "{id}");
            while let Step::Question(_) = on.assessment.step {
                on = on.reduce(Action::Assessment(AssessmentAction::Answer(Answer::Yes)));
            }
            assert_eq!(on.assessment.step, Step::Result, "{id}: no second interruption");
            // Back from the panel returns to the question, with the answer kept.
            let back = urgent.reduce(Action::Assessment(AssessmentAction::Back));
            assert_eq!(back.assessment.step, Step::Question(i));
            assert_eq!(back.assessment.answers.get(id), Some(Answer::Yes));
            // "No" and "unsure" move on as before.
            for answer in [Answer::No, Answer::Unsure] {
                assert_eq!(
                    s.reduce(Action::Assessment(AssessmentAction::Answer(answer))).assessment.step,
                    Step::Question(i + 1)
                );
            }
        }
    }

    #[test]
    fn the_last_question_can_be_decisive_and_going_on_then_shows_the_result() {
        // Three of LS4-LS11 yes, then the last question (stalking, LS11) yes: the fourth.
        let mut s = AppState::new(Locale::SOURCE)
            .reduce(Action::Go(Screen::Assessment))
            .reduce(Action::Assessment(AssessmentAction::Start));
        let yes = ["gun", "separated", "unemployed", "stalking"];
        let last = QUESTIONS.len() - 1;
        assert_eq!(QUESTIONS[last].id, "stalking");
        for question in QUESTIONS {
            s = s.reduce(Action::Assessment(AssessmentAction::Answer(if yes.contains(&question.id) {
                Answer::Yes
            } else {
                Answer::No
            })));
        }
        assert_eq!(s.assessment.step, Step::Urgent(last));
        assert_eq!(s.reduce(Action::Assessment(AssessmentAction::Continue)).assessment.step, Step::Result);
    }

    #[test]
    fn in_helper_mode_the_nearest_places_are_hers_never_the_volunteers() {
        let volunteer = Some(Origin::Here(LatLon::new(-12.07, -77.03)));
        let located = LocatorState { origin: volunteer, ..LocatorState::default() };
        let nowhere = LocatorState::default();
        let page = Ubigeo::parse("150115");
        let hers = Ubigeo::parse("150142").unwrap();
        let mine = AppState::new(Locale::SOURCE).assessment;
        assert_eq!(mine.nearest_from(&located, page), volunteer, "for herself: her own locator choice");
        assert_eq!(mine.nearest_from(&nowhere, page), page.map(Origin::District), "else the page's district");
        let s = AppState::new(Locale::SOURCE).reduce(Action::Assessment(AssessmentAction::SetWho(Who::Other)));
        assert_eq!(s.assessment.nearest_from(&located, page), None, "not the volunteer's place nor the page's");
        let s = s
            .reduce(Action::Assessment(AssessmentAction::PickHer(DistrictChoice::Department(Some(15)))))
            .reduce(Action::Assessment(AssessmentAction::PickHer(DistrictChoice::Province(Some(1501)))));
        assert_eq!(s.assessment.nearest_from(&located, page), None, "a province is not yet a district");
        let s = s.reduce(Action::Assessment(AssessmentAction::PickHer(DistrictChoice::District(hers))));
        assert_eq!(s.assessment.nearest_from(&located, page), Some(Origin::District(hers)));
        let s = s.reduce(Action::Assessment(AssessmentAction::PickHer(DistrictChoice::Department(Some(4)))));
        assert_eq!(s.assessment.her_place, HerPlace { department: Some(4), province: None, district: None });
        assert_eq!(
            s.reduce(Action::Assessment(AssessmentAction::Clear)).assessment.her_place,
            HerPlace::default(),
            "cleared with the answers"
        );
        assert_eq!(s.reduce(Action::Wipe), AppState::new(Locale::SOURCE), "and by quick exit");
    }

    #[test]
    fn urgent_actions_outside_the_panel_change_nothing() {
        let (s, _) = at_question("gun");
        assert_eq!(s.reduce(Action::Assessment(AssessmentAction::Continue)), s);
        assert_eq!(s.reduce(Action::Assessment(AssessmentAction::ShowResult)), s);
    }

    #[test]
    fn an_answer_outside_the_questions_changes_nothing() {
        let s = AppState::new(Locale::SOURCE);
        assert_eq!(s.reduce(Action::Assessment(AssessmentAction::Answer(Answer::Yes))), s);
    }

    #[test]
    fn a_position_replaces_the_district_and_wipe_forgets_it() {
        let lima = LatLon::new(-12.07, -77.03);
        let s = AppState::new(Locale::SOURCE)
            .reduce(Action::Locator(LocatorAction::Pick(DistrictChoice::District(Ubigeo::parse("150142").unwrap()))))
            .reduce(Action::Locator(LocatorAction::Locate));
        assert_eq!(s.locator.geo, GeoStatus::Locating);
        let s = s.reduce(Action::Locator(LocatorAction::Located(lima)));
        assert_eq!(s.locator.origin, Some(Origin::Here(lima)));
        assert_eq!(s.locator.geo, GeoStatus::Idle);
        assert_eq!(s.reduce(Action::Wipe).locator, LocatorState::default(), "quick exit forgets the position");
    }

    #[test]
    fn a_position_or_failure_after_a_wipe_is_ignored() {
        let lima = LatLon::new(-12.07, -77.03);
        let asked = AppState::new(Locale::SOURCE)
            .reduce(Action::Go(Screen::Locator))
            .reduce(Action::Locator(LocatorAction::Locate));
        let wiped = asked.reduce(Action::Wipe);
        assert_eq!(
            wiped.reduce(Action::Locator(LocatorAction::Located(lima))),
            AppState::new(Locale::SOURCE),
            "a late position stays out"
        );
        assert_eq!(
            wiped.reduce(Action::Locator(LocatorAction::LocateFailed(GeoStatus::Denied))),
            AppState::new(Locale::SOURCE)
        );
        let idle = AppState::new(Locale::SOURCE);
        assert_eq!(
            idle.reduce(Action::Locator(LocatorAction::Located(lima))).locator,
            LocatorState::default(),
            "nobody asked"
        );
    }

    #[test]
    fn failures_keep_the_last_place_and_say_why() {
        let s = AppState::new(Locale::SOURCE)
            .reduce(Action::Locator(LocatorAction::Pick(DistrictChoice::District(Ubigeo::parse("150142").unwrap()))));
        for status in [GeoStatus::Denied, GeoStatus::TimedOut, GeoStatus::Unavailable] {
            let failed = s
                .reduce(Action::Locator(LocatorAction::Locate))
                .reduce(Action::Locator(LocatorAction::LocateFailed(status)));
            assert_eq!(failed.locator.geo, status);
            assert_eq!(failed.locator.origin, s.locator.origin);
        }
        let abroad = s
            .reduce(Action::Locator(LocatorAction::Locate))
            .reduce(Action::Locator(LocatorAction::Located(LatLon::new(48.85, 2.35))));
        assert_eq!(abroad.locator.geo, GeoStatus::OutsidePeru);
        assert_eq!(abroad.locator.origin, s.locator.origin);
    }

    #[test]
    fn choosing_a_district_sets_the_picker_lists_and_clears_the_search() {
        let s = AppState::new(Locale::SOURCE)
            .reduce(Action::Locator(LocatorAction::Search("villa el".into())))
            .reduce(Action::Locator(LocatorAction::Pick(DistrictChoice::District(Ubigeo::parse("150142").unwrap()))));
        assert_eq!((s.locator.department, s.locator.province), (Some(15), Some(1501)));
        assert_eq!(s.locator.query, "");
        let s = s.reduce(Action::Locator(LocatorAction::Pick(DistrictChoice::Department(Some(4)))));
        assert_eq!((s.locator.department, s.locator.province), (Some(4), None), "a new department resets the province");
    }

    #[test]
    fn wipe_forgets_screen_and_language_choice() {
        let s = AppState::new(Locale::SOURCE).reduce(Action::Go(Screen::Home)).reduce(Action::ChangeLang(english()));
        assert_eq!((s.screen, s.lang), (Screen::Home, english()));
        assert_eq!(s.reduce(Action::Wipe), AppState::new(Locale::SOURCE));
    }
}
