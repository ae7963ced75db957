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

use crate::json::{self, Value};
use crate::{
    answers,
    quiz::{Answer, Question},
    role,
    scoring::Outcome,
};

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

/// The stored layout of version 1, field by field:
///
/// ```text
/// { "app": "crossroads", "version": 1, "saved_at": "<ISO 8601>",
///   "data": { "quiz": { "answers": { "<question id>": <digit>, ... }, "step": <n> },
///             "history": [ { "finished_at", "answers", "outcome", "management", "technical" } ],
///             "shortlist": [ "<role slug>", ... ] } }
/// ```
///
/// Unknown fields are refused, so a damaged file is not half-read.
struct DataV1<'a> {
    answers: &'a [(String, Value)],
    step: u32,
    history: Vec<AttemptV1<'a>>,
    shortlist: Vec<&'a str>,
}

/// One finished attempt as stored in version 1.
struct AttemptV1<'a> {
    finished_at: &'a str,
    answers: &'a [(String, Value)],
    outcome: &'a str,
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
    let value = json::parse(raw).ok_or(ReadError::NotJson)?;
    let app = value.get("app").and_then(Value::as_str);
    let version = value.get("version").and_then(Value::as_u32);
    let (Some(APP), Some(version), Some(_), Some(data)) = (
        app,
        version,
        value.get("saved_at").and_then(Value::as_str),
        value.get("data"),
    ) else {
        return Err(ReadError::NotCrossroads);
    };
    if version > CURRENT_VERSION {
        return Err(ReadError::Newer { version });
    }
    let data = upgrade(version, data)?;
    from_v1(questions, data)
}

/// Brings data of any earlier version up to the current one, one version at a time.
fn upgrade(version: u32, data: &Value) -> Result<DataV1<'_>, ReadError> {
    match version {
        1 => layout_v1(data).map_err(|e| ReadError::Invalid(format!("unexpected layout ({e})"))),
        other => Err(ReadError::Invalid(format!("format {other} never existed"))),
    }
}

/// The fields of an object, refusing any not in `known`.
fn fields<'a>(
    value: &'a Value,
    what: &str,
    known: &[&str],
) -> Result<&'a [(String, Value)], String> {
    let fields = value
        .as_object()
        .ok_or_else(|| format!("{what} is not an object"))?;
    match fields.iter().find(|(k, _)| !known.contains(&k.as_str())) {
        Some((k, _)) => Err(format!("unknown field {k:?} in {what}")),
        None => Ok(fields),
    }
}

/// The value under `key` of the object `what`, converted by `as_kind` (`kind` names it).
fn field<'a, T>(
    value: &'a Value,
    what: &str,
    key: &str,
    kind: &str,
    as_kind: impl FnOnce(&'a Value) -> Option<T>,
) -> Result<T, String> {
    let found = value
        .get(key)
        .ok_or_else(|| format!("missing field {key:?} in {what}"))?;
    as_kind(found).ok_or_else(|| format!("{key:?} in {what} is not {kind}"))
}

/// The shape of version 1: every field present, of the right kind, and nothing else.
fn layout_v1(data: &Value) -> Result<DataV1<'_>, String> {
    fields(data, "data", &["quiz", "history", "shortlist"])?;
    let quiz = field(data, "data", "quiz", "an object", Some)?;
    fields(quiz, "quiz", &["answers", "step"])?;
    let mut history = Vec::new();
    for a in field(data, "data", "history", "a list", Value::as_array)? {
        const KNOWN: [&str; 5] = [
            "finished_at",
            "answers",
            "outcome",
            "management",
            "technical",
        ];
        fields(a, "an attempt", &KNOWN)?;
        history.push(AttemptV1 {
            finished_at: field(a, "an attempt", "finished_at", "text", Value::as_str)?,
            answers: field(a, "an attempt", "answers", "an object", Value::as_object)?,
            outcome: field(a, "an attempt", "outcome", "text", Value::as_str)?,
            management: field(a, "an attempt", "management", "a number", Value::as_f64)?,
            technical: field(a, "an attempt", "technical", "a number", Value::as_f64)?,
        });
    }
    let shortlist = field(data, "data", "shortlist", "a list", Value::as_array)?
        .iter()
        .map(|slug| {
            slug.as_str()
                .ok_or("the shortlist holds something other than text")
        })
        .collect::<Result<_, _>>()?;
    Ok(DataV1 {
        answers: field(quiz, "quiz", "answers", "an object", Value::as_object)?,
        step: field(quiz, "quiz", "step", "a whole number", Value::as_u32)?,
        history,
        shortlist,
    })
}

