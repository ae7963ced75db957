//! The 30/60/90-day plan: which experiments each position and result get, in which order the
//! themes are probed, that no step presumes a position its reader does not hold, and the
//! content's rules.

use crossroads_core::{
    background::Position,
    plan::{
        advice, experiments, kinds, purpose, shape, steps, themes_to_probe, ExperimentKind, Probe,
        PER_PHASE, PHASES,
    },
    quiz::{questions, themes, Agreement, Answer, Keyed, QuestionKind, Scale},
    scoring::{assess, Assessment, Outcome},
};
use std::collections::HashSet;

mod common;

use ExperimentKind::{GrowManager, GrowTechnical, PeopleLead, TechLead, TryManagement, WayBack};

/// Statements answered with `points` (0-4) on their own scale; choices picked by `pick`.
fn persona(points: impl Fn(Scale, &str) -> u8, pick: Option<Scale>) -> Assessment {
    let answers: Vec<Option<Answer>> = questions()
        .iter()
        .map(|q| match q.kind {
            QuestionKind::Statement { scale, keyed, .. } => {
                let p = points(scale, q.theme);
                let p = if keyed == Keyed::Disagree { 4 - p } else { p };
                Some(Answer::Agreement(Agreement::from_points(p).unwrap()))
            }
            QuestionKind::Choice { .. } => pick.and_then(|s| common::pick_for(q, s)),
        })
        .collect();
    assess(questions(), themes(), &answers, &[])
}

fn lean(track: Scale) -> Assessment {
    persona(move |s, _| if s == track { 4 } else { 0 }, Some(track))
}

/// One assessment of each outcome.
fn every_outcome() -> [(Outcome, Assessment); 5] {
    let cases = [
        (Outcome::Technical, lean(Scale::Technical)),
        (Outcome::Management, lean(Scale::Management)),
        (
            Outcome::Leadership,
            persona(
                |s, _| if s == Scale::Management { 0 } else { 4 },
                Some(Scale::Leadership),
            ),
        ),
        (Outcome::Hybrid, persona(|_, _| 4, None)),
        (Outcome::Undecided, persona(|_, _| 1, None)),
    ];
    for (outcome, a) in &cases {
        assert_eq!(a.outcome, *outcome);
    }
    cases
}

/// The positions whose plans contain `kind` for some result.
fn readers(kind: ExperimentKind) -> Vec<Position> {
    Position::ALL
        .into_iter()
        .filter(|p| {
            Outcome::ALL
                .into_iter()
                .any(|o| shape(*p, o).months.iter().flatten().any(|k| *k == kind))
        })
        .collect()
}

/// Phrases that take a position for granted, with the positions that may read them.
fn presumptions() -> Vec<(&'static [&'static str], &'static [Position])> {
    use Position::{HandsOn, LeadingHandsOn, Managing, Studying};
    vec![
        // That the reader manages people.
        (
            &[
                "your engineers",
                "your team's",
                "your reports",
                "as a manager",
                "your direct reports",
                "protected technical hour",
                "people who report to you",
                "people you manage",
                "your managers",
                "your people",
                "as their manager",
            ],
            &[Managing],
        ),
        // That the reader leads a team.
        (
            &[
                "your team",
                "team you lead",
                "people you lead",
                "your group",
            ],
            &[LeadingHandsOn, Managing],
        ),
        // That the reader has a job and an employer.
        (
            &[
                "your company",
                "your employer",
                "your manager",
                "your boss",
                "your colleagues",
                "your job",
                "your workplace",
                "your hr",
            ],
            &[HandsOn, LeadingHandsOn, Managing],
        ),
        // That the reader does not manage yet.
        (
            &[
                "you become a manager",
                "you move into management",
                "you try management",
                "before you manage",
                "your first management",
                "without leaving the technical work",
            ],
            &[HandsOn, LeadingHandsOn, Studying],
        ),
        // That the reader does not lead yet.
        (
            &[
                "become a lead",
                "first time leading",
                "lead for the first time",
            ],
            &[HandsOn, Studying],
        ),
        // That the reader is hands-on.
        (
            &["your hands-on work", "your own code", "your current design"],
            &[HandsOn, LeadingHandsOn, Studying],
        ),
        // That the reader studies.
        (
            &[
                "your course",
                "your studies",
                "your degree",
                "your lecturer",
                "your classmates",
            ],
            &[Studying],
        ),
    ]
}

