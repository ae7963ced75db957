//! The result in words: the English sentences say exactly what the facts say, and every
//! language renders every fact of many simulated respondents with no piece missing.
//! It is long because every kind of sentence on the result page is pinned here, beside the
//! respondents that reach it.

#[path = "../../core/tests/common/mod.rs"]
mod common;

use common::*;
use crossroads_core::{
    fit::{self, match_roles},
    prose::{in_language, LANGUAGES},
    quiz::{questions, themes, Agreement::*, Answer, QuestionKind, Scale},
    recent::{RecentWork, WorkKind},
    roles,
    scoring::{self, assess, About, Assessment, Rule},
    weigh::{weigh, Concern, Weights},
    TrackKind,
};
use crossroads_words::*;
use proptest::prelude::*;

#[test]
fn every_headline_matches_its_numbers() {
    // (management, technical) -> the headline's opening words.
    let table: [(f64, f64, &str); 17] = [
        (100.0, 0.0, "Your answers show a strong pull towards the management track: 100 for management against 0"),
        (85.0, 40.0, "Your answers show a strong pull towards the management track"),
        (75.0, 45.0, "Your answers show a clear pull towards the management track"),
        (65.0, 0.0, "Your answers show a slight pull towards the management track"),
        (62.0, 50.0, "Your answers show a slight pull towards the management track"),
        (20.0, 90.0, "Your answers show a strong pull towards the technical track"),
        (60.0, 60.0, "Both tracks pull you, the weaker of them only slightly: 60 for management and 60 for technical."),
        (69.0, 75.0, "Both tracks pull you, the weaker of them only slightly"),
        (79.0, 60.0, "Both tracks pull you, the weaker of them only slightly: 79 for management and 60 for technical."),
        (72.0, 78.0, "Both tracks pull you clearly"),
        (88.0, 81.0, "Both tracks pull you strongly"),
        (59.0, 59.0, "Neither track pulls you at the moment: both scores are below 60"),
        (48.0, 21.0, "Neither track pulls you at the moment"),
        (10.0, 5.0, "Neither track pulls you at the moment"),
        (65.0, 56.0, "Your pulls towards the two tracks are too close to call: 65 for management and 56 for technical, less than 10 points apart"),
        (55.0, 62.0, "Your pulls towards the two tracks are too close to call"),
        (50.0, 50.0, "Neither track pulls you at the moment"),
    ];
    for (m, t, start) in table {
        let scores = scores3(m, t, 50.0);
        let text = headline_for(Rule::of(scores), scoring::strength(scores), scores);
        assert!(text.starts_with(start), "({m}, {t}): {text}");
        // No headline calls a pull strong unless both the lead and the pull support it.
        if text.contains("strong") {
            assert!(
                (m.max(t) >= 80.0 && (m - t).abs() >= 40.0) || m.min(t) >= 80.0,
                "({m}, {t}) {text}"
            );
        }
    }
}

#[test]
fn answers_that_carry_no_verdict_say_so_first() {
    let a = run(&same_answer(StronglyAgree));
    let text = headline(&a);
    assert!(
        text.starts_with("Your answers cannot carry a verdict"),
        "{text}"
    );
    assert!(text.ends_with(&format!(
        "Taken at face value they give {} for management and {} for technical.",
        a.management, a.technical
    )));
    assert_eq!(strength_words(&a), None);
    assert!(why_summary(&a).starts_with("Your answers cannot carry a verdict"));
    let neutral = run(&same_answer(Neutral));
    assert!(said_notes(&neutral)[0].contains("the same answer (Neutral) to every statement"));
    let mut agreeing = same_answer(StronglyAgree);
    agreeing[0] = Some(Answer::Agreement(Agree));
    let said = said_notes(&run(&agreeing));
    assert!(said
        .iter()
        .any(|n| n.contains("the same way, agreeing (or disagreeing) with both sides")));
    assert!(said.iter().any(|n| n.contains("you agreed with")));
}

