//! The last-six-months check: what the work that actually satisfied a person says, beside what
//! their answers say (stated versus revealed).
//!
//! A person names up to [`MAX_ITEMS`] pieces of recent work, rates how satisfying each was and
//! says whether it was mostly people and coordination, mostly hands-on technical work, both,
//! or setting direction for others' technical work (reviewing or aligning it). Each piece
//! counts for its kind by how satisfying it was, from -2 (very unsatisfying) to +2 (very
//! satisfying); "both" splits that evenly, and setting technical direction counts as technical
//! work, since it leads the engineering without managing anyone. The revealed lean is the
//! people total minus the technical total.
//!
//! The text is the person's own and never leaves the device: it is not in progress links.

use crate::TrackKind;

/// Most pieces of work one check holds.
pub const MAX_ITEMS: usize = 5;
/// Longest description kept, in characters; longer input is cut.
pub const MAX_CHARS: usize = 80;
/// Fewest complete pieces of work rated other than "Neither" before the check is compared with
/// the answers: one piece is too little to contradict thirty-odd statements.
pub const MIN_TO_COMPARE: usize = 2;
/// A revealed lean of at least this many points (one step of satisfaction) names a side.
pub const SIDE: f64 = 1.0;

/// What a piece of work mostly was.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WorkKind {
    /// Mostly people and coordination.
    People,
    /// Mostly hands-on technical work.
    Technical,
    /// Both in similar measure.
    Both,
    /// Setting direction for other people's technical work: reviewing or aligning it.
    Direction,
}

impl WorkKind {
    /// Every kind, in the order offered.
    pub const ALL: [WorkKind; 4] = [
        WorkKind::People,
        WorkKind::Technical,
        WorkKind::Both,
        WorkKind::Direction,
    ];

    /// The identifier used in stored data.
    pub fn slug(self) -> &'static str {
        match self {
            WorkKind::People => "people",
            WorkKind::Technical => "technical",
            WorkKind::Both => "both",
            WorkKind::Direction => "direction",
        }
    }

    /// Parses [`WorkKind::slug`] back.
    pub fn from_slug(slug: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.slug() == slug)
    }
}

/// The satisfaction ratings run from 1 (very unsatisfying) to this (very satisfying).
pub const SATISFACTION_TOP: u8 = 5;

/// One piece of recent work, possibly not filled in completely yet.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct RecentWork {
    /// The person's own short description; see [`clean`].
    pub what: String,
    /// 1 to [`SATISFACTION_TOP`].
    pub satisfaction: Option<u8>,
    pub kind: Option<WorkKind>,
}

impl RecentWork {
    /// Whether it has a description, a rating and a kind, so it counts.
    pub fn is_complete(&self) -> bool {
        !self.what.trim().is_empty()
            && self.satisfaction.is_some_and(|s| (1..=5).contains(&s))
            && self.kind.is_some()
    }

    /// Whether nothing was filled in.
    pub fn is_blank(&self) -> bool {
        self.what.is_empty() && self.satisfaction.is_none() && self.kind.is_none()
    }

    /// How much it counts towards (people, technical): -2 to +2 split by kind; `None` unless
    /// complete.
    fn weights(&self) -> Option<(f64, f64)> {
        if !self.is_complete() {
            return None;
        }
        let w = f64::from(self.satisfaction.filter(|s| (1..=5).contains(s))?) - 3.0;
        Some(match self.kind? {
            WorkKind::People => (w, 0.0),
            WorkKind::Technical | WorkKind::Direction => (0.0, w),
            WorkKind::Both => (w / 2.0, w / 2.0),
        })
    }
}

/// Free text as it is kept: control characters become spaces, runs of white space collapse,
/// the ends are trimmed and the length is capped at [`MAX_CHARS`] characters. It is always
/// shown as text, never as markup.
pub fn clean(text: &str) -> String {
    let spaced: String = text
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    let capped: String = spaced
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .chars()
        .take(MAX_CHARS)
        .collect();
    // The cut can land just after a space.
    capped.trim_end().to_string()
}

/// What the recent work says.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Revealed {
    /// Satisfaction points for people work.
    pub people: f64,
    /// Satisfaction points for technical work.
    pub technical: f64,
    /// Complete pieces of work counted.
    pub counted: usize,
    /// Of those, the ones rated other than "Neither".
    pub rated: usize,
    /// Pieces rated satisfying (above "Neither") that were people work, and technical work;
    /// a piece of both kinds counts for each.
    pub satisfying: [usize; 2],
    /// The same for pieces rated unsatisfying (below "Neither").
    pub unsatisfying: [usize; 2],
}

impl Revealed {
    /// People points minus technical points.
    pub fn lean(&self) -> f64 {
        self.people - self.technical
    }

    /// The track the recent work favours; `None` when it is balanced.
    pub fn side(&self) -> Option<TrackKind> {
        match self.lean() {
            l if l >= SIDE => Some(TrackKind::Management),
            l if l <= -SIDE => Some(TrackKind::Technical),
            _ => None,
        }
    }

    /// Whether there is enough of it to compare with the answers: [`MIN_TO_COMPARE`] rated
    /// pieces.
    pub fn comparable(&self) -> bool {
        self.rated >= MIN_TO_COMPARE
    }

