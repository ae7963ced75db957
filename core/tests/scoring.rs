//! Personas, counterexamples and invariants of the scoring rules. It is long because it follows
//! the method page rule by rule, each rule's personas and counterexamples beside its invariant.
//!
//! Answers are mostly built from *keyed points* (0-4 on the statement's own scale), so a
//! persona means the same thing whichever way each statement is worded.

use common::*;
use crossroads_core::{
    fit::{match_roles, FitReason},
    quiz::{
        questions, themes, Agreement, Answer, Keyed, Question, QuestionKind, Scale, Theme, Wording,
    },
    recent::WorkKind,
    roles,
    scoring::{
        assess, outcome, regions, strength, About, Assessment, Caution, Confidence, Firm, Outcome,
        QualityIssue, Rule, Strength, CLOSE, HYBRID_GAP, NEUTRAL, PULL,
    },
    TrackKind,
};
use proptest::prelude::*;
use Agreement::*;

mod common;

/// Whether (x, y) lies on an edge of the polygon.
fn on_edge(corners: &[(f64, f64)], x: f64, y: f64) -> bool {
    (0..corners.len()).any(|i| {
        let (a, b) = (corners[i], corners[(i + 1) % corners.len()]);
        let cross = (b.0 - a.0) * (y - a.1) - (b.1 - a.1) * (x - a.0);
        cross.abs() < 1e-9
            && x >= a.0.min(b.0) - 1e-9
            && x <= a.0.max(b.0) + 1e-9
            && y >= a.1.min(b.1) - 1e-9
            && y <= a.1.max(b.1) + 1e-9
    })
}

/// Whether (x, y) is strictly inside the polygon (even-odd rule, edges excluded).
fn inside(corners: &[(f64, f64)], x: f64, y: f64) -> bool {
    if on_edge(corners, x, y) {
        return false;
    }
    let mut hit = false;
    for i in 0..corners.len() {
        let (a, b) = (corners[i], corners[(i + 1) % corners.len()]);
        if (a.1 > y) != (b.1 > y) && x < a.0 + (y - a.1) / (b.1 - a.1) * (b.0 - a.0) {
            hit = !hit;
        }
    }
    hit
}

// --- The instrument -------------------------------------------------------------------------