/// Fails when `text`, read by `readers`, holds a phrase some of them cannot be addressed by.
fn assert_presumes_nothing(what: &str, text: &str, readers: &[Position]) {
    let text = text.to_ascii_lowercase();
    for (phrases, allowed) in presumptions() {
        for phrase in phrases {
            if text.contains(phrase) {
                let wrong: Vec<_> = readers.iter().filter(|p| !allowed.contains(p)).collect();
                assert!(
                    wrong.is_empty(),
                    "{what}: {phrase:?} is read by {wrong:?} too: {text}"
                );
            }
        }
    }
}

#[test]
fn every_position_and_result_gets_two_steps_a_month_as_laid_out() {
    for position in Position::ALL {
        for (outcome, a) in every_outcome() {
            let case = format!("{position:?} + {outcome:?}");
            let plan = steps(&a, position);
            let shape = shape(position, outcome);
            assert_eq!(plan.len(), PHASES.len() * PER_PHASE, "{case}");
            for (i, phase) in PHASES.iter().enumerate() {
                let month = &plan[i * PER_PHASE..(i + 1) * PER_PHASE];
                assert!(month.iter().all(|e| e.phase == *phase), "{case}");
                let got: Vec<_> = month.iter().map(|e| e.kind).collect();
                assert_eq!(got, shape.months[i], "{case}, month {phase}");
            }
            let ids: HashSet<_> = plan.iter().map(|e| e.id).collect();
            assert_eq!(ids.len(), plan.len(), "{case}: no step twice");
            // `kinds` names every kind the plan uses, the commonest first.
            let used: HashSet<_> = plan.iter().map(|e| e.kind).collect();
            let named: HashSet<_> = kinds(position, outcome).iter().copied().collect();
            assert_eq!(used, named, "{case}");
            let count = |k: ExperimentKind| plan.iter().filter(|e| e.kind == k).count();
            let main = kinds(position, outcome)[0];
            assert!(
                kinds(position, outcome)
                    .iter()
                    .all(|k| count(*k) <= count(main)),
                "{case}"
            );
        }
    }
}

