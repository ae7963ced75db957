//! The one-digit code of an answer, shared by stored data, exported files and links:
//! statements 1 (strongly disagree) to 5 (strongly agree), choices 1 (management option) and
//! 2 (technical option). 0 means unanswered.

use crate::{
    quiz::{Agreement, Answer, Question, QuestionKind},
    TrackKind,
};

/// The digit for an answer.
pub fn code(answer: Answer) -> u8 {
    match answer {
        Answer::Agreement(a) => a.points() + 1,
        Answer::Pick(TrackKind::Management) => 1,
        Answer::Pick(TrackKind::Technical) => 2,
    }
}

/// The answer a digit stands for on this question; `None` for 0 and for out-of-range digits.
pub fn decode(question: &Question, digit: u8) -> Option<Answer> {
    match question.kind {
        QuestionKind::Statement { .. } => {
            Agreement::from_points(digit.checked_sub(1)?).map(Answer::Agreement)
        }
        QuestionKind::Choice { .. } => match digit {
            1 => Some(Answer::Pick(TrackKind::Management)),
            2 => Some(Answer::Pick(TrackKind::Technical)),
            _ => None,
        },
    }
}

/// The largest valid digit for this question.
pub fn max_code(question: &Question) -> u8 {
    match question.kind {
        QuestionKind::Statement { .. } => 5,
        QuestionKind::Choice { .. } => 2,
    }
}
