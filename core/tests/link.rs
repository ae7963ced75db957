//! The link codec: exhaustive round trips, a corpus of bad input, and arbitrary input.

use common::counted;
use crossroads_core::{
    background::{Background, Field, Position},
    link::{
        decode, earlier, encode, read, Carried, LinkError, MAX_LEN, PREFIX, PREFIX_1, PREFIX_2,
        PREFIX_3, PREFIX_4, QUESTION_SET_1, QUESTION_SET_2, QUESTION_SET_3, QUESTION_SET_4,
    },
    prose::Prose,
    quiz::{questions, Agreement, Answer, Keyed, Question, QuestionKind, Scale, Wording},
};
use proptest::prelude::*;

mod common;

const fn statement(id: &'static str, not_applicable: bool) -> Question {
    Question {
        id,
        theme: "t",
        text: Prose(0),
        kind: QuestionKind::Statement {
            scale: Scale::Management,
            keyed: Keyed::Agree,
            wording: Wording::Positive,
            skills: &[],
            not_applicable,
            opposite: None,
        },
    }
}

static SMALL: [Question; 3] = [
    statement("a", false),
    statement("b", true),
    Question {
        id: "c",
        theme: "t",
        text: Prose(0),
        kind: QuestionKind::Choice {
            options: [(Scale::Management, Prose(1)), (Scale::Technical, Prose(2))],
        },
    },
];

fn statement_answers(not_applicable: bool) -> Vec<Option<Answer>> {
    std::iter::once(None)
        .chain(Agreement::ALL.iter().map(|a| Some(Answer::Agreement(*a))))
        .chain(not_applicable.then_some(Some(Answer::NotApplicable)))
        .collect()
}

#[test]
fn every_answer_set_of_a_small_quiz_round_trips() {
    let choices = [
        None,
        Some(Answer::Pick(Scale::Management)),
        Some(Answer::Pick(Scale::Technical)),
    ];
    let positions = std::iter::once(None).chain(Position::ALL.map(Some));
    let backgrounds: Vec<Background> = positions
        .flat_map(|position| {
            std::iter::once(None)
                .chain(Field::ALL.map(Some))
                .map(move |field| Background { position, field })
        })
        .collect();
    let mut seen = std::collections::HashSet::new();
    for a in statement_answers(false) {
        for b in statement_answers(true) {
            for c in choices {
                for bg in &backgrounds {
                    let answers = vec![a, b, c];
                    let link = encode(&SMALL, &answers, bg);
                    assert!(link.starts_with(PREFIX));
                    let got = decode(&SMALL, &link).unwrap();
                    assert_eq!((&got.answers, &got.background), (&answers, bg), "{link}");
                    assert_eq!(decode(&SMALL, &format!("#{link}")), Ok(got));
                    assert!(seen.insert(link), "two answer sets share a link");
                }
            }
        }
    }
    assert_eq!(seen.len(), 6 * 7 * 3 * 5 * 8);
}

#[test]
fn the_real_quiz_fits_in_a_short_link() {
    let answers: Vec<_> = questions()
        .iter()
        .enumerate()
        .map(|(i, q)| match q.kind {
            QuestionKind::Statement {
                not_applicable: true,
                ..
            } => Some(Answer::NotApplicable),
            QuestionKind::Statement { .. } => Some(Answer::Agreement(Agreement::ALL[i % 5])),
            // Each choice offers two of the three scales: pick either, by place.
            QuestionKind::Choice { options } => Some(Answer::Pick(options[i % 2].0)),
        })
        .collect();
    let bg = Background {
        position: Some(Position::Managing),
        field: Some(Field::Civil),
    };
    let link = encode(questions(), &answers, &bg);
    assert_eq!(link.len(), PREFIX.len() + questions().len().div_ceil(2) + 1);
    // 62 questions: 31 characters of answers, one of background, after `q5.`.
    assert!(link.len() <= 35, "{link}");
    assert_eq!(decode(questions(), &link).unwrap().answers, answers);
    assert_eq!(decode(questions(), &link).unwrap().background, bg);
    let read = read(questions(), &link).unwrap();
    assert_eq!((read.answers, read.earlier_set), (answers, false));
}

