//! The stored schema: fixtures of every version, round trips, damaged data and arbitrary input.
//! It is long because every stored version keeps its fixture, its migration and its damaged
//! cases side by side.

use crossroads_core::{
    background::{Background, Field, Position},
    plan::PlanState,
    progress::{last_step, Attempt, Saved, MAX_HISTORY},
    quiz::{questions, Agreement, Answer, Scale, QUESTION_SET},
    recent::{RecentWork, WorkKind, MAX_CHARS},
    scoring::Outcome,
    store::{load, read, write, Damage, Loaded, ReadError, CURRENT_VERSION},
    weigh::{Concern, Weights},
};
use proptest::prelude::*;

const V1: &str = include_str!("fixtures/store-v1.json");
const V2: &str = include_str!("fixtures/store-v2.json");
const V3: &str = include_str!("fixtures/store-v3.json");
const V4: &str = include_str!("fixtures/store-v4.json");
const V5: &str = include_str!("fixtures/store-v5.json");
const V6: &str = include_str!("fixtures/store-v6.json");
const FUTURE: &str = include_str!("fixtures/store-v99-from-the-future.json");

fn index(id: &str) -> usize {
    questions().iter().position(|q| q.id == id).unwrap()
}

fn ready(raw: &str) -> Saved {
    match load(questions(), Some(raw)) {
        Loaded::Ready(saved) => saved,
        other => panic!("did not load: {other:?}"),
    }
}

#[test]
fn nothing_stored_is_empty() {
    assert_eq!(load(questions(), None), Loaded::Empty);
}

#[test]
fn version_1_fixture_migrates_with_nothing_lost() {
    let saved = ready(V1);
    assert_eq!(
        saved.answers[index("spec-detail")],
        Some(Answer::Agreement(Agreement::Disagree))
    );
    assert_eq!(saved.answers.iter().flatten().count(), 1);
    // Answers to questions no longer asked are kept aside, as they were: "team-purpose" was
    // replaced by "build-a-team" (another question, which waits to be answered),
    // "recent-people" was reworded in the third set.
    assert_eq!(saved.answers[index("build-a-team")], None);
    assert_eq!(
        saved.retired,
        [
            ("team-purpose".to_string(), 5),
            ("recent-people".to_string(), 4),
            ("meeting-or-problem".to_string(), 1),
            ("a-question-that-was-removed".to_string(), 3)
        ]
    );
    // Version 1's step counted questions of the first set; the quiz resumes at the first
    // question still open instead.
    assert_eq!(
        Some(saved.step),
        saved.answers.iter().position(Option::is_none)
    );
    assert!(saved.recent.is_empty());
    assert_eq!(saved.history.len(), 1);
    let old = &saved.history[0];
    assert_eq!(old.outcome, Outcome::Technical);
    assert_eq!((old.management, old.technical), (41.7, 79.2));
    assert_eq!(old.question_set, 1, "scored with the first question set");
    assert!(old.answers.iter().all(Option::is_none));
    assert_eq!(
        old.retired,
        [
            ("team-purpose".to_string(), 3),
            ("pay-or-fulfilment".to_string(), 2)
        ]
    );
    assert_eq!(old.leadership, None, "scored before the leadership scale");
    assert_eq!(
        saved.shortlist,
        ["civil-engineer", "engineering-lead"],
        "unknown and repeated slugs drop off"
    );
    // Saved again in the current format, everything reads back, retired answers included.
    let text = write(questions(), &saved, "2026-11-22T10:00:00.000Z");
    assert!(text.contains("\"version\": 6"));
    assert!(text.contains("\"team-purpose\": 5"));
    assert!(text.contains("\"recent-people\": 4"));
    assert!(text.contains("\"question_set\": 1"));
    assert_eq!(ready(&text), saved);
}

