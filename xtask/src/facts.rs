//! The facts the JavaScript tests and the benchmark need about a build, written by the build
//! itself (`target/facts.json`) from `crossroads_core`, so no script restates a route, the
//! quiz's order and keying, the storage key or the schema version.

use crossroads_core::{
    answers,
    json::Value,
    link, prose,
    quiz::{self, Agreement, Answer, Keyed, QuestionKind, Wording},
    recent::{self, WorkKind},
    routes::{self, Key, Route},
    scoring::Outcome,
    store,
};
use std::{fs, path::Path};

/// Where the facts go, relative to the workspace root.
pub const FILE: &str = "target/facts.json";

/// Writes the facts under `root` (the workspace root).
pub fn write(root: &Path) -> Result<(), String> {
    let path = root.join(FILE);
    if let Some(dir) = path.parent() {
        fs::create_dir_all(dir).map_err(|e| format!("creating {}: {e}", dir.display()))?;
    }
    fs::write(&path, facts().to_pretty()).map_err(|e| format!("writing {FILE}: {e}"))
}

fn number(n: impl Into<f64>) -> Value {
    Value::Number(n.into())
}

fn text(s: &str) -> Value {
    Value::String(s.to_string())
}

fn object(fields: Vec<(&str, Value)>) -> Value {
    Value::Object(
        fields
            .into_iter()
            .map(|(k, v)| (k.to_string(), v))
            .collect(),
    )
}

/// Every fact, as one JSON document.
pub fn facts() -> Value {
    let questions = quiz::questions()
        .iter()
        .map(|q| match &q.kind {
            QuestionKind::Statement {
                scale,
                keyed,
                wording,
                not_applicable,
                opposite,
                ..
            } => object(vec![
                ("kind", text("statement")),
                ("id", text(q.id)),
                ("theme", text(q.theme)),
                ("scale", text(scale.slug())),
                (
                    "keyed",
                    text(match keyed {
                        Keyed::Agree => "agree",
                        Keyed::Disagree => "disagree",
                    }),
                ),
                (
                    "wording",
                    text(match wording {
                        Wording::Positive => "positive",
                        Wording::Negative => "negative",
                    }),
                ),
                // The scale the answer counts on: null for a self-rating.
                (
                    "counts_on",
                    q.counts_on().map_or(Value::Null, |t| text(t.slug())),
                ),
                ("na", Value::Bool(*not_applicable)),
                ("opposite", opposite.map_or(Value::Null, text)),
                // The digit that gives the statement 0, 1... 4 points on its own scale.
                (
                    "digits",
                    Value::Array(
                        (0..=4u8)
                            .filter_map(|p| {
                                let raw = match keyed {
                                    Keyed::Agree => p,
                                    Keyed::Disagree => 4 - p,
                                };
                                Agreement::from_points(raw)
                            })
                            .map(|a| number(answers::code(q, Answer::Agreement(a))))
                            .collect(),
                    ),
                ),
            ]),
            QuestionKind::Choice { options } => object(vec![
                ("kind", text("choice")),
                ("id", text(q.id)),
                ("theme", text(q.theme)),
                (
                    "digits",
                    object(
                        options
                            .iter()
                            .map(|(s, _)| (s.slug(), number(answers::code(q, Answer::Pick(*s)))))
                            .collect(),
                    ),
                ),
            ]),
        })
        .collect();
    object(vec![
        (
            "storage",
            object(vec![
                ("key", text(store::KEY)),
                ("backup_prefix", text(store::BACKUP_PREFIX)),
                ("language_key", text(store::LANGUAGE_KEY)),
                ("theme_key", text(store::THEME_KEY)),
                ("version", number(store::CURRENT_VERSION)),
            ]),
        ),
        (
            "routes",
            Value::Array(Route::all().iter().map(|r| text(&r.path())).collect()),
        ),
        (
            "outcome_slugs",
            Value::Array(Outcome::ALL.iter().map(|o| text(o.slug())).collect()),
        ),
        (
            "quiz",
            object(vec![
                ("question_param", text(Key::Question.name())),
                ("link_prefix", text(link::PREFIX)),
                ("question_set", Value::Number(f64::from(quiz::QUESTION_SET))),
                ("six_months", text(routes::SIX_MONTHS)),
                (
                    "advance_pause_ms",
                    Value::Number(f64::from(quiz::ADVANCE_PAUSE_MS)),
                ),
                (
                    "recent",
                    object(vec![
                        ("max_items", Value::Number(recent::MAX_ITEMS as f64)),
                        ("max_chars", Value::Number(recent::MAX_CHARS as f64)),
                        (
                            "satisfaction_top",
                            Value::Number(f64::from(recent::SATISFACTION_TOP)),
                        ),
                        (
                            "kinds",
                            Value::Array(WorkKind::ALL.iter().map(|k| text(k.slug())).collect()),
                        ),
                    ]),
                ),
                ("questions", Value::Array(questions)),
            ]),
        ),
        (
            "languages",
            Value::Array(
                prose::LANGUAGES
                    .iter()
                    .enumerate()
                    .map(|(i, code)| {
                        object(vec![
                            ("code", text(code)),
                            ("prefix", text(&prose::language_base("", i))),
                            ("name", text(prose::LANGUAGE_NAME[i])),
                            ("prose_file", text(prose::PROSE_FILES[i].0)),
                            (
                                "words",
                                prose::in_language(code, words).unwrap_or(Value::Null),
                            ),
                        ])
                    })
                    .collect(),
            ),
        ),
    ])
}

/// The few words the tests find controls and results by, in the language being read: every
/// outcome's name (in the order of `outcome_slugs`), the quiz's last controls and the
/// not-found page's heading.
fn words() -> Value {
    object(vec![
        (
            "outcomes",
            Value::Array(
                Outcome::ALL
                    .iter()
                    .map(|o| text(crossroads_words::outcome(*o)))
                    .collect(),
            ),
        ),
        ("next", text(crossroads_words::next())),
        ("last_step", text(crossroads_words::last_step())),
        ("see_my_result", text(crossroads_words::see_my_result())),
        ("page_not_found", text(crossroads_words::page_not_found())),
    ])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crossroads_core::json;

    #[test]
    fn an_answers_digit_is_also_its_number_key() {
        // The tests press `digits` as keys and the engines suite picks the radio at that place:
        // both hold because each option's stored digit is its place on the form, counted from 1.
        for q in quiz::questions() {
            for (place, answer) in quiz::options(q).into_iter().enumerate() {
                assert_eq!(usize::from(answers::code(q, answer)), place + 1, "{}", q.id);
            }
        }
    }

    #[test]
    fn facts_name_every_question_in_order_and_read_back() {
        let written = facts().to_pretty();
        let read = json::parse(&written).expect("the facts are valid JSON");
        let ids: Vec<&str> = read
            .get("quiz")
            .and_then(|q| q.get("questions"))
            .and_then(Value::as_array)
            .expect("a question list")
            .iter()
            .filter_map(|q| q.get("id").and_then(Value::as_str))
            .collect();
        let expected: Vec<&str> = quiz::questions().iter().map(|q| q.id).collect();
        assert_eq!(ids, expected);
        assert_eq!(
            read.get("storage")
                .and_then(|s| s.get("key"))
                .and_then(Value::as_str),
            Some(store::KEY)
        );
        assert_eq!(
            read.get("routes")
                .and_then(Value::as_array)
                .map(<[Value]>::len),
            Some(Route::all().len())
        );
    }
}
