//! Every stored layout, version by version: each version's reader checks its own shape and
//! brings it into [`Data`], the current layout, on the way in.

use super::{Damage, ReadError};
use crate::json::Value;
use crate::quiz::QUESTION_SET;

/// The current layout (version 6), field by field:
///
/// ```text
/// { "app": "crossroads", "version": 6, "saved_at": "<ISO 8601>",
///   "data": { "quiz": { "answers": { "<question id>": <digit>, ... }, "step": <n>,
///                       "question_set": <the set the step counts questions of>,
///                       "recent": [ { "what": "<text>", "satisfaction": <1-5>?,
///                                     "kind": "people" | "technical" | "both"
///                                             | "direction"? } ] },
///             "history": [ { "finished_at", "answers", "outcome", "management", "technical",
///                            "leadership"?, "question_set" } ],
///             "shortlist": [ "<role slug>", ... ],
///             "weights": "<seven digits 0-4: what matters, see weigh::Weights>",
///             "plan": { "started": "<YYYY-MM-DD>"?, "done": [ "<experiment id>", ... ],
///                       "notes": { "<experiment id>": "<text>", ... } },
///             "background": { "position": "<background::Position slug>"?,
///                             "field": "<background::Field slug>"? } } }
/// ```
///
/// Version 5 had no leadership scale: its attempts have no `leadership` score (they keep the
/// outcome they were given, which was never "leadership").
/// Version 4 had no `data.quiz.question_set`: its step counted questions of whichever set
/// was current when it was written, so it is not trusted, and the quiz resumes at the first
/// question still open (as it does for a version 5 step of another set).
/// Version 3 had no `background` (it reads as not said), and its weights started every
/// control at the middle step, 2, with pressure asking how much one can take
/// ([`Weights::from_old_param`]).
/// Version 2 had no `weights` (they read as every control at the middle step) and no `plan`
/// (it reads as not started).
/// Version 1 had no `recent` and no `question_set` (its attempts were all scored with question
/// set 1), and its `step` counted questions of that set. Unknown fields are refused, so a
/// damaged file is not half-read.
pub(super) struct Data<'a> {
    pub(super) answers: &'a [(String, Value)],
    /// `None` where the step may not point at the same question today (an older version, or
    /// another question set).
    pub(super) step: Option<u32>,
    pub(super) recent: Vec<RecentData<'a>>,
    pub(super) history: Vec<AttemptData<'a>>,
    pub(super) shortlist: Vec<&'a str>,
    pub(super) weights: Option<&'a str>,
    /// The weights were written before "No preference" existed (version 3).
    pub(super) old_weights: bool,
    pub(super) plan: Option<&'a Value>,
    pub(super) background: Option<&'a Value>,
}

/// One finished attempt as stored.
pub(super) struct AttemptData<'a> {
    pub(super) finished_at: &'a str,
    pub(super) answers: &'a [(String, Value)],
    pub(super) outcome: &'a str,
    pub(super) management: f64,
    pub(super) technical: f64,
    /// `None` before version 6, which first scored leadership.
    pub(super) leadership: Option<f64>,
    pub(super) question_set: u32,
}

/// One piece of recent work as stored; a rating or kind not chosen yet is left out.
pub(super) struct RecentData<'a> {
    pub(super) what: &'a str,
    pub(super) satisfaction: Option<u32>,
    pub(super) kind: Option<&'a str>,
}

/// Reads the layout of any version into the current one. Each version's reader checks its own
/// shape; older versions are brought up to date on the way.
pub(super) fn upgrade(version: u32, data: &Value) -> Result<Data<'_>, ReadError> {
    let layout = match version {
        1 => layout_v1(data),
        2..=6 => layout_v2(data, version),
        other => return Err(ReadError::Invalid(Damage::NoSuchFormat(other))),
    };
    layout.map_err(ReadError::Invalid)
}

/// Where in the document the quiz, an attempt and a piece of recent work live.
pub(super) const QUIZ: &str = "data.quiz";
pub(super) const ATTEMPT: &str = "data.history[]";
pub(super) const RECENT: &str = "data.quiz.recent[]";

/// The fields of an object, refusing any not in `known`.
pub(super) fn fields<'a>(
    value: &'a Value,
    at: &str,
    known: &[&str],
) -> Result<&'a [(String, Value)], Damage> {
    let fields = value
        .as_object()
        .ok_or_else(|| Damage::Wrong(at.to_string()))?;
    match fields.iter().find(|(k, _)| !known.contains(&k.as_str())) {
        Some((k, _)) => Err(Damage::Unexpected(format!("{at}.{k}"))),
        None => Ok(fields),
    }
}

/// The value under `key` of the object at `at`, converted by `as_kind`.
pub(super) fn field<'a, T>(
    value: &'a Value,
    at: &str,
    key: &str,
    as_kind: impl FnOnce(&'a Value) -> Option<T>,
) -> Result<T, Damage> {
    let found = value
        .get(key)
        .ok_or_else(|| Damage::Missing(format!("{at}.{key}")))?;
    as_kind(found).ok_or_else(|| Damage::Wrong(format!("{at}.{key}")))
}