#[test]
fn the_scales_are_balanced_and_every_reversal_has_its_opposite() {
    let mut totals = Vec::new();
    for track in TrackKind::ALL {
        let on_scale: Vec<_> = statements(track)
            .into_iter()
            .map(|i| &questions()[i].kind)
            .collect();
        let scored = on_scale
            .iter()
            .filter(|k| {
                !matches!(
                    k,
                    QuestionKind::Statement {
                        not_applicable: true,
                        ..
                    }
                )
            })
            .count();
        let reversed = on_scale
            .iter()
            .filter(|k| {
                matches!(
                    k,
                    QuestionKind::Statement {
                        keyed: Keyed::Disagree,
                        ..
                    }
                )
            })
            .count();
        assert!(
            scored >= 14,
            "{track:?} has {scored} always-scored statements"
        );
        assert!(
            reversed >= 5,
            "{track:?} has {reversed} reversed statements"
        );
        totals.push(on_scale.len());
    }
    // The leadership scale: at least six statements, at least two of them reversed, each
    // asked of everyone.
    let leadership: Vec<_> = on_scale(Scale::Leadership)
        .into_iter()
        .map(|i| &questions()[i].kind)
        .collect();
    let reversed = leadership
        .iter()
        .filter(|k| {
            matches!(
                k,
                QuestionKind::Statement {
                    keyed: Keyed::Disagree,
                    not_applicable: false,
                    ..
                }
            )
        })
        .count();
    println!(
        "leadership: {} statements, {reversed} reversed",
        leadership.len()
    );
    assert!(leadership.len() >= 6 && reversed >= 2);
    assert_eq!(totals[0], totals[1], "one step moves either score as far");
    // Every reversed statement names its opposite: an ordinary statement of its own scale, in
    // no other pair, at least two places away.
    let mut partners = std::collections::HashSet::new();
    let mut distances = Vec::new();
    for (j, q) in questions().iter().enumerate() {
        let QuestionKind::Statement {
            scale,
            keyed,
            opposite,
            ..
        } = q.kind
        else {
            continue;
        };
        match (keyed, opposite) {
            (Keyed::Agree, None) => {}
            (Keyed::Agree, Some(_)) => {
                panic!("{}: only reversed statements name an opposite", q.id)
            }
            (Keyed::Disagree, None) => panic!("{}: a reversed statement needs its opposite", q.id),
            (Keyed::Disagree, Some(id)) => {
                let i = questions()
                    .iter()
                    .position(|f| f.id == id)
                    .unwrap_or_else(|| panic!("{}: no statement {id}", q.id));
                let QuestionKind::Statement {
                    scale: s, keyed: k, ..
                } = questions()[i].kind
                else {
                    panic!("{}: {id} is not a statement", q.id)
                };
                assert_eq!(
                    (s, k),
                    (scale, Keyed::Agree),
                    "{}: {id} must be ordinary, same scale",
                    q.id
                );
                assert!(partners.insert(id), "{id} is in two pairs");
                let statement_place = |at: usize| {
                    questions()[..at]
                        .iter()
                        .filter(|b| matches!(b.kind, QuestionKind::Statement { .. }))
                        .count()
                };
                let by_statement = statement_place(i).abs_diff(statement_place(j));
                assert!(by_statement >= 2, "{}: {id} is right beside it", q.id);
                distances.push((by_statement, i.abs_diff(j)));
            }
        }
    }
    // Varied distances: whatever a repeating pattern's period (up to 8, counted by statement
    // or by question), some pairs sit a whole number of periods apart and are answered alike
    // by it.
    for period in 2..=8 {
        let by_statement = distances.iter().filter(|d| d.0 % period == 0).count();
        let by_question = distances.iter().filter(|d| d.1 % period == 0).count();
        assert!(
            by_statement >= 2 && by_question >= 2,
            "period {period}: {by_statement} pairs by statement, {by_question} by question"
        );
    }
    let distinct: std::collections::HashSet<_> = distances.iter().map(|d| d.0).collect();
    assert!(distinct.len() >= 8, "pair distances {distances:?}");
    let ids: std::collections::HashSet<_> = questions().iter().map(|q| q.id).collect();
    assert_eq!(ids.len(), questions().len(), "question ids are unique");
    for q in questions() {
        assert!(
            themes().iter().any(|t| t.id == q.theme),
            "{} has unknown theme {}",
            q.id,
            q.theme
        );
        assert!(!q.text.get().trim().is_empty());
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
fn wording_is_balanced_against_keying_and_keying_has_no_period() {
    for track in Scale::ALL {
        // (ordinary, reversed) x (positive, negative)
        let mut cells = [[0usize; 2]; 2];
        for i in on_scale(track) {
            let QuestionKind::Statement { keyed, wording, .. } = questions()[i].kind else {
                unreachable!()
            };
            cells[usize::from(keyed == Keyed::Disagree)]
                [usize::from(wording == Wording::Negative)] += 1;
        }
        println!(
            "{track:?}: ordinary {:?}, reversed {:?} (positive, negative)",
            cells[0], cells[1]
        );
        for (keying, [pos, neg]) in ["ordinary", "reversed"].iter().zip(cells) {
            assert!(
                3 * pos.min(neg) >= pos + neg,
                "{track:?}: {pos} positive and {neg} negative {keying} statements"
            );
        }
        // Agreeing with the pleasant and disagreeing with the unpleasant raises the scale on
        // ordinary positive and reversed negative statements and lowers it on the others:
        // the two must come out even, give or take one.
        let raised = cells[0][0] + cells[1][1];
        let lowered = cells[0][1] + cells[1][0];
        assert!(
            raised.abs_diff(lowered) <= 1,
            "{track:?}: answering by wording raises {raised} and lowers {lowered}"
        );
    }
    // The scored statements' scale and keying, in order, repeat with no period up to 8.
    let classes: Vec<_> = questions()
        .iter()
        .filter_map(|q| match q.kind {
            QuestionKind::Statement { keyed, .. } => q.counts_on().map(|s| (s, keyed)),
            QuestionKind::Choice { .. } => None,
        })
        .collect();
    for period in 1..=8 {
        let same = classes
            .iter()
            .zip(classes.iter().skip(period))
            .filter(|(a, b)| a == b)
            .count();
        let share = same as f64 / (classes.len() - period) as f64;
        assert!(share <= 0.6, "keying repeats every {period}: {share:.2}");
    }
}

#[test]
fn statements_ask_one_thing_without_a_premise_and_choices_name_their_costs() {
    // Wordings the review of issue 21 found double-barrelled, premise-laden or loaded.
    for q in questions() {
        let text = q.text.get();
        for phrase in [
            "already know",
            "knowing that",
            "perks",
            "pressure and responsibility",
            "getting it right",
            "deeply satisfying",
        ] {
            assert!(!text.contains(phrase), "{}: {phrase}", q.id);
        }
        if let QuestionKind::Choice { options } = &q.kind {
            for option in options.map(|(_, p)| p.get()) {
                assert!(
                    ["while", "less", "more pressure"]
                        .iter()
                        .any(|cost| option.contains(cost)),
                    "{}: {option:?} names no cost",
                    q.id
                );
            }
        }
    }
}

#[test]
fn only_statements_about_dependants_offer_does_not_apply() {
    for q in questions() {
        if let QuestionKind::Statement { not_applicable, .. } = q.kind {
            assert_eq!(
                not_applicable,
                q.text.get().contains("depend on me"),
                "{}: \"Does not apply to me\" is for statements about dependants",
                q.id
            );
        }
    }
}

#[test]
fn every_statement_rates_at_most_one_behaviour() {
    // Split double-barrelled statements: a statement that rates skills names one behaviour.
    for q in questions() {
        if let QuestionKind::Statement { skills, .. } = q.kind {
            assert!(
                skills.len() <= 1 || q.id == "skills-invention",
                "{} rates {skills:?}",
                q.id
            );
            assert!(
                skills.is_empty() || !q.text.get().contains(" and "),
                "{} rates several things",
                q.id
            );
        }
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

// --- Personas -------------------------------------------------------------------------------

#[test]
fn full_management_pull_is_management() {
    let a = run(&manager());
    assert_eq!(a.outcome, Outcome::Management);
    assert_eq!((a.management, a.technical), (100.0, 0.0));
    assert_eq!(a.strength, Strength::Strong);
    assert_eq!(a.confidence, Confidence::High);
    assert!(a.issues.is_empty(), "{:?}", a.issues);
    assert!(a.cautions.is_empty(), "{:?}", a.cautions);
}

#[test]
fn the_mirror_persona_is_technical() {
    let a = run(&engineer());
    assert_eq!(a.outcome, Outcome::Technical);
    assert_eq!((a.management, a.technical), (0.0, 100.0));
    assert_eq!(a.confidence, Confidence::High);
}

#[test]
fn scoring_is_symmetric() {
    let pairs = [
        (manager(), engineer()),
        // Leadership held the same on both sides (and off Neutral, so that the answers are not
        // mostly Neutral).
        (
            persona(
                |s| match s {
                    Scale::Management => 3,
                    Scale::Technical => 2,
                    Scale::Leadership => 1,
                },
                None,
            ),
            persona(
                |s| match s {
                    Scale::Management => 2,
                    Scale::Technical => 3,
                    Scale::Leadership => 1,
                },
                None,
            ),
        ),
    ];
    for (m, t) in pairs {
        let (a, b) = (run(&m), run(&t));
        assert_eq!(a.management, b.technical);
        assert_eq!(a.technical, b.management);
        assert_eq!(a.strength, b.strength);
        for (ta, tb) in a.themes.iter().zip(&b.themes) {
            assert_eq!((ta.management, ta.technical), (tb.technical, tb.management));
        }
    }
}

#[test]
fn high_on_both_is_hybrid_with_high_confidence() {
    let a = run(&genuine_hybrid());
    assert_eq!(a.outcome, Outcome::Hybrid);
    assert!(a.management >= 80.0 && a.technical >= 80.0);
    assert!(a.issues.is_empty(), "{:?}", a.issues);
    // Counterexample 5: a hybrid's lean is near zero by definition; that is not a reason to
    // doubt a hybrid verdict.
    assert_eq!(a.confidence, Confidence::High, "{:?}", a.cautions);
    assert_eq!(a.strength, Strength::Strong, "both pull strongly");
}

#[test]
fn the_best_roles_for_a_hybrid_are_the_bridges() {
    let a = run(&persona(|_| 3, None));
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
    let a = run(&same_answer(Neutral));
    assert_eq!(a.outcome, Outcome::Undecided);
    assert_eq!((a.management, a.technical), (50.0, 50.0));
    assert_eq!(a.confidence, Confidence::Low);
    assert_eq!(a.issues, vec![QualityIssue::SameAnswer(Neutral)]);
    assert_eq!(a.strength, Strength::None);
    assert!(!a.carries_verdict());
    let why = a.why();
    assert!(why.groups.iter().all(|g| g.effects.is_empty()));
}

#[test]
fn low_on_both_is_undecided_because_neither_pulls() {
    let a = run(&persona(
        |s| if s == Scale::Management { 1 } else { 0 },
        None,
    ));
    assert_eq!(a.outcome, Outcome::Undecided);
    assert!(a.neither_pulls());
    assert!(a
        .why()
        .groups
        .iter()
        .all(|g| matches!(g.about, About::HeldBack(_))));
}

#[test]
fn mostly_neutral_answers_lower_confidence() {
    let mut n = 0;
    let answers: Vec<_> = questions()
        .iter()
        .map(|q| match q.kind {
            QuestionKind::Statement { scale, .. } => {
                n += 1;
                Some(keyed(
                    q,
                    if n % 4 == 0 && scale == Scale::Technical {
                        4
                    } else {
                        2
                    },
                ))
            }
            QuestionKind::Choice { .. } => None,
        })
        .collect();
    let a = run(&answers);
    assert!(
        a.issues
            .iter()
            .any(|i| matches!(i, QualityIssue::MostlyNeutral { share } if *share >= 0.6)),
        "{:?}",
        a.issues
    );
    assert_eq!(a.confidence, Confidence::Low);
}

// --- The counterexamples of issue 11 --------------------------------------------------------

#[test]
fn counterexample_1_no_track_verdict_without_agreement() {
    // Agreeing with no management statement used to give "a strong lean towards management",
    // high confidence, once the management score crept past 45 (and Undecided just below).
    for low in 0..=4 {
        let a = run(&barely_management(low));
        assert!(a.management <= 50.0);
        assert_eq!(a.outcome, Outcome::Undecided, "{low} Disagree answers");
        assert!(a.neither_pulls());
        assert_eq!(a.strength, Strength::None, "nothing strong is claimed");
    }
    // Strength needs pull as well as a lead.
    assert_eq!(
        strength2(65.0, 0.0),
        Strength::Slight,
        "a big lead, a weak pull"
    );
    assert_eq!(strength2(75.0, 10.0), Strength::Clear);
    assert_eq!(strength2(85.0, 40.0), Strength::Strong);
    assert_eq!(
        strength2(80.0, 58.0),
        Strength::Slight,
        "a strong pull, a small lead"
    );
}

#[test]
fn counterexample_2_agreeing_with_everything_is_flagged() {
    // 36 x Strongly agree and one Agree used to read as a Hybrid of medium confidence with no
    // warning; the reversed statements now show the habit for what it is.
    let mut answers = same_answer(StronglyAgree);
    answers[0] = Some(Answer::Agreement(Agree));
    let a = run(&answers);
    let tilt = |a: &crossroads_core::scoring::Assessment| {
        a.issues.iter().find_map(|i| match i {
            QualityIssue::AgreementTilt {
                agreed, disagreed, ..
            } => Some((*agreed, *disagreed)),
            _ => None,
        })
    };
    let (agreed, disagreed) = tilt(&a).expect("agreeing with everything is measured");
    assert!(agreed > 3 * disagreed.max(1), "{agreed} / {disagreed}");
    // Every pair is answered alike, which is strong evidence on its own.
    assert!(a.issues.iter().any(|i| matches!(
        i,
        QualityIssue::Contradictions { pairs, answered } if pairs.len() == *answered
    ) && i.sets_aside()));
    assert_eq!(a.confidence, Confidence::Low);
    assert!(!a.carries_verdict());
    assert_eq!(a.outcome, Outcome::Undecided);
    // Its mirror, disagreeing with everything, is flagged too.
    let mut answers = same_answer(StronglyDisagree);
    answers[0] = Some(Answer::Agreement(Disagree));
    let a = run(&answers);
    let (agreed, disagreed) = tilt(&a).expect("disagreeing with everything is measured");
    assert!(disagreed > 3 * agreed.max(1), "{agreed} / {disagreed}");
    assert_eq!(a.outcome, Outcome::Undecided);
    // A real hybrid who agrees with the statements and rejects their reversals is not.
    let a = run(&genuine_hybrid());
    assert_eq!(tilt(&a), None, "{:?}", a.issues);
    assert_eq!(a.outcome, Outcome::Hybrid);
}

#[test]
fn counterexample_3_the_plot_and_the_verdict_agree() {
    // Management 48 / technical 21 was a Management result drawn in the "Undecided" quadrant.
    assert_eq!(outcome2(48.0, 21.0), Outcome::Undecided);
    let undecided = &regions(50.0)[3];
    assert_eq!(undecided.outcome, Outcome::Undecided);
    assert!(inside(&undecided.corners, 21.0, 48.0));
}

#[test]
fn the_region_a_score_pair_falls_in_names_its_verdict() {
    // A fine grid, including every whole-number pair: strictly inside a region, the region
    // names the verdict; on an edge, the verdict is one of the regions that meet there.
    // At a leadership score below the pull and at the pull: the technical lead's area names
    // hands-on technical work, then technical leadership.
    for l in [59.0, 60.0] {
        let regions = regions(l);
        for ti in 0..=400 {
            for mi in 0..=400 {
                let (t, m) = (f64::from(ti) / 4.0, f64::from(mi) / 4.0);
                let verdict = outcome(scores3(m, t, l));
                let containing: Vec<_> = regions
                    .iter()
                    .filter(|r| inside(&r.corners, t, m))
                    .collect();
                assert!(containing.len() <= 1, "regions overlap at ({t}, {m})");
                match containing.first() {
                    Some(r) => assert_eq!(r.outcome, verdict, "technical {t}, management {m}"),
                    None => {
                        // Points on a small circle around it, at angles no edge runs along.
                        let near = |r: &&crossroads_core::scoring::Region| {
                            (0..16).any(|k| {
                                let angle = 0.1 + f64::from(k) * std::f64::consts::TAU / 16.0;
                                inside(&r.corners, t + 0.01 * angle.cos(), m + 0.01 * angle.sin())
                            })
                        };
                        assert!(
                            regions.iter().filter(near).any(|r| r.outcome == verdict),
                            "({t}, {m}) is on an edge of no {verdict:?} region"
                        );
                    }
                }
            }
        }
    }
}

#[test]
fn each_area_name_sits_inside_its_own_area() {
    for l in [0.0, 59.0, 60.0, 100.0] {
        for r in regions(l) {
            let (t, m) = r.label;
            assert!(inside(&r.corners, t, m), "{:?} at {:?}", r.outcome, r.label);
            assert_eq!(outcome(scores3(m, t, l)), r.outcome);
        }
    }
}

#[test]
fn the_rule_and_the_verdict_are_one_decision() {
    // Every whole triple: the rule met gives the verdict, and the verdict's strength says
    // "none" exactly when the rule gives no verdict.
    let mut seen = [0usize; 5];
    for m in 0..=100 {
        for t in 0..=100 {
            for l in 0..=100 {
                let (m, t, l) = (f64::from(m), f64::from(t), f64::from(l));
                let rule = Rule::of(scores3(m, t, l));
                // The rules as the method page states them, one by one.
                let (pm, pt, pl, lead) = (m >= PULL, t >= PULL, l >= PULL, m - t);
                let said = if !pm && !pt {
                    Rule::NeitherPulls
                } else if pm && pt && lead.abs() < HYBRID_GAP {
                    Rule::BothPull
                } else if pm && lead >= CLOSE {
                    Rule::Leads(TrackKind::Management)
                } else if pt && -lead >= CLOSE && pl {
                    Rule::LeadsAndDirects
                } else if pt && -lead >= CLOSE {
                    Rule::Leads(TrackKind::Technical)
                } else {
                    Rule::TooClose
                };
                assert_eq!(rule, said, "({m}, {t}, {l})");
                let expected = match said {
                    Rule::Leads(TrackKind::Management) => Outcome::Management,
                    Rule::Leads(TrackKind::Technical) => Outcome::Technical,
                    Rule::LeadsAndDirects => Outcome::Leadership,
                    Rule::BothPull => Outcome::Hybrid,
                    Rule::NeitherPulls | Rule::TooClose => Outcome::Undecided,
                };
                seen[Outcome::ALL.iter().position(|o| *o == expected).unwrap()] += 1;
                assert_eq!(outcome(scores3(m, t, l)), expected);
                assert_eq!(
                    strength(scores3(m, t, l)) == Strength::None,
                    matches!(rule, Rule::NeitherPulls | Rule::TooClose),
                    "({m}, {t}, {l}) {rule:?}"
                );
            }
        }
    }
    println!(
        "whole triples by outcome (management, technical, leadership, hybrid, undecided): {seen:?}"
    );
    assert!(seen.iter().all(|n| *n > 0));
}

#[test]
fn counterexample_6_conflict_replaces_the_interval() {
    let steady = run(&manager());
    assert!(steady.conflict.iter().all(|c| c.against == 0));
    assert!(steady.conflict[0].leans_towards);
    // Strong management answers, but four of its ordinary statements disagreed with: a scale
    // the verdict rests on, in conflict (without contradicting any opposite pair).
    // Four ordinary management statements pulled against it; where one has a reversed
    // partner, the partner is answered Neutral, so no pair is answered alike.
    let mut swinging: Vec<_> = questions()
        .iter()
        .map(|q| match q.kind {
            QuestionKind::Statement { scale, .. } => {
                Some(keyed(q, if scale == Scale::Management { 4 } else { 0 }))
            }
            QuestionKind::Choice { .. } => None,
        })
        .collect();
    let against: Vec<usize> = statements(TrackKind::Management)
        .into_iter()
        .filter(|i| {
            matches!(
                questions()[*i].kind,
                QuestionKind::Statement {
                    keyed: Keyed::Agree,
                    ..
                }
            )
        })
        .take(4)
        .collect();
    for i in &against {
        swinging[*i] = Some(keyed(&questions()[*i], 1));
        let id = questions()[*i].id;
        if let Some(j) = questions().iter().position(
            |r| matches!(r.kind, QuestionKind::Statement { opposite: Some(o), .. } if o == id),
        ) {
            swinging[j] = Some(keyed(&questions()[j], 2));
        }
    }
    let a = run(&swinging);
    assert_eq!(a.outcome, Outcome::Management);
    assert!(a.conflict[0].in_conflict(), "{:?}", a.conflict[0]);
    assert!(a
        .cautions
        .iter()
        .any(|c| matches!(c, Caution::Conflict(k) if k.scale == Scale::Management)));
    assert!(a.conflict[0].leans_towards && a.conflict[0].against == 4);
}

#[test]
fn counterexample_7_why_explains_each_kind_of_verdict() {
    let hybrid = run(&genuine_hybrid()).why();
    assert_eq!(
        hybrid.groups.iter().map(|g| g.about).collect::<Vec<_>>(),
        [
            About::Raised(Scale::Management),
            About::Raised(Scale::Technical)
        ]
    );
    assert!(hybrid.groups.iter().all(|g| !g.effects.is_empty()));
    assert!(hybrid.groups[0]
        .effects
        .iter()
        .all(|e| e.scale == Some(Scale::Management) && e.on_scale > 0.0));

    // Pulls that cancel: management 63 (nine statements at 3, the rest at 2), technical 58
    // (six at 3).
    let mut seen = [0usize; 3];
    let answers: Vec<_> = questions()
        .iter()
        .map(|q| match q.kind {
            QuestionKind::Statement { .. } => {
                // Self-ratings move neither score; Agree keeps the answers from being mostly
                // Neutral.
                let Some(scale) = q.counts_on() else {
                    return Some(keyed(q, 3));
                };
                let n = &mut seen[scale as usize];
                *n += 1;
                let up = match scale {
                    Scale::Management => *n <= 9,
                    Scale::Technical => *n <= 6,
                    Scale::Leadership => false,
                };
                Some(keyed(q, if up { 3 } else { 2 }))
            }
            QuestionKind::Choice { .. } => None,
        })
        .collect();
    let cancel = run(&answers);
    assert_eq!((cancel.management, cancel.technical), (63.0, 58.0));
    assert!(cancel.issues.is_empty(), "{:?}", cancel.issues);
    assert_eq!(cancel.outcome, Outcome::Undecided);
    assert!(!cancel.neither_pulls());
    let why = cancel.why();
    assert_eq!(why.groups[0].about, About::Towards(TrackKind::Management));
    assert!(why.groups[0].effects.iter().all(|e| e.lean > 0.0));
    assert!(why.groups[1].effects.iter().all(|e| e.lean < 0.0));

    let track = run(&manager()).why();
    assert_eq!(
        track.groups.iter().map(|g| g.about).collect::<Vec<_>>(),
        [About::Towards(TrackKind::Management), About::OtherWay]
    );
    assert_eq!(track.groups[0].effects.len(), 5);

    // Hands-on technical work: its summary says where leadership fell short.
    let hands_on = run(&engineer()).why();
    assert_eq!(
        hands_on.groups.iter().map(|g| g.about).collect::<Vec<_>>(),
        [About::Towards(TrackKind::Technical), About::OtherWay]
    );
    // Technical leadership: what pulled towards technical, and what raised leadership.
    let leader = run(&technical_leader()).why();
    assert_eq!(
        leader.groups.iter().map(|g| g.about).collect::<Vec<_>>(),
        [
            About::Towards(TrackKind::Technical),
            About::Raised(Scale::Leadership),
            About::OtherWay
        ]
    );
    assert!(leader.groups[1]
        .effects
        .iter()
        .all(|e| e.scale == Some(Scale::Leadership) && e.on_scale > 0.0));
    assert_eq!(leader.groups[1].effects.len(), 5);
}

#[test]
fn equal_effects_are_ordered_by_theme_then_question() {
    let a = run(&manager());
    let theme_of = |e: &crossroads_core::scoring::Effect| {
        themes()
            .iter()
            .position(|t| t.id == e.question.theme)
            .unwrap()
    };
    let position = |e: &crossroads_core::scoring::Effect| {
        questions()
            .iter()
            .position(|q| q.id == e.question.id)
            .unwrap()
    };
    for w in a.effects.windows(2) {
        let (x, y) = (w[0].on_scale.abs(), w[1].on_scale.abs());
        assert!(x >= y - 1e-9);
        if (x - y).abs() < 1e-9 {
            assert!(
                (theme_of(&w[0]), position(&w[0])) <= (theme_of(&w[1]), position(&w[1])),
                "{} before {}",
                w[0].question.id,
                w[1].question.id
            );
        }
    }
}

#[test]
fn counterexample_8_does_not_apply_counts_in_neither_scale() {
    let mut answers = manager();
    let dependants: Vec<usize> = questions()
        .iter()
        .enumerate()
        .filter(|(_, q)| {
            matches!(
                q.kind,
                QuestionKind::Statement {
                    not_applicable: true,
                    ..
                }
            )
        })
        .map(|(i, _)| i)
        .collect();
    assert_eq!(dependants.len(), 2);
    for i in &dependants {
        answers[*i] = Some(Answer::NotApplicable);
    }
    let a = run(&answers);
    assert_eq!((a.management, a.technical), (100.0, 0.0));
    assert!(
        a.issues.is_empty(),
        "not applicable is an answer: {:?}",
        a.issues
    );
    assert_eq!(
        a.conflict[0].answered,
        statements(TrackKind::Management).len() - 2
    );
    assert!(a
        .effects
        .iter()
        .filter(|e| e.answer == Answer::NotApplicable)
        .all(|e| e.scale.is_none() && e.lean == 0.0));
    // Offered only where the statement allows it.
    assert!(!Answer::NotApplicable.fits(&questions()[0]));
}

// --- The last six months --------------------------------------------------------------------

#[test]
fn recent_work_that_contradicts_the_answers_lowers_confidence() {
    let agreeing = assess(
        questions(),
        themes(),
        &manager(),
        &[work(5, WorkKind::People), work(4, WorkKind::Both)],
    );
    assert_eq!(agreeing.confidence, Confidence::High);
    assert_eq!(
        agreeing.revealed.and_then(|r| r.side()),
        Some(TrackKind::Management),
        "the recent work agrees with the answers"
    );

    let contradicting = assess(
        questions(),
        themes(),
        &manager(),
        &[work(5, WorkKind::Technical), work(2, WorkKind::People)],
    );
    assert_eq!(
        contradicting.outcome,
        Outcome::Management,
        "the verdict stays"
    );
    assert_eq!(contradicting.confidence, Confidence::Medium);
    assert!(contradicting.cautions.contains(&Caution::RecentDisagrees {
        recent: TrackKind::Technical
    }));

    // One piece of work is too little to contradict the answers.
    let one = assess(
        questions(),
        themes(),
        &manager(),
        &[work(5, WorkKind::Technical)],
    );
    assert_eq!(one.confidence, Confidence::High);
    assert!(!one.revealed.expect("one complete piece").comparable());
    // No check, nothing to compare.
    assert_eq!(run(&manager()).revealed, None);
}

// --- Properties -----------------------------------------------------------------------------

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
                QuestionKind::Choice { options } => Some(Answer::Pick(options[1].0)),
            }
        })
        .collect();
    let a = run(&answers);
    let total: f64 = a.effects.iter().map(|e| e.lean).sum();
    // Leadership answers add nothing to the lean; their effects add up to the leadership
    // score's distance from the middle instead.
    let leadership: f64 = a
        .effects
        .iter()
        .filter(|e| e.scale == Some(Scale::Leadership))
        .map(|e| {
            assert_eq!(e.lean, 0.0);
            e.on_scale
        })
        .sum();
    assert!((leadership - (a.leadership - NEUTRAL)).abs() <= 1.0);
    // The scores are rounded to whole numbers, the effects are not.
    assert!(
        (total - (a.management - a.technical)).abs() <= 1.0,
        "{total} vs {} - {}",
        a.management,
        a.technical
    );
    assert_eq!(a.effects.len(), questions().len());
    let choices = a
        .effects
        .iter()
        .filter(|e| matches!(e.answer, Answer::Pick(_)));
    assert!(choices.clone().count() > 0 && choices.into_iter().all(|e| e.lean == 0.0));
}

