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
//!   hybrid; anything else is undecided. A technical lead becomes technical leadership when the
//!   third scale, leading technical work without reports, pulls too ([`PULL`] or more).
//!   [`regions`] draws the same rules as areas of the plot, at the person's leadership score.
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
    quiz::{Agreement, Keyed, Scale},
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

/// The five possible results.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Management,
    Technical,
    /// Leading technical work without reports: a technical lead with a leadership pull.
    Leadership,
    Hybrid,
    Undecided,
}

impl Outcome {
    /// Every outcome.
    pub const ALL: [Outcome; 5] = [
        Outcome::Management,
        Outcome::Technical,
        Outcome::Leadership,
        Outcome::Hybrid,
        Outcome::Undecided,
    ];

    /// The identifier used in stored data and style hooks.
    pub fn slug(self) -> &'static str {
        match self {
            Outcome::Management => "management",
            Outcome::Technical => "technical",
            Outcome::Leadership => "leadership",
            Outcome::Hybrid => "hybrid",
            Outcome::Undecided => "undecided",
        }
    }

    /// The scales this verdict rests on: a track's own, technical and leadership for
    /// technical leadership, all of them for a hybrid or no verdict.
    pub fn rests_on(self) -> &'static [Scale] {
        match self {
            Outcome::Management => &[Scale::Management],
            Outcome::Technical => &[Scale::Technical],
            Outcome::Leadership => &[Scale::Technical, Scale::Leadership],
            Outcome::Hybrid | Outcome::Undecided => &Scale::ALL,
        }
    }

    /// Parses [`Outcome::slug`] back.
    pub fn from_slug(slug: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|o| o.slug() == slug)
    }

    /// The track the outcome points to, if it points to one: technical leadership is a way of
    /// going on along the technical track.
    pub fn track(self) -> Option<TrackKind> {
        match self {
            Outcome::Management => Some(TrackKind::Management),
            Outcome::Technical | Outcome::Leadership => Some(TrackKind::Technical),
            Outcome::Hybrid | Outcome::Undecided => None,
        }
    }
}

/// The three (rounded) scale scores a verdict is judged on.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Scores {
    pub management: f64,
    pub technical: f64,
    pub leadership: f64,
}

impl Scores {
    /// The scores of three tallies, management, technical then leadership.
    pub fn of(tallies: [Tally; 3]) -> Scores {
        let [m, t, l] = tallies.map(Tally::score);
        Scores {
            management: m,
            technical: t,
            leadership: l,
        }
    }

    /// One scale's score.
    pub fn on(self, scale: Scale) -> f64 {
        match scale {
            Scale::Management => self.management,
            Scale::Technical => self.technical,
            Scale::Leadership => self.leadership,
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
    /// One scale at [`PULL`] or more and at least [`CLOSE`] points ahead (for technical, with
    /// leadership below [`PULL`]).
    Leads(TrackKind),
    /// Technical at [`PULL`] or more and at least [`CLOSE`] points ahead of management, and
    /// leadership at [`PULL`] or more too.
    LeadsAndDirects,
    /// A scale pulls, but the other is too close behind (or too close for a hybrid).
    TooClose,
}

impl Rule {
    /// The rule the (rounded) scale scores meet. Leadership decides only between the two
    /// technical verdicts, and only by whether it pulls: a people-management pull is what makes
    /// a hybrid, so a would-be technical leader is never told to manage people.
    pub fn of(scores: Scores) -> Rule {
        let Scores {
            management,
            technical,
            leadership,
        } = scores;
        let lead = management - technical;
        if management < PULL && technical < PULL {
            Rule::NeitherPulls
        } else if management >= PULL && technical >= PULL && lead.abs() < HYBRID_GAP {
            Rule::BothPull
        } else if lead >= CLOSE && management >= PULL {
            Rule::Leads(TrackKind::Management)
        } else if -lead >= CLOSE && technical >= PULL && leadership >= PULL {
            Rule::LeadsAndDirects
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
            Rule::LeadsAndDirects => Outcome::Leadership,
            Rule::BothPull => Outcome::Hybrid,
            Rule::NeitherPulls | Rule::TooClose => Outcome::Undecided,
        }
    }
}

/// The verdict for the (rounded) scale scores: [`Rule::of`]'s outcome.
pub fn outcome(scores: Scores) -> Outcome {
    Rule::of(scores).outcome()
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

/// The strength of the verdict for the (rounded) scores. A track verdict is as strong as the
/// smaller of what its lead ([`CLEAR_LEAD`], [`STRONG_LEAD`]) and its pull ([`CLEAR_PULL`],
/// [`STRONG_PULL`]) support, so a big lead over a weak pull is never "strong". Technical
/// leadership is as strong as that and its leadership pull allow. A hybrid is as strong as its
/// weaker pull.
pub fn strength(scores: Scores) -> Strength {
    let Scores {
        management,
        technical,
        leadership,
    } = scores;
    let lead = (management - technical).abs();
    let track = || {
        let pull = management.max(technical);
        Strength::of(lead, CLEAR_LEAD, STRONG_LEAD).min(Strength::of(pull, CLEAR_PULL, STRONG_PULL))
    };
    match outcome(scores) {
        Outcome::Management | Outcome::Technical => track(),
        Outcome::Leadership => track().min(Strength::of(leadership, CLEAR_PULL, STRONG_PULL)),
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
/// `tallies` (management, technical, leadership) do: an exact search over the point totals the
/// answered statements can reach (each one-step change moves one total by one point). The
/// verdict reads leadership only as "pulls or not", so of its totals only the current one and
/// the nearest on the other side of [`PULL`] can be cheapest; every pair of the other two is
/// tried. `None` when no statement was answered, so nothing can move.
pub fn margin(tallies: [Tally; 3]) -> Option<u32> {
    let [m, t, l] = tallies;
    if m.answered + t.answered + l.answered == 0 {
        return None;
    }
    let verdict = outcome(Scores::of(tallies));
    let pulls = l.score() >= PULL;
    let crossing = (0..=4 * l.answered)
        .filter(|&p| (scale_score(p, l.answered) >= PULL) != pulls)
        .min_by_key(|p| p.abs_diff(l.points));
    let mut best: Option<u32> = None;
    for pl in std::iter::once(l.points).chain(crossing) {
        let cost_l = pl.abs_diff(l.points);
        let leadership = scale_score(pl, l.answered);
        for pm in 0..=4 * m.answered {
            let cost_m = cost_l + pm.abs_diff(m.points);
            if best.is_some_and(|b| cost_m >= b) {
                continue;
            }
            let management = scale_score(pm, m.answered);
            for pt in 0..=4 * t.answered {
                let cost = cost_m + pt.abs_diff(t.points);
                if best.is_some_and(|b| cost >= b) {
                    continue;
                }
                let scores = Scores {
                    management,
                    technical: scale_score(pt, t.answered),
                    leadership,
                };
                if outcome(scores) != verdict {
                    best = Some(cost);
                }
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

/// A scale's place in management, technical, leadership arrays.
fn index(scale: Scale) -> usize {
    match scale {
        Scale::Management => 0,
        Scale::Technical => 1,
        Scale::Leadership => 2,
    }
}
