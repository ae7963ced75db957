//! How answers become a result. Every rule that decides or qualifies an outcome is in this
//! folder, as a named constant, and the "How the score works" page states them from here.
//!
//! - **Scores.** Each statement scores 0-4 points (Strongly disagree = 0 ... Strongly agree = 4,
//!   reversed for statements keyed `Disagree`). A scale's score is its points as a percentage of
//!   the most it could have had over the statements answered ("does not apply" is left out),
//!   rounded to a whole number ([`scale_score`], integer arithmetic): 0 to 100, [`NEUTRAL`] when
//!   every answer is Neutral. The rules below apply to the rounded scores, so what the page
//!   shows is what was judged.
//! - **Verdict** ([`Rule`], [`outcome`]): a track needs real pull, its scale at [`PULL`] or
//!   more and [`CLOSE`] points ahead; both at [`PULL`] or more and within [`HYBRID_GAP`] is a
//!   hybrid; anything else is undecided. [`regions`] draws the same rules as areas of the plot.
//! - **Answer style** ([`QualityIssue`]): when the answers cannot carry a verdict (the same
//!   answer throughout, mostly Neutral, agreeing or disagreeing whatever is said, or answering
//!   opposite statements alike), the result shown is "Undecided", with the scores still given
//!   at face value.
//! - **Strength** ([`strength`]): the smaller of what the lead and the pull support.
//! - **Confidence**: low with a weak basis, with two cautions, or when a single answer could
//!   change the verdict; medium with one [`Caution`]; high otherwise. Cautions are judged
//!   against the verdict given: how few answers would have to change to change it
//!   ([`margin`], exact), answers pulling against a scale the verdict rests on, either-or
//!   choices or recent work that point the other way. None of them can be set off by answering
//!   more firmly in the verdict's direction.
//! - **Effects**: how far each answer moved its scale away from [`NEUTRAL`]. They add up to the
//!   lean before rounding, so "why this result" is an exact account, not an estimate.
//! - Either-or choices do **not** enter the scores; they only cross-check the verdict.
//!
//! The folder holds one job per file: this file the scores and the verdict's rules,
//! [`style`] what the answers' style says, [`assess`] the whole assessment, [`explain`] the
//! answers behind it and how firm it is, [`plot`] the verdict's rules as areas of the plot.

mod assess;
mod explain;
mod plot;
mod style;

pub use assess::{
    assess, Assessment, Caution, Confidence, CrossCheck, Effect, ScaleConflict, ThemeScore,
};
pub use explain::{About, Firm, Why, WhyGroup};
pub use plot::{place_you, regions, Anchor, Frame, Region, Spot, NAME_CHAR, YOU_CHAR};
pub use style::{Contradiction, QualityIssue, Weight};

use crate::{
    quiz::{Agreement, Keyed},
    TrackKind,
};