#[test]
fn firmness_sentences_follow_the_verdict() {
    let manager = run(&manager());
    assert_eq!(
        strength_words(&manager).unwrap(),
        "A strong pull: your management score of 100 is 100 points ahead of your technical score of 0."
    );
    let margin = firmness(&manager)
        .into_iter()
        .find(|l| l.anchor == "margin")
        .unwrap();
    assert!(
        margin.text.ends_with(
            "of your answers would each have to move one step to give a different verdict."
        ),
        "{}",
        margin.text
    );
    let hybrid = run(&genuine_hybrid());
    assert_eq!(
        strength_words(&hybrid).unwrap(),
        format!(
            "Both tracks pull you, strongly so: the weaker of your management and technical scores is {} (clear from 70, strong from 80).",
            hybrid.management.min(hybrid.technical)
        )
    );
    assert_eq!(
        conflict(&manager.conflict[0]),
        "None of your 18 management answers pointed away from management work."
    );
    let leader = run(&technical_leader());
    assert_eq!(
        strength_words(&leader).unwrap(),
        "A strong pull: your technical score of 100 is 100 points ahead of your management score \
         of 0, and your leadership score is 100 (clear from 70, strong from 80)."
    );
    assert!(why_summary(&leader)
        .ends_with("you want to lead the engineering rather than manage people."));
    assert!(why_summary(&run(&engineer()))
        .ends_with("so this is the hands-on technical track rather than technical leadership."));
    // Plain words: none of the jargon the section once used.
    for a in [&manager, &hybrid, &run(&same_answer(Neutral))] {
        let text: Vec<String> = firmness(a).into_iter().map(|l| l.text).collect();
        let text = text.join(" ");
        for jargon in ["double pull", "Margin:", "satisfaction points"] {
            assert!(!text.contains(jargon), "{jargon}: {text}");
        }
    }
}

#[test]
fn why_explains_each_kind_of_verdict() {
    let hybrid = run(&genuine_hybrid());
    assert!(why_summary(&hybrid).ends_with("are both at least 60, and less than 20 points apart."));
    let headings: Vec<&str> = hybrid.why().groups.iter().map(why_heading).collect();
    assert_eq!(
        headings,
        [
            "What raised your management score",
            "What raised your technical score"
        ]
    );
    let manager = run(&manager());
    assert!(why_summary(&manager).starts_with("Your management score of 100 is at least 60"));
    assert_eq!(
        why_heading(&manager.why().groups[0]),
        "What pulled you towards management"
    );
    assert!(headline(&run(&persona(|_| 0, None))).starts_with("Neither track pulls you"));
}

#[test]
fn recent_work_is_described_only_as_far_as_it_goes() {
    let agreeing = assess(
        questions(),
        themes(),
        &manager(),
        &[work(5, WorkKind::People), work(4, WorkKind::Both)],
    );
    assert!(stated_vs_revealed(&agreeing)
        .unwrap()
        .ends_with("That agrees with your answers."));
    let contradicting = assess(
        questions(),
        themes(),
        &manager(),
        &[work(5, WorkKind::Technical), work(2, WorkKind::People)],
    );
    assert!(said_notes(&contradicting).contains(
        &"Your answers point to the management track, but the work you rated over the last six months points towards the technical track.".to_string()
    ), "{:?}", said_notes(&contradicting));
    // Two pieces of people work, both unsatisfying, must not read as technical work that
    // satisfied.
    let drained = assess(
        questions(),
        themes(),
        &manager(),
        &[work(2, WorkKind::People), work(2, WorkKind::People)],
    );
    let text = stated_vs_revealed(&drained).unwrap();
    assert!(!text.contains("technical work"), "{text}");
    assert!(
        text.starts_with("None of the work you described satisfied you."),
        "{text}"
    );
    assert!(text.contains("Some people and coordination work you described was unsatisfying."));
    let said = said_notes(&drained).join(" ");
    assert!(
        said.contains("points away from the management track"),
        "{said}"
    );
    assert!(!said.contains("towards the technical track"), "{said}");
    let one = assess(
        questions(),
        themes(),
        &manager(),
        &[work(5, WorkKind::Technical)],
    );
    assert!(stated_vs_revealed(&one)
        .unwrap()
        .starts_with("To set your recent work beside your answers, describe at least 2"));
    assert_eq!(stated_vs_revealed(&run(&manager())), None);
    let w = RecentWork {
        what: "Load model".into(),
        satisfaction: Some(5),
        kind: Some(WorkKind::Technical),
    };
    assert_eq!(
        rating(&w),
        "very satisfying, mostly hands-on technical work"
    );
}

#[test]
fn a_close_call_says_how_few_answers_would_change_it() {
    let mut answers = persona(|s| if s == Scale::Management { 2 } else { 0 }, None);
    for i in statements(TrackKind::Management).iter().take(4) {
        answers[*i] = Some(keyed(&questions()[*i], 4));
    }
    let a = run(&answers);
    assert!(
        said_notes(&a)[0].starts_with("This is a close call: moving"),
        "{:?}",
        said_notes(&a)
    );
}

