//! What Crossroads keeps in the browser, and the same thing as an exported file.
//!
//! One JSON envelope under one namespaced key: `{ "app", "version", "saved_at", "data" }`.
//! Answers are stored by question id (digits as in [`crate::answers`]), so editing or
//! reordering questions never shifts anyone's saved answers; answers to questions that no
//! longer exist are dropped.
//!
//! Versions: data from an older version is upgraded step by step in [`upgrade`] (version 1 is
//! the first schema, so there is no step yet; each later schema adds one, with a fixture test).
//! Data from a newer version is never rewritten: the loader reports it and the app leaves it.

use crate::{
    answers,
    quiz::{Answer, Question},
    role,
    scoring::Outcome,
};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The key everything lives under.
pub const KEY: &str = "crossroads:state";
/// Prefix of the keys that keep unreadable data aside instead of deleting it.
pub const BACKUP_PREFIX: &str = "crossroads:backup:";
/// The schema this build writes.
pub const CURRENT_VERSION: u32 = 1;
/// Finished attempts kept; the oldest go first.
pub const MAX_HISTORY: usize = 50;
const APP: &str = "crossroads";

/// Everything a person's progress consists of.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Saved {
    /// One slot per question of the current quiz.
    pub answers: Vec<Option<Answer>>,
    /// The question on screen.
    pub step: usize,
    /// Finished attempts, oldest first.
    pub history: Vec<Attempt>,
    /// Role slugs, in the order they were added.
    pub shortlist: Vec<&'static str>,
}

/// A finished quiz, as it came out at the time.
#[derive(Debug, Clone, PartialEq)]
pub struct Attempt {
    /// When it was finished (ISO 8601), also its identity.
    pub finished_at: String,
    pub answers: Vec<Option<Answer>>,
    pub outcome: Outcome,
    pub management: f64,
    pub technical: f64,
}

impl Saved {
    /// Whether anything is worth keeping.
    pub fn is_empty(&self) -> bool {
        self.answers.iter().all(Option::is_none)
            && self.history.is_empty()
            && self.shortlist.is_empty()
    }
}

/// What the loader found under [`KEY`].
#[derive(Debug, Clone, PartialEq)]
pub enum Loaded {
    /// Nothing stored yet.
    Empty,
    Ready(Saved),
    /// Stored by a newer version of the app: leave it alone.
    Newer {
        version: u32,
    },
    /// Unreadable: keep it under a backup key and start clean.
    Corrupt {
        reason: String,
    },
}

/// Why an imported file (or stored value) was refused.
#[derive(Debug, Clone, PartialEq)]
pub enum ReadError {
    NotJson,
    NotCrossroads,
    Newer { version: u32 },
    Invalid(String),
}

impl ReadError {
    /// The reason in plain words.
    pub fn message(&self) -> String {
        match self {
            ReadError::NotJson => "The file is not a Crossroads export (it is not JSON).".into(),
            ReadError::NotCrossroads => "The file is JSON, but not a Crossroads export.".into(),
            ReadError::Newer { version } => format!(
                "The data was saved by a newer version of Crossroads (format {version}); this version can read up to format {CURRENT_VERSION}."
            ),
            ReadError::Invalid(reason) => format!("The data is damaged: {reason}."),
        }
    }
}

