//! The one-digit code of an answer, shared by stored data, exported files and links:
//! statements 1 (strongly disagree) to 5 (strongly agree) and 6 ("does not apply to me", where
//! offered), choices 1 (the first option shown) and 2 (the second). 0 means unanswered.

use crate::quiz::{Agreement, Answer, Question, QuestionKind};

/// The digit of "does not apply to me".
pub const NOT_APPLICABLE: u8 = 6;

/// The digit for an answer to `question`; 0 for a pick of an option it does not offer.
pub fn code(question: &Question, answer: Answer) -> u8 {
    match (answer, &question.kind) {
        (Answer::Agreement(a), _) => a.points() + 1,
        (Answer::Pick(scale), QuestionKind::Choice { options }) => options
            .iter()
            .position(|(s, _)| *s == scale)
            .map_or(0, |p| p as u8 + 1),
        (Answer::Pick(_), _) => 0,
        (Answer::NotApplicable, _) => NOT_APPLICABLE,
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
        QuestionKind::Choice { options } => options
            .get(usize::from(digit.checked_sub(1)?))
            .map(|(s, _)| Answer::Pick(*s)),
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