/// Seeded answer sets of every kind: uniform, extreme, alternating, patterned; some with
/// recent work; some with a question left open.
fn population(n: usize, seed: u64) -> Vec<(Vec<Option<Answer>>, Vec<RecentWork>)> {
    let mut rng = Rng(seed);
    (0..n)
        .map(|_| {
            let style = rng.below(4);
            let answers = questions()
                .iter()
                .map(|q| match q.kind {
                    _ if rng.below(60) == 0 => None,
                    QuestionKind::Statement { not_applicable, .. } => {
                        let offered = 5 + usize::from(not_applicable);
                        let i = match style {
                            0 => rng.below(offered),
                            1 => [0, 4][rng.below(2)],
                            _ => 1 + rng.below(3),
                        };
                        Some(crossroads_core::quiz::options(q)[i.min(offered - 1)])
                    }
                    QuestionKind::Choice { options } => Some(Answer::Pick(options[rng.below(2)].0)),
                })
                .collect();
            let recent = (0..rng.below(4))
                .map(|_| RecentWork {
                    what: "Work".into(),
                    satisfaction: Some(1 + rng.below(5) as u8),
                    kind: Some(
                        [WorkKind::People, WorkKind::Technical, WorkKind::Both][rng.below(3)],
                    ),
                })
                .collect::<Vec<_>>();
            (answers, recent)
        })
        .collect()
}

/// Everything the result page says about `a`, one sentence or label per item.
fn everything_said(a: &Assessment) -> Vec<String> {
    let mut said = vec![
        outcome(a.outcome).to_string(),
        area(a.outcome).to_string(),
        confidence(a.confidence).to_string(),
    ];
    said.push(headline(a));
    said.push(why_summary(a));
    for line in firmness(a) {
        said.extend([line.label.to_string(), line.text, line.link.to_string()]);
    }
    for group in a.why().groups {
        said.push(why_heading(&group).to_string());
        said.push(why_none(&group).to_string());
        for e in &group.effects {
            said.push(effect(e));
            said.push(answer(e.question, e.answer).to_string());
        }
    }
    said.extend(said_notes(a));
    said.extend(stated_vs_revealed(a));
    for m in match_roles(a, roles()) {
        said.push(fit_reason(m.role, &m.reason));
    }
    said
}

#[test]
fn every_language_says_every_fact_of_a_simulated_population_with_nothing_missing() {
    let people = population(20_000, 24);
    let mut sentences = 0;
    let mut kinds = std::collections::BTreeSet::new();
    for (answers, recent) in &people {
        let facts = assess(questions(), themes(), answers, recent);
        kinds.insert(format!("{:?}", facts.outcome));
        let english = everything_said(&facts);
        for lang in LANGUAGES {
            // One computation: the facts do not depend on the language being read.
            let (again, said) = in_language(lang, || {
                let again = assess(questions(), themes(), answers, recent);
                let said = everything_said(&again);
                (again, said)
            })
            .unwrap();
            assert_eq!(again, facts, "{lang}: the same answers give the same facts");
            assert_eq!(said.len(), english.len());
            for (text, en) in said.iter().zip(&english) {
                sentences += 1;
                assert!(
                    !text.trim().is_empty(),
                    "{lang}: empty where English says {en:?}"
                );
                assert!(
                    !text.contains('{')
                        && !text.contains('}')
                        && !text.contains(crossroads_core::prose::SLOT),
                    "{lang}: {text}"
                );
            }
        }
    }
    println!(
        "{} respondents ({} kinds of outcome), {sentences} sentences and labels in {} languages: none empty, no placeholder left",
        people.len(),
        kinds.len(),
        LANGUAGES.len()
    );
    assert_eq!(
        kinds.len(),
        crossroads_core::scoring::Outcome::ALL.len(),
        "every outcome was rendered: {kinds:?}"
    );
}

#[test]
fn every_reason_of_every_role_reads_in_every_language() {
    let mut n = 0;
    for lang in LANGUAGES {
        in_language(lang, || {
            for concern in Concern::ALL {
                for step in 1..=crossroads_core::weigh::TOP_STEP {
                    let w = Weights::default().with(concern, step);
                    for r in roles() {
                        for reason in weigh(&w, r).reasons {
                            let text = crossroads_words::reason(reason, r);
                            n += 1;
                            assert!(text.ends_with('.') && !text.contains('{'), "{lang}: {text}");
                            assert!(
                                !text.contains("..") && !text.contains("  "),
                                "{lang}: {text}"
                            );
                        }
                    }
                }
            }
            for concern in Concern::ALL {
                assert!(!crossroads_words::concern(concern).is_empty());
            }
            for step in 0..=crossroads_core::weigh::TOP_STEP {
                assert!(!weigh_step(step).is_empty());
            }
        });
    }
    println!("{n} reasons rendered");
}

