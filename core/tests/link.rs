//! The link codec: exhaustive round trips, a corpus of bad input, and arbitrary input.

use crossroads_core::{
    link::{decode, encode, LinkError, MAX_LEN, PREFIX},
    quiz::{questions, Agreement, Answer, Keyed, Question, QuestionKind},
    TrackKind,
};
use proptest::prelude::*;

const fn statement(id: &'static str) -> Question {
    Question {
        id,
        theme: "t",
        text: id,
        kind: QuestionKind::Statement {
            scale: TrackKind::Management,
            keyed: Keyed::Agree,
            skills: &[],
        },
    }
}

static SMALL: [Question; 3] = [
    statement("a"),
    statement("b"),
    Question {
        id: "c",
        theme: "t",
        text: "c",
        kind: QuestionKind::Choice {
            management: "m",
            technical: "t",
        },
    },
];

fn statement_answers() -> Vec<Option<Answer>> {
    std::iter::once(None)
        .chain(Agreement::ALL.iter().map(|a| Some(Answer::Agreement(*a))))
        .collect()
}

#[test]
fn every_answer_set_of_a_small_quiz_round_trips() {
    let choices = [
        None,
        Some(Answer::Pick(TrackKind::Management)),
        Some(Answer::Pick(TrackKind::Technical)),
    ];
    let mut seen = std::collections::HashSet::new();
    for a in statement_answers() {
        for b in statement_answers() {
            for c in choices {
                let answers = vec![a, b, c];
                let link = encode(&SMALL, &answers);
                assert!(link.starts_with(PREFIX));
                assert_eq!(decode(&SMALL, &link), Ok(answers.clone()), "{link}");
                assert_eq!(decode(&SMALL, &format!("#{link}")), Ok(answers));
                assert!(seen.insert(link), "two answer sets share a link");
            }
        }
    }
    assert_eq!(seen.len(), 6 * 6 * 3);
}

#[test]
fn the_real_quiz_fits_in_a_short_link() {
    let answers: Vec<_> = questions()
        .iter()
        .enumerate()
        .map(|(i, q)| match q.kind {
            QuestionKind::Statement { .. } => Some(Answer::Agreement(Agreement::ALL[i % 5])),
            QuestionKind::Choice { .. } => Some(Answer::Pick(TrackKind::Technical)),
        })
        .collect();
    let link = encode(questions(), &answers);
    assert_eq!(link.len(), PREFIX.len() + questions().len().div_ceil(2));
    assert_eq!(decode(questions(), &link).unwrap(), answers);
}

#[test]
fn bad_links_are_rejected_with_a_reason() {
    let valid = encode(&SMALL, &[None, None, None]);
    let corpus: Vec<(String, LinkError)> = vec![
        (String::new(), LinkError::UnknownVersion),
        ("#".into(), LinkError::UnknownVersion),
        ("q2.000".into(), LinkError::UnknownVersion),
        ("Q1.00".into(), LinkError::UnknownVersion),
        ("q1".into(), LinkError::UnknownVersion),
        (
            "q1.".into(),
            LinkError::WrongLength {
                expected: 2,
                found: 0,
            },
        ),
        (
            "q1.000".into(),
            LinkError::WrongLength {
                expected: 2,
                found: 3,
            },
        ),
        (
            "q1.0".into(),
            LinkError::WrongLength {
                expected: 2,
                found: 1,
            },
        ),
        ("q1.0A".into(), LinkError::BadCharacter),
        ("q1.0%".into(), LinkError::BadCharacter),
        // Two bytes, neither of them a base-36 digit.
        ("q1.é".into(), LinkError::BadCharacter),
        // 'z' = 35 = 5 * 6 + 5: a choice cannot be 5.
        ("q1.0z".into(), LinkError::OutOfRange { question: 2 }),
        // '3' = 0 * 6 + 3: the choice is 0 (fine) but the padding slot must be 0.
        ("q1.03".into(), LinkError::OutOfRange { question: 3 }),
        (
            format!("{valid}{}", "0".repeat(MAX_LEN)),
            LinkError::TooLong,
        ),
    ];
    for (input, expected) in corpus {
        assert_eq!(decode(&SMALL, &input), Err(expected.clone()), "{input:?}");
        assert!(!expected.message().is_empty());
    }
}

proptest! {
    #[test]
    fn arbitrary_strings_never_panic(s in ".{0,300}") {
        let _ = decode(questions(), &s);
        let _ = decode(&SMALL, &s);
    }

    #[test]
    fn arbitrary_payloads_never_panic(s in "[0-9a-z%#.]{0,40}") {
        let _ = decode(questions(), &format!("{PREFIX}{s}"));
        if let Ok(answers) = decode(&SMALL, &format!("{PREFIX}{s}")) {
            prop_assert_eq!(encode(&SMALL, &answers), format!("{PREFIX}{s}"));
        }
    }
}
