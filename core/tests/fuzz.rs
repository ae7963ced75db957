//! The two readers of outside input, fed 100,000 generated and mutated inputs each: the
//! progress-link decoder and the stored-data loader. Neither may panic, whatever it is given,
//! and whatever either accepts must survive being written and read again unchanged (nothing
//! accepted is half-read or lost). Seeded, so every run tries the same inputs; the counts are
//! printed.

mod common;

use common::Rng;
use crossroads_core::{
    background::{Background, Field, Position},
    link::{encode, read as read_link},
    progress::Saved,
    quiz::{options, questions},
    recent::{RecentWork, WorkKind},
    store::{load, read, write, Loaded},
    weigh::{Concern, Weights},
};

const CASES: usize = 100_000;

/// A random but valid state of progress.
fn saved(rng: &mut Rng) -> Saved {
    let mut s = Saved::new();
    for (i, q) in questions().iter().enumerate() {
        let offered = options(q);
        if rng.below(5) > 0 {
            s.answers[i] = Some(offered[rng.below(offered.len())]);
        }
    }
    s.step = rng.below(questions().len() + 1);
    for _ in 0..rng.below(4) {
        s.recent.push(RecentWork {
            what: [
                "Pump test",
                "Ran the review",
                "",
                "Ünïcode «quoted» \"text\"",
            ][rng.below(4)]
            .to_string(),
            satisfaction: [None, Some(1), Some(3), Some(5)][rng.below(4)],
            kind: [None, Some(WorkKind::People), Some(WorkKind::Both)][rng.below(3)],
        });
    }
    for c in Concern::ALL {
        s.weights = s.weights.with(c, rng.below(5) as u8);
    }
    s.background = Background {
        position: [None, Some(Position::Managing), Some(Position::Studying)][rng.below(3)],
        field: [None, Some(Field::Civil), Some(Field::Other)][rng.below(3)],
    };
    if rng.below(2) == 0 {
        s.plan.start("2026-11-20");
        s.plan.set_note("shadow-a-manager", "went well");
    }
    if rng.below(2) == 0 {
        s.toggle_shortlist("civil-engineer");
    }
    s
}

/// `text` changed in one to four random ways.
fn mutate(rng: &mut Rng, text: &str) -> String {
    const BYTES: &[u8] = b"0123456789azAZ-_.#{}[]\":, \\\n\x00q";
    let mut bytes = text.as_bytes().to_vec();
    for _ in 0..=rng.below(4) {
        let at = rng.below(bytes.len() + 1);
        match rng.below(6) {
            0 if at < bytes.len() => bytes[at] ^= 1 << rng.below(8),
            1 => bytes.insert(at, BYTES[rng.below(BYTES.len())]),
            2 if at < bytes.len() => {
                bytes.remove(at);
            }
            3 => bytes.truncate(at),
            4 if at < bytes.len() => {
                let end = (at + rng.below(12)).min(bytes.len());
                let copy = bytes[at..end].to_vec();
                bytes.splice(at..at, copy);
            }
            _ => {
                let other = rng.below(bytes.len() + 1);
                if other < bytes.len() && at < bytes.len() {
                    bytes.swap(at, other);
                }
            }
        }
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

#[test]
fn the_link_decoder_never_panics_and_loses_nothing_it_accepts() {
    let mut rng = Rng(21);
    let (mut accepted, mut mutated_accepted, mut refused) = (0, 0, 0);
    for i in 0..CASES {
        let s = saved(&mut rng);
        let link = encode(questions(), &s.answers, &s.background);
        let input = if i % 10 == 0 {
            link.clone()
        } else {
            mutate(&mut rng, &link)
        };
        match read_link(questions(), &input) {
            Ok(got) => {
                accepted += 1;
                if input == link {
                    assert_eq!((&got.answers, &got.background), (&s.answers, &s.background));
                } else {
                    mutated_accepted += 1;
                }
                // What was accepted reads back the same once written again.
                let again = encode(questions(), &got.answers, &got.background);
                let back = read_link(questions(), &again).unwrap();
                assert_eq!(
                    (back.answers, back.background),
                    (got.answers, got.background)
                );
            }
            Err(_) => refused += 1,
        }
    }
    println!(
        "links: {CASES} inputs, {accepted} accepted ({mutated_accepted} of them changed), {refused} refused with a reason"
    );
    // The unchanged tenth alone would meet a floor on everything accepted: the round trip must
    // also have run on many changed inputs.
    assert!(accepted >= CASES / 10 && refused > 0);
    assert!(mutated_accepted >= CASES / 50, "{mutated_accepted}");
}

#[test]
fn the_stored_data_loader_never_panics_and_loses_nothing_it_accepts() {
    let mut rng = Rng(22);
    let (mut accepted, mut mutated_accepted, mut refused) = (0, 0, 0);
    for i in 0..CASES {
        let s = saved(&mut rng);
        let text = write(questions(), &s, "2026-12-06T10:00:00.000Z");
        let input = if i % 10 == 0 {
            text.clone()
        } else {
            mutate(&mut rng, &text)
        };
        match load(questions(), Some(&input)) {
            Loaded::Ready(got) => {
                accepted += 1;
                if input == text {
                    assert_eq!(got, s);
                } else {
                    mutated_accepted += 1;
                }
                let again = write(questions(), &got, "x");
                assert_eq!(read(questions(), &again), Ok(got));
            }
            Loaded::Corrupt { .. } => refused += 1,
            Loaded::Newer { .. } | Loaded::Empty => refused += 1,
        }
    }
    println!(
        "stored data: {CASES} inputs, {accepted} accepted ({mutated_accepted} of them changed), {refused} refused with a reason"
    );
    assert!(accepted >= CASES / 10 && refused > 0);
    assert!(mutated_accepted >= CASES / 50, "{mutated_accepted}");
    // Weights of every setting survive too.
    let w = Weights::default().with(Concern::Pressure, 4);
    assert_eq!(Weights::from_param(&w.to_param()), Some(w));
}