#[test]
fn choices_never_move_the_scores() {
    let base = persona(
        |s| if s == Scale::Management { 3 } else { 1 },
        Some(Scale::Management),
    );
    let flipped = persona(
        |s| if s == Scale::Management { 3 } else { 1 },
        Some(Scale::Technical),
    );
    let (a, b) = (run(&base), run(&flipped));
    assert_eq!(
        (a.management, a.technical, a.outcome),
        (b.management, b.technical, b.outcome)
    );
    assert!(!a.cross_check.unwrap().disagrees);
    assert!(
        b.cross_check.unwrap().disagrees,
        "the cross-check notices choices that contradict the verdict"
    );
    assert!(b
        .cautions
        .iter()
        .any(|c| matches!(c, Caution::ChoicesDisagree { .. })));
    assert_eq!(b.confidence, Confidence::Medium);
}

#[test]
fn unanswered_statements_are_reported() {
    let mut answers = manager();
    answers[0] = None;
    answers.truncate(questions().len() - 2);
    let a = run(&answers);
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
            QuestionKind::Statement { .. } => Some(Answer::Pick(Scale::Management)),
            QuestionKind::Choice { .. } => Some(Answer::Agreement(StronglyAgree)),
        })
        .collect();
    let a = run(&answers);
    assert_eq!((a.management, a.technical), (50.0, 50.0));
    assert!(a.effects.is_empty());
}