/// The words an effect opens with, up to its points: "Raised your management score by ".
fn opening(template: crossroads_core::prose::Template<2>, t: Scale) -> String {
    let score = match t {
        Scale::Management => crossroads_core::prose::text::SCORE_MANAGEMENT,
        Scale::Technical => crossroads_core::prose::text::SCORE_TECHNICAL,
        Scale::Leadership => crossroads_core::prose::text::SCORE_LEADERSHIP,
    };
    template
        .fill([score.get(), "\u{0}"])
        .split('\u{0}')
        .next()
        .unwrap_or_default()
        .to_string()
}

/// Every answer's effect reads the way it counts, in every language, on every outcome: as a
/// raise or a lowering of the one score it moved, matching the sign, and under a "why" heading
/// that agrees with it; answers that move no score say so. ("-2.8 towards technical" listed
/// among the reasons for a Technical result used to read as a reason against it.)
#[test]
fn every_effect_reads_the_way_it_counts() {
    use crossroads_core::prose::text;
    let respondents = prop_oneof![
        near_lines().prop_map(|answers| (answers, Vec::new())),
        (0u64..2000).prop_map(|seed| population(1, seed).remove(0)),
    ];
    counted(
        file!(),
        "effects read as a raise or a lowering",
        1_000,
        20_000,
        respondents,
        |(answers, recent)| {
            let a = assess(questions(), themes(), &answers, &recent);
            let mut checked = 0;
            for lang in LANGUAGES {
                in_language(lang, || -> Result<(), TestCaseError> {
                    let raised = |t: Scale| opening(text::EFFECT_RAISED, t);
                    let lowered = |t: Scale| opening(text::EFFECT_LOWERED, t);
                    let moved_neither = [
                        text::EFFECT_CHOICE.get(),
                        text::EFFECT_SELF_RATING.get(),
                        text::EFFECT_NOT_APPLICABLE.get(),
                    ];
                    for e in &a.effects {
                        let words = effect(e);
                        match e.scale {
                            None => prop_assert!(
                                moved_neither.contains(&words.as_str()),
                                "{lang}: {words}"
                            ),
                            Some(t) if e.on_scale >= 0.05 => {
                                prop_assert!(
                                    words.starts_with(&raised(t)),
                                    "{lang}: {words} for {:?}",
                                    e
                                )
                            }
                            Some(t) if e.on_scale <= -0.05 => {
                                prop_assert!(
                                    words.starts_with(&lowered(t)),
                                    "{lang}: {words} for {:?}",
                                    e
                                )
                            }
                            Some(_) => prop_assert!(
                                !words.contains("0.0") && !words.contains("0,0"),
                                "{lang}: {words}"
                            ),
                        }
                        let signed = words.contains('+')
                            || words
                                .as_bytes()
                                .windows(2)
                                .any(|w| w[0] == b'-' && w[1].is_ascii_digit());
                        prop_assert!(!signed, "{lang}: {words}");
                        checked += 1;
                    }
                    for group in a.why().groups {
                        for e in &group.effects {
                            let words = effect(e);
                            let fits = match (group.about, a.outcome.track()) {
                                (About::Raised(t), _) => words.starts_with(&raised(t)),
                                (About::HeldBack(t), _) => words.starts_with(&lowered(t)),
                                (About::Towards(t), _) => {
                                    words.starts_with(&raised(Scale::of(t)))
                                        || words.starts_with(&lowered(Scale::of(t.other())))
                                }
                                (About::OtherWay, Some(t)) => {
                                    words.starts_with(&raised(Scale::of(t.other())))
                                        || words.starts_with(&lowered(Scale::of(t)))
                                }
                                (About::OtherWay, None) => false,
                            };
                            prop_assert!(fits, "{lang}: {words} under {:?}", group.about);
                            checked += 1;
                        }
                    }
                    Ok(())
                })
                .expect("every language is compiled in")?;
            }
            Ok(checked)
        },
    );
}

