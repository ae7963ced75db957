//! Personas and invariants of the scoring rules.

use crossroads_core::{
    quiz::{questions, themes, Agreement, Answer, Keyed, Question, QuestionKind, Theme},
    roles,
    scoring::{assess, match_roles, Confidence, Outcome, QualityIssue, Strength},
    TrackKind,
};
use Agreement::*;

/// Answers every question: statements by their scale, choices by the track picked.
fn persona(
    statement: impl Fn(TrackKind) -> Agreement,
    pick: Option<TrackKind>,
) -> Vec<Option<Answer>> {
    questions()
        .iter()
        .map(|q| match q.kind {
            QuestionKind::Statement { scale, .. } => Some(Answer::Agreement(statement(scale))),
            QuestionKind::Choice { .. } => pick.map(Answer::Pick),
        })
        .collect()
}

fn manager() -> Vec<Option<Answer>> {
    persona(
        |s| {
            if s == TrackKind::Management {
                StronglyAgree
            } else {
                StronglyDisagree
            }
        },
        Some(TrackKind::Management),
    )
}

fn engineer() -> Vec<Option<Answer>> {
    persona(
        |s| {
            if s == TrackKind::Technical {
                StronglyAgree
            } else {
                StronglyDisagree
            }
        },
        Some(TrackKind::Technical),
    )
}

#[test]
fn the_instrument_has_two_scales_of_at_least_eight_items() {
    for track in TrackKind::ALL {
        let n = questions()
            .iter()
            .filter(|q| matches!(q.kind, QuestionKind::Statement { scale, .. } if scale == track))
            .count();
        assert!(n >= 8, "{track:?} has only {n} statements");
    }
    let ids: std::collections::HashSet<_> = questions().iter().map(|q| q.id).collect();
    assert_eq!(ids.len(), questions().len(), "question ids are unique");
    for q in questions() {
        assert!(
            themes().iter().any(|t| t.id == q.theme),
            "{} has unknown theme {}",
            q.id,
            q.theme
        );
        assert!(!q.text.trim().is_empty());
    }
    for t in themes() {
        assert!(
            questions().iter().any(|q| q.theme == t.id),
            "theme {} has no question",
            t.id
        );
    }
}

#[test]
fn rated_skills_are_track_skills() {
    let all: Vec<&str> = TrackKind::ALL
        .iter()
        .flat_map(|t| crossroads_core::track(*t).skills.iter().copied())
        .collect();
    let mut rated = Vec::new();
    for q in questions() {
        if let QuestionKind::Statement { skills, .. } = q.kind {
            for s in skills {
                assert!(all.contains(s), "{}: {s} is not a track skill", q.id);
                rated.push(*s);
            }
        }
    }
    for s in all {
        assert!(rated.contains(&s), "no statement rates {s}");
    }
}

#[test]
fn all_agree_management_and_disagree_technical_is_management() {
    let a = assess(questions(), themes(), &manager());
    assert_eq!(a.outcome, Outcome::Management);
    assert_eq!(a.outcome.heading(), "Management track");
    assert_eq!((a.management, a.technical), (100.0, 0.0));
    assert_eq!(a.strength, Strength::Strong);
    assert_eq!(a.confidence, Confidence::High);
    assert!(a.issues.is_empty(), "{:?}", a.issues);
    assert!(!a.band.crosses_middle());
}

#[test]
fn the_mirror_persona_is_technical() {
    let a = assess(questions(), themes(), &engineer());
    assert_eq!(a.outcome, Outcome::Technical);
    assert_eq!(a.outcome.heading(), "Technical track");
    assert_eq!((a.management, a.technical), (0.0, 100.0));
    assert_eq!(a.confidence, Confidence::High);
}

#[test]
fn scoring_is_symmetric() {
    let pairs = [
        (manager(), engineer()),
        (
            persona(
                |s| {
                    if s == TrackKind::Management {
                        Agree
                    } else {
                        Neutral
                    }
                },
                None,
            ),
            persona(
                |s| {
                    if s == TrackKind::Technical {
                        Agree
                    } else {
                        Neutral
                    }
                },
                None,
            ),
        ),
    ];
    for (m, t) in pairs {
        let (a, b) = (
            assess(questions(), themes(), &m),
            assess(questions(), themes(), &t),
        );
        assert_eq!(a.management, b.technical);
        assert_eq!(a.technical, b.management);
        assert_eq!(a.band.lean, -b.band.lean);
        assert_eq!((a.band.low, a.band.high), (-b.band.high, -b.band.low));
        assert_eq!(a.strength, b.strength);
        for (ta, tb) in a.themes.iter().zip(&b.themes) {
            assert_eq!((ta.management, ta.technical), (tb.technical, tb.management));
        }
    }
}