#[test]
fn version_2_fixture_loads() {
    let saved = ready(V2);
    assert_eq!(
        saved.answers[index("dependants-pay")],
        Some(Answer::NotApplicable)
    );
    // "team-purpose" is no longer asked (its successor "build-a-team" asks something else):
    // its answer is kept aside with the others, and the successor waits to be answered.
    assert_eq!(saved.answers[index("build-a-team")], None);
    assert_eq!(saved.answers.iter().flatten().count(), 1);
    assert_eq!(
        saved.retired,
        [
            ("team-purpose".to_string(), 4),
            ("not-for-me".to_string(), 2),
            ("meeting-or-problem".to_string(), 2),
            ("recent-people".to_string(), 4)
        ]
    );
    // Its step counted the questions of its own set: the quiz resumes at the first
    // question still open today instead.
    assert_eq!(
        Some(saved.step),
        saved.answers.iter().position(Option::is_none)
    );
    assert_eq!(saved.recent.len(), 3);
    assert_eq!(
        saved.recent[0],
        RecentWork {
            what: "Ran the supplier review for the pump line".into(),
            satisfaction: Some(5),
            kind: Some(WorkKind::People),
        }
    );
    assert!(!saved.recent[2].is_complete());
    assert_eq!(saved.history[0].question_set, 1);
    assert_eq!(
        saved.history[0].retired,
        [
            ("team-purpose".to_string(), 3),
            ("pay-or-fulfilment".to_string(), 2),
            ("skills-people".to_string(), 4)
        ]
    );
    assert_eq!(saved.history[1].question_set, 2);
    assert_eq!(
        saved.history[1].retired,
        [
            ("team-purpose".to_string(), 5),
            ("dependants-pressure".to_string(), 6)
        ]
    );
    // Version 2 had no weights: no preference anywhere.
    assert!(saved.weights.is_neutral());
    assert_eq!(ready(&write(questions(), &saved, "x")), saved);
}

#[test]
fn version_3_fixture_loads_its_weights() {
    let saved = ready(V3);
    // Stored as "4102342" when every control started at the middle (2) and pressure asked
    // how much one can take: the middle ones meant no preference, and taking little (1) is
    // wanting to avoid a fair amount (3).
    assert_eq!(saved.weights.to_param(), "4300340");
    assert_eq!(saved.weights.get(Concern::Pay), 4);
    assert_eq!(saved.weights.get(Concern::Pressure), 3);
    assert!(saved.background.is_empty(), "version 3 never asked");
    assert_eq!(saved.plan.started.as_deref(), Some("2026-10-01"));
    assert!(saved.plan.is_done("shadow-a-manager"));
    assert_eq!(
        saved.plan.note("run-a-retrospective"),
        "Energising, to my surprise."
    );
    assert_eq!(saved.plan.day("2026-11-23"), Some(54));
    // Everything else is as in version 2.
    let v2 = ready(V2);
    assert_eq!(
        Saved {
            weights: v2.weights,
            plan: v2.plan.clone(),
            ..saved.clone()
        },
        v2
    );
    assert_eq!(ready(&write(questions(), &saved, "x")), saved);
    for (bad, why) in [
        ("\"4102342\"", "\"41023425\""),
        ("\"4102342\"", "4102342"),
        ("\"2026-10-01\"", "\"yesterday\""),
        ("\"shadow-a-manager\"", "7"),
    ] {
        let raw = V3.replace(bad, why);
        assert!(
            matches!(load(questions(), Some(&raw)), Loaded::Corrupt { .. }),
            "{why}"
        );
    }
}

#[test]
fn version_4_fixture_loads_where_the_person_stands() {
    let saved = ready(V4);
    assert_eq!(saved.background.position, Some(Position::Managing));
    assert_eq!(saved.background.field, Some(Field::Civil));
    // The same weights as the version 3 fixture, written the new way.
    assert_eq!(saved.weights, ready(V3).weights);
    assert_eq!(
        Saved {
            background: Background::default(),
            ..saved.clone()
        },
        ready(V3)
    );
    assert_eq!(ready(&write(questions(), &saved, "x")), saved);
    for (bad, why) in [
        ("\"managing\"", "\"boss\""),
        ("\"civil\"", "3"),
        ("\"field\": \"civil\"", "\"field\": \"civil\", \"age\": 40"),
    ] {
        let raw = V4.replace(bad, why);
        assert!(
            matches!(load(questions(), Some(&raw)), Loaded::Corrupt { .. }),
            "{why}"
        );
    }
    // Either answer may be left out.
    let raw = V4.replace("\"position\": \"managing\", ", "");
    assert_eq!(ready(&raw).background.position, None);
}