    /// The kind of work that satisfied the person, when every satisfying piece was of that one
    /// kind (people work for management, technical work for technical).
    pub fn only_satisfying_kind(&self) -> Option<TrackKind> {
        match self.satisfying {
            [p, 0] if p > 0 => Some(TrackKind::Management),
            [0, t] if t > 0 => Some(TrackKind::Technical),
            _ => None,
        }
    }

    /// Whether some satisfying piece was of the kind that belongs to `track`.
    pub fn satisfied_by(&self, track: TrackKind) -> bool {
        self.satisfying[track_index(track)] > 0
    }

    /// Whether some unsatisfying piece was of the kind that belongs to `track`.
    pub fn drained_by(&self, track: TrackKind) -> bool {
        self.unsatisfying[track_index(track)] > 0
    }
}

fn track_index(track: TrackKind) -> usize {
    match track {
        TrackKind::Management => 0,
        TrackKind::Technical => 1,
    }
}

/// The revealed lean of the complete pieces of work; `None` when none is complete.
pub fn reveal(items: &[RecentWork]) -> Option<Revealed> {
    let weights: Vec<(f64, f64)> = items.iter().filter_map(RecentWork::weights).collect();
    if weights.is_empty() {
        return None;
    }
    let mut satisfying = [0, 0];
    let mut unsatisfying = [0, 0];
    for &(p, t) in &weights {
        for (i, w) in [p, t].into_iter().enumerate() {
            if w > 0.0 {
                satisfying[i] += 1;
            } else if w < 0.0 {
                unsatisfying[i] += 1;
            }
        }
    }
    Some(Revealed {
        people: weights.iter().map(|w| w.0).sum(),
        technical: weights.iter().map(|w| w.1).sum(),
        counted: weights.len(),
        rated: weights
            .iter()
            .filter(|(p, t)| *p != 0.0 || *t != 0.0)
            .count(),
        satisfying,
        unsatisfying,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn work(satisfaction: u8, kind: WorkKind) -> RecentWork {
        RecentWork {
            what: "x".into(),
            satisfaction: Some(satisfaction),
            kind: Some(kind),
        }
    }

    #[test]
    fn satisfying_work_counts_for_its_kind_and_unsatisfying_against_it() {
        let r = reveal(&[work(5, WorkKind::Technical), work(4, WorkKind::People)]).unwrap();
        assert_eq!(
            (r.people, r.technical, r.counted, r.rated),
            (1.0, 2.0, 2, 2)
        );
        assert_eq!(r.side(), Some(TrackKind::Technical));
        assert_eq!(r.satisfying, [1, 1]);
        assert_eq!(r.only_satisfying_kind(), None);
        // A draining people task counts against people work.
        let r = reveal(&[work(1, WorkKind::People), work(3, WorkKind::Technical)]).unwrap();
        assert_eq!(r.lean(), -2.0);
        assert_eq!(r.side(), Some(TrackKind::Technical));
        // "Both" splits evenly and names no side on its own.
        let r = reveal(&[work(5, WorkKind::Both), work(5, WorkKind::Both)]).unwrap();
        assert_eq!((r.people, r.technical), (2.0, 2.0));
        assert_eq!(r.side(), None);
        assert_eq!(r.satisfying, [2, 2]);
        // A "Neither" piece counts but is not rated.
        let r = reveal(&[work(3, WorkKind::People), work(5, WorkKind::Technical)]).unwrap();
        assert_eq!((r.counted, r.rated), (2, 1));
        assert!(!r.comparable());
        assert_eq!(r.only_satisfying_kind(), Some(TrackKind::Technical));
    }

    #[test]
    fn incomplete_items_do_not_count() {
        assert_eq!(reveal(&[]), None);
        let partial = RecentWork {
            what: "Design review".into(),
            satisfaction: Some(5),
            kind: None,
        };
        assert!(!partial.is_complete());
        assert_eq!(reveal(std::slice::from_ref(&partial)), None);
        let r = reveal(&[partial, work(4, WorkKind::People)]).unwrap();
        assert_eq!(r.counted, 1);
        assert!(!r.comparable());
        // A rating and a kind without a description is not complete either.
        let unnamed = RecentWork {
            what: "  ".into(),
            ..work(5, WorkKind::People)
        };
        assert!(!unnamed.is_complete());
        assert_eq!(reveal(&[unnamed]), None);
        assert!(RecentWork::default().is_blank());
    }

    #[test]
    fn text_is_cleaned_and_capped() {
        assert_eq!(
            clean("  Led the\tpump\nredesign  "),
            "Led the pump redesign"
        );
        assert_eq!(clean("a\u{0}b"), "a b");
        assert_eq!(clean(&"é".repeat(200)).chars().count(), MAX_CHARS);
        assert_eq!(
            clean("<b>bold</b>"),
            "<b>bold</b>",
            "kept as text, shown as text"
        );
        let cut_after_space = format!("{} tail", "a".repeat(MAX_CHARS - 1));
        assert_eq!(clean(&cut_after_space), "a".repeat(MAX_CHARS - 1));
        assert_eq!(clean(&clean(&cut_after_space)), clean(&cut_after_space));
    }
}
