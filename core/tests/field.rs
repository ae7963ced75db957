//! Roles that fit your field: for each field and a technical lean, the first technical role
//! offered is that field's own; other disciplines are marked as a change of field; management
//! roles stay where their fit puts them.

mod common;

use common::{keyed_answers, keyed_answers3};
use crossroads_core::{
    background::Field,
    fit::{for_field, match_roles},
    quiz::{questions, themes},
    roles,
    scoring::{assess, Assessment},
    TrackKind,
};

fn persona(m: u8, t: u8) -> Assessment {
    assess(questions(), themes(), &keyed_answers(m, t), &[])
}

#[test]
fn your_own_field_comes_first_among_technical_roles() {
    for lean in [
        persona(1, 3),
        persona(0, 4),
        persona(1, 4),
        persona(3, 3),
        persona(4, 1),
    ] {
        let plain = match_roles(&lean, roles());
        for field in Field::ALL {
            let ranked = for_field(plain.clone(), Some(field));
            assert_eq!(ranked.len(), roles().len());
            let first_technical = ranked
                .iter()
                .find(|m| m.role.track == TrackKind::Technical)
                .unwrap();
            match field.own_role() {
                Some(own) => assert_eq!(first_technical.role.slug, own, "{field:?}"),
                None => assert_eq!(ranked, plain, "another field changes nothing"),
            }
            for (i, m) in ranked.iter().enumerate() {
                // Management roles keep their places; only technical roles of another
                // discipline are a change of field.
                if m.role.track == TrackKind::Management {
                    assert_eq!(m.role.slug, plain[i].role.slug);
                }
                assert_eq!(
                    m.change_of_field,
                    field.own_role().is_some()
                        && m.role.track == TrackKind::Technical
                        && !m.role.bridge
                        && Some(m.role.slug) != field.own_role(),
                    "{field:?} {}",
                    m.role.slug
                );
            }
        }
        assert_eq!(for_field(plain.clone(), None), plain, "no field, no change");
        // Apart from the own field's role, the technical roles stay in order of fit.
        for field in Field::ALL {
            let fits: Vec<f64> = for_field(plain.clone(), Some(field))
                .iter()
                .filter(|m| {
                    m.role.track == TrackKind::Technical && Some(m.role.slug) != field.own_role()
                })
                .map(|m| m.fit)
                .collect();
            assert!(fits.windows(2).all(|w| w[0] >= w[1]), "{field:?}: {fits:?}");
        }
    }
}

/// The fit as /method describes it, worked by hand for answers whose numbers are easy to
/// follow: three quarters from the track (a role's own score less a fifth of the other's; for a
/// bridge role half its own, a quarter the other's and a quarter how even the two are; for a
/// role that carries technical leadership, three fifths of that and two fifths the leadership
/// score), one quarter from the self-ratings on the role's skills.
#[test]
fn the_fit_is_made_of_its_two_parts() {
    let fits = |a: &Assessment| -> Vec<(bool, bool, f64)> {
        match_roles(a, roles())
            .iter()
            .map(|m| (m.role.bridge, m.role.leads, m.fit))
            .collect()
    };
    // Everything Neutral: no verdict, every score taken as 50, every skill rated half.
    // Plain role: 0.75 x (50 - 10) + 0.25 x 50 = 42.5.
    // Bridge role: 0.75 x (25 + 12.5 + 25) + 0.25 x 50 = 59.375.
    // Leading role: 0.75 x (0.6 x 40 + 0.4 x 50) + 0.25 x 50 = 45.5.
    // Leading bridge role: 0.75 x (0.6 x 62.5 + 0.4 x 50) + 0.25 x 50 = 55.625.
    // Top marks on every scale: 100, 100 and 100, every skill rated fully.
    // Plain role: 0.75 x (100 - 20) + 0.25 x 100 = 85.
    // Bridge role: 0.75 x (50 + 25 + 25) + 0.25 x 100 = 100.
    // Leading role: 0.75 x (0.6 x 80 + 0.4 x 100) + 0.25 x 100 = 91.
    // Leading bridge role: 0.75 x (0.6 x 100 + 0.4 x 100) + 0.25 x 100 = 100.
    for (p, [plain, bridge, leading, leading_bridge]) in [
        (2, [42.5, 59.375, 45.5, 55.625]),
        (4, [85.0, 100.0, 91.0, 100.0]),
    ] {
        let a = assess(questions(), themes(), &keyed_answers3(p, p, p), &[]);
        for (is_bridge, leads, fit) in fits(&a) {
            let expected = match (is_bridge, leads) {
                (false, false) => plain,
                (true, false) => bridge,
                (false, true) => leading,
                (true, true) => leading_bridge,
            };
            assert!((fit - expected).abs() < 1e-9, "{p}: {fit} for {expected}");
        }
    }
    // All for one track: a plain role of that track fits at least by its track part (75) and
    // one of the other track at most by its skills part (25), whatever the ratings.
    for (m, t, track) in [(4, 0, TrackKind::Management), (0, 4, TrackKind::Technical)] {
        for r in match_roles(&persona(m, t), roles()) {
            // Bridge and leading roles mix in other scores: worked above.
            if r.role.bridge || r.role.leads {
                continue;
            }
            if r.role.track == track {
                assert!(
                    (75.0..=100.0).contains(&r.fit),
                    "{}: {}",
                    r.role.slug,
                    r.fit
                );
            } else {
                assert!((0.0..=25.0).contains(&r.fit), "{}: {}", r.role.slug, r.fit);
            }
        }
    }
}

#[test]
fn the_listed_order_is_the_ranking_then_the_field() {
    use crossroads_core::{
        fit::listed,
        weigh::{rank, Concern, Weights},
    };
    let a = persona(1, 4);
    let matches = match_roles(&a, roles());
    // No preference: the field's order of the fits.
    let plain: Vec<_> = listed(&matches, &Weights::default(), Some(Field::Civil))
        .into_iter()
        .map(|l| l.fit)
        .collect();
    assert_eq!(plain, for_field(matches.clone(), Some(Field::Civil)));
    // With a preference: the weighted ranking, then the field's order among technical roles.
    let w = Weights::default().with(Concern::Pay, 4);
    let shown = listed(&matches, &w, Some(Field::Civil));
    let first_technical = shown
        .iter()
        .find(|l| l.fit.role.track == TrackKind::Technical)
        .unwrap();
    assert_eq!(first_technical.fit.role.slug, "civil-engineer");
    let usual: Vec<_> = matches.iter().map(|m| m.role).collect();
    let fits: Vec<f64> = matches.iter().map(|m| m.fit).collect();
    let ranked = rank(&w, &usual, Some(&fits));
    for (l, r) in shown.iter().zip(&ranked) {
        if l.fit.role.track == TrackKind::Management {
            assert_eq!(
                l.fit.role.slug, r.weighed.role.slug,
                "management roles keep the ranking"
            );
        }
        let r = l.ranked.as_ref().unwrap();
        assert_eq!(
            l.fit.role.slug, r.weighed.role.slug,
            "each row's number is its own"
        );
    }
}
