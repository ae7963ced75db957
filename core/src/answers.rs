//! The one-digit code of an answer, shared by stored data, exported files and links:
//! statements 1 (strongly disagree) to 5 (strongly agree) and 6 ("does not apply to me", where
//! offered), choices 1 (management option) and 2 (technical option). 0 means unanswered.

use crate::{
    quiz::{Agreement, Answer, Question, QuestionKind},
    TrackKind,
};

/// The digit of "does not apply to me".
pub const NOT_APPLICABLE: u8 = 6;

/// The digit for an answer.
pub fn code(answer: Answer) -> u8 {
    match answer {
        Answer::Agreement(a) => a.points() + 1,
        Answer::Pick(TrackKind::Management) => 1,
        Answer::Pick(TrackKind::Technical) => 2,
        Answer::NotApplicable => NOT_APPLICABLE,
    }
}

/// The answer a digit stands for on this question; `None` for 0 and for out-of-range digits.
pub fn decode(question: &Question, digit: u8) -> Option<Answer> {
    match question.kind {
        QuestionKind::Statement { .. } if digit == NOT_APPLICABLE => {
            Some(Answer::NotApplicable).filter(|a| a.fits(question))
        }
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
        QuestionKind::Statement {
            not_applicable: true,
            ..
        } => NOT_APPLICABLE,
        QuestionKind::Statement { .. } => 5,
        QuestionKind::Choice { .. } => 2,
    }
}