static KEYED_THEMES: [Theme; 1] = [Theme {
    id: "t",
    name: crossroads_core::prose::Prose(0),
}];
static KEYED: [Question; 2] = [
    Question {
        id: "a",
        theme: "t",
        text: crossroads_core::prose::Prose(0),
        kind: QuestionKind::Statement {
            scale: Scale::Management,
            keyed: Keyed::Agree,
            wording: Wording::Positive,
            skills: &[],
            not_applicable: false,
            opposite: None,
        },
    },
    Question {
        id: "b",
        theme: "t",
        text: crossroads_core::prose::Prose(0),
        kind: QuestionKind::Statement {
            scale: Scale::Management,
            keyed: Keyed::Disagree,
            wording: Wording::Negative,
            skills: &[],
            not_applicable: false,
            opposite: None,
        },
    },
];

#[test]
fn keying_is_read_from_the_item() {
    let agree_both = [
        Some(Answer::Agreement(StronglyAgree)),
        Some(Answer::Agreement(StronglyAgree)),
    ];
    assert_eq!(
        assess(&KEYED, &KEYED_THEMES, &agree_both, &[]).management,
        50.0
    );
    let consistent = [
        Some(Answer::Agreement(StronglyAgree)),
        Some(Answer::Agreement(StronglyDisagree)),
    ];
    assert_eq!(
        assess(&KEYED, &KEYED_THEMES, &consistent, &[]).management,
        100.0
    );
}

