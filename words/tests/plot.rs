//! The dot's name on the score plot, placed by `crossroads_core::scoring::place_you`, is checked
//! for every pair of whole scores, with and without a verdict, in every language: it stays in
//! the picture, off the axes, off the dot and off every area's name. The check draws its own
//! boxes from the text's size rather than trusting the placement's arithmetic.

use crossroads_core::{
    prose::{in_language, LANGUAGES},
    scoring::{outcome, place_you, regions, Anchor, Frame, Scores, NAME_CHAR, PULL, YOU_CHAR},
};
use crossroads_words::{area, plot_you};

/// A box: left, right, top, bottom.
type Box = (f64, f64, f64, f64);

fn overlap(a: Box, b: Box) -> bool {
    a.0 < b.1 && b.0 < a.1 && a.2 < b.3 && b.2 < a.3
}

/// The box a text fills: a capital's height above the baseline, a descender's below.
fn text_box(anchor: Anchor, x: f64, baseline: f64, width: f64, size: f64) -> Box {
    let left = match anchor {
        Anchor::Start => x,
        Anchor::Middle => x - width / 2.0,
        Anchor::End => x - width,
    };
    (
        left,
        left + width,
        baseline - 0.75 * size,
        baseline + 0.25 * size,
    )
}

#[test]
fn the_dots_name_is_clear_of_everything_at_every_score() {
    for code in LANGUAGES {
        in_language(code, || {
            let (mut placed, mut beside, mut further, mut furthest) = (0, 0, 0, 0.0_f64);
            // Leadership only names the technical lead's area and the dot's verdict by whether
            // it pulls: one score each side of the line covers every picture.
            for l in [PULL - 1.0, PULL] {
                let regions = regions(l);
                let names: Vec<Box> = regions
                    .iter()
                    .map(|r| {
                        let (x, y) = Frame::name_at(r.outcome);
                        let width = area(r.outcome).chars().count() as f64 * NAME_CHAR;
                        text_box(Anchor::Middle, x, y, width, 11.0)
                    })
                    .collect();
                let lengths = regions.each_ref().map(|r| area(r.outcome).chars().count());
                for m in 0..=100 {
                    for t in 0..=100 {
                        let (m, t) = (f64::from(m), f64::from(t));
                        for carries in [true, false] {
                            let you = plot_you(
                                outcome(Scores {
                                    management: m,
                                    technical: t,
                                    leadership: l,
                                }),
                                carries,
                            );
                            let width = you.chars().count() as f64 * YOU_CHAR;
                            let spot = place_you(m, t, you.chars().count(), lengths);
                            assert!(spot.clear, "{code} ({m}, {t}) {you:?}: no clear spot");
                            let b = text_box(spot.anchor, spot.x, spot.y, width, 12.0);
                            let (dx, dy) = (Frame::x(t), Frame::y(m));
                            let where_ = format!("{code} ({m}, {t}) {you:?} at {b:?}");
                            assert!(b.0 >= 31.0 && b.1 <= 250.0, "{where_}: off the sides");
                            assert!(
                                b.2 >= 0.0 && b.3 <= 229.0,
                                "{where_}: off the top or on the axis"
                            );
                            assert!(
                                !overlap(b, (dx - 7.0, dx + 7.0, dy - 7.0, dy + 7.0)),
                                "{where_}: covers the dot"
                            );
                            for n in &names {
                                assert!(!overlap(b, *n), "{where_}: covers an area name at {n:?}");
                            }
                            placed += 1;
                            if spot.anchor != Anchor::Middle {
                                beside += 1;
                            } else if (spot.y - dy).abs() > 22.0 {
                                further += 1;
                                furthest = furthest.max(b.2.max(dy) - b.3.min(dy));
                            }
                        }
                    }
                }
            }
            println!(
                "{code}: the dot's name placed clear {placed} times: {beside} beside the dot, \
                 {further} a line or more further away (its nearest edge at most {furthest:.0} \
                 units from the dot's centre), the rest right under or over it"
            );
        });
    }
}
