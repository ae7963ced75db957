//! Every change the app can make to saved progress, and the invariants that hold whatever
//! sequence of changes is made.

use common::{counted, run};
use crossroads_core::{
    progress::{last_step, Advance, Saved, MAX_HISTORY},
    quiz::{questions, themes, Agreement, Answer, QuestionKind, Scale, QUESTION_SET},
    recent::{WorkKind, MAX_CHARS, MAX_ITEMS},
    roles,
    scoring::assess,
};
use proptest::prelude::*;

mod common;

/// Every question answered: statements Agree, choices the management option.
fn all_answered() -> Saved {
    let mut s = Saved::new();
    for (i, q) in questions().iter().enumerate() {
        s.answer(
            i,
            match q.kind {
                QuestionKind::Statement { .. } => Answer::Agreement(Agreement::Agree),
                QuestionKind::Choice { options } => Answer::Pick(options[0].0),
            },
        );
    }
    s
}

#[test]
fn a_new_progress_has_one_empty_slot_per_question() {
    let s = Saved::new();
    assert_eq!(s.answers.len(), questions().len());
    assert!(s.is_empty());
    assert_eq!(s.first_open(), Some(0));
    assert!(!s.complete());
    assert_eq!(s.assessment(), None);
}

#[test]
fn answers_must_fit_their_question() {
    let mut s = Saved::new();
    s.answer(0, Answer::Pick(Scale::Technical));
    s.answer(0, Answer::NotApplicable);
    s.answer(questions().len() + 3, Answer::Agreement(Agreement::Agree));
    assert_eq!(s.answered(), 0);
    s.answer(0, Answer::Agreement(Agreement::Agree));
    assert_eq!(s.answered(), 1);
}

#[test]
fn finishing_records_an_attempt_once_and_caps_the_history() {
    let mut s = Saved::new();
    assert!(!s.finish("t0"), "an unfinished quiz records nothing");
    let mut s = all_answered();
    assert!(s.finish("2026-11-22T10:00:00.000Z"));
    assert!(
        !s.finish("2026-11-22T10:05:00.000Z"),
        "same answers, no new attempt"
    );
    assert_eq!(s.history.len(), 1);
    let a = &s.history[0];
    assert_eq!(a.question_set, QUESTION_SET);
    assert_eq!(Some(a.outcome), s.assessment().map(|x| x.outcome));
    for n in 0..MAX_HISTORY + 5 {
        s.answer(0, Answer::Agreement(Agreement::ALL[n % 5]));
        s.finish(&format!("t{n}"));
    }
    assert_eq!(s.history.len(), MAX_HISTORY);
    s.delete_attempt("t10");
    assert!(s.history.iter().all(|a| a.finished_at != "t10"));
}

#[test]
fn next_needs_an_answer_and_goes_on_in_order() {
    let mut s = Saved::new();
    assert_eq!(s.advance("t"), Advance::NeedsAnswer);
    assert_eq!(s.step, 0);
    s.answer(0, Answer::Agreement(Agreement::Agree));
    assert_eq!(s.advance("t"), Advance::Moved);
    assert_eq!(s.step, 1);
}

#[test]
fn next_after_the_last_question_returns_to_one_left_open() {
    let n = questions().len();
    let mut s = all_answered();
    s.answers[2] = None;
    s.set_step(n - 1);
    assert_eq!(s.advance("t"), Advance::Moved);
    assert_eq!(
        s.step, 2,
        "the open question comes before the six-months check"
    );
    // Before the end, Next keeps to the order even with a question open earlier.
    s.answers[2] = Some(Answer::Agreement(Agreement::Agree));
    s.answers[5] = None;
    s.set_step(3);
    assert_eq!(s.advance("t"), Advance::Moved);
    assert_eq!(s.step, 4);
}

#[test]
fn the_six_months_check_finishes_only_a_complete_quiz() {
    let n = questions().len();
    let mut s = all_answered();
    s.set_step(n - 1);
    assert_eq!(s.advance("t0"), Advance::Moved);
    assert_eq!(s.step, n, "on to the six-months check");
    s.answers[8] = None;
    assert_eq!(s.advance("t1"), Advance::Moved);
    assert_eq!(s.step, 8, "an open question is asked before the result");
    assert!(s.history.is_empty());
    let given = all_answered().answers[8].expect("every question answered");
    s.answer(8, given);
    s.set_step(n);
    assert_eq!(s.advance("2026-11-22T10:00:00.000Z"), Advance::Finished);
    assert_eq!(s.history.len(), 1);
    assert_eq!(s.history[0].finished_at, "2026-11-22T10:00:00.000Z");
    assert_eq!(s.step, n, "the result leaves the quiz where it was");
}