#[test]
fn links_of_the_first_question_set_carry_over_by_id() {
    // Written by the first release: every statement Agree (digit 4), the three choices
    // technical (2): base 36 of 4 * 6 + 4 = 28 is 's', and so on.
    let digits: Vec<u8> = QUESTION_SET_1
        .iter()
        .map(|e| if earlier(*e).1 == 2 { 2 } else { 4 })
        .collect();
    let mut old = PREFIX_1.to_string();
    for pair in digits.chunks(2) {
        let v = pair[0] * 6 + pair.get(1).copied().unwrap_or(0);
        old.push(b"0123456789abcdefghijklmnopqrstuvwxyz"[usize::from(v)] as char);
    }
    assert!(old.starts_with("q1.ss"), "{old}");
    let got = read(questions(), &format!("#{old}")).unwrap();
    assert!(got.earlier_set);
    let kept: Vec<usize> = QUESTION_SET_1
        .iter()
        .filter_map(|e| earlier(*e).0)
        .collect();
    assert_eq!(got.answers.iter().flatten().count(), kept.len());
    assert_eq!(got.not_carried, QUESTION_SET_1.len() - kept.len());
    let at = |id: &str| got.answers[questions().iter().position(|q| q.id == id).unwrap()];
    assert_eq!(at("spec-detail"), Some(Answer::Agreement(Agreement::Agree)));
    assert_eq!(at("work-alone"), Some(Answer::Agreement(Agreement::Agree)));
    // "team-purpose" (the link's first answer) is no longer asked: its successor
    // "build-a-team" asks something else, so the answer is counted, not carried.
    assert!(questions().iter().all(|q| q.id != "team-purpose"));
    assert_eq!(earlier(QUESTION_SET_1[0]).0, None);
    assert_eq!(at("build-a-team"), None);
    assert_eq!(
        at("meetings-drain"),
        None,
        "a new statement waits to be answered"
    );
    let carried = got.carried().unwrap();
    assert_eq!(carried.carried, kept.len());
    // A damaged old link is still refused with a reason.
    assert_eq!(
        read(questions(), "q1.zz"),
        Err(LinkError::WrongLength {
            expected: 14,
            found: 2
        })
    );
}

#[test]
fn bad_links_are_rejected_with_a_reason() {
    let valid = encode(&SMALL, &[None, None, None], &Background::default());
    assert_eq!(valid, "q5.000");
    let length = |found| LinkError::WrongLength { expected: 3, found };
    let corpus: Vec<(String, LinkError)> = vec![
        (String::new(), LinkError::UnknownVersion),
        ("#".into(), LinkError::UnknownVersion),
        // A fourth-set link is not of this version (only `read` opens it).
        ("q4.000".into(), LinkError::UnknownVersion),
        ("q6.000".into(), LinkError::UnknownVersion),
        ("Q5.000".into(), LinkError::UnknownVersion),
        ("q5".into(), LinkError::UnknownVersion),
        ("q5.".into(), length(0)),
        ("q5.0000".into(), length(4)),
        ("q5.00".into(), length(2)),
        ("q5.0%0".into(), LinkError::BadCharacter),
        ("q5.0.0".into(), LinkError::BadCharacter),
        // Two bytes, neither of them a digit of the alphabet.
        ("q5.é0".into(), LinkError::BadCharacter),
        // '7' = 0 * 8 + 7: no answer is 7.
        ("q5.700".into(), LinkError::OutOfRange { question: 1 }),
        // 'o' = 24 = 3 * 8 + 0: a choice cannot be 3.
        ("q5.0o0".into(), LinkError::OutOfRange { question: 2 }),
        // 'M' = 48 = 6 * 8 + 0: "does not apply" to a statement that does not offer it.
        ("q5.M00".into(), LinkError::OutOfRange { question: 0 }),
        // '3' = 0 * 8 + 3: the choice is 0 (fine) but the padding slot must be 0.
        ("q5.030".into(), LinkError::OutOfRange { question: 3 }),
        // 'E' = 40 = 5 * 8 + 0: there are four positions.
        ("q5.00E".into(), LinkError::OutOfRange { question: 3 }),
        (
            format!("{valid}{}", "0".repeat(MAX_LEN)),
            LinkError::TooLong,
        ),
    ];
    for (input, expected) in corpus {
        assert_eq!(decode(&SMALL, &input), Err(expected.clone()), "{input:?}");
    }
}

