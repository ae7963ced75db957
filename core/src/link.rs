//! Progress in a link: the answers packed into a URL fragment, which browsers never send to a
//! server. Format: `q1.` then two answers per character (base 36 of `a * 6 + b`, answer
//! digits as in [`crate::answers`]), so 27 questions take 14 characters.
//!
//! Decoding is strict and total: it checks the length cap, the version, the length for this
//! question set and every digit's range, and returns an error for anything else. It never panics.

use crate::{answers, quiz::Answer, quiz::Question};

/// The version prefix of links this app writes.
pub const PREFIX: &str = "q1.";
/// Longest fragment accepted; real ones are far shorter.
pub const MAX_LEN: usize = 200;
const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";

/// Why a link could not be read. Each has a message for people.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkError {
    TooLong,
    UnknownVersion,
    WrongLength { expected: usize, found: usize },
    BadCharacter,
    OutOfRange { question: usize },
}

impl LinkError {
    /// What went wrong, in plain words.
    pub fn message(&self) -> String {
        match self {
            LinkError::TooLong => "The link is much longer than any Crossroads link.".into(),
            LinkError::UnknownVersion => {
                "The link was not made by this version of Crossroads.".into()
            }
            LinkError::WrongLength { .. } => {
                "The link is incomplete, or was made for a different set of questions.".into()
            }
            LinkError::BadCharacter => {
                "The link contains characters Crossroads never writes.".into()
            }
            LinkError::OutOfRange { question } => {
                format!(
                    "The link holds an impossible answer to question {}.",
                    question + 1
                )
            }
        }
    }
}

/// The fragment (without `#`) for these answers.
pub fn encode(questions: &[Question], answers: &[Option<Answer>]) -> String {
    let digits: Vec<u8> = (0..questions.len())
        .map(|i| answers.get(i).copied().flatten().map_or(0, answers::code))
        .collect();
    let mut out = String::from(PREFIX);
    for pair in digits.chunks(2) {
        let value = pair[0] * 6 + pair.get(1).copied().unwrap_or(0);
        out.push(DIGITS[usize::from(value)] as char);
    }
    out
}

/// The answers in a fragment (with or without the leading `#`).
pub fn decode(questions: &[Question], fragment: &str) -> Result<Vec<Option<Answer>>, LinkError> {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    if fragment.len() > MAX_LEN {
        return Err(LinkError::TooLong);
    }
    let payload = fragment
        .strip_prefix(PREFIX)
        .ok_or(LinkError::UnknownVersion)?;
    let expected = questions.len().div_ceil(2);
    if payload.len() != expected {
        return Err(LinkError::WrongLength {
            expected,
            found: payload.len(),
        });
    }
    let mut digits = Vec::with_capacity(expected * 2);
    for byte in payload.bytes() {
        let value = DIGITS
            .iter()
            .position(|d| *d == byte)
            .ok_or(LinkError::BadCharacter)? as u8;
        digits.extend([value / 6, value % 6]);
    }
    let decoded = questions
        .iter()
        .zip(&digits)
        .enumerate()
        .map(|(i, (q, d))| match *d {
            0 => Ok(None),
            d if d <= answers::max_code(q) => Ok(answers::decode(q, d)),
            _ => Err(LinkError::OutOfRange { question: i }),
        })
        .collect::<Result<Vec<_>, _>>()?;
    // An odd number of questions leaves a padding slot, which the encoder always writes as 0.
    if digits.len() > questions.len() && digits.last() != Some(&0) {
        return Err(LinkError::OutOfRange {
            question: questions.len(),
        });
    }
    Ok(decoded)
}