#[test]
fn a_link_replaces_the_answers_and_moves_to_the_first_open_question() {
    let mut s = all_answered();
    s.retired.push(("keep-up".into(), 4));
    s.toggle_shortlist("civil-engineer");
    let mut from_link = vec![None; questions().len()];
    from_link[0] = Some(Answer::Agreement(Agreement::StronglyAgree));
    s.replace_answers(from_link.clone());
    assert_eq!(s.answers, from_link);
    assert!(
        s.retired.is_empty(),
        "the link's answers replace the old ones wholly"
    );
    assert_eq!(s.step, 1);
    assert_eq!(s.shortlist, ["civil-engineer"]);
    s.replace_answers(all_answered().answers);
    assert_eq!(
        s.step,
        last_step(questions()),
        "all answered: on to the six-months check"
    );
    s.replace_answers(vec![]);
    assert_eq!(s.answers.len(), questions().len(), "short input is padded");
}

#[test]
fn starting_over_keeps_history_and_shortlist() {
    let mut s = all_answered();
    s.finish("t");
    s.toggle_shortlist("quality-manager");
    s.add_recent();
    s.set_step(7);
    s.restart();
    assert_eq!(s.answered(), 0);
    assert!(s.recent.is_empty());
    assert_eq!(s.step, 0);
    assert_eq!(s.history.len(), 1);
    assert_eq!(s.shortlist, ["quality-manager"]);
}

#[test]
fn the_shortlist_toggles_known_roles_only() {
    let mut s = Saved::new();
    s.toggle_shortlist("software-engineer");
    s.toggle_shortlist("no-such-role");
    assert!(s.shortlisted("software-engineer"));
    assert_eq!(s.shortlist.len(), 1);
    s.toggle_shortlist("software-engineer");
    assert!(s.shortlist.is_empty());
}

#[test]
fn recent_work_is_capped_cleaned_and_counted_in_the_result() {
    let mut s = all_answered();
    for _ in 0..MAX_ITEMS {
        assert!(s.add_recent());
    }
    assert!(!s.add_recent(), "room for five");
    s.edit_recent(0, |w| {
        w.what = format!("  Led the\nreview {}", "x".repeat(200));
        w.satisfaction = Some(5);
        w.kind = Some(WorkKind::Technical);
    });
    s.edit_recent(1, |w| {
        w.satisfaction = Some(9);
        w.kind = Some(WorkKind::Technical);
    });
    assert!(s.recent[0].what.starts_with("Led the review x"));
    assert_eq!(s.recent[0].what.chars().count(), MAX_CHARS);
    assert_eq!(s.recent[1].satisfaction, None, "9 is no rating");
    s.edit_recent(1, |w| w.satisfaction = Some(4));
    let a = s.assessment().unwrap();
    assert_eq!(
        a.revealed.map(|r| r.counted),
        Some(1),
        "a piece without a description is not complete"
    );
    s.edit_recent(1, |w| w.what = "Pump test rig".into());
    let a = s.assessment().unwrap();
    assert_eq!(a.revealed.map(|r| r.counted), Some(2));
    s.remove_recent(0);
    s.remove_recent(99);
    assert_eq!(s.recent.len(), MAX_ITEMS - 1);
}

#[derive(Debug, Clone)]
enum Change {
    Answer(usize, u8),
    Step(usize),
    Link(Vec<u8>),
    /// A clear manager's link with half the opposite pairs (as many of each scale) answered
    /// alike with this digit: a habit the result sets aside, so its heading differs from its
    /// scores' own verdict.
    LinkFlagged(u8),
    Restart,
    Finish(u8),
    Delete(u8),
    Shortlist(usize),
    AddRecent,
    RemoveRecent(usize),
    EditRecent(usize, String, u8, u8),
    Advance(u8),
}

fn change() -> impl Strategy<Value = Change> {
    let n = questions().len();
    prop_oneof![
        (0..n + 2, 0u8..8).prop_map(|(i, d)| Change::Answer(i, d)),
        (0..n + 5).prop_map(Change::Step),
        proptest::collection::vec(0u8..8, 0..n + 3).prop_map(Change::Link),
        prop_oneof![Just(1u8), Just(2), Just(4), Just(5)].prop_map(Change::LinkFlagged),
        Just(Change::Restart),
        any::<u8>().prop_map(Change::Finish),
        any::<u8>().prop_map(Change::Delete),
        (0..14usize).prop_map(Change::Shortlist),
        Just(Change::AddRecent),
        (0..7usize).prop_map(Change::RemoveRecent),
        (0..7usize, ".{0,120}", 0u8..8, 0u8..4)
            .prop_map(|(i, t, s, k)| Change::EditRecent(i, t, s, k)),
        any::<u8>().prop_map(Change::Advance),
    ]
}

