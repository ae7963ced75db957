//! The "How the score works" page's facts. Its words are content (`content/method.html`, an
//! HTML fragment that anyone can edit); its numbers are `{placeholders}` whose values come
//! from here, out of the scoring's own constants, so the page and the rules can never
//! disagree. `crossroads_words::method_page` fills them in, beside `words/tests/method.rs`,
//! which checks that every placeholder is known, every tag closed and the headings in order.

use crate::{
    format::fixed,
    quiz::{questions, Keyed, Question, QuestionKind, Scale},
    recent::MIN_TO_COMPARE,
    routes::Route,
    scoring::{
        AGREEMENT_TILT, CLEAR_LEAD, CLEAR_PULL, CLOSE, CLOSE_CALL, CONFLICT, CONTRADICTED_SHARE,
        CONTRADICTIONS, HYBRID_GAP, MOSTLY_NEUTRAL, NEUTRAL, PULL, SCATTERED, STRONG_LEAD,
        STRONG_PULL,
    },
};

/// The page as written, placeholders and all.
pub fn template() -> &'static str {
    crate::prose::METHOD.get()
}

/// Statements that count on `scale`, and how many of them are reversed.
fn counts(scale: Scale) -> (usize, usize) {
    let keys = questions().iter().filter_map(|q| match q.kind {
        QuestionKind::Statement { keyed, .. } if q.counts_on() == Some(scale) => Some(keyed),
        _ => None,
    });
    keys.fold((0, 0), |(all, rev), k| {
        (all + 1, rev + usize::from(k == Keyed::Disagree))
    })
}

/// Every placeholder with its value; `base` is the deployment path without its final slash.
pub fn values(base: &str) -> Vec<(&'static str, String)> {
    let n = |x: f64| fixed(x, 0);
    let (m, m_rev) = counts(Scale::Management);
    let (t, t_rev) = counts(Scale::Technical);
    let (l, l_rev) = counts(Scale::Leadership);
    let self_ratings = questions()
        .iter()
        .filter(|q| matches!(q.kind, QuestionKind::Statement { .. }) && q.counts_on().is_none())
        .count();
    let choices = questions()
        .iter()
        .filter(|q| matches!(q.kind, QuestionKind::Choice { .. }))
        .count();
    let reversed_example = questions()
        .iter()
        .find(|q| {
            matches!(
                q.kind,
                QuestionKind::Statement {
                    keyed: Keyed::Disagree,
                    ..
                }
            ) && q.counts_on() == Some(Scale::Management)
        })
        .map_or("", |q| q.text.get());
    let opposite = |q: &Question| match q.kind {
        QuestionKind::Statement { opposite, .. } => opposite,
        QuestionKind::Choice { .. } => None,
    };
    let pairs = questions().iter().filter(|q| opposite(q).is_some()).count();
    let pair_example = questions()
        .iter()
        .find_map(|q| {
            let first = questions().iter().find(|f| Some(f.id) == opposite(q))?;
            Some((first.text.get(), q.text.get()))
        })
        .unwrap_or_default();
    vec![
        ("quiz_href", Route::Quiz.href(base)),
        ("results_href", Route::Results.href(base)),
        ("management_statements", m.to_string()),
        ("technical_statements", t.to_string()),
        ("management_reversed", m_rev.to_string()),
        ("technical_reversed", t_rev.to_string()),
        ("leadership_statements", l.to_string()),
        ("leadership_reversed", l_rev.to_string()),
        ("reversed_example", reversed_example.to_string()),
        ("self_ratings", self_ratings.to_string()),
        ("choices", choices.to_string()),
        ("neutral", n(NEUTRAL)),
        ("pull", n(PULL)),
        // From Neutral (50) to Agree on every answer (75) is 25 points.
        ("pull_way", n((PULL - NEUTRAL) / 25.0 * 100.0)),
        ("close", n(CLOSE)),
        ("hybrid_gap", n(HYBRID_GAP)),
        ("clear_lead", n(CLEAR_LEAD)),
        ("strong_lead", n(STRONG_LEAD)),
        ("clear_pull", n(CLEAR_PULL)),
        ("strong_pull", n(STRONG_PULL)),
        ("mostly_neutral", n(MOSTLY_NEUTRAL * 100.0)),
        ("agreement_tilt", n(AGREEMENT_TILT * 100.0)),
        ("contradicted_share", n(CONTRADICTED_SHARE * 100.0)),
        ("close_call", CLOSE_CALL.to_string()),
        ("contradictions", CONTRADICTIONS.to_string()),
        ("conflict", n(CONFLICT * 100.0)),
        ("scattered", n(SCATTERED * 100.0)),
        ("pairs", pairs.to_string()),
        ("pair_first", pair_example.0.to_string()),
        ("pair_second", pair_example.1.to_string()),
        ("min_to_compare", MIN_TO_COMPARE.to_string()),
    ]
}
