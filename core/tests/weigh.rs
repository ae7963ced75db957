//! "What matters to you" never works against the person: every one of the 5^7 settings of the
//! seven controls, every one-notch move of each, on /roles (no quiz fit) and on the result page
//! of a clear manager, a clear engineer and a hybrid.

mod common;

use common::keyed_answers;
use crossroads_core::{
    fit::match_roles,
    quiz::{questions, themes},
    roles,
    scoring::assess,
    weigh::{order, rank, Concern, Weights},
    Role,
};

/// A quiz answered with `m` and `t` keyed points (0-4) per scale: the roles in order of fit,
/// and their fits.
fn fits_of(m: u8, t: u8) -> (Vec<&'static Role>, Vec<f64>) {
    let answers = keyed_answers(m, t);
    let a = assess(questions(), themes(), &answers, &[]);
    let matches = match_roles(&a, roles());
    (
        matches.iter().map(|m| m.role).collect(),
        matches.iter().map(|m| m.fit).collect(),
    )
}

/// Every setting of the seven controls.
fn every_setting() -> impl Iterator<Item = Weights> {
    (0..5u32.pow(7)).map(|mut n| {
        let mut w = Weights::default();
        for c in Concern::ALL {
            w = w.with(c, (n % 5) as u8);
            n /= 5;
        }
        w
    })
}

/// A role's value on a concern as the ranking reads it: a role without a figure (pay, where the
/// sources give no salary) sits at the average of the roles that have one.
fn value(c: Concern, role: &Role) -> f64 {
    c.value(role).unwrap_or_else(|| {
        let known: Vec<f64> = roles().iter().filter_map(|r| c.value(r)).collect();
        known.iter().sum::<f64>() / known.len() as f64
    })
}

#[test]
fn a_notch_moves_roles_only_through_its_own_concern() {
    type Page = (&'static str, Vec<&'static Role>, Option<Vec<f64>>);
    let pages: Vec<Page> = vec![
        ("/roles", roles().iter().collect(), None),
        ("clear manager", fits_of(4, 0).0, Some(fits_of(4, 0).1)),
        ("clear engineer", fits_of(0, 4).0, Some(fits_of(0, 4).1)),
        ("hybrid", fits_of(3, 3).0, Some(fits_of(3, 3).1)),
    ];
    for (page, usual, fits) in &pages {
        let (mut moves, mut reorders) = (0u64, 0u64);
        for w in every_setting() {
            let before = order(&w, usual, fits.as_deref());
            let place = |o: &[(usize, f64)]| {
                let mut at = vec![0; o.len()];
                for (i, (was, _)) in o.iter().enumerate() {
                    at[*was] = i;
                }
                at
            };
            let at_before = place(&before);
            for c in Concern::ALL {
                let step = w.get(c);
                if step == 4 {
                    continue;
                }
                let raised = w.with(c, step + 1);
                let after = order(&raised, usual, fits.as_deref());
                let at_after = place(&after);
                moves += 1;
                if at_after != at_before {
                    reorders += 1;
                }
                for a in 0..usual.len() {
                    for b in 0..usual.len() {
                        let (va, vb) = (value(c, usual[a]), value(c, usual[b]));
                        // Raising: a role worse on the concern never overtakes a better one.
                        // Read backwards, lowering: a better one never overtakes a worse one.
                        // Equal on it: their order stays.
                        if va >= vb && at_before[a] < at_before[b] {
                            assert!(
                                at_after[a] < at_after[b],
                                "{page}: raising {c:?} at {} let {} overtake {}",
                                w.to_param(),
                                usual[b].slug,
                                usual[a].slug
                            );
                        }
                    }
                }
            }
        }
        println!("{page}: {moves} one-notch moves checked, {reorders} of them changed the order");
        assert!(reorders > 0, "{page}: the controls do something");
    }
}

#[test]
fn pay_alone_at_its_top_ranks_the_best_paid_role_first() {
    let w = Weights::default().with(Concern::Pay, 4);
    let usual: Vec<&'static Role> = roles().iter().collect();
    let best = roles().iter().max_by_key(|r| r.salary).unwrap();
    assert_eq!(rank(&w, &usual, None)[0].weighed.role.slug, best.slug);
}

#[test]
fn the_default_shows_the_usual_order_with_no_reasons() {
    for (usual, fits) in [fits_of(4, 0), fits_of(0, 4), fits_of(3, 3)] {
        let ranked = rank(&Weights::default(), &usual, Some(&fits));
        for (i, r) in ranked.iter().enumerate() {
            assert_eq!(r.was, i);
            assert!(r.weighed.reasons.is_empty());
            assert_eq!(
                r.score,
                fits[i].round(),
                "the number shown is the fit alone"
            );
        }
    }
}

#[test]
fn reasons_name_only_the_concerns_the_person_set() {
    let usual: Vec<&'static Role> = roles().iter().collect();
    for c in Concern::ALL {
        let w = Weights::default().with(c, 3);
        for r in rank(&w, &usual, None) {
            assert!(
                r.weighed.reasons.len() <= 1,
                "{c:?}: {:?}",
                r.weighed.reasons
            );
        }
        // The order rank gives is the order this test checked exhaustively.
        let o: Vec<usize> = order(&w, &usual, None)
            .into_iter()
            .map(|(i, _)| i)
            .collect();
        let r: Vec<usize> = rank(&w, &usual, None).into_iter().map(|r| r.was).collect();
        assert_eq!(o, r);
    }
}