fn decode(i: usize, digit: u8) -> Option<Answer> {
    questions()
        .get(i)
        .and_then(|q| crossroads_core::answers::decode(q, digit))
}

/// See [`Change::LinkFlagged`].
fn flagged_manager(digit: u8) -> Vec<Option<Answer>> {
    let mut answers = common::persona(
        |s| if s == Scale::Management { 4 } else { 0 },
        Some(Scale::Management),
    );
    // Digits 1, 2, 4 and 5 are the agreements away from Neutral.
    let agreement = Agreement::from_points(digit - 1).expect("a digit from 1 to 5");
    common::answer_pairs_alike(&mut answers, [4, 4, 3], Answer::Agreement(agreement));
    answers
}

#[test]
fn any_sequence_of_changes_keeps_progress_valid() {
    let sequences = proptest::collection::vec(change(), 0..60);
    counted(
        file!(),
        "flagged attempts checked against their answers",
        600,
        25,
        sequences,
        |changes| {
            let mut flagged = 0;
            let mut s = Saved::new();
            for c in changes {
                match c {
                    Change::Answer(i, d) => {
                        if let Some(a) = decode(i, d) {
                            s.answer(i, a)
                        }
                    }
                    Change::Step(i) => s.set_step(i),
                    Change::Link(digits) => s.replace_answers(
                        digits
                            .iter()
                            .enumerate()
                            .map(|(i, d)| decode(i, *d))
                            .collect(),
                    ),
                    Change::LinkFlagged(digit) => s.replace_answers(flagged_manager(digit)),
                    Change::Restart => s.restart(),
                    Change::Finish(t) => {
                        // An attempt whose heading differs from its scores' own verdict (a
                        // flagged answer habit) is the one that tells the two apart below.
                        if s.finish(&format!("t{t}")) {
                            let a = run(&s.history.last().unwrap().answers);
                            flagged += usize::from(a.outcome != a.face_value);
                        }
                    }
                    Change::Delete(t) => s.delete_attempt(&format!("t{t}")),
                    Change::Shortlist(i) => {
                        s.toggle_shortlist(roles().get(i).map_or("nope", |r| r.slug))
                    }
                    Change::AddRecent => {
                        s.add_recent();
                    }
                    Change::RemoveRecent(i) => s.remove_recent(i),
                    Change::EditRecent(i, text, sat, kind) => s.edit_recent(i, |w| {
                        w.what = text;
                        w.satisfaction = Some(sat);
                        w.kind = WorkKind::ALL.get(usize::from(kind)).copied();
                    }),
                    Change::Advance(t) => {
                        let before = s.clone();
                        match s.advance(&format!("t{t}")) {
                            Advance::NeedsAnswer => prop_assert_eq!(&s, &before),
                            Advance::Moved => prop_assert_ne!(s.step, before.step),
                            Advance::Finished => {
                                prop_assert!(s.complete() && s.step == before.step)
                            }
                        }
                    }
                }
                prop_assert_eq!(s.answers.len(), questions().len());
                prop_assert!(s.step <= last_step(questions()));
                prop_assert!(s.history.len() <= MAX_HISTORY);
                prop_assert!(s.recent.len() <= MAX_ITEMS);
                prop_assert!(s.recent.iter().all(|w| w.what.chars().count() <= MAX_CHARS
                    && w.satisfaction.is_none_or(|x| (1..=5).contains(&x))));
                for (i, slug) in s.shortlist.iter().enumerate() {
                    prop_assert!(
                        !s.shortlist[..i].contains(slug),
                        "{} twice: {:?}",
                        slug,
                        s.shortlist
                    );
                }
                for (q, a) in questions().iter().zip(&s.answers) {
                    prop_assert!(a.is_none_or(|a| a.fits(q)));
                }
                // Every attempt keeps the result its own answers give.
                for a in &s.history {
                    let scored = assess(questions(), themes(), &a.answers, &[]);
                    prop_assert_eq!(
                        (a.outcome, a.management, a.technical),
                        (scored.outcome, scored.management, scored.technical)
                    );
                }
                // Whatever the changes, what is kept survives storage unchanged.
                let text = crossroads_core::store::write(questions(), &s, "now");
                prop_assert_eq!(
                    crossroads_core::store::read(questions(), &text),
                    Ok(s.clone())
                );
            }
            Ok(flagged)
        },
    );
}

