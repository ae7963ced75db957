//! The sentences that say why "What matters to you" moved a role.

#[test]
fn the_sentence_under_a_role_says_what_its_level_rests_on() {
    use crossroads_core::{
        roles,
        weigh::{weigh, Concern, Weights},
    };
    let mut seen = 0;
    for concern in Concern::ALL.into_iter().filter(|c| *c != Concern::Pay) {
        let w = Weights::default().with(concern, 4);
        for r in roles() {
            let t = concern
                .trait_of(r)
                .expect("every concern but pay is a trait");
            let ground = if t.from_sources {
                " (from the source articles)."
            } else {
                " (Crossroads' own reading)."
            };
            for reason in weigh(&w, r).reasons {
                let reason = crossroads_words::reason(reason, r);
                seen += 1;
                assert!(reason.ends_with(ground), "{}: {reason:?}", r.slug);
                let why = t.why.get();
                assert!(
                    reason.contains(why.strip_suffix('.').unwrap_or(why)),
                    "{}: {reason:?} should cite {why:?}",
                    r.slug
                );
                assert!(
                    !reason.contains("..") && !reason.contains(".)") && !reason.contains("  "),
                    "{}: {reason:?}",
                    r.slug
                );
            }
        }
    }
    assert!(seen > 0);
}