/// Like [`field`], for a field that may be left out.
pub(super) fn optional<'a, T>(
    value: &'a Value,
    at: &str,
    key: &str,
    as_kind: impl FnOnce(&'a Value) -> Option<T>,
) -> Result<Option<T>, Damage> {
    match value.get(key) {
        None => Ok(None),
        Some(_) => field(value, at, key, as_kind).map(Some),
    }
}

/// The attempt fields every version has; `extra` names the ones a version adds.
pub(super) fn attempt<'a>(
    a: &'a Value,
    extra: &[&str],
    question_set: u32,
) -> Result<AttemptData<'a>, Damage> {
    let what = ATTEMPT;
    let known: Vec<&str> = [
        "finished_at",
        "answers",
        "outcome",
        "management",
        "technical",
    ]
    .into_iter()
    .chain(extra.iter().copied())
    .collect();
    fields(a, what, &known)?;
    Ok(AttemptData {
        finished_at: field(a, what, "finished_at", Value::as_str)?,
        answers: field(a, what, "answers", Value::as_object)?,
        outcome: field(a, what, "outcome", Value::as_str)?,
        management: field(a, what, "management", Value::as_f64)?,
        technical: field(a, what, "technical", Value::as_f64)?,
        // Left out by version 6 for an attempt carried over from before the scale existed.
        leadership: optional(a, what, "leadership", Value::as_f64)?,
        question_set,
    })
}

pub(super) fn shortlist(data: &Value) -> Result<Vec<&str>, Damage> {
    field(data, "data", "shortlist", Value::as_array)?
        .iter()
        .map(|slug| {
            slug.as_str()
                .ok_or_else(|| Damage::Wrong("data.shortlist[]".into()))
        })
        .collect()
}

/// Version 1: no recent work, every attempt from question set 1, and a step into that set.
pub(super) fn layout_v1(data: &Value) -> Result<Data<'_>, Damage> {
    fields(data, "data", &["quiz", "history", "shortlist"])?;
    let quiz = field(data, "data", "quiz", Some)?;
    fields(quiz, QUIZ, &["answers", "step"])?;
    field(quiz, QUIZ, "step", Value::as_u32)?;
    Ok(Data {
        answers: field(quiz, QUIZ, "answers", Value::as_object)?,
        step: None,
        recent: Vec::new(),
        history: field(data, "data", "history", Value::as_array)?
            .iter()
            .map(|a| attempt(a, &[], 1))
            .collect::<Result<_, _>>()?,
        shortlist: shortlist(data)?,
        weights: None,
        old_weights: false,
        plan: None,
        background: None,
    })
}

/// Version 2; version 3, which adds `weights` and `plan`; version 4, which adds `background`
/// and counts weights from "No preference"; version 5, which says which question set the quiz's
/// step counts; and version 6 (the current one), whose attempts may carry a leadership score.
pub(super) fn layout_v2(data: &Value, version: u32) -> Result<Data<'_>, Damage> {
    let top = [
        "quiz",
        "history",
        "shortlist",
        "weights",
        "plan",
        "background",
    ];
    let version_3 = version >= 3;
    fields(
        data,
        "data",
        &top[..match version {
            2 => 3,
            3 => 5,
            _ => 6,
        }],
    )?;
    let quiz = field(data, "data", "quiz", Some)?;
    let quiz_fields = ["answers", "step", "recent", "question_set"];
    fields(quiz, QUIZ, &quiz_fields[..if version >= 5 { 4 } else { 3 }])?;
    let step = field(quiz, QUIZ, "step", Value::as_u32)?;
    let step_set = if version >= 5 {
        // Any set this or a later build asked: a set this build does not know only means
        // its step is not trusted, not that the data is damaged.
        let set = field(quiz, QUIZ, "question_set", Value::as_u32)?;
        if set == 0 {
            return Err(Damage::Wrong("data.quiz.question_set".into()));
        }
        Some(set)
    } else {
        None
    };
    let mut recent = Vec::new();
    for item in field(quiz, QUIZ, "recent", Value::as_array)? {
        let what = RECENT;
        fields(item, what, &["what", "satisfaction", "kind"])?;
        recent.push(RecentData {
            what: field(item, what, "what", Value::as_str)?,
            satisfaction: optional(item, what, "satisfaction", Value::as_u32)?,
            kind: optional(item, what, "kind", Value::as_str)?,
        });
    }
    let mut history = Vec::new();
    for a in field(data, "data", "history", Value::as_array)? {
        let set = field(a, ATTEMPT, "question_set", Value::as_u32)?;
        let extra: &[&str] = if version >= 6 {
            &["question_set", "leadership"]
        } else {
            &["question_set"]
        };
        history.push(attempt(a, extra, set)?);
    }
    Ok(Data {
        answers: field(quiz, QUIZ, "answers", Value::as_object)?,
        step: (step_set == Some(QUESTION_SET)).then_some(step),
        recent,
        history,
        shortlist: shortlist(data)?,
        weights: if version_3 {
            Some(field(data, "data", "weights", Value::as_str)?)
        } else {
            None
        },
        old_weights: version == 3,
        plan: if version_3 {
            Some(field(data, "data", "plan", Some)?)
        } else {
            None
        },
        background: if version >= 4 {
            Some(field(data, "data", "background", Some)?)
        } else {
            None
        },
    })
}
