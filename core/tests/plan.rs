//! The 30/60/90-day plan: which experiments each result gets, and the content's rules.

use crossroads_core::{
    plan::{advice, experiments, kinds, steps, unclear_themes, ExperimentKind, PER_PHASE, PHASES},
    quiz::{questions, themes, Agreement, Answer, Keyed, QuestionKind},
    scoring::{assess, Assessment, Outcome},
    TrackKind,
};
use std::collections::HashSet;

/// Statements answered with `points` (0-4) on their own scale; choices picked by `pick`.
fn persona(points: impl Fn(TrackKind, &str) -> u8, pick: Option<TrackKind>) -> Assessment {
    let answers: Vec<Option<Answer>> = questions()
        .iter()
        .map(|q| match q.kind {
            QuestionKind::Statement { scale, keyed, .. } => {
                let p = points(scale, q.theme);
                let p = if keyed == Keyed::Disagree { 4 - p } else { p };
                Some(Answer::Agreement(Agreement::from_points(p).unwrap()))
            }
            QuestionKind::Choice { .. } => pick.map(Answer::Pick),
        })
        .collect();
    assess(questions(), themes(), &answers, &[])
}

fn lean(track: TrackKind) -> Assessment {
    persona(move |s, _| if s == track { 4 } else { 0 }, Some(track))
}

#[test]
fn every_outcome_gets_two_steps_a_month_of_its_kinds() {
    let cases = [
        (lean(TrackKind::Technical), Outcome::Technical),
        (lean(TrackKind::Management), Outcome::Management),
        (persona(|_, _| 4, None), Outcome::Hybrid),
        (persona(|_, _| 1, None), Outcome::Undecided),
    ];
    for (a, outcome) in cases {
        assert_eq!(a.outcome, outcome);
        let plan = steps(&a);
        assert_eq!(plan.len(), PHASES.len() * PER_PHASE, "{outcome:?}");
        for (i, phase) in PHASES.iter().enumerate() {
            let month = &plan[i * PER_PHASE..(i + 1) * PER_PHASE];
            assert!(month.iter().all(|e| e.phase == *phase), "{outcome:?}");
            let got: HashSet<_> = month.iter().map(|e| e.kind).collect();
            let want: HashSet<_> = kinds(outcome).iter().copied().collect();
            assert_eq!(got, want, "{outcome:?} month {phase}");
        }
        let ids: HashSet<_> = plan.iter().map(|e| e.id).collect();
        assert_eq!(ids.len(), plan.len(), "no step twice");
    }
    assert_eq!(kinds(Outcome::Technical), [ExperimentKind::TryManagement]);
    assert_eq!(kinds(Outcome::Management), [ExperimentKind::LeadAndBuild]);
}

#[test]
fn the_least_clear_theme_picks_the_first_step_of_each_month() {
    // Clear everywhere but "security", where both sides were answered alike.
    let a = persona(
        |s, theme| match (theme, s) {
            ("security", _) => 2,
            (_, TrackKind::Technical) => 4,
            _ => 0,
        },
        Some(TrackKind::Technical),
    );
    assert_eq!(a.outcome, Outcome::Technical);
    assert_eq!(unclear_themes(&a)[0], "security");
    let plan = steps(&a);
    let month = |phase: u32| plan.iter().filter(move |e| e.phase == phase);
    for phase in PHASES {
        let has_security = experiments().iter().any(|e| {
            e.phase == phase && e.kind == ExperimentKind::TryManagement && e.theme == "security"
        });
        if has_security {
            assert!(month(phase).any(|e| e.theme == "security"), "month {phase}");
        }
    }
}

#[test]
fn the_content_is_complete() {
    let theme_ids: HashSet<_> = themes().iter().map(|t| t.id).collect();
    let mut ids = HashSet::new();
    for e in experiments() {
        assert!(ids.insert(e.id), "{} is used twice", e.id);
        assert!(
            e.id.chars().all(|c| c.is_ascii_lowercase() || c == '-'),
            "{}: ids are lowercase words joined by hyphens",
            e.id
        );
        assert!(
            PHASES.contains(&e.phase),
            "{}: phase {} is not 30, 60 or 90",
            e.id,
            e.phase
        );
        assert!(
            theme_ids.contains(e.theme),
            "{}: unknown theme {}",
            e.id,
            e.theme
        );
        for (field, text) in [
            ("title", e.title.get()),
            ("how", e.how.get()),
            ("notice", e.notice.get()),
        ] {
            assert!(text.len() > 10, "{}: {field} is missing", e.id);
        }
        assert!(
            e.notice.get().ends_with('?'),
            "{}: notice asks a question",
            e.id
        );
    }
    for kind in [ExperimentKind::TryManagement, ExperimentKind::LeadAndBuild] {
        for phase in PHASES {
            let n = experiments()
                .iter()
                .filter(|e| e.kind == kind && e.phase == phase)
                .count();
            assert!(
                n >= PER_PHASE,
                "{kind:?} needs {PER_PHASE} experiments for month {phase}, has {n}"
            );
        }
    }
    assert!(advice().reversible.get().len() > 100);
    assert!(advice().keep_current.get().len() > 100);
}
