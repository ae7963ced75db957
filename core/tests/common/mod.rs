//! Helpers shared by the domain's test files (each uses some of them).
#![allow(dead_code)]

use crossroads_core::{
    quiz::{questions, themes, Agreement, Answer, Keyed, Question, QuestionKind, Scale},
    recent::{RecentWork, WorkKind},
    scoring::{assess, Assessment},
    TrackKind,
};
use proptest::prelude::*;

/// SplitMix64: a tiny, well-mixed generator, seeded per test so every run sees the same
/// inputs.
pub struct Rng(pub u64);

impl Rng {
    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number below `n` (0 when `n` is 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// Every statement answered with `m` keyed points (0-4) on the management scale and `t` on
/// the technical one (leadership Neutral), worded back into the agreement that gives them;
/// choices unanswered.
pub fn keyed_answers(m: u8, t: u8) -> Vec<Option<Answer>> {
    keyed_answers3(m, t, 2)
}

/// [`keyed_answers`] with `l` keyed points on the leadership scale.
pub fn keyed_answers3(m: u8, t: u8, l: u8) -> Vec<Option<Answer>> {
    questions()
        .iter()
        .map(|q| match q.kind {
            QuestionKind::Statement { scale, keyed, .. } => {
                let p = match scale {
                    Scale::Management => m,
                    Scale::Technical => t,
                    Scale::Leadership => l,
                };
                let raw = if keyed == Keyed::Disagree { 4 - p } else { p };
                Some(Answer::Agreement(Agreement::from_points(raw).unwrap()))
            }
            QuestionKind::Choice { .. } => None,
        })
        .collect()
}

// Personas of the scoring tests, also rendered by the text layer's tests.

/// The answer that gives `points` (0-4) on the statement's own scale.
pub fn keyed(question: &Question, points: u8) -> Answer {
    match question.kind {
        QuestionKind::Statement {
            keyed: Keyed::Disagree,
            ..
        } => Answer::Agreement(Agreement::from_points(4 - points).unwrap()),
        _ => Answer::Agreement(Agreement::from_points(points).unwrap()),
    }
}

/// The pick of someone who prefers `scale`'s option: it where offered, else the nearest one
/// (leading technical work for management or hands-on work, hands-on work for leadership).
pub fn pick_for(question: &Question, scale: Scale) -> Option<Answer> {
    let QuestionKind::Choice { options } = &question.kind else {
        return None;
    };
    let offered = |s: Scale| options.iter().any(|(o, _)| *o == s);
    let nearest = match scale {
        Scale::Management | Scale::Technical => Scale::Leadership,
        Scale::Leadership => Scale::Technical,
    };
    [scale, nearest, Scale::Management]
        .into_iter()
        .find(|s| offered(*s))
        .map(Answer::Pick)
}

/// Every question answered: statements by keyed points for their scale, choices by `pick`.
pub fn persona(mut points: impl FnMut(Scale) -> u8, pick: Option<Scale>) -> Vec<Option<Answer>> {
    questions()
        .iter()
        .map(|q| match q.kind {
            QuestionKind::Statement { scale, .. } => Some(keyed(q, points(scale))),
            QuestionKind::Choice { .. } => pick.and_then(|s| pick_for(q, s)),
        })
        .collect()
}

/// Every statement answered with the same raw agreement, whatever its keying.
pub fn same_answer(a: Agreement) -> Vec<Option<Answer>> {
    questions()
        .iter()
        .map(|q| match q.kind {
            QuestionKind::Statement { .. } => Some(Answer::Agreement(a)),
            QuestionKind::Choice { .. } => pick_for(q, Scale::Management),
        })
        .collect()
}

/// Both statements of the first opposite pairs of each scale (`per_scale`: management,
/// technical, then leadership) answered `answer`: the same side for both, a contradiction
/// unless Neutral.
pub fn answer_pairs_alike(answers: &mut [Option<Answer>], per_scale: [usize; 3], answer: Answer) {
    let mut alike = [0usize; 3];
    let _ = TrackKind::Management;
    for q in questions() {
        let QuestionKind::Statement {
            scale,
            opposite: Some(other),
            ..
        } = q.kind
        else {
            continue;
        };
        let n = scale as usize;
        if alike[n] < per_scale[n] {
            for (i, o) in questions().iter().enumerate() {
                if o.id == q.id || o.id == other {
                    answers[i] = Some(answer);
                }
            }
            alike[n] += 1;
        }
    }
}

pub fn run(answers: &[Option<Answer>]) -> Assessment {
    assess(questions(), themes(), answers, &[])
}

pub fn manager() -> Vec<Option<Answer>> {
    persona(
        |s| if s == Scale::Management { 4 } else { 0 },
        Some(Scale::Management),
    )
}

pub fn engineer() -> Vec<Option<Answer>> {
    persona(
        |s| if s == Scale::Technical { 4 } else { 0 },
        Some(Scale::Technical),
    )
}

/// Technical and leadership at the top, management at the bottom: a would-be staff engineer.
pub fn technical_leader() -> Vec<Option<Answer>> {
    persona(
        |s| if s == Scale::Management { 0 } else { 4 },
        Some(Scale::Leadership),
    )
}

/// The statements that count on one scale (self-ratings count on neither), in order.
pub fn statements(track: TrackKind) -> Vec<usize> {
    on_scale(Scale::of(track))
}

/// The statements that count on one scale, in order.
pub fn on_scale(scale: Scale) -> Vec<usize> {
    questions()
        .iter()
        .enumerate()
        .filter(|(_, q)| q.counts_on() == Some(scale))
        .map(|(i, _)| i)
        .collect()
}

/// Varied but high answers on both scales: each scale alternates 4 and 3 keyed points.
pub fn genuine_hybrid() -> Vec<Option<Answer>> {
    let mut seen = [0usize; 3];
    questions()
        .iter()
        .map(|q| match q.kind {
            QuestionKind::Statement { scale, .. } => {
                let n = &mut seen[scale as usize];
                *n += 1;
                Some(keyed(q, if n.is_multiple_of(2) { 4 } else { 3 }))
            }
            QuestionKind::Choice { .. } => pick_for(q, Scale::Management),
        })
        .collect()
}

/// Management statements all Neutral (keyed 2) but for `low` of them at Disagree (keyed 1);
/// every technical statement at keyed 0.
pub fn barely_management(low: usize) -> Vec<Option<Answer>> {
    let mut seen = 0;
    questions()
        .iter()
        .map(|q| match q.kind {
            QuestionKind::Statement {
                scale: Scale::Management,
                ..
            } => {
                seen += 1;
                Some(keyed(q, if seen <= low { 1 } else { 2 }))
            }
            QuestionKind::Statement { .. } => Some(keyed(q, 0)),
            QuestionKind::Choice { .. } => None,
        })
        .collect()
}

pub fn work(satisfaction: u8, kind: WorkKind) -> RecentWork {
    RecentWork {
        what: "something".into(),
        satisfaction: Some(satisfaction),
        kind: Some(kind),
    }
}

/// Runs `test` over `cases` generated inputs, as `proptest!` would (failures are shrunk and
/// kept in the file's `.proptest-regressions`), but also counts how often the rule it guards
/// was reached: `test` returns how many checks it made for its input. A property whose inputs
/// all skip its rule would pass while testing nothing, so fewer than `floor` checks fail the
/// test. The count is printed.
pub fn counted<S: proptest::strategy::Strategy>(
    source_file: &'static str,
    name: &str,
    cases: u32,
    floor: usize,
    strategy: S,
    test: impl Fn(S::Value) -> Result<usize, proptest::test_runner::TestCaseError>,
) {
    use proptest::test_runner::{Config, TestRunner};
    let checks = std::cell::Cell::new(0usize);
    let mut runner = TestRunner::new(Config {
        cases,
        source_file: Some(source_file),
        ..Config::default()
    });
    if let Err(failure) = runner.run(&strategy, |input| {
        checks.set(checks.get() + test(input)?);
        Ok(())
    }) {
        panic!("{name}: {failure}");
    }
    println!("{name}: {} checks over {cases} cases", checks.get());
    assert!(
        checks.get() >= floor,
        "{name}: only {} checks reached the rule over {cases} cases (at least {floor} expected)",
        checks.get()
    );
}

/// Statement answers as keyed points around a centre per scale, so that many land near the
/// lines where a verdict changes.
pub fn near_lines() -> impl Strategy<Value = Vec<Option<Answer>>> {
    let n = questions().len();
    (
        0u8..=4,
        0u8..=4,
        proptest::collection::vec((0u8..10, 0u8..2), n),
    )
        .prop_map(|(cm, ct, noise)| {
            questions()
                .iter()
                .zip(noise)
                .map(|(q, (r, pick))| match q.kind {
                    QuestionKind::Statement { scale, .. } => {
                        let c = match scale {
                            Scale::Management => cm,
                            Scale::Technical => ct,
                            Scale::Leadership => cm.max(ct),
                        };
                        let p = match r {
                            0..=1 => c.saturating_sub(1),
                            2..=3 => (c + 1).min(4),
                            _ => c,
                        };
                        Some(keyed(q, p))
                    }
                    QuestionKind::Choice { options } => {
                        Some(Answer::Pick(options[usize::from(pick)].0))
                    }
                })
                .collect()
        })
}

/// The three scores, leadership at `l`.
pub fn scores3(m: f64, t: f64, l: f64) -> crossroads_core::scoring::Scores {
    crossroads_core::scoring::Scores {
        management: m,
        technical: t,
        leadership: l,
    }
}

/// The verdict of two scores, leadership Neutral.
pub fn outcome2(m: f64, t: f64) -> crossroads_core::scoring::Outcome {
    crossroads_core::scoring::outcome(scores3(m, t, 50.0))
}

/// The strength of two scores, leadership Neutral.
pub fn strength2(m: f64, t: f64) -> crossroads_core::scoring::Strength {
    crossroads_core::scoring::strength(scores3(m, t, 50.0))
}
