//! What Crossroads keeps in the browser, and the same thing as an exported file.
//!
//! One JSON envelope under one namespaced key: `{ "app", "version", "saved_at", "data" }`.
//! Answers are stored by question id (digits as in [`crate::answers`]), so editing or
//! reordering questions never shifts anyone's saved answers.
//!
//! Answers to questions that are no longer asked are kept aside, untouched, and written back,
//! so nothing a person gave is lost when the questions change.
//!
//! Versions: data of every earlier version is read by its own layout reader and brought up to
//! the current one in `layouts`, with a fixture test per version. Data from a newer version
//! is never rewritten: the loader reports it and the app leaves it.

mod layouts;

use crate::json::{self, Value};
use crate::{
    answers,
    background::{Background, Field, Position},
    plan::{self, PlanState},
    progress::{last_step, Attempt, Saved, MAX_HISTORY},
    quiz::{Answer, Question, QUESTION_SET},
    recent::{clean, RecentWork, WorkKind, MAX_ITEMS},
    role,
    scoring::Outcome,
    weigh::Weights,
};
use layouts::{field, fields, optional, upgrade, Data, ATTEMPT, QUIZ};

/// The key everything lives under.
pub const KEY: &str = "crossroads:state";
/// Prefix of the keys that keep unreadable data aside instead of deleting it.
pub const BACKUP_PREFIX: &str = "crossroads:backup:";
/// Where the chosen colour theme is remembered, apart from progress: deleting data keeps it.
pub const THEME_KEY: &str = "crossroads:theme";
/// Where the language a person chose with the language switch is remembered (its code), apart
/// from progress: deleting data keeps it, as it keeps the colour theme.
pub const LANGUAGE_KEY: &str = "crossroads:language";
/// Where the quiz page, before the app has loaded, keeps the answer chosen on its pre-rendered
/// first question: [`early_prefix`], the id of the chosen radio ([`crate::quiz::answer_id`]),
/// then [`EARLY_MOVES_ON`] when it was chosen by a tap or a number key (arrow keys only choose).
/// The app takes it into the progress when it starts ([`crate::progress::Saved::take_early`])
/// and removes it.
pub const EARLY_KEY: &str = "crossroads:early";
/// The mark after an early answer's id that says the quiz moves on from it (see [`EARLY_KEY`]).
pub const EARLY_MOVES_ON: &str = "+";

/// What an early answer starts with: the question set of the page it was chosen on, as a radio's
/// id names a question by its place, and a tab closed before the app arrived can leave the
/// answer for a later visit to a build with other questions.
pub fn early_prefix() -> String {
    format!("{}/", crate::quiz::QUESTION_SET)
}
/// The schema this build writes.
pub const CURRENT_VERSION: u32 = 6;
const APP: &str = "crossroads";

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
        reason: ReadError,
    },
}

/// Why an imported file (or stored value) was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReadError {
    NotJson,
    NotCrossroads,
    Newer { version: u32 },
    Invalid(Damage),
}

/// What is wrong in data that claims to be Crossroads': each names the place, as a path into
/// the document (`data.quiz.step`, `data.history[].outcome`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Damage {
    /// A format number no version of Crossroads ever wrote.
    NoSuchFormat(u32),
    /// A field the layout needs is missing.
    Missing(String),
    /// A field no version of Crossroads writes.
    Unexpected(String),
    /// A value of the wrong kind, or outside what Crossroads writes there.
    Wrong(String),
}