#[test]
fn high_on_both_is_hybrid() {
    // Varied but high answers on both scales: each scale alternates Strongly agree and Agree.
    let mut seen = [0usize; 2];
    let answers: Vec<_> = questions()
        .iter()
        .map(|q| match q.kind {
            QuestionKind::Statement { scale, .. } => {
                let n = &mut seen[scale as usize];
                *n += 1;
                Some(Answer::Agreement(if *n % 2 == 0 {
                    StronglyAgree
                } else {
                    Agree
                }))
            }
            QuestionKind::Choice { .. } => Some(Answer::Pick(TrackKind::Management)),
        })
        .collect();
    let a = assess(questions(), themes(), &answers);
    assert_eq!(a.outcome, Outcome::Hybrid);
    assert_eq!(a.outcome.heading(), "Hybrid path");
    assert!(a.management >= 80.0 && a.technical >= 80.0);
    assert!(a.issues.is_empty(), "{:?}", a.issues);

    let everything = persona(|_| StronglyAgree, None);
    let b = assess(questions(), themes(), &everything);
    assert_eq!(b.outcome, Outcome::Hybrid);
    assert_eq!(b.issues, vec![QualityIssue::SameAnswer(StronglyAgree)]);
    assert_eq!(b.confidence, Confidence::Low);
}

#[test]
fn the_best_roles_for_a_hybrid_are_the_bridges() {
    let a = assess(questions(), themes(), &persona(|_| Agree, None));
    assert_eq!(a.outcome, Outcome::Hybrid);
    let ranked = match_roles(&a, roles());
    let top: Vec<_> = ranked.iter().take(2).map(|m| m.role.slug).collect();
    assert!(
        top.contains(&"engineering-lead") && top.contains(&"systems-architect"),
        "{top:?}"
    );
}

#[test]
fn all_neutral_is_undecided_with_low_confidence() {
    let a = assess(questions(), themes(), &persona(|_| Neutral, None));
    assert_eq!(a.outcome, Outcome::Undecided);
    assert_eq!((a.management, a.technical), (50.0, 50.0));
    assert_eq!(a.confidence, Confidence::Low);
    assert_eq!(a.issues, vec![QualityIssue::SameAnswer(Neutral)]);
    assert!(a.band.crosses_middle());
    assert_eq!(a.strength, Strength::None);
}

#[test]
fn low_on_both_is_undecided() {
    let a = assess(
        questions(),
        themes(),
        &persona(
            |s| {
                if s == TrackKind::Management {
                    Disagree
                } else {
                    StronglyDisagree
                }
            },
            None,
        ),
    );
    assert_eq!(a.outcome, Outcome::Undecided);
    assert!(a.management < 45.0 && a.technical < 45.0);
}

#[test]
fn mostly_neutral_answers_lower_confidence() {
    let mut n = 0;
    let answers: Vec<_> = questions()
        .iter()
        .map(|q| match q.kind {
            QuestionKind::Statement { scale, .. } => {
                n += 1;
                Some(Answer::Agreement(
                    if n % 4 == 0 && scale == TrackKind::Technical {
                        StronglyAgree
                    } else {
                        Neutral
                    },
                ))
            }
            QuestionKind::Choice { .. } => None,
        })
        .collect();
    let a = assess(questions(), themes(), &answers);
    assert!(
        matches!(a.issues.as_slice(), [QualityIssue::MostlyNeutral { share }] if *share >= 0.6)
    );
    assert_eq!(a.confidence, Confidence::Low);
}

#[test]
fn effects_add_up_to_the_lean_and_are_sorted() {
    let mut i = 0u8;
    let answers: Vec<_> = questions()
        .iter()
        .map(|q| {
            i = i.wrapping_add(3);
            match q.kind {
                QuestionKind::Statement { .. } => {
                    Some(Answer::Agreement(Agreement::from_points(i % 5).unwrap()))
                }
                QuestionKind::Choice { .. } => Some(Answer::Pick(TrackKind::Technical)),
            }
        })
        .collect();
    let a = assess(questions(), themes(), &answers);
    let total: f64 = a.effects.iter().map(|e| e.lean).sum();
    assert!(
        (total - a.band.lean).abs() < 1e-9,
        "{total} vs {}",
        a.band.lean
    );
    assert_eq!(a.effects.len(), questions().len());
    assert!(a
        .effects
        .windows(2)
        .all(|w| w[0].lean.abs() >= w[1].lean.abs()));
    let choices = a
        .effects
        .iter()
        .filter(|e| matches!(e.answer, Answer::Pick(_)));
    assert!(choices.clone().count() > 0 && choices.into_iter().all(|e| e.lean == 0.0));
}

