//! The verdict's rules drawn as areas of the score plot (technical across, management up),
//! where each area's name sits, and where the person's own dot is named so that the name
//! stays in the picture and clear of every area's name.

use super::{outcome, Outcome, Scores, CLOSE, HYBRID_GAP, PULL};

/// One outcome's area of the score plot: a polygon of (technical, management) corners.
#[derive(Debug, Clone, PartialEq)]
pub struct Region {
    pub outcome: Outcome,
    pub corners: Vec<(f64, f64)>,
    /// Where the area's name sits, (technical, management): the middle of its widest part.
    pub label: (f64, f64),
}

/// Where an outcome's area has its name, (technical, management): the middle of its widest
/// part.
fn label(o: Outcome) -> (f64, f64) {
    let (p, c, top) = (PULL, CLOSE, 100.0);
    match o {
        Outcome::Management => ((p - c) / 2.0, (p + top) / 2.0),
        Outcome::Technical | Outcome::Leadership => ((p + top) / 2.0, (p - c) / 2.0),
        Outcome::Hybrid => ((p + top) / 2.0, (p + top) / 2.0),
        Outcome::Undecided => (p / 2.0, p / 2.0),
    }
}

/// The areas of the (technical, management) square where each verdict is given to someone
/// whose leadership score is `leadership`, built from the same constants as [`super::Rule`] (a
/// property test checks the two agree everywhere): management, the technical lead (technical
/// leadership when leadership pulls, hands-on technical work otherwise), hybrid, undecided.
pub fn regions(leadership: f64) -> [Region; 4] {
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
    let ahead = outcome(Scores {
        management: 0.0,
        technical: top,
        leadership,
    });
    [
        Region {
            outcome: Outcome::Management,
            corners: management,
            label: label(Outcome::Management),
        },
        Region {
            outcome: ahead,
            corners: technical,
            label: label(ahead),
        },
        Region {
            outcome: Outcome::Hybrid,
            label: label(Outcome::Hybrid),
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
            label: label(Outcome::Undecided),
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

    /// Where an outcome's area has its name drawn: the text's centre and baseline.
    pub fn name_at(o: Outcome) -> (f64, f64) {
        let (t, m) = label(o);
        (Self::x(t), Self::y(m) + 4.0)
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

/// The areas' outcomes in [`regions`]' order, for where their names sit (technical
/// leadership's sits where hands-on technical work's does).
const AREAS: [Outcome; 4] = [
    Outcome::Management,
    Outcome::Technical,
    Outcome::Hybrid,
    Outcome::Undecided,
];

/// How many lines further from the dot than right under or over it its name may go.
const MOST_LINES: u32 = 8;

/// Where to name the dot at (`management`, `technical`): under it, over it, to the side with
/// more room, to the other side, or a line at a time further under or over, whichever first
/// stays in the picture, clear of the axes and of every area's name (the dot can sit anywhere;
/// the names cannot move). `you_chars` is the length of the dot's name and `names` the lengths
/// of the areas' names in [`regions`]' order. A name wider than the picture's room is centred.
pub fn place_you(management: f64, technical: f64, you_chars: usize, names: [usize; 4]) -> Spot {
    let half = you_chars as f64 * YOU_CHAR / 2.0;
    let (dx, dy) = (Frame::x(technical), Frame::y(management));
    let (left, right) = (33.0 + half, 249.0 - half);
    let centred = if left > right {
        141.0
    } else {
        dx.max(left).min(right)
    };
    // A baseline and the middle of the box the name would fill there.
    let clear = |by: f64, mid: f64| {
        (14.0..=222.0).contains(&by)
            && (mid == centred || (left..=right).contains(&mid))
            && AREAS.iter().zip(names).all(|(o, n)| {
                let (nx, ny) = Frame::name_at(*o);
                (ny - by).abs() >= 17.0 || (nx - mid).abs() >= half + n as f64 * NAME_CHAR / 2.0
            })
    };
    // Beside the dot, the side with more room first.
    let toward = if dx > 140.0 { -1.0 } else { 1.0 };
    let spot = |i: u32| match i {
        0 => (Anchor::Middle, centred, dy + 22.0),
        1 => (Anchor::Middle, centred, dy - 12.0),
        2 | 3 => {
            let side = if i == 2 { toward } else { -toward };
            let anchor = if side > 0.0 {
                Anchor::Start
            } else {
                Anchor::End
            };
            (anchor, dx + 12.0 * side, dy + 4.0)
        }
        // Further out a line at a time, under then over: far enough to clear a name's line.
        _ => {
            let lines = f64::from((i - 2) / 2);
            let y = if i.is_multiple_of(2) {
                dy + 22.0 + 12.0 * lines
            } else {
                dy - 12.0 - 12.0 * lines
            };
            (Anchor::Middle, centred, y)
        }
    };
    let found = (0..4 + 2 * MOST_LINES).map(spot).find(|&(anchor, x, y)| {
        let mid = match anchor {
            Anchor::Start => x + half,
            Anchor::End => x - half,
            Anchor::Middle => x,
        };
        clear(y, mid)
    });
    let (anchor, x, y) = found.unwrap_or(spot(u32::from(dy > 200.0)));
    Spot {
        anchor,
        x,
        y,
        clear: found.is_some(),
    }
}