#[test]
fn version_5_fixture_keeps_its_step_only_for_todays_questions() {
    let saved = ready(V5);
    assert_eq!(
        QUESTION_SET, 5,
        "the fixture was written for the fourth set, before today's"
    );
    // Its step counted the fourth set's questions: the quiz resumes at the first question
    // still open today, the new leadership statement "set-direction".
    assert_eq!(saved.step, index("set-direction"));
    assert_eq!(
        Some(saved.step),
        saved.answers.iter().position(Option::is_none)
    );
    assert_eq!(
        saved.answers[index("help-others")],
        Some(Answer::Agreement(Agreement::Agree))
    );
    assert_eq!(
        saved.answers[index("own-part")],
        Some(Answer::Pick(Scale::Management))
    );
    assert_eq!(saved.retired, [("hands-on".to_string(), 4)]);
    assert_eq!(saved.history[0].question_set, 3);
    assert_eq!(
        saved.history[0].retired,
        [("team-purpose".to_string(), 5), ("hands-on".to_string(), 2)]
    );
    assert_eq!(saved.recent.len(), 1);
    assert_eq!(ready(&write(questions(), &saved, "x")), saved);
    // A step written for today's set is kept.
    let today = ready(&V5.replace("\"question_set\": 4,", "\"question_set\": 5,"));
    assert_eq!(today.step, 7, "a step of today's set is kept");
    assert_eq!(
        Saved {
            step: saved.step,
            ..today
        },
        saved
    );
    // A set this build does not know (a later build's) is not damage: only its step goes.
    let later_set = ready(&V5.replace("\"question_set\": 4,", "\"question_set\": 9,"));
    assert_eq!(later_set, saved);
    for (bad, why) in [
        ("\"question_set\": 4,", "\"question_set\": 0,"),
        ("\"question_set\": 4,", "\"question_set\": \"4\","),
        ("\"question_set\": 4,", ""),
    ] {
        let raw = V5.replace(bad, why);
        assert!(
            matches!(load(questions(), Some(&raw)), Loaded::Corrupt { .. }),
            "{why}"
        );
    }
    // Version 4 never had the field.
    let v4 = V4.replace("\"step\": 40,", "\"step\": 40, \"question_set\": 3,");
    assert!(matches!(
        load(questions(), Some(&v4)),
        Loaded::Corrupt { .. }
    ));
}

#[test]
fn version_5_attempts_keep_their_outcome_without_a_leadership_score() {
    let saved = ready(V5);
    let old = &saved.history[0];
    assert_eq!(old.outcome, Outcome::Management);
    assert_eq!((old.management, old.technical), (72.0, 40.0));
    assert_eq!(old.leadership, None, "version 5 had no leadership scale");
    // Written again, the attempt still has no leadership score: none is made up.
    let text = write(questions(), &saved, "x");
    assert!(text.contains("\"version\": 6"));
    assert!(text.contains("\"outcome\": \"management\""));
    assert!(!text.contains("\"leadership\""), "{text}");
    assert_eq!(ready(&text).history, saved.history);
    // Version 5 never wrote a leadership score: one in its attempt is not read.
    let raw = V5.replace(
        "\"technical\": 40,",
        "\"technical\": 40,\n        \"leadership\": 50,",
    );
    assert_eq!(
        load(questions(), Some(&raw)),
        Loaded::Corrupt {
            reason: ReadError::Invalid(Damage::Unexpected("data.history[].leadership".into()))
        }
    );
    // The same score in a version 6 file is read.
    let v6 = raw.replace("\"version\": 5,", "\"version\": 6,");
    assert_eq!(ready(&v6).history[0].leadership, Some(50.0));
}