#[test]
fn role_matches_follow_the_verdict() {
    for (answers, track) in [
        (manager(), TrackKind::Management),
        (engineer(), TrackKind::Technical),
    ] {
        let a = run(&answers);
        let ranked = match_roles(&a, roles());
        assert_eq!(ranked.len(), roles().len());
        assert!(ranked.windows(2).all(|w| w[0].fit >= w[1].fit));
        assert!(
            ranked[..5].iter().all(|m| m.role.track == track),
            "{track:?}"
        );
        assert!(ranked.iter().all(|m| (0.0..=100.0).contains(&m.fit)
            && matches!(m.reason, FitReason::Pull { own, .. } if (0.0..=100.0).contains(&own))));
    }
}

#[test]
fn a_close_call_is_named_with_how_few_answers_would_change_it() {
    // Management just past the line: a few one-step changes would undo the verdict.
    let mut answers = persona(|s| if s == Scale::Management { 2 } else { 0 }, None);
    let m = statements(TrackKind::Management);
    for i in m.iter().take(4) {
        answers[*i] = Some(keyed(&questions()[*i], 4));
    }
    let a = run(&answers);
    assert_eq!(a.outcome, Outcome::Management, "{}", a.management);
    let steps = a.steps_to_change.unwrap();
    assert!((2..=3).contains(&steps), "{steps}");
    assert_eq!(a.confidence, Confidence::Medium);
    assert_eq!(a.cautions[0], Caution::CloseCall { steps });
    // Far from every line: no caution.
    assert!(run(&manager()).steps_to_change.unwrap() > 10);
}

