//! The verdict's rules drawn as areas of the score plot (technical across, management up),
//! where each area's name sits, and where the person's own dot is named so that the name
//! stays in the picture and clear of every area's name.

use super::{Outcome, CLOSE, HYBRID_GAP, PULL};

/// One outcome's area of the score plot: a polygon of (technical, management) corners.
#[derive(Debug, Clone, PartialEq)]
pub struct Region {
    pub outcome: Outcome,
    pub corners: Vec<(f64, f64)>,
    /// Where the area's name sits, (technical, management): the middle of its widest part.
    pub label: (f64, f64),
}

/// The areas of the (technical, management) square where each verdict is given, built from the
/// same constants as [`outcome`] (a property test checks the two agree everywhere).
pub fn regions() -> [Region; 4] {
    let (p, c, g, top) = (PULL, CLOSE, HYBRID_GAP, 100.0);
    let management = vec![
        (0.0, p),
        (p - c, p),
        (p, p + c),
        (p, p + g),
        (top - g, top),
        (0.0, top),
    ];
    let mirror = |corners: &[(f64, f64)]| corners.iter().map(|&(t, m)| (m, t)).collect();
    let technical = mirror(&management);
    [
        Region {
            outcome: Outcome::Management,
            corners: management,
            label: ((p - c) / 2.0, (p + top) / 2.0),
        },
        Region {
            outcome: Outcome::Technical,
            corners: technical,
            label: ((p + top) / 2.0, (p - c) / 2.0),
        },
        Region {
            outcome: Outcome::Hybrid,
            label: ((p + top) / 2.0, (p + top) / 2.0),
            corners: vec![
                (p, p),
                (p + g, p),
                (top, top - g),
                (top, top),
                (top - g, top),
                (p, p + g),
            ],
        },
        Region {
            outcome: Outcome::Undecided,
            label: (p / 2.0, p / 2.0),
            corners: vec![
                (0.0, 0.0),
                (p, 0.0),
                (p, p - c),
                (p + c, p),
                (p, p),
                (p, p + c),
                (p - c, p),
                (0.0, p),
            ],
        },
    ]
}

/// The plot's picture: a 250 by 260 drawing, the square of scores inside it from (30, 30) to
/// (230, 230), technical across and management up, two drawing units a point.
pub struct Frame;

impl Frame {
    /// Where a technical score lands across.
    pub fn x(technical: f64) -> f64 {
        30.0 + technical * 2.0
    }

    /// Where a management score lands down the picture (management grows upwards).
    pub fn y(management: f64) -> f64 {
        230.0 - management * 2.0
    }

    /// Where an area's name is drawn: its text's centre and baseline.
    pub fn name_at(region: &Region) -> (f64, f64) {
        (Self::x(region.label.0), Self::y(region.label.1) + 4.0)
    }
}

/// How a text lines up on its point.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Anchor {
    Start,
    Middle,
    End,
}

/// Where the dot's name is drawn, in [`Frame`] units: its anchor point and baseline.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Spot {
    pub anchor: Anchor,
    pub x: f64,
    pub y: f64,
    /// Whether it stays in the picture and clear of the axes and of every area's name; only a
    /// name longer than any the content has could leave it `false`.
    pub clear: bool,
}

/// Widest advance of one character of the dot's name (bold 12px in the widest common font)
/// and of an area's name (semibold 11px), in [`Frame`] units: guessed on the wide side, so a
/// narrower font only leaves more room.
pub const YOU_CHAR: f64 = 8.2;
/// See [`YOU_CHAR`].
pub const NAME_CHAR: f64 = 7.4;

/// How many lines further from the dot than right under or over it its name may go.
const MOST_LINES: u32 = 8;

/// Where to name the dot at (`management`, `technical`): under it, over it, to the side with
/// more room, to the other side, or a line at a time further under or over, whichever first
/// stays in the picture, clear of the axes and of every area's name (the dot can sit anywhere; the names
/// cannot move). `you_chars` is the length of the dot's name and `names` the lengths of the
/// areas' names in [`Outcome::ALL`] order. A name wider than the picture's room is centred.
pub fn place_you(management: f64, technical: f64, you_chars: usize, names: [usize; 4]) -> Spot {
    let half = you_chars as f64 * YOU_CHAR / 2.0;
    let (dx, dy) = (Frame::x(technical), Frame::y(management));
    let areas = regions();
    let names: Vec<(f64, f64, f64)> = Outcome::ALL
        .iter()
        .zip(names)
        .filter_map(|(o, n)| {
            let r = areas.iter().find(|r| r.outcome == *o)?;
            let (x, y) = Frame::name_at(r);
            Some((x, y, n as f64 * NAME_CHAR / 2.0))
        })
        .collect();
    let (left, right) = (33.0 + half, 249.0 - half);
    let centred = if left > right {
        141.0
    } else {
        dx.max(left).min(right)
    };
    // Each spot: its anchor, anchor point, baseline and the middle of the box it would fill.
    let fits = |&(_, _, by, mid): &(Anchor, f64, f64, f64)| {
        (14.0..=222.0).contains(&by)
            && (mid == centred || (left..=right).contains(&mid))
            && names
                .iter()
                .all(|&(nx, ny, nh)| (ny - by).abs() >= 17.0 || (nx - mid).abs() >= half + nh)
    };
    let (near, far) = if dx > 140.0 {
        ((Anchor::End, dx - 12.0), (Anchor::Start, dx + 12.0))
    } else {
        ((Anchor::Start, dx + 12.0), (Anchor::End, dx - 12.0))
    };
    let beside = |(anchor, at): (Anchor, f64)| {
        let mid = if anchor == Anchor::Start {
            at + half
        } else {
            at - half
        };
        (anchor, at, dy + 4.0, mid)
    };
    let under = |lines: u32| {
        (
            Anchor::Middle,
            centred,
            dy + 22.0 + 12.0 * f64::from(lines),
            centred,
        )
    };
    let over = |lines: u32| {
        (
            Anchor::Middle,
            centred,
            dy - 12.0 - 12.0 * f64::from(lines),
            centred,
        )
    };
    let first = [under(0), over(0), beside(near), beside(far)];
    // Further out a line at a time, under then over: far enough to clear a name's line.
    let further = (1..=MOST_LINES).flat_map(|n| [under(n), over(n)]);
    let found = first.into_iter().chain(further).find(|spot| fits(spot));
    let (anchor, x, y, _) = found.unwrap_or(first[usize::from(dy > 200.0)]);
    Spot {
        anchor,
        x,
        y,
        clear: found.is_some(),
    }
}
