//! The stored schema: fixtures of every version, round trips, damaged data and arbitrary input.

use crossroads_core::{
    quiz::{questions, Agreement, Answer},
    scoring::Outcome,
    store::{load, read, write, Attempt, Loaded, ReadError, Saved, CURRENT_VERSION, MAX_HISTORY},
    TrackKind,
};
use proptest::prelude::*;

const V1: &str = include_str!("fixtures/store-v1.json");
const FUTURE: &str = include_str!("fixtures/store-v2-from-the-future.json");

fn index(id: &str) -> usize {
    questions().iter().position(|q| q.id == id).unwrap()
}

#[test]
fn nothing_stored_is_empty() {
    assert_eq!(load(questions(), None), Loaded::Empty);
}

#[test]
fn version_1_fixture_loads() {
    let Loaded::Ready(saved) = load(questions(), Some(V1)) else {
        panic!("v1 fixture did not load")
    };
    assert_eq!(
        saved.answers[index("team-purpose")],
        Some(Answer::Agreement(Agreement::StronglyAgree))
    );
    assert_eq!(
        saved.answers[index("spec-detail")],
        Some(Answer::Agreement(Agreement::Disagree))
    );
    assert_eq!(
        saved.answers[index("meeting-or-problem")],
        Some(Answer::Pick(TrackKind::Management))
    );
    assert_eq!(
        saved.answers.iter().flatten().count(),
        4,
        "the removed question's answer is dropped"
    );
    assert_eq!(saved.step, 4);
    assert_eq!(saved.history.len(), 1);
    assert_eq!(saved.history[0].outcome, Outcome::Technical);
    assert_eq!(
        saved.history[0].answers[index("pay-or-fulfilment")],
        Some(Answer::Pick(TrackKind::Technical))
    );
    assert_eq!(
        saved.shortlist,
        ["civil-engineer", "engineering-lead"],
        "unknown and repeated slugs drop off"
    );
}

#[test]
fn every_fixture_version_up_to_the_current_one_is_covered() {
    // One fixture per schema version: add `store-vN.json` and its test with each new version.
    assert_eq!(CURRENT_VERSION, 1);
}

#[test]
fn data_from_a_newer_version_is_reported_not_read() {
    assert_eq!(
        load(questions(), Some(FUTURE)),
        Loaded::Newer { version: 2 }
    );
    let err = read(questions(), FUTURE).unwrap_err();
    assert_eq!(err, ReadError::Newer { version: 2 });
    assert!(err.message().contains("newer version"));
}

#[test]
fn written_data_reads_back_the_same() {
    let mut answers = vec![None; questions().len()];
    answers[0] = Some(Answer::Agreement(Agreement::Agree));
    answers[4] = Some(Answer::Pick(TrackKind::Technical));
    let saved = Saved {
        step: 5,
        history: vec![Attempt {
            finished_at: "2026-11-22T10:00:00.000Z".into(),
            answers: answers.clone(),
            outcome: Outcome::Hybrid,
            management: 70.0,
            technical: 66.5,
        }],
        shortlist: vec!["software-engineer", "quality-manager"],
        answers,
    };
    let text = write(questions(), &saved, "2026-11-22T10:00:01.000Z");
    assert!(text.contains("\"version\": 1"));
    assert_eq!(read(questions(), &text), Ok(saved.clone()));
    assert_eq!(load(questions(), Some(&text)), Loaded::Ready(saved));
    assert!(Saved::default().is_empty());
}

#[test]
fn damaged_data_is_corrupt_with_a_reason() {
    let cases = [
        ("", "not JSON"),
        ("{not json", "not JSON"),
        ("[1,2,3]", "not a Crossroads export"),
        (
            r#"{"app":"other","version":1,"saved_at":"","data":{}}"#,
            "not a Crossroads export",
        ),
        (
            r#"{"app":"crossroads","version":1,"saved_at":"","data":{}}"#,
            "damaged",
        ),
        (
            r#"{"app":"crossroads","version":0,"saved_at":"","data":{}}"#,
            "never existed",
        ),
        (
            &V1.replace("\"team-purpose\": 5", "\"team-purpose\": 9"),
            "impossible answer",
        ),
        (
            &V1.replace("\"technical\",", "\"astronaut\","),
            "unknown outcome",
        ),
        (&V1.replace("79.2", "179.2"), "outside 0 to 100"),
        (
            &V1.replace("\"step\": 4", "\"step\": 4, \"extra\": true"),
            "unexpected layout",
        ),
    ];
    for (raw, why) in cases {
        match load(questions(), Some(raw)) {
            Loaded::Corrupt { reason } => assert!(reason.contains(why), "{raw:?}: {reason}"),
            other => panic!("{raw:?} loaded as {other:?}"),
        }
    }
}

#[test]
fn history_is_capped_and_step_clamped() {
    let attempt =
        r#"{"finished_at":"x","answers":{},"outcome":"undecided","management":50,"technical":50}"#;
    let many = vec![attempt; MAX_HISTORY + 7].join(",");
    let raw = format!(
        r#"{{"app":"crossroads","version":1,"saved_at":"","data":{{"quiz":{{"answers":{{}},"step":999}},"history":[{many}],"shortlist":[]}}}}"#
    );
    let Loaded::Ready(saved) = load(questions(), Some(&raw)) else {
        panic!()
    };
    assert_eq!(saved.history.len(), MAX_HISTORY);
    assert_eq!(saved.step, questions().len() - 1);
}

proptest! {
    #[test]
    fn arbitrary_strings_never_panic_the_loader(s in ".{0,400}") {
        let _ = load(questions(), Some(&s));
    }

    #[test]
    fn arbitrary_edits_of_a_valid_file_never_panic(cut in 0usize..1200, insert in ".{0,8}") {
        let mut text = V1.to_string();
        let at = text.char_indices().map(|(i, _)| i).nth(cut % V1.chars().count()).unwrap_or(0);
        text.insert_str(at, &insert);
        let _ = load(questions(), Some(&text));
    }
}