/// A link as the second release wrote it: digits packed two to a character as `a * 8 + b`.
fn second_set_link(digits: &[u8]) -> String {
    let mut out = PREFIX_2.to_string();
    for pair in digits.chunks(2) {
        let v = pair[0] * 8 + pair.get(1).copied().unwrap_or(0);
        out.push(
            b"0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_"[usize::from(v)]
                as char,
        );
    }
    out
}

#[test]
fn links_of_the_second_question_set_carry_over_by_id() {
    // Written by the second release: every statement Strongly agree (digit 5), "does not
    // apply" (6) where offered, choices management (1), packed as `a * 8 + b`.
    let digits: Vec<u8> = QUESTION_SET_2
        .iter()
        .map(|e| match earlier(*e).1 {
            2 => 1,
            6 => 6,
            _ => 5,
        })
        .collect();
    let old = second_set_link(&digits);
    let got = read(questions(), &old).unwrap();
    assert!(got.earlier_set);
    let kept = QUESTION_SET_2
        .iter()
        .filter(|e| earlier(**e).0.is_some())
        .count();
    assert!(kept >= 20, "most statements kept their ids: {kept}");
    assert_eq!(got.answers.iter().flatten().count(), kept);
    assert_eq!(got.not_carried, QUESTION_SET_2.len() - kept);
    let at = |id: &str| got.answers[questions().iter().position(|q| q.id == id).unwrap()];
    assert_eq!(
        at("work-alone"),
        Some(Answer::Agreement(Agreement::StronglyAgree))
    );
    assert_eq!(at("dependants-pay"), Some(Answer::NotApplicable));
    assert_eq!(
        at("free-afternoon"),
        None,
        "a choice new since the second set waits to be answered"
    );
    // Its first answer, to "team-purpose", is among those not carried.
    assert_eq!(earlier(QUESTION_SET_2[0]).0, None);
    assert_eq!(at("build-a-team"), None);
    // A digit its question never took is refused, not guessed.
    let mut bad: Vec<u8> = digits.clone();
    bad[0] = 7;
    let text = second_set_link(&bad);
    assert_eq!(
        read(questions(), &text),
        Err(LinkError::OutOfRange { question: 0 })
    );
    // A link of today's set is not mistaken for one of the second.
    assert_ne!(PREFIX, PREFIX_2);
}

#[test]
fn links_of_the_third_question_set_carry_over_by_id_with_their_background() {
    // Written by the third release: every statement Disagree (digit 2), "does not apply" (6)
    // where offered, choices technical (2), then where the person stands and their field.
    let digits: Vec<u8> = QUESTION_SET_3
        .iter()
        .map(|e| if earlier(*e).1 == 6 { 6 } else { 2 })
        .collect();
    let mut old = second_set_link(&digits).replacen(PREFIX_2, PREFIX_3, 1);
    // Position 2 (the second of Position::ALL), field 3: 2 * 8 + 3 = 19, 'j'.
    old.push('j');
    let got = read(questions(), &format!("#{old}")).unwrap();
    assert!(got.earlier_set);
    assert_eq!(
        got.background,
        Background {
            position: Some(Position::ALL[1]),
            field: Some(Field::ALL[2]),
        }
    );
    let kept = QUESTION_SET_3
        .iter()
        .filter(|e| earlier(**e).0.is_some())
        .count();
    assert!(kept >= 25, "most questions kept their ids: {kept}");
    assert_eq!(got.answers.iter().flatten().count(), kept);
    assert_eq!(got.not_carried, QUESTION_SET_3.len() - kept);
    let at = |id: &str| got.answers[questions().iter().position(|q| q.id == id).unwrap()];
    assert_eq!(
        at("spec-detail"),
        Some(Answer::Agreement(Agreement::Disagree))
    );
    assert_eq!(at("dependants-calmer"), Some(Answer::NotApplicable));
    // A kept choice carries its pick; "two-offers" and "afternoon" were reworded as
    // "two-posts" and "free-afternoon", so their picks are counted, not carried.
    assert_eq!(at("own-part"), Some(Answer::Pick(Scale::Technical)));
    assert_eq!(at("two-posts"), None);
    assert_eq!(at("free-afternoon"), None);
    assert_eq!(
        at("people-neglected"),
        None,
        "a statement new to this set waits to be answered"
    );
    // Damaged third-set links are refused with a reason.
    assert_eq!(
        read(questions(), &old[..old.len() - 1]),
        Err(LinkError::WrongLength {
            expected: 21,
            found: 20
        })
    );
    let mut bad = old.clone();
    bad.pop();
    bad.push('E');
    assert_eq!(
        read(questions(), &bad),
        Err(LinkError::OutOfRange { question: 39 })
    );
    assert_ne!(PREFIX, PREFIX_3);
}

