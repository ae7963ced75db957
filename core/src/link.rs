//! Progress in a link: the answers packed into a URL fragment, which browsers never send to a
//! server. Format: `q5.` then two answers per character (`a * 8 + b` in the 64 URL-safe
//! characters `0-9a-zA-Z-_`, answer digits 0-6 as in [`crate::answers`]), so 62 questions take
//! 31 characters, then one character for where the person stands and their field
//! (`position * 8 + field`, each 0 when not said, else its place in
//! [`Position::ALL`] or [`Field::ALL`] plus one). The last-six-months check is never in a
//! link: its text stays on the device.
//!
//! Links of earlier question sets still open: `q1.` (base 36 of `a * 6 + b`), `q2.` (the
//! format above without the last character, for the second set's 40 questions), `q3.` (the
//! format above, for the third set's 39 questions) and `q4.` (the same, for the fourth set's
//! 48). Their answers are matched to today's
//! questions by id, and the answers to questions no longer asked are counted so the person can
//! be told.
//!
//! Decoding is strict and total: it checks the length cap, the version, the length for the
//! question set and every digit's range, and returns an error for anything else. It never
//! panics.

use crate::{
    answers,
    background::{Background, Field, Position},
    quiz::{Answer, Question},
};

/// The version prefix of links this app writes.
pub const PREFIX: &str = "q5.";
/// The prefix of links made for the first question set.
pub const PREFIX_1: &str = "q1.";
/// The prefix of links made for the second question set.
pub const PREFIX_2: &str = "q2.";
/// The prefix of links made for the third question set.
pub const PREFIX_3: &str = "q3.";
/// The prefix of links made for the fourth question set.
pub const PREFIX_4: &str = "q4.";
/// Whether an address's fragment is meant as a progress link (of any version): the family every
/// prefix above belongs to. Other fragments (`#plan`, a heading) are a place on the page.
pub fn is_progress_link(fragment: &str) -> bool {
    fragment.starts_with("#q")
}

/// Longest fragment accepted; real ones are far shorter.
pub const MAX_LEN: usize = 200;
const DIGITS: &[u8; 64] = b"0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_";
/// Each answer digit of a `q2.` to `q5.` link is below this.
const BASE: u8 = 8;

// The earlier question sets, built from `core/earlier-sets.txt`: `QUESTION_SET_1` to
// `QUESTION_SET_4`, one byte per question, read by `earlier`.
include!(concat!(env!("OUT_DIR"), "/earlier_sets.rs"));

/// One question of an earlier set, from its byte: where it sits in today's [`questions`]
/// (`None` when it is no longer asked) and the largest digit its links wrote.
///
/// [`questions`]: crate::quiz::questions
pub fn earlier(entry: u8) -> (Option<usize>, u8) {
    let now = entry & 63;
    (
        (now < 63).then_some(usize::from(now)),
        [2, 5, 6, 6][usize::from(entry >> 6)],
    )
}

/// Why a link could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkError {
    TooLong,
    UnknownVersion,
    WrongLength { expected: usize, found: usize },
    BadCharacter,
    OutOfRange { question: usize },
}

/// What a link holds, read against today's questions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FromLink {
    /// One slot per question of today's quiz.
    pub answers: Vec<Option<Answer>>,
    /// Made for an earlier question set: its answers were matched to today's questions by id.
    pub earlier_set: bool,
    /// Answers in the link to questions that are no longer asked.
    pub not_carried: usize,
    /// Where the person stands and their field (`q1.` and `q2.` links carry neither).
    pub background: Background,
}

/// What carried over from a link made for an earlier question set.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Carried {
    /// Its answers matched to today's questions.
    pub carried: usize,
    /// Its answers to questions no longer asked.
    pub dropped: usize,
}

impl FromLink {
    /// What carried over, when the link came from an earlier question set (the person is told).
    pub fn carried(&self) -> Option<Carried> {
        self.earlier_set.then(|| Carried {
            carried: self.answers.iter().flatten().count(),
            dropped: self.not_carried,
        })
    }
}

/// The fragment (without `#`) for these answers and this background.
pub fn encode(
    questions: &[Question],
    answers: &[Option<Answer>],
    background: &Background,
) -> String {
    let digits: Vec<u8> = (0..questions.len())
        .map(|i| {
            let answer = answers.get(i).copied().flatten();
            answer.map_or(0, |a| answers::code(&questions[i], a))
        })
        .collect();
    let mut out = String::from(PREFIX);
    for pair in digits.chunks(2) {
        let value = pair[0] * BASE + pair.get(1).copied().unwrap_or(0);
        out.push(DIGITS[usize::from(value)] as char);
    }
    let place = |i: Option<usize>| i.map_or(0, |i| i as u8 + 1);
    let position = place(
        background
            .position
            .and_then(|p| Position::ALL.iter().position(|x| *x == p)),
    );
    let field = place(
        background
            .field
            .and_then(|f| Field::ALL.iter().position(|x| *x == f)),
    );
    out.push(DIGITS[usize::from(position * BASE + field)] as char);
    out
}

