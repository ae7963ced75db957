//! App-wide state, shared through context. Each piece is a newtype with a `use_*()` accessor,
//! so a component asks for exactly what it needs.

use crossroads_core::quiz::{questions, Answer};
use leptos::prelude::*;

/// The quiz in progress: one answer slot per question and the question on screen.
#[derive(Clone, Copy)]
pub struct QuizState {
    /// One slot per question of `crossroads_core::quiz::questions()`, in order.
    pub answers: RwSignal<Vec<Option<Answer>>>,
    /// Index of the question on screen.
    pub step: RwSignal<usize>,
}

impl QuizState {
    fn new() -> Self {
        Self {
            answers: RwSignal::new(vec![None; questions().len()]),
            step: RwSignal::new(0),
        }
    }

    /// Whether every question has an answer.
    pub fn complete(&self) -> bool {
        self.answers.with(|a| a.iter().all(Option::is_some))
    }

    /// Sets the answer to question `index`.
    pub fn answer(&self, index: usize, answer: Answer) {
        self.answers.update(|a| {
            if let Some(slot) = a.get_mut(index) {
                *slot = Some(answer);
            }
        });
    }

    /// Clears every answer and goes back to the first question.
    pub fn reset(&self) {
        self.answers.set(vec![None; questions().len()]);
        self.step.set(0);
    }
}

/// Puts the app-wide state into context; called once by `App`.
pub fn provide_state() {
    provide_context(QuizState::new());
}

/// The quiz in progress.
pub fn use_quiz() -> QuizState {
    expect_context::<QuizState>()
}