#[test]
fn the_kinds_of_steps_follow_position_and_result() {
    let count = |position, outcome, kind| {
        shape(position, outcome)
            .months
            .iter()
            .flatten()
            .filter(|k| **k == kind)
            .count()
    };
    for position in [Position::HandsOn, Position::Studying] {
        // Growing on the technical path, with one cheap check that management is not ruled
        // out too early, after the first month.
        assert_eq!(
            kinds(position, Outcome::Technical),
            [GrowTechnical, TryManagement]
        );
        assert_eq!(count(position, Outcome::Technical, GrowTechnical), 5);
        assert_eq!(count(position, Outcome::Technical, TryManagement), 1);
        assert!(!shape(position, Outcome::Technical).months[0].contains(&TryManagement));
        assert_eq!(kinds(position, Outcome::Management), [TryManagement]);
    }
    assert_eq!(
        kinds(Position::LeadingHandsOn, Outcome::Technical)[0],
        TechLead
    );
    assert_eq!(
        count(Position::LeadingHandsOn, Outcome::Technical, PeopleLead),
        1
    );
    assert_eq!(
        kinds(Position::LeadingHandsOn, Outcome::Management)[0],
        PeopleLead
    );
    assert_eq!(
        count(Position::LeadingHandsOn, Outcome::Management, TechLead),
        1
    );
    assert_eq!(kinds(Position::Managing, Outcome::Technical), [WayBack]);
    assert_eq!(
        kinds(Position::Managing, Outcome::Management),
        [GrowManager]
    );
    // Hybrid and undecided: one step of each side every month.
    let sides = [
        (Position::HandsOn, [TryManagement, GrowTechnical]),
        (Position::Studying, [TryManagement, GrowTechnical]),
        (Position::LeadingHandsOn, [PeopleLead, TechLead]),
        (Position::Managing, [GrowManager, WayBack]),
    ];
    for (position, pair) in sides {
        for outcome in [Outcome::Hybrid, Outcome::Undecided] {
            for month in shape(position, outcome).months {
                assert_eq!(month, pair, "{position:?} + {outcome:?}");
            }
        }
    }
    // Every pair says what its plan is for in its own words.
    let mut purposes = HashSet::new();
    for position in Position::ALL {
        for outcome in Outcome::ALL {
            assert!(purposes.insert(purpose(position, outcome)));
        }
    }
    // Only those who manage are offered the way back, and only they are told to grow as
    // managers; trials of management go to those who do not manage.
    let only = |kind, who: &[Position]| {
        assert_eq!(readers(kind), who, "{kind:?}");
    };
    only(WayBack, &[Position::Managing]);
    only(GrowManager, &[Position::Managing]);
    only(TechLead, &[Position::LeadingHandsOn]);
    only(PeopleLead, &[Position::LeadingHandsOn]);
    only(TryManagement, &[Position::HandsOn, Position::Studying]);
}

#[test]
fn no_step_presumes_a_position_its_reader_does_not_hold() {
    for e in experiments() {
        let who = readers(e.kind);
        for (field, text) in [
            ("title", e.title.get()),
            ("how", e.how.get()),
            ("notice", e.notice.get()),
        ] {
            assert_presumes_nothing(&format!("{} {field}", e.id), text, &who);
        }
    }
    for position in Position::ALL {
        for outcome in Outcome::ALL {
            let who = [position];
            let what = format!("purpose of {position:?} + {outcome:?}");
            assert_presumes_nothing(&what, purpose(position, outcome), &who);
        }
    }
    let everyone = Position::ALL;
    assert_presumes_nothing("reversible", advice().reversible.get(), &everyone);
    assert_presumes_nothing("keep_current", advice().keep_current.get(), &everyone);
    // The checker itself catches a presumption.
    let caught = std::panic::catch_unwind(|| {
        let who = [Position::Studying];
        assert_presumes_nothing("probe", "Ask your engineers", &who);
    });
    assert!(caught.is_err());
}

#[test]
fn themes_pointing_against_the_verdict_are_probed_first() {
    // A technical verdict, with security and (less so) enjoyment pointing to management,
    // style close, career outcome clearly technical. The strengths are self-ratings, which
    // move neither score, so their theme has no pull to probe.
    let subscores = |theme: &str| match theme {
        "security" => (4, 1),
        "enjoy" => (3, 2),
        "style" => (1, 3),
        "skills" => (1, 4),
        _ => (0, 4),
    };
    let technical = persona(
        |s, theme| {
            let (m, t) = subscores(theme);
            match s {
                Scale::Management => m,
                Scale::Technical => t,
                // Hands-on: no wish to lead technical work either.
                Scale::Leadership => 0,
            }
        },
        Some(Scale::Technical),
    );
    assert_eq!(technical.outcome, Outcome::Technical);
    let probe = |theme, against| Probe { theme, against };
    assert_eq!(
        themes_to_probe(&technical),
        [
            probe("security", true),
            probe("enjoy", true),
            probe("style", false),
            probe("outcome", false),
        ]
    );
    // The same answers with the scales swapped: a management verdict, the same order.
    let management = persona(
        |s, theme| {
            let (m, t) = subscores(theme);
            if s == Scale::Management {
                t
            } else {
                m
            }
        },
        Some(Scale::Management),
    );
    assert_eq!(management.outcome, Outcome::Management);
    assert_eq!(themes_to_probe(&management), themes_to_probe(&technical));
    // Hybrid: closest first, whichever way a theme points.
    let hybrid = persona(
        |s, theme| match (theme, s) {
            ("enjoy", Scale::Management) => 1,
            ("style", Scale::Technical) => 2,
            _ => 4,
        },
        None,
    );
    assert_eq!(hybrid.outcome, Outcome::Hybrid);
    let order: Vec<_> = themes_to_probe(&hybrid).iter().map(|p| p.theme).collect();
    assert_eq!(order, ["outcome", "security", "style", "enjoy"]);
    assert!(themes_to_probe(&hybrid).iter().all(|p| !p.against));
}