#[test]
fn a_link_is_taken_only_when_nothing_here_would_be_lost() {
    use crossroads_core::link::{encode, read};
    use crossroads_core::progress::{LinkArrival, PendingLink};
    use crossroads_core::quiz::options;
    let qs = questions();
    let mut theirs = vec![None; qs.len()];
    theirs[0] = options(&qs[0]).first().copied();
    theirs[1] = options(&qs[1]).last().copied();
    let said = crossroads_core::background::Background {
        position: Some(crossroads_core::background::Position::Managing),
        field: None,
    };
    let link = || read(qs, &encode(qs, &theirs, &said)).unwrap();
    // Nothing saved yet: taken, and the quiz goes to the first open question.
    let mut fresh = Saved::new();
    fresh.background.field = Some(crossroads_core::background::Field::Civil);
    assert_eq!(
        fresh.receive_link(link()),
        LinkArrival::Applied { carried: None }
    );
    assert_eq!(fresh.answers, theirs);
    assert_eq!(fresh.step, 2);
    // The link says where they stand; what it does not say (the field) stays as saved.
    assert_eq!(fresh.background.position, said.position);
    assert_eq!(
        fresh.background.field,
        Some(crossroads_core::background::Field::Civil)
    );
    // The same answers: taken again, nothing to ask.
    assert_eq!(
        fresh.receive_link(link()),
        LinkArrival::Applied { carried: None }
    );
    // Different answers: nothing changes until the person chooses.
    let mut mine = Saved::new();
    mine.answer(0, options(&qs[0])[2]);
    let before = mine.clone();
    let arrival = mine.receive_link(link());
    assert_eq!(arrival, LinkArrival::Conflict(PendingLink(link())));
    assert_eq!(mine, before);
    let LinkArrival::Conflict(pending) = arrival else {
        unreachable!()
    };
    assert_eq!(mine.accept_link(pending), None);
    assert_eq!(mine.answers, theirs);
}

/// Every answer to every question, chosen on the pre-rendered form before the app loaded, is
/// kept as that answer by its radio's id; a tap (or number key) moves the quiz on only from the
/// question on screen, an arrow key never does; a value that names no answer, or an answer on
/// another question set, changes nothing.
#[test]
fn an_answer_chosen_before_the_app_loaded_is_kept_as_that_choice() {
    use crossroads_core::quiz::{answer_id, options, QUESTION_SET};
    use crossroads_core::store::{early_prefix, EARLY_MOVES_ON};
    let mut kept = 0;
    for (index, question) in questions().iter().enumerate() {
        for (option, answer) in options(question).into_iter().enumerate() {
            let id = format!("{}{}", early_prefix(), answer_id(index, option));
            let tap = format!("{id}{EARLY_MOVES_ON}");
            let mut on_screen = Saved::new();
            on_screen.set_step(index);
            assert!(on_screen.take_early(&tap));
            assert_eq!(on_screen.answers[index], Some(answer));
            assert_eq!(on_screen.answered(), 1);
            // After the last question, the next step is the six-months check.
            assert_eq!(on_screen.step, index + 1, "a tap moves on from {index}");

            let mut by_arrows = Saved::new();
            by_arrows.set_step(index);
            assert!(by_arrows.take_early(&id));
            assert_eq!(by_arrows.answers[index], Some(answer));
            assert_eq!(by_arrows.step, index, "an arrow key only chooses");

            let mut elsewhere = Saved::new();
            elsewhere.set_step((index + 1) % questions().len());
            assert!(elsewhere.take_early(&tap));
            assert_eq!(elsewhere.answers[index], Some(answer));
            assert_eq!(elsewhere.step, (index + 1) % questions().len());

            // The same place on another question set is another question.
            for set in [QUESTION_SET - 1, QUESTION_SET + 1] {
                let mut s = Saved::new();
                let other = format!("{set}/{}{EARLY_MOVES_ON}", answer_id(index, option));
                assert!(!s.take_early(&other), "{other:?} is from set {set}");
                assert_eq!(s, Saved::new());
            }
            // Builds of set 4 kept the choice alone, and only they did.
            let alone = format!("{}{EARLY_MOVES_ON}", answer_id(index, option));
            assert_eq!(
                Saved::new().take_early(&alone),
                QUESTION_SET == 4,
                "{alone:?}"
            );
            kept += 1;
        }
        let past = answer_id(index, options(question).len());
        for early in [
            past.as_str(),
            "",
            "+",
            "answer-",
            "answer-0",
            "answer--1-0",
            "answer-0-x",
            "x-0-0",
            "answer-0-0++",
            "/answer-0-0",
            "x/answer-0-0",
        ] {
            for early in [early.to_string(), format!("{}{early}", early_prefix())] {
                let mut s = Saved::new();
                assert!(!s.take_early(&early), "{early:?} names no answer");
                assert_eq!(s, Saved::new());
            }
        }
    }
    let past_the_end = format!("{}{}", early_prefix(), answer_id(questions().len(), 0));
    assert!(!Saved::new().take_early(&past_the_end));
    println!("early choices: {kept} answers kept by their ids, each by tap and by arrow keys");
}