/// The score of a scale whose every answer is Neutral.
pub const NEUTRAL: f64 = 50.0;
/// A scale pulls from this score: on average its answers lean clearly towards agreeing.
pub const PULL: f64 = 60.0;
/// A track verdict also needs its scale this many points ahead of the other.
pub const CLOSE: f64 = 10.0;
/// A hybrid needs both scales to pull and to be less than this many points apart.
pub const HYBRID_GAP: f64 = 20.0;
/// The leading scale (or, for a hybrid, the weaker one) supports a "clear" pull from here...
pub const CLEAR_PULL: f64 = 70.0;
/// ...and a "strong" one from here.
pub const STRONG_PULL: f64 = 80.0;
/// A lead of this many points supports a "clear" pull...
pub const CLEAR_LEAD: f64 = 25.0;
/// ...and this many a "strong" one.
pub const STRONG_LEAD: f64 = 40.0;
/// Share of Neutral answers from which the answers cannot carry a verdict.
pub const MOSTLY_NEUTRAL: f64 = 0.6;
/// Opposite pairs answered on the same side of Neutral (both agreed or both disagreed) from
/// which the result is held with low confidence.
pub const CONTRADICTIONS: usize = 3;
/// Share of the answered opposite pairs which, answered alike (and at least
/// [`CONTRADICTIONS`] of them), leaves the answers unable to carry a verdict: as many pairs
/// contradict themselves as not, so the answers say nothing consistent.
pub const CONTRADICTED_SHARE: f64 = 0.5;
/// Agreeing (or disagreeing) with the statements of the opposite pairs this much more often
/// than the reverse, as a share of those statements, holds the result with low confidence.
/// Someone answering what each statement says agrees with one of a pair and disagrees with
/// the other, whichever way they lean, so the two counts come out close.
pub const AGREEMENT_TILT: f64 = 0.25;
/// An undecided result rests on answers that agree with each other: when at least this share
/// of all answered statements pull against the way their own scale leans, the answers are
/// scattered and cannot say even that.
pub const SCATTERED: f64 = 0.15;
/// A verdict that at most this many one-step answer changes could overturn is a close call.
pub const CLOSE_CALL: u32 = 3;
/// A scale is in conflict when at least this share of its answers pull against the way it
/// leans (below Neutral on a scale scoring 50 or more, above Neutral on one below 50).
pub const CONFLICT: f64 = 0.2;

/// The four possible results.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Management,
    Technical,
    Hybrid,
    Undecided,
}

impl Outcome {
    /// Every outcome.
    pub const ALL: [Outcome; 4] = [
        Outcome::Management,
        Outcome::Technical,
        Outcome::Hybrid,
        Outcome::Undecided,
    ];

    /// The identifier used in stored data and style hooks.
    pub fn slug(self) -> &'static str {
        match self {
            Outcome::Management => "management",
            Outcome::Technical => "technical",
            Outcome::Hybrid => "hybrid",
            Outcome::Undecided => "undecided",
        }
    }

    /// Parses [`Outcome::slug`] back.
    pub fn from_slug(slug: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|o| o.slug() == slug)
    }

    /// The track the outcome points to, if it points to one.
    pub fn track(self) -> Option<TrackKind> {
        match self {
            Outcome::Management => Some(TrackKind::Management),
            Outcome::Technical => Some(TrackKind::Technical),
            Outcome::Hybrid | Outcome::Undecided => None,
        }
    }
}

/// The rule of the verdict that two (rounded) scores meet, in the order the "How the score
/// works" page states them. Every verdict in the app is decided here, once.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rule {
    /// Both scales below [`PULL`]: nothing pulls yet.
    NeitherPulls,
    /// Both scales at [`PULL`] or more and less than [`HYBRID_GAP`] apart.
    BothPull,
    /// One scale at [`PULL`] or more and at least [`CLOSE`] points ahead.
    Leads(TrackKind),
    /// A scale pulls, but the other is too close behind (or too close for a hybrid).
    TooClose,
}

impl Rule {
    /// The rule two (rounded) scale scores meet.
    pub fn of(management: f64, technical: f64) -> Rule {
        let lead = management - technical;
        if management < PULL && technical < PULL {
            Rule::NeitherPulls
        } else if management >= PULL && technical >= PULL && lead.abs() < HYBRID_GAP {
            Rule::BothPull
        } else if lead >= CLOSE && management >= PULL {
            Rule::Leads(TrackKind::Management)
        } else if -lead >= CLOSE && technical >= PULL {
            Rule::Leads(TrackKind::Technical)
        } else {
            Rule::TooClose
        }
    }

    /// The verdict this rule gives.
    pub fn outcome(self) -> Outcome {
        match self {
            Rule::Leads(TrackKind::Management) => Outcome::Management,
            Rule::Leads(TrackKind::Technical) => Outcome::Technical,
            Rule::BothPull => Outcome::Hybrid,
            Rule::NeitherPulls | Rule::TooClose => Outcome::Undecided,
        }
    }
}