#[test]
fn version_6_fixture_loads_with_nothing_lost() {
    let saved = ready(V6);
    let mut answers = vec![None; questions().len()];
    for (id, answer) in [
        ("help-others", Answer::Agreement(Agreement::Disagree)),
        ("sidelines-frustrate", Answer::Agreement(Agreement::Neutral)),
        ("set-direction", Answer::Agreement(Agreement::StronglyAgree)),
        // Choices by the option's place: "own-part" offers management then technical,
        // "build-or-guide" leadership then technical, "direction-or-team" management then
        // leadership.
        ("own-part", Answer::Pick(Scale::Technical)),
        ("build-or-guide", Answer::Pick(Scale::Leadership)),
        ("free-afternoon", Answer::Pick(Scale::Management)),
        ("direction-or-team", Answer::Pick(Scale::Leadership)),
        ("dependants-pay", Answer::NotApplicable),
    ] {
        answers[index(id)] = Some(answer);
    }
    let mut carried = vec![None; questions().len()];
    carried[index("help-others")] = Some(Answer::Agreement(Agreement::Neutral));
    carried[index("own-part")] = Some(Answer::Pick(Scale::Technical));
    let mut scored = vec![None; questions().len()];
    scored[index("set-direction")] = Some(Answer::Agreement(Agreement::StronglyAgree));
    scored[index("build-or-guide")] = Some(Answer::Pick(Scale::Leadership));
    scored[index("direction-or-team")] = Some(Answer::Pick(Scale::Leadership));
    let expected = Saved {
        answers,
        retired: vec![("team-purpose".into(), 4)],
        // Written for today's set: kept, though earlier questions are still open.
        step: 9,
        recent: vec![
            RecentWork {
                what: "Agreed the interface between the controls and firmware teams".into(),
                satisfaction: Some(5),
                kind: Some(WorkKind::Direction),
            },
            RecentWork {
                what: "Sat on a hiring panel".into(),
                satisfaction: Some(2),
                kind: Some(WorkKind::People),
            },
        ],
        history: vec![
            Attempt {
                finished_at: "2026-12-07T08:00:00.000Z".into(),
                answers: carried,
                retired: vec![("two-offers".into(), 2)],
                outcome: Outcome::Technical,
                management: 38.5,
                technical: 71.0,
                leadership: None,
                question_set: 4,
            },
            Attempt {
                finished_at: "2027-01-10T19:45:00.000Z".into(),
                answers: scored,
                retired: Vec::new(),
                outcome: Outcome::Leadership,
                management: 35.25,
                technical: 68.0,
                leadership: Some(82.5),
                question_set: 5,
            },
        ],
        shortlist: vec!["staff-engineer", "systems-architect"],
        weights: Weights::from_param("2010340").unwrap(),
        plan: {
            let mut plan = PlanState::default();
            plan.start("2027-01-11");
            plan.toggle("write-a-technical-direction");
            plan.set_note(
                "write-a-technical-direction",
                "Drafted; the firmware lead pushed back.",
            );
            plan
        },
        background: Background {
            position: Some(Position::LeadingHandsOn),
            field: Some(Field::Software),
        },
    };
    assert_eq!(saved, expected);
    assert_ne!(
        saved.step,
        saved.answers.iter().position(Option::is_none).unwrap()
    );
    // Written again, the leadership score stays with the attempt that has one.
    let text = write(questions(), &saved, "2027-01-12T08:00:00.000Z");
    assert!(text.contains("\"version\": 6"));
    assert_eq!(text.matches("\"leadership\": ").count(), 1, "{text}");
    assert!(text.contains("\"leadership\": 82.5"));
    assert!(text.contains("\"outcome\": \"leadership\""));
    assert!(text.contains("\"kind\": \"direction\""));
    assert_eq!(ready(&text), saved);
    // A step of another set is not trusted here either.
    let other = ready(&V6.replace("\"question_set\": 5,", "\"question_set\": 4,"));
    assert_eq!(
        Some(other.step),
        other.answers.iter().position(Option::is_none)
    );
}

#[test]
fn every_fixture_version_up_to_the_current_one_is_covered() {
    // One fixture per schema version: add `store-vN.json` and its test with each new version.
    assert_eq!(CURRENT_VERSION, 6);
    for version in 1..=CURRENT_VERSION {
        let path = format!(
            "{}/tests/fixtures/store-v{version}.json",
            env!("CARGO_MANIFEST_DIR")
        );
        assert!(std::path::Path::new(&path).exists(), "{path} is missing");
    }
}