fn statement_answers() -> impl Strategy<Value = Vec<Option<Answer>>> {
    let n = questions().len();
    proptest::collection::vec(0u8..5, n).prop_map(|points| {
        questions()
            .iter()
            .zip(points)
            .map(|(q, p)| match q.kind {
                QuestionKind::Statement { .. } => {
                    Some(Answer::Agreement(Agreement::from_points(p).unwrap()))
                }
                QuestionKind::Choice { .. } => Some(Answer::Pick(if p % 2 == 0 {
                    Scale::Management
                } else {
                    Scale::Technical
                })),
            })
            .collect()
    })
}

/// The same answers with statement `i` moved one step towards its own scale, if it can move.
fn one_step_towards_scale(answers: &[Option<Answer>], i: usize) -> Option<Vec<Option<Answer>>> {
    let QuestionKind::Statement { keyed, .. } = questions()[i].kind else {
        return None;
    };
    let Some(Answer::Agreement(a)) = answers[i] else {
        return None;
    };
    let moved = match keyed {
        Keyed::Agree => Agreement::from_points(a.points() + 1),
        Keyed::Disagree => a.points().checked_sub(1).and_then(Agreement::from_points),
    }?;
    let mut out = answers.to_vec();
    out[i] = Some(Answer::Agreement(moved));
    Some(out)
}