#[test]
fn choices_never_move_the_scores() {
    let base = persona(
        |s| {
            if s == TrackKind::Management {
                Agree
            } else {
                Disagree
            }
        },
        Some(TrackKind::Management),
    );
    let flipped = persona(
        |s| {
            if s == TrackKind::Management {
                Agree
            } else {
                Disagree
            }
        },
        Some(TrackKind::Technical),
    );
    let (a, b) = (
        assess(questions(), themes(), &base),
        assess(questions(), themes(), &flipped),
    );
    assert_eq!(
        (a.management, a.technical, a.outcome),
        (b.management, b.technical, b.outcome)
    );
    assert!(!a.cross_check.unwrap().disagrees);
    assert!(
        b.cross_check.unwrap().disagrees,
        "the cross-check notices choices that contradict the lean"
    );
    assert_eq!(b.confidence, Confidence::Medium);
}

#[test]
fn unanswered_statements_are_reported() {
    let mut answers = manager();
    answers[0] = None;
    answers.truncate(questions().len() - 2);
    let a = assess(questions(), themes(), &answers);
    assert!(
        matches!(a.issues[0], QualityIssue::Incomplete { answered, total } if answered < total)
    );
    assert_eq!(a.confidence, Confidence::Low);
}

#[test]
fn answers_that_do_not_fit_their_question_are_ignored() {
    let answers: Vec<_> = questions()
        .iter()
        .map(|q| match q.kind {
            QuestionKind::Statement { .. } => Some(Answer::Pick(TrackKind::Management)),
            QuestionKind::Choice { .. } => Some(Answer::Agreement(StronglyAgree)),
        })
        .collect();
    let a = assess(questions(), themes(), &answers);
    assert_eq!((a.management, a.technical), (50.0, 50.0));
    assert!(a.effects.is_empty());
}

static KEYED_THEMES: [Theme; 1] = [Theme { id: "t", name: "T" }];
static KEYED: [Question; 2] = [
    Question {
        id: "a",
        theme: "t",
        text: "a",
        kind: QuestionKind::Statement {
            scale: TrackKind::Management,
            keyed: Keyed::Agree,
            skills: &[],
        },
    },
    Question {
        id: "b",
        theme: "t",
        text: "b",
        kind: QuestionKind::Statement {
            scale: TrackKind::Management,
            keyed: Keyed::Disagree,
            skills: &[],
        },
    },
];

#[test]
fn keying_is_read_from_the_item() {
    let agree_both = [
        Some(Answer::Agreement(StronglyAgree)),
        Some(Answer::Agreement(StronglyAgree)),
    ];
    assert_eq!(assess(&KEYED, &KEYED_THEMES, &agree_both).management, 50.0);
    let consistent = [
        Some(Answer::Agreement(StronglyAgree)),
        Some(Answer::Agreement(StronglyDisagree)),
    ];
    assert_eq!(assess(&KEYED, &KEYED_THEMES, &consistent).management, 100.0);
}

#[test]
fn role_matches_follow_the_lean() {
    for (answers, track) in [
        (manager(), TrackKind::Management),
        (engineer(), TrackKind::Technical),
    ] {
        let a = assess(questions(), themes(), &answers);
        let ranked = match_roles(&a, roles());
        assert_eq!(ranked.len(), 12);
        assert!(ranked.windows(2).all(|w| w[0].fit >= w[1].fit));
        assert!(
            ranked[..5].iter().all(|m| m.role.track == track),
            "{track:?}"
        );
        assert!(ranked
            .iter()
            .all(|m| m.reason.ends_with('.') && (0.0..=100.0).contains(&m.fit)));
    }
}

#[test]
fn the_band_narrows_as_answers_agree() {
    let consistent = assess(questions(), themes(), &manager());
    assert_eq!(
        consistent.band.high - consistent.band.lean,
        0.0,
        "clamped at +100"
    );
    assert_eq!(
        consistent.band.lean - consistent.band.low,
        8.0,
        "the minimum half-width"
    );
    let mut i = 0;
    let noisy: Vec<_> = questions()
        .iter()
        .map(|q| match q.kind {
            QuestionKind::Statement { scale, .. } => {
                i += 1;
                let a = match (scale, i % 3) {
                    (TrackKind::Management, 0) => Disagree,
                    (TrackKind::Management, _) => StronglyAgree,
                    (TrackKind::Technical, 0) => Agree,
                    (TrackKind::Technical, _) => Disagree,
                };
                Some(Answer::Agreement(a))
            }
            QuestionKind::Choice { .. } => None,
        })
        .collect();
    let a = assess(questions(), themes(), &noisy);
    assert!(a.band.high - a.band.low > 16.0);
    assert_eq!(a.outcome, Outcome::Management);
}