#[test]
fn data_from_a_newer_version_is_reported_not_read() {
    assert_eq!(
        load(questions(), Some(FUTURE)),
        Loaded::Newer { version: 99 }
    );
    let err = read(questions(), FUTURE).unwrap_err();
    assert_eq!(err, ReadError::Newer { version: 99 });
}

#[test]
fn written_data_reads_back_the_same() {
    let mut answers = vec![None; questions().len()];
    answers[0] = Some(Answer::Agreement(Agreement::Agree));
    answers[index("free-afternoon")] = Some(Answer::Pick(Scale::Technical));
    answers[index("dependants-pay")] = Some(Answer::NotApplicable);
    let saved = Saved {
        step: 5,
        history: vec![Attempt {
            finished_at: "2026-11-22T10:00:00.000Z".into(),
            answers: answers.clone(),
            retired: vec![("keep-up".into(), 5)],
            outcome: Outcome::Hybrid,
            management: 70.0,
            technical: 66.5,
            leadership: Some(61.0),
            question_set: QUESTION_SET,
        }],
        shortlist: vec!["software-engineer", "quality-manager"],
        retired: vec![("skills-people".into(), 2)],
        recent: vec![
            RecentWork {
                what: "Mentored two \"new\" hires <script>".into(),
                satisfaction: Some(4),
                kind: Some(WorkKind::Both),
            },
            RecentWork {
                what: String::new(),
                satisfaction: None,
                kind: Some(WorkKind::Technical),
            },
        ],
        answers,
        weights: Weights::default().with(Concern::Family, 4),
        background: Background {
            position: Some(Position::LeadingHandsOn),
            field: None,
        },
        plan: {
            let mut plan = PlanState::default();
            plan.start("2026-11-20");
            plan.toggle("mentor-a-new-hire");
            plan.set_note("mentor-a-new-hire", "Went \"well\" <b>");
            plan
        },
    };
    let text = write(questions(), &saved, "2026-11-22T10:00:01.000Z");
    assert!(text.contains("\"version\": 6"));
    assert!(text.contains("\"leadership\": 61"));
    assert_eq!(read(questions(), &text), Ok(saved.clone()));
    assert_eq!(load(questions(), Some(&text)), Loaded::Ready(saved));
    assert!(Saved::default().is_empty());
}

#[test]
fn recent_work_text_is_cleaned_and_capped_on_the_way_in() {
    let long = "x".repeat(500);
    let raw = V2.replace(
        "Rewrote the load calculations",
        &format!("  two\\nlines {long}"),
    );
    let saved = ready(&raw);
    assert!(saved.recent[1].what.starts_with("two lines xxx"));
    assert_eq!(saved.recent[1].what.chars().count(), MAX_CHARS);
}