/// Uniform random answers (mostly near the middle), or answers around a centre per scale (so
/// that track verdicts and hybrids come up as often as the lines between them).
fn any_answers() -> impl Strategy<Value = Vec<Option<Answer>>> {
    prop_oneof![statement_answers(), near_lines()]
}

#[test]
fn raising_a_scale_never_lowers_it_nor_moves_the_verdict_away() {
    let input = (any_answers(), 0usize..1000);
    counted(
        file!(),
        "raises under the raised scale's own verdict",
        1_000,
        100,
        input,
        |(answers, pick)| {
            let mut held = 0;
            for track in TrackKind::ALL {
                let on_scale = statements(track);
                let i = on_scale[pick % on_scale.len()];
                let Some(raised) = one_step_towards_scale(&answers, i) else {
                    continue;
                };
                let (before, after) = (run(&answers), run(&raised));
                let score = |a: &Assessment| match track {
                    TrackKind::Management => (a.management, a.technical),
                    TrackKind::Technical => (a.technical, a.management),
                };
                prop_assert!(score(&after).0 >= score(&before).0);
                prop_assert_eq!(score(&after).1, score(&before).1);
                let own = if track == TrackKind::Management {
                    Outcome::Management
                } else {
                    Outcome::Technical
                };
                let other = if track == TrackKind::Management {
                    Outcome::Technical
                } else {
                    Outcome::Management
                };
                // The scores' own verdict; the answer-style checks are tested in answer_style.rs.
                if before.face_value == own {
                    prop_assert_eq!(after.face_value, own);
                    held += 1;
                }
                if before.face_value != other {
                    prop_assert_ne!(after.face_value, other);
                }
            }
            Ok(held)
        },
    );
}

#[test]
fn no_track_verdict_without_pull() {
    counted(
        file!(),
        "track and hybrid verdicts checked for pull",
        1_000,
        150,
        any_answers(),
        |answers| {
            let a = run(&answers);
            if let Some(track) = a.outcome.track() {
                let (own, other) = match track {
                    TrackKind::Management => (a.management, a.technical),
                    TrackKind::Technical => (a.technical, a.management),
                };
                prop_assert!(own >= PULL, "{:?} at {}", track, own);
                prop_assert!(own - other >= CLOSE);
                return Ok(1);
            }
            if a.outcome == Outcome::Hybrid {
                prop_assert!(a.management >= PULL && a.technical >= PULL);
                prop_assert!((a.management - a.technical).abs() < HYBRID_GAP);
                return Ok(1);
            }
            Ok(0)
        },
    );
}