/// Reads the stored value. Never panics, whatever the input.
pub fn load(questions: &[Question], raw: Option<&str>) -> Loaded {
    match raw {
        None => Loaded::Empty,
        Some(raw) => match read(questions, raw) {
            Ok(saved) => Loaded::Ready(saved),
            Err(ReadError::Newer { version }) => Loaded::Newer { version },
            Err(reason) => Loaded::Corrupt { reason },
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
    from_data(questions, data)
}

fn from_data(questions: &[Question], data: Data<'_>) -> Result<Saved, ReadError> {
    let invalid = |at: &str| ReadError::Invalid(Damage::Wrong(at.to_string()));
    let (answers, retired) = answers_from(questions, QUIZ, data.answers)?;
    let mut history = Vec::new();
    for a in data.history.into_iter().rev().take(MAX_HISTORY).rev() {
        let outcome =
            Outcome::from_slug(a.outcome).ok_or_else(|| invalid("data.history[].outcome"))?;
        if !(0.0..=100.0).contains(&a.management) {
            return Err(invalid("data.history[].management"));
        }
        if !(0.0..=100.0).contains(&a.technical) {
            return Err(invalid("data.history[].technical"));
        }
        if a.leadership.is_some_and(|l| !(0.0..=100.0).contains(&l)) {
            return Err(invalid("data.history[].leadership"));
        }
        if !(1..=QUESTION_SET).contains(&a.question_set) {
            return Err(invalid("data.history[].question_set"));
        }
        let (answers, retired) = answers_from(questions, ATTEMPT, a.answers)?;
        history.push(Attempt {
            answers,
            retired,
            finished_at: a.finished_at.chars().take(40).collect(),
            outcome,
            management: score(a.management),
            technical: score(a.technical),
            leadership: a.leadership.map(score),
            question_set: a.question_set,
        });
    }
    if data.recent.len() > MAX_ITEMS {
        return Err(invalid("data.quiz.recent"));
    }
    let mut recent = Vec::new();
    for item in data.recent {
        let satisfaction = match item.satisfaction {
            None => None,
            Some(s @ 1..=5) => Some(s as u8),
            Some(_) => return Err(invalid("data.quiz.recent[].satisfaction")),
        };
        let kind = match item.kind {
            None => None,
            Some(k) => {
                Some(WorkKind::from_slug(k).ok_or_else(|| invalid("data.quiz.recent[].kind"))?)
            }
        };
        recent.push(RecentWork {
            what: clean(item.what),
            satisfaction,
            kind,
        });
    }
    let mut shortlist: Vec<&'static str> = Vec::new();
    for slug in data.shortlist {
        // A role that was renamed or removed simply drops off the shortlist.
        if let Some(r) = role(slug).filter(|r| !shortlist.contains(&r.slug)) {
            shortlist.push(r.slug);
        }
    }
    let weights = match data.weights {
        None => Weights::default(),
        Some(text) if data.old_weights => {
            Weights::from_old_param(text).ok_or_else(|| invalid("data.weights"))?
        }
        Some(text) => Weights::from_param(text).ok_or_else(|| invalid("data.weights"))?,
    };
    let background = match data.background {
        None => Background::default(),
        Some(value) => background_from(value).map_err(ReadError::Invalid)?,
    };
    let plan = match data.plan {
        None => PlanState::default(),
        Some(value) => plan_from(value).map_err(ReadError::Invalid)?,
    };
    // With every question answered, the quiz resumes at the check that follows them.
    let first_open = answers
        .iter()
        .position(Option::is_none)
        .unwrap_or(last_step(questions));
    Ok(Saved {
        step: data
            .step
            .map_or(first_open, |s| s as usize)
            .min(last_step(questions)),
        answers,
        retired,
        recent,
        history,
        shortlist,
        weights,
        plan,
        background,
    })
}

/// Where the person stands and their field, as stored; either may be missing.
fn background_from(value: &Value) -> Result<Background, Damage> {
    let what = "data.background";
    fields(value, what, &["position", "field"])?;
    let position = optional(value, what, "position", Value::as_str)?
        .map(|p| Position::from_slug(p).ok_or_else(|| Damage::Wrong(format!("{what}.position"))))
        .transpose()?;
    let field = optional(value, what, "field", Value::as_str)?
        .map(|f| Field::from_slug(f).ok_or_else(|| Damage::Wrong(format!("{what}.field"))))
        .transpose()?;
    Ok(Background { position, field })
}

fn background_to(background: &Background) -> Value {
    let mut fields = Vec::new();
    if let Some(p) = background.position {
        fields.push(("position".to_string(), Value::String(p.slug().to_string())));
    }
    if let Some(f) = background.field {
        fields.push(("field".to_string(), Value::String(f.slug().to_string())));
    }
    Value::Object(fields)
}

/// The plan as stored: a start date that is a date, step ids, and notes as text.
fn plan_from(value: &Value) -> Result<PlanState, Damage> {
    let what = "data.plan";
    fields(value, what, &["started", "done", "notes"])?;
    let started = optional(value, what, "started", Value::as_str)?;
    if started.is_some_and(|d| d.len() != 10 || plan::day_number(d).is_none()) {
        return Err(Damage::Wrong(format!("{what}.started")));
    }
    let mut state = PlanState {
        started: started.map(str::to_string),
        ..PlanState::default()
    };
    for id in field(value, what, "done", Value::as_array)? {
        let id = id
            .as_str()
            .ok_or_else(|| Damage::Wrong(format!("{what}.done[]")))?;
        if !state.is_done(id) {
            state.toggle(&id.chars().take(80).collect::<String>());
        }
    }
    for (id, note) in field(value, what, "notes", Value::as_object)? {
        let note = note
            .as_str()
            .ok_or_else(|| Damage::Wrong(format!("{what}.notes.{id}")))?;
        state.set_note(&id.chars().take(80).collect::<String>(), note);
    }
    Ok(state)
}

fn plan_to(plan: &PlanState) -> Value {
    let mut fields = Vec::new();
    if let Some(d) = &plan.started {
        fields.push(("started".to_string(), Value::String(d.clone())));
    }
    fields.push((
        "done".into(),
        Value::Array(plan.done.iter().map(|d| Value::String(d.clone())).collect()),
    ));
    fields.push((
        "notes".into(),
        Value::Object(
            plan.notes
                .iter()
                .map(|(k, v)| (k.clone(), Value::String(v.clone())))
                .collect(),
        ),
    ));
    Value::Object(fields)
}

/// A score as it is stored: two decimals, so what is written reads back exactly. Applied
/// where data crosses storage (reading and writing), not where scores are made.
fn score(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

/// Answers to questions no longer asked: id and digit.
type Retired = Vec<(String, u8)>;

/// Answers by question id: one slot per current question, and the answers to questions this
/// version no longer asks, kept as they were.
fn answers_from(
    questions: &[Question],
    at: &str,
    stored: &[(String, Value)],
) -> Result<(Vec<Option<Answer>>, Retired), ReadError> {
    let mut out = vec![None; questions.len()];
    let mut retired = Vec::new();
    for (id, digit) in stored {
        let impossible = || ReadError::Invalid(Damage::Wrong(format!("{at}.answers.{id}")));
        let digit = digit
            .as_u32()
            .and_then(|d| u8::try_from(d).ok())
            .ok_or_else(impossible)?;
        match questions.iter().position(|q| q.id == id) {
            Some(i) => out[i] = Some(answers::decode(&questions[i], digit).ok_or_else(impossible)?),
            // No question ever had a digit beyond "does not apply".
            None if (1..=answers::NOT_APPLICABLE).contains(&digit) => {
                retired.push((id.chars().take(80).collect(), digit))
            }
            None => return Err(impossible()),
        }
    }
    Ok((out, retired))
}

fn answers_to(
    questions: &[Question],
    answers: &[Option<Answer>],
    retired: &[(String, u8)],
) -> Value {
    Value::Object(
        questions
            .iter()
            .zip(answers)
            .filter_map(|(q, a)| a.map(|a| (q.id.to_string(), answers::code(q, a))))
            .chain(retired.iter().map(|(id, d)| (id.clone(), *d)))
            .map(|(id, d)| (id, Value::Number(f64::from(d))))
            .collect(),
    )
}

fn recent_to(item: &RecentWork) -> Value {
    let mut fields = vec![("what".to_string(), Value::String(item.what.clone()))];
    if let Some(s) = item.satisfaction {
        fields.push(("satisfaction".into(), Value::Number(f64::from(s))));
    }
    if let Some(k) = item.kind {
        fields.push(("kind".into(), Value::String(k.slug().into())));
    }
    Value::Object(fields)
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
            let mut fields = vec![
                ("finished_at", text(&a.finished_at)),
                ("answers", answers_to(questions, &a.answers, &a.retired)),
                ("outcome", text(a.outcome.slug())),
                ("management", Value::Number(score(a.management))),
                ("technical", Value::Number(score(a.technical))),
            ];
            if let Some(l) = a.leadership {
                fields.push(("leadership", Value::Number(score(l))));
            }
            fields.push(("question_set", Value::Number(f64::from(a.question_set))));
            object(fields)
        })
        .collect();
    let data = object(vec![
        (
            "quiz",
            object(vec![
                (
                    "answers",
                    answers_to(questions, &saved.answers, &saved.retired),
                ),
                ("step", Value::Number(saved.step as f64)),
                ("question_set", Value::Number(f64::from(QUESTION_SET))),
                (
                    "recent",
                    Value::Array(saved.recent.iter().map(recent_to).collect()),
                ),
            ]),
        ),
        ("history", Value::Array(history)),
        (
            "shortlist",
            Value::Array(saved.shortlist.iter().map(|s| text(s)).collect()),
        ),
        ("weights", text(&saved.weights.to_param())),
        ("plan", plan_to(&saved.plan)),
        ("background", background_to(&saved.background)),
    ]);
    object(vec![
        ("app", text(APP)),
        ("version", Value::Number(f64::from(CURRENT_VERSION))),
        ("saved_at", text(saved_at)),
        ("data", data),
    ])
    .to_pretty()
}