#[test]
fn damaged_data_is_corrupt_with_a_reason() {
    use ReadError::{Invalid, NotCrossroads, NotJson};
    let missing = |at: &str| Invalid(Damage::Missing(at.into()));
    let unexpected = |at: &str| Invalid(Damage::Unexpected(at.into()));
    let wrong = |at: &str| Invalid(Damage::Wrong(at.into()));
    let cases = [
        ("", NotJson),
        ("{not json", NotJson),
        ("[1,2,3]", NotCrossroads),
        (
            r#"{"app":"other","version":1,"saved_at":"","data":{}}"#,
            NotCrossroads,
        ),
        (
            r#"{"app":"crossroads","version":1,"saved_at":"","data":{}}"#,
            missing("data.quiz"),
        ),
        (
            r#"{"app":"crossroads","version":0,"saved_at":"","data":{}}"#,
            Invalid(Damage::NoSuchFormat(0)),
        ),
        (
            &V1.replace("\"team-purpose\": 5", "\"team-purpose\": 9"),
            wrong("data.quiz.answers.team-purpose"),
        ),
        // "Does not apply" to a statement that does not offer it.
        (
            &V1.replace("\"spec-detail\": 2", "\"spec-detail\": 6"),
            wrong("data.quiz.answers.spec-detail"),
        ),
        (
            &V1.replace("\"recent-people\": 4", "\"recent-people\": 12"),
            wrong("data.quiz.answers.recent-people"),
        ),
        (
            &V1.replace("\"technical\",", "\"astronaut\","),
            wrong("data.history[].outcome"),
        ),
        (
            &V1.replace("79.2", "179.2"),
            wrong("data.history[].technical"),
        ),
        (
            &V1.replace("\"step\": 4", "\"step\": 4, \"extra\": true"),
            unexpected("data.quiz.extra"),
        ),
        (
            &V1.replace("\"step\": 4", "\"step\": 4, \"recent\": []"),
            unexpected("data.quiz.recent"),
        ),
        (
            &V2.replace("\"satisfaction\": 5", "\"satisfaction\": 9"),
            wrong("data.quiz.recent[].satisfaction"),
        ),
        (
            &V2.replace("\"kind\": \"people\"", "\"kind\": \"golf\""),
            wrong("data.quiz.recent[].kind"),
        ),
        (
            &V2.replace("\"question_set\": 2", "\"question_set\": 7"),
            wrong("data.history[].question_set"),
        ),
        (
            &V2.replace(",\n        \"question_set\": 2", ""),
            missing("data.history[].question_set"),
        ),
        (
            &V2.replace(
                "{ \"what\": \"Half-finished entry\" }",
                &["{ \"what\": \"x\" }"; 4].join(","),
            ),
            wrong("data.quiz.recent"),
        ),
        (
            &V2.replace("\"what\": \"Half-finished entry\"", "\"what\": 7"),
            wrong("data.quiz.recent[].what"),
        ),
        (
            &V6.replace("\"leadership\": 82.5", "\"leadership\": 182.5"),
            wrong("data.history[].leadership"),
        ),
        (
            &V6.replace("\"leadership\": 82.5", "\"leadership\": \"high\""),
            wrong("data.history[].leadership"),
        ),
        (
            &V6.replace("\"outcome\": \"leadership\"", "\"outcome\": \"lead\""),
            wrong("data.history[].outcome"),
        ),
        (
            &V6.replace("\"kind\": \"direction\"", "\"kind\": \"strategy\""),
            wrong("data.quiz.recent[].kind"),
        ),
        (
            &V6.replace("\"build-or-guide\": 1", "\"build-or-guide\": 3"),
            wrong("data.quiz.answers.build-or-guide"),
        ),
    ];
    for (raw, why) in cases {
        assert_ne!(raw, V1);
        assert_ne!(raw, V2);
        assert_ne!(raw, V6);
        match load(questions(), Some(raw)) {
            Loaded::Corrupt { reason } => assert_eq!(reason, why, "{raw}"),
            other => panic!("{raw:?} loaded as {other:?}"),
        }
    }
}

#[test]
fn history_is_capped_and_step_clamped() {
    let attempt = r#"{"finished_at":"x","answers":{},"outcome":"undecided","management":50,"technical":50,"question_set":2}"#;
    let many = vec![attempt; MAX_HISTORY + 7].join(",");
    let raw = format!(
        r#"{{"app":"crossroads","version":{CURRENT_VERSION},"saved_at":"","data":{{"quiz":{{"answers":{{}},"step":999,"question_set":{QUESTION_SET},"recent":[]}},"history":[{many}],"shortlist":[],"weights":"0000000","plan":{{"done":[],"notes":{{}}}},"background":{{}}}}}}"#
    );
    let saved = ready(&raw);
    assert_eq!(saved.history.len(), MAX_HISTORY);
    assert_eq!(saved.step, last_step(questions()));
}

proptest! {
    #[test]
    fn arbitrary_strings_never_panic_the_loader(s in ".{0,400}") {
        let _ = load(questions(), Some(&s));
    }

    #[test]
    fn arbitrary_edits_of_a_valid_file_never_panic(cut in 0usize..2000, insert in ".{0,8}", v2: bool) {
        let fixture = if v2 { V2 } else { V1 };
        let mut text = fixture.to_string();
        let at = text.char_indices().map(|(i, _)| i).nth(cut % fixture.chars().count()).unwrap_or(0);
        text.insert_str(at, &insert);
        let _ = load(questions(), Some(&text));
    }
}