/// Every pair of whole scores (the only scores there are), not a sample.
#[test]
fn no_track_verdict_without_pull_on_any_score_pair() {
    let mut seen = [0usize; 5];
    for m in 0..=100u32 {
        for t in 0..=100u32 {
            for l in [0.0, 59.0, 60.0, 100.0] {
                let (m, t) = (f64::from(m), f64::from(t));
                let o = outcome(scores3(m, t, l));
                seen[Outcome::ALL.iter().position(|x| *x == o).unwrap()] += 1;
                match o {
                    Outcome::Management => assert!(m >= PULL && m - t >= CLOSE, "{m} {t}"),
                    Outcome::Technical => {
                        assert!(t >= PULL && t - m >= CLOSE && l < PULL, "{m} {t} {l}")
                    }
                    Outcome::Leadership => {
                        assert!(t >= PULL && t - m >= CLOSE && l >= PULL, "{m} {t} {l}")
                    }
                    Outcome::Hybrid => assert!(m >= PULL && t >= PULL, "{m} {t}"),
                    Outcome::Undecided => {}
                }
            }
        }
    }
    println!("score pairs by outcome ({:?}): {seen:?}", Outcome::ALL);
    assert!(seen.iter().all(|n| *n > 0));
}

#[test]
fn firmness_follows_the_verdict_and_each_fact_names_its_rule() {
    let manager = run(&manager());
    let facts = manager.firmness();
    assert_eq!(facts[0], Firm::Strength);
    assert!(matches!(facts[1], Firm::Margin { steps } if steps > 10));
    let hybrid = run(&genuine_hybrid());
    assert_eq!(hybrid.firmness()[0], Firm::Strength);
    assert_eq!(run(&same_answer(Neutral)).firmness(), [Firm::NoVerdict]);
    // Every fact names a section of the method page that explains it.
    let method = crossroads_core::method::template();
    for fact in facts
        .iter()
        .chain(&hybrid.firmness())
        .chain(&[Firm::NoVerdict])
    {
        assert!(
            method.contains(&format!("id=\"{}\"", fact.anchor())),
            "{}",
            fact.anchor()
        );
    }
}

/// Self-ratings, either-or choices and "does not apply" move neither score, and their effects
/// say so: no scale, no points. The effects of the scored statements alone add up to each
/// score's distance from Neutral.
#[test]
fn only_scored_statements_have_an_effect() {
    for answers in [manager(), engineer(), genuine_hybrid(), technical_leader()] {
        let a = run(&answers);
        let mut sums = [0.0f64; 3];
        for e in &a.effects {
            match e.question.counts_on() {
                Some(scale) => {
                    assert_eq!(e.scale, Some(scale), "{}", e.question.id);
                    sums[scale as usize] += e.on_scale;
                }
                None => assert_eq!((e.scale, e.on_scale), (None, 0.0), "{}", e.question.id),
            }
        }
        let self_ratings = a
            .effects
            .iter()
            .filter(|e| matches!(e.question.kind, QuestionKind::Statement { .. }))
            .filter(|e| e.question.counts_on().is_none())
            .count();
        assert_eq!(self_ratings, 9, "every self-rating is listed");
        assert!(
            (a.management - (50.0 + sums[0])).abs() <= 0.5,
            "{} {:?}",
            a.management,
            sums
        );
        assert!(
            (a.technical - (50.0 + sums[1])).abs() <= 0.5,
            "{} {:?}",
            a.technical,
            sums
        );
        assert!(
            (a.leadership - (50.0 + sums[2])).abs() <= 0.5,
            "{} {:?}",
            a.leadership,
            sums
        );
    }
}

/// The margin's search skips the leadership totals that cannot be cheapest: against a search
/// of every triple of point totals, it gives the same number from every starting point, for
/// scales of a few statements each (every total of each, so every line of the rule is crossed).
#[test]
fn the_margin_equals_a_search_of_every_triple_of_totals() {
    use crossroads_core::scoring::{margin, scale_score, Scores, Tally};
    let mut starts = 0usize;
    for [nm, nt, nl] in [[3u32, 3, 2], [2, 4, 3], [4, 3, 4], [1, 2, 1]] {
        let verdict = |pm: u32, pt: u32, pl: u32| {
            outcome(Scores {
                management: scale_score(pm, nm),
                technical: scale_score(pt, nt),
                leadership: scale_score(pl, nl),
            })
        };
        for pm in 0..=4 * nm {
            for pt in 0..=4 * nt {
                for pl in 0..=4 * nl {
                    let here = verdict(pm, pt, pl);
                    let mut best: Option<u32> = None;
                    for qm in 0..=4 * nm {
                        for qt in 0..=4 * nt {
                            for ql in 0..=4 * nl {
                                if verdict(qm, qt, ql) != here {
                                    let cost = qm.abs_diff(pm) + qt.abs_diff(pt) + ql.abs_diff(pl);
                                    best = Some(best.map_or(cost, |b| b.min(cost)));
                                }
                            }
                        }
                    }
                    let tally = |points, answered| Tally { points, answered };
                    let found = margin([tally(pm, nm), tally(pt, nt), tally(pl, nl)]);
                    assert_eq!(found, best, "{pm}/{nm} {pt}/{nt} {pl}/{nl}: {here:?}");
                    starts += 1;
                }
            }
        }
    }
    println!("margin checked against a search of every triple from {starts} starting points");
}