/// The verdict for two (rounded) scale scores: [`Rule::of`]'s outcome.
pub fn outcome(management: f64, technical: f64) -> Outcome {
    Rule::of(management, technical).outcome()
}

/// A scale's score from its keyed points: `points` out of `4 * answered`, as a whole
/// percentage rounded half up; [`NEUTRAL`] with nothing answered. Integer arithmetic, so the
/// margin search and the scores can never disagree by a rounding.
pub fn scale_score(points: u32, answered: u32) -> f64 {
    if answered == 0 {
        return NEUTRAL;
    }
    let (points, answered) = (u64::from(points), u64::from(answered));
    ((200 * points + 4 * answered) / (8 * answered)) as f64
}

/// How strong a verdict is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Strength {
    /// Undecided: nothing to be strong about.
    None,
    Slight,
    Clear,
    Strong,
}

impl Strength {
    fn of(value: f64, clear: f64, strong: f64) -> Self {
        if value >= strong {
            Strength::Strong
        } else if value >= clear {
            Strength::Clear
        } else {
            Strength::Slight
        }
    }
}

/// The strength of the verdict for two (rounded) scores. A track verdict is as strong as the
/// smaller of what its lead ([`CLEAR_LEAD`], [`STRONG_LEAD`]) and its pull ([`CLEAR_PULL`],
/// [`STRONG_PULL`]) support, so a big lead over a weak pull is never "strong". A hybrid is as
/// strong as its weaker pull.
pub fn strength(management: f64, technical: f64) -> Strength {
    let lead = (management - technical).abs();
    match outcome(management, technical) {
        Outcome::Management | Outcome::Technical => {
            let pull = management.max(technical);
            Strength::of(lead, CLEAR_LEAD, STRONG_LEAD).min(Strength::of(
                pull,
                CLEAR_PULL,
                STRONG_PULL,
            ))
        }
        Outcome::Hybrid => Strength::of(management.min(technical), CLEAR_PULL, STRONG_PULL),
        Outcome::Undecided => Strength::None,
    }
}

/// One scale's keyed points: their sum and how many statements were answered on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Tally {
    pub points: u32,
    pub answered: u32,
}

impl Tally {
    /// The scale's score; see [`scale_score`].
    pub fn score(self) -> f64 {
        scale_score(self.points, self.answered)
    }
}

/// The fewest one-step answer changes that give a different verdict than the scores of
/// `tallies` (management, technical) do: an exact search over every pair of point totals the
/// answered statements can reach (each one-step change moves one total by one point). `None`
/// when no statement was answered, so nothing can move.
pub fn margin(tallies: [Tally; 2]) -> Option<u32> {
    let [m, t] = tallies;
    if m.answered == 0 && t.answered == 0 {
        return None;
    }
    let verdict = outcome(m.score(), t.score());
    let mut best: Option<u32> = None;
    for pm in 0..=4 * m.answered {
        let cost_m = pm.abs_diff(m.points);
        if best.is_some_and(|b| cost_m >= b) {
            continue;
        }
        let sm = scale_score(pm, m.answered);
        for pt in 0..=4 * t.answered {
            let cost = cost_m + pt.abs_diff(t.points);
            if best.is_some_and(|b| cost >= b) {
                continue;
            }
            if outcome(sm, scale_score(pt, t.answered)) != verdict {
                best = Some(cost);
            }
        }
    }
    best
}

/// A statement's points on its scale: 0 to 4, reversed for statements keyed `Disagree`.
fn keyed_points(answer: Agreement, keyed: Keyed) -> u8 {
    match keyed {
        Keyed::Agree => answer.points(),
        Keyed::Disagree => 4 - answer.points(),
    }
}

/// A scale's place in management-then-technical arrays.
fn index(track: TrackKind) -> usize {
    match track {
        TrackKind::Management => 0,
        TrackKind::Technical => 1,
    }
}