#[test]
fn links_of_the_fourth_question_set_carry_over_by_id_with_their_background() {
    // Written by the fourth release, in the order of the `4 ...` lines of
    // core/earlier-sets.txt (read here from the file, not from the app's bytes): statements
    // 1 to 5 by place, "does not apply" (6) where offered, choices 1 or 2 by place.
    let listed: Vec<(&str, u8)> = include_str!("../earlier-sets.txt")
        .lines()
        .filter_map(|l| l.strip_prefix("4 "))
        .map(|l| {
            let (id, max) = l.split_once(' ').unwrap();
            (id, max.trim().parse().unwrap())
        })
        .collect();
    assert_eq!(listed.len(), 48);
    let digits: Vec<u8> = listed
        .iter()
        .enumerate()
        .map(|(i, (_, max))| match max {
            6 => 6,
            2 => 1 + (i % 2) as u8,
            _ => 1 + (i % 5) as u8,
        })
        .collect();
    let mut old = second_set_link(&digits).replacen(PREFIX_2, PREFIX_4, 1);
    // Position 3 (the third of Position::ALL), field 7: 3 * 8 + 7 = 31, 'v'.
    old.push('v');
    assert_eq!(old.len(), PREFIX_4.len() + 24 + 1);
    let got = read(questions(), &format!("#{old}")).unwrap();
    assert!(got.earlier_set);
    assert_eq!(
        got.background,
        Background {
            position: Some(Position::ALL[2]),
            field: Some(Field::ALL[6]),
        }
    );
    // Every kept id carries its own answer to today's question of that id.
    let index = |id: &str| questions().iter().position(|q| q.id == id);
    let mut expected = vec![None; questions().len()];
    let mut retired = Vec::new();
    for ((id, max), digit) in listed.iter().zip(&digits) {
        let answer = match (max, digit) {
            (6, _) => Answer::NotApplicable,
            (2, 1) => Answer::Pick(Scale::Management),
            (2, _) => Answer::Pick(Scale::Technical),
            (_, d) => Answer::Agreement(Agreement::ALL[usize::from(d - 1)]),
        };
        match index(id) {
            Some(j) => expected[j] = Some(answer),
            None => retired.push(*id),
        }
    }
    assert_eq!(got.answers, expected);
    // The four renamed questions are the ones not carried; their successors wait.
    assert_eq!(
        retired,
        ["afternoon", "team-exhausting", "two-offers", "team-purpose"]
    );
    assert_eq!(got.not_carried, 4);
    for successor in [
        "free-afternoon",
        "hiring-chore",
        "two-posts",
        "build-a-team",
    ] {
        assert_eq!(got.answers[index(successor).unwrap()], None, "{successor}");
    }
    assert_eq!(
        got.carried(),
        Some(Carried {
            carried: 44,
            dropped: 4
        })
    );
    let at = |id: &str| got.answers[index(id).unwrap()];
    assert_eq!(
        at("help-others"),
        Some(Answer::Agreement(Agreement::StronglyDisagree))
    );
    assert_eq!(at("own-part"), Some(Answer::Pick(Scale::Management)));
    assert_eq!(at("dependants-calmer"), Some(Answer::NotApplicable));
    assert_eq!(
        at("skills-decide"),
        Some(Answer::Agreement(Agreement::Neutral))
    );
    assert_eq!(
        at("set-direction"),
        None,
        "a leadership statement new to this set waits to be answered"
    );
    // Damaged fourth-set links are refused with a reason.
    assert_eq!(
        read(questions(), &old[..old.len() - 1]),
        Err(LinkError::WrongLength {
            expected: 25,
            found: 24
        })
    );
    let mut bad = old.clone();
    bad.pop();
    bad.push('E');
    assert_eq!(
        read(questions(), &bad),
        Err(LinkError::OutOfRange { question: 48 })
    );
    // "own-part" (the seventh) was a choice: 3 is refused, not guessed.
    let mut three = digits.clone();
    three[6] = 3;
    let mut bad = second_set_link(&three).replacen(PREFIX_2, PREFIX_4, 1);
    bad.push('v');
    assert_eq!(
        read(questions(), &bad),
        Err(LinkError::OutOfRange { question: 6 })
    );
    // Nor is a fourth-set link read as one of today's set.
    assert_eq!(decode(questions(), &old), Err(LinkError::UnknownVersion));
    assert_ne!(PREFIX, PREFIX_4);
}