#[test]
fn a_roles_reason_names_its_skills_in_the_readers_language() {
    let a = run(&manager());
    let with_skills: Vec<_> = match_roles(&a, roles())
        .into_iter()
        .filter(|m| matches!(&m.reason, fit::FitReason::Pull { strengths, .. } if !strengths.is_empty()))
        .collect();
    assert!(
        !with_skills.is_empty(),
        "the manager rates some skills highly"
    );
    let m = &with_skills[0];
    let english = fit_reason(m.role, &m.reason);
    assert!(
        english.starts_with("Your management pull is 100 out of 100, and it uses your strength"),
        "{english}"
    );
    let spanish = in_language("es", || fit_reason(m.role, &m.reason)).unwrap();
    let fit::FitReason::Pull { strengths, .. } = &m.reason else {
        unreachable!()
    };
    for s in strengths {
        assert!(
            !spanish.contains(&s.to_ascii_lowercase()),
            "{s} is named in English: {spanish}"
        );
    }
}

/// "Both sides" is said only of pairs answered alike, and every note about the way someone
/// answered names what was measured (a count), over a simulated population.
#[test]
fn notes_on_answer_habits_say_what_was_measured() {
    let people = population(5_000, 31);
    let mut notes_seen = 0;
    for (answers, recent) in &people {
        let a = assess(questions(), themes(), answers, recent);
        let said = said_notes(&a);
        for (note, issue) in said.iter().zip(&a.issues) {
            // "The same answer (Agree) to every statement" is its own measure.
            if matches!(issue, scoring::QualityIssue::SameAnswer(_)) {
                continue;
            }
            notes_seen += 1;
            assert!(
                note.chars().any(|c| c.is_ascii_digit()),
                "{note} ({issue:?}) names no measure"
            );
        }
        // A kept result is said to stand only where it is kept.
        let stands = said
            .iter()
            .any(|n| n.contains("The result stands") || n.contains("keep the result"));
        assert!(
            !stands || a.carries_verdict(),
            "a set-aside result said to stand: {said:?}"
        );
        if a.carries_verdict() && a.issues.iter().any(|i| !i.sets_aside()) {
            assert!(stands, "a doubted result not said to stand: {said:?}");
        }
        let both_sides = said.iter().any(|n| n.contains("both sides"));
        assert_eq!(
            both_sides,
            a.issues
                .iter()
                .any(|i| matches!(i, scoring::QualityIssue::Contradictions { .. })),
            "{said:?}"
        );
    }
    println!("{notes_seen} notes on answer habits checked");
    assert!(notes_seen >= 1_000);
}

/// Every note's text, with its example where it has one, as the page shows them.
fn said_notes(a: &Assessment) -> Vec<String> {
    notes(a)
        .into_iter()
        .map(|n| match n.example {
            Some(e) => format!("{} {e}", n.text),
            None => n.text,
        })
        .collect()
}

/// The agreement-tilt note gives each count in its own place, whichever way the tilt runs:
/// the two sentences name the larger count first, so their slots come in different orders.
#[test]
fn the_agreement_tilt_gives_each_count_its_own_place() {
    let mut rng = Rng(53);
    let mut seen = [0usize; 2];
    for _ in 0..20_000 {
        // A lean towards one side of the scale, whatever each statement says.
        let habit = if rng.below(2) == 0 {
            [Agree, StronglyAgree]
        } else {
            [Disagree, StronglyDisagree]
        };
        let answers: Vec<_> = questions()
            .iter()
            .map(|q| match q.kind {
                QuestionKind::Statement { .. } => Some(Answer::Agreement(match rng.below(10) {
                    0..=5 => habit[rng.below(2)],
                    6 => Neutral,
                    _ => [StronglyDisagree, Disagree, Agree, StronglyAgree][rng.below(4)],
                })),
                QuestionKind::Choice { options } => Some(Answer::Pick(options[rng.below(2)].0)),
            })
            .collect();
        let a = run(&answers);
        for (note, issue) in notes(&a).iter().zip(&a.issues) {
            let scoring::QualityIssue::AgreementTilt {
                agreed, disagreed, ..
            } = *issue
            else {
                continue;
            };
            let expected = if agreed > disagreed {
                seen[0] += 1;
                format!("you agreed with {agreed} and disagreed with only {disagreed}.")
            } else {
                seen[1] += 1;
                format!("you disagreed with {disagreed} and agreed with only {agreed}.")
            };
            assert!(
                note.text.contains(&expected),
                "{expected:?} not in {:?}",
                note.text
            );
        }
    }
    println!(
        "agreement-tilt notes checked: {} agreeing, {} disagreeing",
        seen[0], seen[1]
    );
    assert!(seen.iter().all(|&n| n >= 100), "{seen:?}");
}