/// The answers and background in a fragment of this version (with or without the leading
/// `#`).
pub fn decode(questions: &[Question], fragment: &str) -> Result<FromLink, LinkError> {
    let (digits, last) = answers_and_last(payload(fragment, PREFIX)?, questions.len())?;
    let answers = questions
        .iter()
        .zip(digits)
        .enumerate()
        .map(|(i, (q, d))| match d {
            0 => Ok(None),
            d => answers::decode(q, d)
                .map(Some)
                .ok_or(LinkError::OutOfRange { question: i }),
        })
        .collect::<Result<Vec<_>, _>>()?;
    let background = background(last, questions.len())?;
    Ok(FromLink {
        answers,
        earlier_set: false,
        not_carried: 0,
        background,
    })
}

/// The answer digits of a payload of `count` questions in this version's format (also the
/// third set's), and its last character, which says where the person stands.
fn answers_and_last(payload: &str, count: usize) -> Result<(Vec<u8>, &str), LinkError> {
    let expected = count.div_ceil(2) + 1;
    if payload.len() != expected {
        return Err(LinkError::WrongLength {
            expected,
            found: payload.len(),
        });
    }
    if !payload.is_ascii() {
        return Err(LinkError::BadCharacter);
    }
    let (body, last) = payload.split_at(expected - 1);
    Ok((unpack(body, count, BASE, DIGITS)?, last))
}

/// Where the person stands and their field, from the last character of a link; `question`
/// is the place an out-of-range error names.
fn background(last: &str, question: usize) -> Result<Background, LinkError> {
    let value = DIGITS
        .iter()
        .position(|d| last.as_bytes() == [*d])
        .ok_or(LinkError::BadCharacter)? as u8;
    let out_of_range = LinkError::OutOfRange { question };
    let pick = |code: u8, len: usize| match code {
        0 => Ok(None),
        c if usize::from(c) <= len => Ok(Some(usize::from(c) - 1)),
        _ => Err(out_of_range.clone()),
    };
    Ok(Background {
        position: pick(value / BASE, Position::ALL.len())?.map(|i| Position::ALL[i]),
        field: pick(value % BASE, Field::ALL.len())?.map(|i| Field::ALL[i]),
    })
}

/// The answers in a fragment of this version or of an earlier question set. `questions` must
/// be [`crate::quiz::questions`]: earlier sets are matched to today's questions by position,
/// worked out from their ids when the app is built.
pub fn read(questions: &[Question], fragment: &str) -> Result<FromLink, LinkError> {
    let bare = fragment.strip_prefix('#').unwrap_or(fragment);
    let mut kept_background = Background::default();
    let (digits, set): (Vec<u8>, &[u8]) = if bare.starts_with(PREFIX_1) {
        let payload = payload(fragment, PREFIX_1)?;
        (
            unpack(payload, QUESTION_SET_1.len(), 6, &DIGITS[..36])?,
            &QUESTION_SET_1,
        )
    } else if bare.starts_with(PREFIX_2) {
        let payload = payload(fragment, PREFIX_2)?;
        (
            unpack(payload, QUESTION_SET_2.len(), BASE, DIGITS)?,
            &QUESTION_SET_2,
        )
    } else if bare.starts_with(PREFIX_3) {
        let (digits, last) = answers_and_last(payload(fragment, PREFIX_3)?, QUESTION_SET_3.len())?;
        kept_background = background(last, QUESTION_SET_3.len())?;
        (digits, &QUESTION_SET_3)
    } else if bare.starts_with(PREFIX_4) {
        let (digits, last) = answers_and_last(payload(fragment, PREFIX_4)?, QUESTION_SET_4.len())?;
        kept_background = background(last, QUESTION_SET_4.len())?;
        (digits, &QUESTION_SET_4)
    } else {
        return decode(questions, fragment);
    };
    let mut out = FromLink {
        answers: vec![None; questions.len()],
        earlier_set: true,
        not_carried: 0,
        background: kept_background,
    };
    for (i, (entry, digit)) in set.iter().zip(digits).enumerate() {
        let (now, max) = earlier(*entry);
        if digit > max {
            return Err(LinkError::OutOfRange { question: i });
        }
        if digit == 0 {
            continue;
        }
        // A digit means the same in every set (statements 1-5 and 6, choices 1-2); a kept id
        // kept its meaning, as a changed statement gets a new id.
        match now.filter(|j| *j < out.answers.len()) {
            Some(j) => out.answers[j] = answers::decode(&questions[j], digit),
            None => out.not_carried += 1,
        }
    }
    Ok(out)
}

/// The characters after `prefix`, checked for length.
fn payload<'a>(fragment: &'a str, prefix: &str) -> Result<&'a str, LinkError> {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    if fragment.len() > MAX_LEN {
        return Err(LinkError::TooLong);
    }
    fragment
        .strip_prefix(prefix)
        .ok_or(LinkError::UnknownVersion)
}

/// `count` digits (each below `base`) packed two to a character of `alphabet`.
fn unpack(payload: &str, count: usize, base: u8, alphabet: &[u8]) -> Result<Vec<u8>, LinkError> {
    let expected = count.div_ceil(2);
    if payload.len() != expected {
        return Err(LinkError::WrongLength {
            expected,
            found: payload.len(),
        });
    }
    let mut digits = Vec::with_capacity(expected * 2);
    for byte in payload.bytes() {
        let value = alphabet
            .iter()
            .position(|d| *d == byte)
            .ok_or(LinkError::BadCharacter)? as u8;
        digits.extend([value / base, value % base]);
    }
    // An odd count leaves a padding slot, which the encoder always writes as 0.
    if digits.len() > count && digits.pop() != Some(0) {
        return Err(LinkError::OutOfRange { question: count });
    }
    Ok(digits)
}