fn from_v1(questions: &[Question], data: DataV1<'_>) -> Result<Saved, ReadError> {
    let answers = answers_from(questions, data.answers)?;
    let mut history = Vec::new();
    for a in data.history.into_iter().rev().take(MAX_HISTORY).rev() {
        let outcome = Outcome::from_slug(a.outcome)
            .ok_or_else(|| ReadError::Invalid(format!("unknown outcome {:?}", a.outcome)))?;
        if !(0.0..=100.0).contains(&a.management) || !(0.0..=100.0).contains(&a.technical) {
            return Err(ReadError::Invalid("a score outside 0 to 100".into()));
        }
        history.push(Attempt {
            answers: answers_from(questions, a.answers)?,
            finished_at: a.finished_at.chars().take(40).collect(),
            outcome,
            management: score(a.management),
            technical: score(a.technical),
        });
    }
    let mut shortlist: Vec<&'static str> = Vec::new();
    for slug in data.shortlist {
        // A role that was renamed or removed simply drops off the shortlist.
        if let Some(r) = role(slug).filter(|r| !shortlist.contains(&r.slug)) {
            shortlist.push(r.slug);
        }
    }
    Ok(Saved {
        step: (data.step as usize).min(questions.len().saturating_sub(1)),
        answers,
        history,
        shortlist,
    })
}

/// A score as it is stored: two decimals, so what is written reads back exactly. Applied
/// where data crosses storage (reading and writing), not where scores are made.
fn score(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

fn answers_from(
    questions: &[Question],
    stored: &[(String, Value)],
) -> Result<Vec<Option<Answer>>, ReadError> {
    let mut out = vec![None; questions.len()];
    for (id, digit) in stored {
        // Answers to questions that no longer exist are dropped, not an error.
        if let Some(i) = questions.iter().position(|q| q.id == id) {
            let decoded = digit
                .as_u32()
                .and_then(|d| u8::try_from(d).ok())
                .and_then(|d| answers::decode(&questions[i], d));
            out[i] = Some(decoded.ok_or_else(|| {
                ReadError::Invalid(format!("an impossible answer to question {id:?}"))
            })?);
        }
    }
    Ok(out)
}

fn answers_to(questions: &[Question], answers: &[Option<Answer>]) -> Value {
    Value::Object(
        questions
            .iter()
            .zip(answers)
            .filter_map(|(q, a)| {
                a.map(|a| (q.id.to_string(), Value::Number(f64::from(answers::code(a)))))
            })
            .collect(),
    )
}

/// The envelope for `saved`, as stored and as exported.
pub fn write(questions: &[Question], saved: &Saved, saved_at: &str) -> String {
    let text = |s: &str| Value::String(s.to_string());
    let object = |fields: Vec<(&str, Value)>| {
        Value::Object(
            fields
                .into_iter()
                .map(|(k, v)| (k.to_string(), v))
                .collect(),
        )
    };
    let history = saved
        .history
        .iter()
        .map(|a| {
            object(vec![
                ("finished_at", text(&a.finished_at)),
                ("answers", answers_to(questions, &a.answers)),
                ("outcome", text(a.outcome.slug())),
                ("management", Value::Number(score(a.management))),
                ("technical", Value::Number(score(a.technical))),
            ])
        })
        .collect();
    let data = object(vec![
        (
            "quiz",
            object(vec![
                ("answers", answers_to(questions, &saved.answers)),
                ("step", Value::Number(saved.step as f64)),
            ]),
        ),
        ("history", Value::Array(history)),
        (
            "shortlist",
            Value::Array(saved.shortlist.iter().map(|s| text(s)).collect()),
        ),
    ]);
    object(vec![
        ("app", text(APP)),
        ("version", Value::Number(f64::from(CURRENT_VERSION))),
        ("saved_at", text(saved_at)),
        ("data", data),
    ])
    .to_pretty()
}