/// The earlier sets the app carries as one byte per question match the ids their links were
/// made with (`core/earlier-sets.txt`): each kept question points at today's question of the
/// same id, each question no longer asked points nowhere, and each keeps its largest digit.
#[test]
fn earlier_sets_match_their_ids() {
    let listed = include_str!("../earlier-sets.txt");
    let sets: [&[u8]; 4] = [
        &QUESTION_SET_1,
        &QUESTION_SET_2,
        &QUESTION_SET_3,
        &QUESTION_SET_4,
    ];
    let mut seen = [0usize; 4];
    for line in listed
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
    {
        let fields: Vec<&str> = line.split_whitespace().collect();
        let set: usize = fields[0].parse().unwrap();
        let (now, max) = earlier(sets[set - 1][seen[set - 1]]);
        seen[set - 1] += 1;
        assert_eq!(
            now,
            questions().iter().position(|q| q.id == fields[1]),
            "{line}"
        );
        assert_eq!(max.to_string(), fields[2], "{line}");
        // A kept id still takes every digit its links wrote, with the same meaning: earlier
        // sets' choices wrote 1 for management and 2 for technical, which today's digits (by
        // the option's place) keep only while the choice offers those two, in that order.
        if let Some(now) = now {
            match (&questions()[now].kind, max) {
                (QuestionKind::Choice { options }, 2) => assert_eq!(
                    options.map(|(scale, _)| scale),
                    [Scale::Management, Scale::Technical],
                    "{line}"
                ),
                (
                    QuestionKind::Statement {
                        not_applicable: true,
                        ..
                    },
                    5 | 6,
                )
                | (QuestionKind::Statement { .. }, 5) => {}
                (kind, _) => panic!("{line}: now {kind:?}"),
            }
        }
    }
    assert_eq!(seen, [27, 40, 39, 48]);
    assert_eq!(seen, sets.map(<[u8]>::len));
}

proptest! {
    #[test]
    fn arbitrary_strings_never_panic(s in ".{0,300}") {
        let _ = decode(questions(), &s);
        let _ = decode(&SMALL, &s);
        let _ = read(questions(), &s);
    }

    #[test]
    fn arbitrary_old_links_never_panic(s in "[0-9a-z%#.]{0,20}") {
        let _ = read(questions(), &format!("{PREFIX_1}{s}"));
        let _ = read(questions(), &format!("{PREFIX_2}{s}"));
        let _ = read(questions(), &format!("{PREFIX_3}{s}"));
        let _ = read(questions(), &format!("{PREFIX_4}{s}"));
    }
}

/// Any payload: no panic, and one the decoder accepts is the very link its answers encode to.
#[test]
fn arbitrary_payloads_never_panic() {
    // The second kind: the small quiz's length, with digit values an answer can take (each
    // character two base-8 digits; the middle one's second digit is padding).
    let payloads = prop_oneof!["[0-9a-zA-Z_%#.-]{0,40}", "[0-9a-n][08g][0-9a-n]"];
    counted(
        file!(),
        "accepted payloads encoded again",
        256,
        40,
        payloads,
        |s| {
            let _ = decode(questions(), &format!("{PREFIX}{s}"));
            let Ok(got) = decode(&SMALL, &format!("{PREFIX}{s}")) else {
                return Ok(0);
            };
            prop_assert_eq!(
                encode(&SMALL, &got.answers, &got.background),
                format!("{PREFIX}{s}")
            );
            Ok(1)
        },
    );
}

#[test]
fn every_version_of_link_is_told_from_a_place_on_the_page() {
    use crossroads_core::{
        link::{is_progress_link, PREFIX, PREFIX_1, PREFIX_2, PREFIX_3, PREFIX_4},
        routes::Fragment,
    };
    for prefix in [PREFIX_1, PREFIX_2, PREFIX_3, PREFIX_4, PREFIX] {
        assert!(is_progress_link(&format!("#{prefix}abc")), "{prefix}");
    }
    for place in [Fragment::Plan, Fragment::CheckRow(3)] {
        assert!(!is_progress_link(&format!("#{}", place.id())), "{place:?}");
    }
    assert!(!is_progress_link(""));
}