#[derive(Serialize, Deserialize)]
struct Envelope {
    app: String,
    version: u32,
    saved_at: String,
    data: serde_json::Value,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct DataV1 {
    quiz: QuizV1,
    history: Vec<AttemptV1>,
    shortlist: Vec<String>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct QuizV1 {
    answers: BTreeMap<String, u8>,
    step: usize,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct AttemptV1 {
    finished_at: String,
    answers: BTreeMap<String, u8>,
    outcome: String,
    management: f64,
    technical: f64,
}

/// Reads the stored value. Never panics, whatever the input.
pub fn load(questions: &[Question], raw: Option<&str>) -> Loaded {
    match raw {
        None => Loaded::Empty,
        Some(raw) => match read(questions, raw) {
            Ok(saved) => Loaded::Ready(saved),
            Err(ReadError::Newer { version }) => Loaded::Newer { version },
            Err(e) => Loaded::Corrupt {
                reason: e.message(),
            },
        },
    }
}

/// Reads a stored value or an exported file. Never panics, whatever the input.
pub fn read(questions: &[Question], raw: &str) -> Result<Saved, ReadError> {
    let value: serde_json::Value = serde_json::from_str(raw).map_err(|_| ReadError::NotJson)?;
    let envelope: Envelope = serde_json::from_value(value).map_err(|_| ReadError::NotCrossroads)?;
    if envelope.app != APP {
        return Err(ReadError::NotCrossroads);
    }
    if envelope.version > CURRENT_VERSION {
        return Err(ReadError::Newer {
            version: envelope.version,
        });
    }
    let data = upgrade(envelope.version, envelope.data)?;
    from_v1(questions, data)
}

/// Brings data of any earlier version up to the current one, one version at a time.
fn upgrade(version: u32, data: serde_json::Value) -> Result<DataV1, ReadError> {
    match version {
        1 => serde_json::from_value(data)
            .map_err(|e| ReadError::Invalid(format!("unexpected layout ({e})"))),
        other => Err(ReadError::Invalid(format!("format {other} never existed"))),
    }
}

fn from_v1(questions: &[Question], data: DataV1) -> Result<Saved, ReadError> {
    let answers = answers_from(questions, &data.quiz.answers)?;
    let mut history = Vec::new();
    for a in data.history.into_iter().rev().take(MAX_HISTORY).rev() {
        let outcome = Outcome::from_slug(&a.outcome)
            .ok_or_else(|| ReadError::Invalid(format!("unknown outcome {:?}", a.outcome)))?;
        if !(0.0..=100.0).contains(&a.management) || !(0.0..=100.0).contains(&a.technical) {
            return Err(ReadError::Invalid("a score outside 0 to 100".into()));
        }
        history.push(Attempt {
            answers: answers_from(questions, &a.answers)?,
            finished_at: a.finished_at.chars().take(40).collect(),
            outcome,
            management: a.management,
            technical: a.technical,
        });
    }
    let mut shortlist: Vec<&'static str> = Vec::new();
    for slug in &data.shortlist {
        // A role that was renamed or removed simply drops off the shortlist.
        if let Some(r) = role(slug).filter(|r| !shortlist.contains(&r.slug)) {
            shortlist.push(r.slug);
        }
    }
    Ok(Saved {
        step: data.quiz.step.min(questions.len().saturating_sub(1)),
        answers,
        history,
        shortlist,
    })
}

fn answers_from(
    questions: &[Question],
    stored: &BTreeMap<String, u8>,
) -> Result<Vec<Option<Answer>>, ReadError> {
    let mut out = vec![None; questions.len()];
    for (id, digit) in stored {
        // Answers to questions that no longer exist are dropped, not an error.
        if let Some(i) = questions.iter().position(|q| q.id == id) {
            out[i] = Some(answers::decode(&questions[i], *digit).ok_or_else(|| {
                ReadError::Invalid(format!("an impossible answer to question {id:?}"))
            })?);
        }
    }
    Ok(out)
}

fn answers_to(questions: &[Question], answers: &[Option<Answer>]) -> BTreeMap<String, u8> {
    questions
        .iter()
        .zip(answers)
        .filter_map(|(q, a)| a.map(|a| (q.id.to_string(), answers::code(a))))
        .collect()
}

/// The envelope for `saved`, as stored and as exported.
pub fn write(questions: &[Question], saved: &Saved, saved_at: &str) -> String {
    let data = DataV1 {
        quiz: QuizV1 {
            answers: answers_to(questions, &saved.answers),
            step: saved.step,
        },
        history: saved
            .history
            .iter()
            .map(|a| AttemptV1 {
                finished_at: a.finished_at.clone(),
                answers: answers_to(questions, &a.answers),
                outcome: a.outcome.slug().to_string(),
                management: a.management,
                technical: a.technical,
            })
            .collect(),
        shortlist: saved.shortlist.iter().map(|s| s.to_string()).collect(),
    };
    let envelope = Envelope {
        app: APP.into(),
        version: CURRENT_VERSION,
        saved_at: saved_at.into(),
        data: serde_json::to_value(data).unwrap_or_default(),
    };
    serde_json::to_string_pretty(&envelope).unwrap_or_default()
}