#[test]
fn the_theme_most_against_the_verdict_picks_the_first_step_of_each_month() {
    // Technical everywhere but "security", where the answers lean to management.
    let a = persona(
        |s, theme| match (theme, s) {
            ("security", Scale::Management) => 4,
            ("security", Scale::Technical) => 1,
            (_, Scale::Technical) => 4,
            _ => 0,
        },
        Some(Scale::Technical),
    );
    assert_eq!(a.outcome, Outcome::Technical);
    assert_eq!(themes_to_probe(&a)[0].theme, "security");
    for position in Position::ALL {
        let plan = steps(&a, position);
        for (i, phase) in PHASES.iter().enumerate() {
            let kind = shape(position, a.outcome).months[i][0];
            let has_security = experiments()
                .iter()
                .any(|e| e.phase == *phase && e.kind == kind && e.theme == "security");
            if has_security {
                let first = plan[i * PER_PHASE];
                assert_eq!(first.theme, "security", "{position:?}, month {phase}");
            }
        }
    }
}

#[test]
fn the_head_of_plan_toml_documents_the_table() {
    let file = include_str!("../../content/plan.toml");
    let head: String = file
        .lines()
        .take_while(|l| l.starts_with('#') || l.is_empty())
        .collect::<Vec<_>>()
        .join("\n");
    for kind in ExperimentKind::ALL {
        assert!(
            head.contains(&format!("#   {:<19}", kind.slug())),
            "the head of plan.toml describes {}",
            kind.slug()
        );
    }
    for position in Position::ALL {
        for outcome in Outcome::ALL {
            let months: Vec<String> = shape(position, outcome)
                .months
                .iter()
                .map(|[a, b]| {
                    if a == b {
                        format!("2 {}", a.slug())
                    } else {
                        format!("{}, {}", a.slug(), b.slug())
                    }
                })
                .collect();
            let line = format!(
                "#   {} + {}: {}",
                position.slug(),
                outcome.slug(),
                months.join(" | ")
            );
            assert!(
                head.lines().any(|l| l == line),
                "the head of plan.toml should read\n{line}"
            );
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
    // Each kind has, in every month, at least as many experiments as any plan asks for there,
    // and every kind is used by some plan.
    for kind in ExperimentKind::ALL {
        assert!(!readers(kind).is_empty(), "{kind:?} is in no plan");
        for (i, phase) in PHASES.iter().enumerate() {
            let need = Position::ALL
                .into_iter()
                .flat_map(|p| Outcome::ALL.into_iter().map(move |o| shape(p, o)))
                .map(|s| s.months[i].iter().filter(|k| **k == kind).count())
                .max()
                .unwrap_or(0);
            let have = experiments()
                .iter()
                .filter(|e| e.kind == kind && e.phase == *phase)
                .count();
            assert!(
                have >= need.max(PER_PHASE),
                "{kind:?} needs {need} experiments for month {phase}, has {have}"
            );
        }
    }
    let reversible = advice().reversible.get();
    assert!(reversible.starts_with("None of this is a one-way door."));
    assert!(
        reversible.contains("the longer someone manages") && reversible.contains("harder"),
        "the way back gets harder the longer someone manages: {reversible}"
    );
    assert!(advice().keep_current.get().len() > 100);
}
