//! The widget's whole in-memory state and the pure function that changes it.
//!
//! Nothing here is ever written anywhere: the state lives in the page's memory and
//! [`Action::Wipe`] returns it to the first screen with nothing remembered.

use crate::assessment::{Answer, Answers, QUESTIONS};

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
}

impl Screen {
    /// Every screen, for tests and the end-to-end walk.
    pub const ALL: [Screen; 8] = [
        Screen::SafetyNote,
        Screen::Home,
        Screen::Rights,
        Screen::Helplines,
        Screen::SafetyPlan,
        Screen::SaferBrowsing,
        Screen::HelperGuide,
        Screen::Assessment,
    ];
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
    /// The result.
    Result,
}

/// The self-assessment's state: only ever in memory.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Assessment {
    pub who: Who,
    pub step: Step,
    pub answers: Answers,
}

impl Assessment {
    /// Which question of how many, counting from 1, while a question is shown.
    pub fn progress(&self) -> Option<(usize, usize)> {
        match self.step {
            Step::Question(i) => Some((i + 1, QUESTIONS.len())),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AppState {
    pub screen: Screen,
    /// The locale shown; one of `l10n::available_ids()`.
    pub lang: &'static str,
    /// The language chosen when the page loaded, restored by a wipe.
    initial_lang: &'static str,
    pub assessment: Assessment,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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
    /// Go back one step inside the assessment, never through browser history.
    StepBack,
    /// "Borrar respuestas": forget every answer and the helper-mode choice.
    ClearAnswers,
}

impl AppState {
    /// The state of a fresh page load: the safety note comes first, every time.
    pub fn new(lang: &'static str) -> Self {
        Self { screen: Screen::SafetyNote, lang, initial_lang: lang, assessment: Assessment::default() }
    }

    pub fn reduce(&self, action: Action) -> Self {
        match action {
            Action::Go(screen) => Self { screen, ..self.clone() },
            Action::ChangeLang(lang) => Self { lang, ..self.clone() },
            Action::Wipe => Self::new(self.initial_lang),
            Action::SetWho(who) => self.with_assessment(Assessment { who, ..self.assessment.clone() }),
            Action::StartQuestions => self.with_assessment(Assessment { step: Step::Question(0), ..self.assessment.clone() }),
            Action::AnswerQuestion(answer) => {
                let Step::Question(i) = self.assessment.step else { return self.clone() };
                let mut next = self.assessment.clone();
                next.answers.set(&QUESTIONS[i], answer);
                next.step = if i + 1 < QUESTIONS.len() { Step::Question(i + 1) } else { Step::Result };
                self.with_assessment(next)
            }
            Action::StepBack => {
                let step = match self.assessment.step {
                    Step::Intro | Step::Question(0) => Step::Intro,
                    Step::Question(i) => Step::Question(i - 1),
                    Step::Result => Step::Question(QUESTIONS.len() - 1),
                };
                self.with_assessment(Assessment { step, ..self.assessment.clone() })
            }
            Action::ClearAnswers => self.with_assessment(Assessment::default()),
        }
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

    #[test]
    fn an_answer_outside_the_questions_changes_nothing() {
        let s = AppState::new("es");
        assert_eq!(s.reduce(Action::AnswerQuestion(Answer::Yes)), s);
    }

    #[test]
    fn wipe_forgets_screen_and_language_choice() {
        let s = AppState::new("es").reduce(Action::Go(Screen::Home)).reduce(Action::ChangeLang("en"));
        assert_eq!((s.screen, s.lang), (Screen::Home, "en"));
        assert_eq!(s.reduce(Action::Wipe), AppState::new("es"));
    }
}
