//! The answers given so far: in memory only.

use serde::Serialize;
use thiserror::Error;

use super::{question, Question};

/// One answer. A question not answered at all is simply absent from [`Answers`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Answer {
    Yes,
    No,
    /// "No sé / prefiero no responder". Never counts as yes.
    Unsure,
}

impl Answer {
    /// The value as written in the command line's JSON (`yes`, `no`, `unsure`).
    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "yes" => Some(Answer::Yes),
            "no" => Some(Answer::No),
            "unsure" => Some(Answer::Unsure),
            _ => None,
        }
    }
}

/// Why a list of (id, value) pairs is not a valid set of answers.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum AnswersError {
    /// The id is not one of [`QUESTIONS`].
    #[error("\"{0}\" is not a question id (see `ruta assess --list`)")]
    UnknownQuestion(String),
    /// The value is not `yes`, `no` or `unsure`.
    #[error("\"{value}\" is not an answer for \"{id}\" (use yes, no or unsure)")]
    UnknownAnswer { id: String, value: String },
    /// The same question was answered twice, so which answer holds is unclear.
    #[error("\"{0}\" is answered more than once")]
    Duplicate(String),
}

/// The answers given so far, in memory only: (question id, answer), sorted by id, one
/// per question. A sorted list rather than a map: 22 entries at most, and a map type
/// would add its own code to the wasm.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Answers(Vec<(&'static str, Answer)>);

impl Answers {
    pub fn new() -> Self {
        Self::default()
    }

    /// Records an answer to a question of the catalogue, replacing any earlier one.
    pub fn set(&mut self, question: &'static Question, answer: Answer) {
        self.insert(question.id, answer);
    }

    /// Where the answer to `id` is, or would go to keep the list sorted.
    fn position(&self, id: &str) -> Result<usize, usize> {
        self.0.binary_search_by_key(&id, |(k, _)| k)
    }

    /// Stores an answer; returns the one it replaced.
    fn insert(&mut self, id: &'static str, answer: Answer) -> Option<Answer> {
        match self.position(id) {
            Ok(at) => Some(std::mem::replace(&mut self.0[at].1, answer)),
            Err(at) => {
                self.0.insert(at, (id, answer));
                None
            }
        }
    }

    /// Forgets the answer to one question, making it unanswered again.
    pub fn clear(&mut self, question: &Question) {
        if let Ok(at) = self.position(question.id) {
            self.0.remove(at);
        }
    }

    pub fn get(&self, id: &str) -> Option<Answer> {
        self.position(id).ok().map(|at| self.0[at].1)
    }

    /// Reads (question id, value) pairs, such as the command line's JSON object.
    pub fn from_pairs<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Result<Self, AnswersError> {
        let mut answers = Self::new();
        for (id, value) in pairs {
            let question = question(id).ok_or_else(|| AnswersError::UnknownQuestion(id.to_owned()))?;
            let answer = Answer::parse(value)
                .ok_or_else(|| AnswersError::UnknownAnswer { id: id.to_owned(), value: value.to_owned() })?;
            if answers.insert(question.id, answer).is_some() {
                return Err(AnswersError::Duplicate(id.to_owned()));
            }
        }
        Ok(answers)
    }
}
