//! The self-assessment's state and the messages its screen sends.

use crate::assessment::{makes_high, Answer, Answers, QUESTIONS};
use crate::config::Ubigeo;
use crate::locator::Origin;
use crate::state::{DistrictChoice, LocatorState};

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

impl HerPlace {
    /// Her place after one choice in the lists.
    pub fn pick(self, choice: DistrictChoice) -> Self {
        match choice {
            // A new department or province resets what depended on it.
            DistrictChoice::Department(department) => HerPlace { department, province: None, district: None },
            DistrictChoice::Province(province) => HerPlace { province, district: None, ..self },
            DistrictChoice::District(ubigeo) => HerPlace {
                department: Some(ubigeo.department()),
                province: Some(ubigeo.province()),
                district: Some(ubigeo),
            },
        }
    }
}

/// What the assessment screen asks for.
#[derive(Debug, Clone, PartialEq)]
pub enum AssessmentAction {
    /// Helper mode on or off, from the assessment's start.
    SetWho(Who),
    /// Start the questions (from the intro).
    Start,
    /// Answer the question shown and move to the next one, or to the result.
    Answer(Answer),
    /// From the urgent panel: go on to the questions left.
    Continue,
    /// From the urgent panel: stop answering and see the result now.
    ShowResult,
    /// Go back one step inside the assessment, never through browser history.
    Back,
    /// Helper mode: the volunteer picked her department, province or district.
    PickHer(DistrictChoice),
    /// "Borrar respuestas": forget every answer and the helper-mode choice.
    Clear,
}

/// The self-assessment's state: only ever in memory.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct AssessmentState {
    pub who: Who,
    pub step: Step,
    pub answers: Answers,
    /// Helper mode only: her district, for the nearest places.
    pub her_place: HerPlace,
}

impl AssessmentState {
    /// Where the result's nearest CEM and comisaría are measured from. For oneself: the
    /// place chosen in the locator, else the page's district. In helper mode: only the
    /// district the volunteer picked for her; the volunteer's own position or the page's
    /// district would send her to places near someone else.
    pub fn nearest_from(&self, locator: &LocatorState, page_district: Option<Ubigeo>) -> Option<Origin> {
        match self.who {
            Who::Myself => locator.origin_or(page_district),
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

    pub fn reduce(&self, action: AssessmentAction) -> Self {
        match action {
            AssessmentAction::SetWho(who) => Self { who, ..self.clone() },
            AssessmentAction::Start => Self { step: Step::Question(0), ..self.clone() },
            AssessmentAction::Answer(answer) => {
                let Step::Question(i) = self.step else { return self.clone() };
                let mut next = self.clone();
                let decisive = makes_high(&next.answers, &QUESTIONS[i], answer);
                next.answers.set(&QUESTIONS[i], answer);
                next.step = if decisive { Step::Urgent(i) } else { after_question(i) };
                next
            }
            AssessmentAction::Continue => {
                let Step::Urgent(i) = self.step else { return self.clone() };
                Self { step: after_question(i), ..self.clone() }
            }
            AssessmentAction::ShowResult => {
                let Step::Urgent(_) = self.step else { return self.clone() };
                Self { step: Step::Result, ..self.clone() }
            }
            AssessmentAction::Back => {
                let step = match self.step {
                    Step::Intro | Step::Question(0) => Step::Intro,
                    Step::Question(i) => Step::Question(i - 1),
                    Step::Urgent(i) => Step::Question(i),
                    Step::Result => Step::Question(QUESTIONS.len() - 1),
                };
                Self { step, ..self.clone() }
            }
            AssessmentAction::PickHer(choice) => Self { her_place: self.her_place.pick(choice), ..self.clone() },
            AssessmentAction::Clear => Self::default(),
        }
    }
}

/// The step after answering `QUESTIONS[i]` when the answer was not decisive.
fn after_question(i: usize) -> Step {
    if i + 1 < QUESTIONS.len() {
        Step::Question(i + 1)
    } else {
        Step::Result
    }
}
