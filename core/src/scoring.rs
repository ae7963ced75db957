//! How answers become a result. Every rule that decides or qualifies an outcome is in this
//! file, as a named constant, and the "How the score works" page states them from here.
//!
//! - **Scores.** Each statement scores 0-4 points (Strongly disagree = 0 ... Strongly agree = 4,
//!   reversed for statements keyed `Disagree`). A scale's score is its points as a percentage of
//!   the most it could have had over the statements answered ("does not apply" is left out),
//!   rounded to a whole number ([`scale_score`], integer arithmetic): 0 to 100, [`NEUTRAL`] when
//!   every answer is Neutral. The rules below apply to the rounded scores, so what the page
//!   shows is what was judged.
//! - **Verdict** ([`outcome`]): a track needs real pull, its scale at [`PULL`] or more and
//!   [`CLOSE`] points ahead; both at [`PULL`] or more and within [`HYBRID_GAP`] is a hybrid;
//!   anything else is undecided. [`regions`] draws the same rules as areas of the plot.
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

use crate::{
    content::Role,
    order::stable_sort_by,
    quiz::{Agreement, Answer, Keyed, Question, QuestionKind, Theme},
    recent::{reveal, RecentWork, Revealed},
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

/// The verdict for two (rounded) scale scores.
pub fn outcome(management: f64, technical: f64) -> Outcome {
    let lead = management - technical;
    if management < PULL && technical < PULL {
        Outcome::Undecided
    } else if management >= PULL && technical >= PULL && lead.abs() < HYBRID_GAP {
        Outcome::Hybrid
    } else if lead >= CLOSE && management >= PULL {
        Outcome::Management
    } else if -lead >= CLOSE && technical >= PULL {
        Outcome::Technical
    } else {
        Outcome::Undecided
    }
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

/// One outcome's area of the score plot: a polygon of (technical, management) corners.
#[derive(Debug, Clone, PartialEq)]
pub struct Region {
    pub outcome: Outcome,
    pub corners: Vec<(f64, f64)>,
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
        },
        Region {
            outcome: Outcome::Technical,
            corners: technical,
        },
        Region {
            outcome: Outcome::Hybrid,
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

/// What the answers' style says about them. Each one is measured, and each weighs as
/// [`Weight`] says: strong evidence that the answers cannot carry a verdict makes the result
/// "Undecided"; moderate evidence keeps the verdict with low confidence.
#[derive(Debug, Clone, PartialEq)]
pub enum QualityIssue {
    /// Some statements were not answered.
    Incomplete { answered: usize, total: usize },
    /// Every statement got the same answer.
    SameAnswer(Agreement),
    /// Most statements were answered Neutral.
    MostlyNeutral { share: f64 },
    /// At least [`CONTRADICTIONS`] opposite pairs were answered on the same side of Neutral,
    /// of `answered` pairs with both statements answered.
    Contradictions {
        pairs: Vec<Contradiction>,
        answered: usize,
    },
    /// Across the statements of the answered opposite pairs, `agreed` were agreed with and
    /// `disagreed` disagreed with, far apart ([`AGREEMENT_TILT`]).
    AgreementTilt {
        agreed: usize,
        disagreed: usize,
        statements: usize,
    },
    /// Neither track won, and at least [`SCATTERED`] of the answers pulled against the way
    /// their own scale leans.
    Scattered { against: usize, answered: usize },
    /// The scores give a track, but the scored statements of one half of the quiz, scored on
    /// their own, put the other track ahead: the answers changed course part of the way
    /// through (as they do when someone stops reading and answers at random).
    HalvesDisagree {
        /// Which half points the other way: the first (`true`) or the second.
        first: bool,
        /// The track that half points to.
        points_to: TrackKind,
        /// That half's own management and technical scores.
        scores: [f64; 2],
    },
}

/// How much a [`QualityIssue`] weighs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Weight {
    /// Moderate evidence: the verdict stands, held with low confidence, and the page says why.
    Doubt,
    /// Strong evidence: the answers cannot carry a verdict, so the result shown is "Undecided"
    /// (the scores are still given at face value).
    SetsAside,
}

impl QualityIssue {
    /// How much this finding weighs.
    pub fn weight(&self) -> Weight {
        match self {
            QualityIssue::Contradictions { pairs, answered }
                if (pairs.len() as f64) < CONTRADICTED_SHARE * *answered as f64 =>
            {
                Weight::Doubt
            }
            QualityIssue::AgreementTilt { .. } => Weight::Doubt,
            _ => Weight::SetsAside,
        }
    }

    /// Whether this finding sets the verdict aside.
    pub fn sets_aside(&self) -> bool {
        self.weight() == Weight::SetsAside
    }
}

/// Two statements that say opposite things, answered alike.
#[derive(Debug, Clone, PartialEq)]
pub struct Contradiction {
    pub first: &'static Question,
    pub first_answer: Agreement,
    pub second: &'static Question,
    pub second_answer: Agreement,
}

/// A reason to hold the verdict less firmly, judged against the verdict given.
#[derive(Debug, Clone, PartialEq)]
pub enum Caution {
    /// At most [`CLOSE_CALL`] one-step answer changes could change the verdict.
    CloseCall { steps: u32 },
    /// A scale the verdict rests on has many answers pulling against the way it leans.
    Conflict(ScaleConflict),
    /// The either-or choices favour the other track.
    ChoicesDisagree { management: usize, technical: usize },
    /// The recent work points to the other track.
    RecentDisagrees { recent: TrackKind },
    /// A hybrid whose satisfying recent work was all of one kind.
    RecentOneSided { satisfying: TrackKind },
}

/// How far to trust the result.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Confidence {
    Low,
    Medium,
    High,
}

/// How many of one scale's answers pull against the way the scale leans.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ScaleConflict {
    pub scale: TrackKind,
    /// Statements answered on this scale ("does not apply" left out).
    pub answered: usize,
    /// Of those, how many sit on the other side of Neutral from the scale's score: below it on
    /// a scale scoring [`NEUTRAL`] or more, above it on one scoring less.
    pub against: usize,
    /// Whether the scale leans towards its track (scores [`NEUTRAL`] or more).
    pub leans_towards: bool,
}

impl ScaleConflict {
    /// `against` as a share of `answered`.
    pub fn share(&self) -> f64 {
        self.against as f64 / self.answered.max(1) as f64
    }

    /// Whether the share reaches [`CONFLICT`].
    pub fn in_conflict(&self) -> bool {
        self.answered > 0 && self.share() >= CONFLICT
    }
}

/// What the either-or choices say next to the scales.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CrossCheck {
    pub management: usize,
    pub technical: usize,
    /// The choices favour the other track than the verdict does.
    pub disagrees: bool,
}

/// What one answer did to the result.
#[derive(Debug, Clone, PartialEq)]
pub struct Effect {
    pub question: &'static Question,
    pub answer: Answer,
    /// The scale it counts on; `None` for choices, self-ratings and "does not apply", which
    /// count on none.
    pub scale: Option<TrackKind>,
    /// Points it moved its own scale away from [`NEUTRAL`]: positive raised it.
    pub on_scale: f64,
    /// Points added to the lean: positive towards management, negative towards technical.
    pub lean: f64,
}

/// One theme's two subscores; `None` where the theme has no answered statement of that scale.
#[derive(Debug, Clone, PartialEq)]
pub struct ThemeScore {
    pub theme: &'static Theme,
    pub management: Option<f64>,
    pub technical: Option<f64>,
}

/// The complete, explained result of a quiz.
#[derive(Debug, Clone, PartialEq)]
pub struct Assessment {
    /// Management score, a whole number from 0 to 100.
    pub management: f64,
    /// Technical score, a whole number from 0 to 100.
    pub technical: f64,
    /// The verdict shown: the scores' verdict, or Undecided when the answers are a weak basis.
    pub outcome: Outcome,
    /// What the scores alone say; differs from `outcome` only when [`Assessment::issues`] is
    /// not empty.
    pub face_value: Outcome,
    pub strength: Strength,
    pub confidence: Confidence,
    pub issues: Vec<QualityIssue>,
    pub cautions: Vec<Caution>,
    /// Management then technical.
    pub conflict: [ScaleConflict; 2],
    /// Opposite pairs with both statements answered, and those answered alike.
    pub pairs_answered: usize,
    pub contradictions: Vec<Contradiction>,
    /// Fewest one-step answer changes that give a different verdict ([`margin`]), judged on
    /// the scores at face value.
    pub steps_to_change: Option<u32>,
    pub cross_check: Option<CrossCheck>,
    /// The last-six-months check, if any piece of work was complete.
    pub revealed: Option<Revealed>,
    pub themes: Vec<ThemeScore>,
    /// Every answer's effect, largest first; equal ones by theme, then question order.
    pub effects: Vec<Effect>,
    /// Self-ratings per skill name, 0.0 to 1.0, from statements that name skills (the mean
    /// where several statements rate one skill).
    pub skills: Vec<(&'static str, f64)>,
}

/// Scores `answers` (one slot per question, in order) against `questions`, with the
/// last-six-months check `recent`. Answers that do not fit their question are ignored, as are
/// slots beyond the questions.
pub fn assess(
    questions: &'static [Question],
    themes: &'static [Theme],
    answers: &[Option<Answer>],
    recent: &[RecentWork],
) -> Assessment {
    let mut tallies = [Tally::default(); 2];
    // Scored answers in the order asked: (scale, keyed points).
    let mut scored: Vec<(usize, u8)> = Vec::new();
    let mut given = Vec::new();
    let mut picks = [0usize; 2];
    let mut rated: Vec<(&'static str, f64, u32)> = Vec::new();
    let (mut statements, mut settled) = (0, 0);
    for (question, answer) in questions.iter().zip(answers.iter().copied()) {
        if let QuestionKind::Statement { .. } = question.kind {
            statements += 1;
        }
        let Some(answer) = answer.filter(|a| a.fits(question)) else {
            continue;
        };
        match (answer, &question.kind) {
            (Answer::Agreement(a), QuestionKind::Statement { keyed, skills, .. }) => {
                let p = keyed_points(a, *keyed);
                if let Some(scale) = question.counts_on() {
                    let i = index(scale);
                    tallies[i].points += u32::from(p);
                    tallies[i].answered += 1;
                    scored.push((i, p));
                }
                given.push(a);
                settled += 1;
                for skill in skills.iter() {
                    match rated.iter_mut().find(|(s, _, _)| s == skill) {
                        Some(entry) => {
                            entry.1 += f64::from(p) / 4.0;
                            entry.2 += 1;
                        }
                        None => rated.push((skill, f64::from(p) / 4.0, 1)),
                    }
                }
            }
            (Answer::NotApplicable, _) => settled += 1,
            (Answer::Pick(track), QuestionKind::Choice { .. }) => picks[index(track)] += 1,
            _ => {}
        }
    }
    let management = tallies[0].score();
    let technical = tallies[1].score();
    let face_value = outcome(management, technical);

    let conflict = [TrackKind::Management, TrackKind::Technical].map(|scale| {
        let i = index(scale);
        let leans_towards = tallies[i].score() >= NEUTRAL;
        let mut against = 0;
        for &(s, p) in &scored {
            against += usize::from(s == i && if leans_towards { p < 2 } else { p > 2 });
        }
        ScaleConflict {
            scale,
            answered: tallies[i].answered as usize,
            against,
            leans_towards,
        }
    });
    let pairs = read_pairs(questions, answers);
    let mut issues = quality_issues(&given, settled, statements, &pairs);
    if let Some(halves) = halves(&scored, face_value) {
        issues.push(halves);
    }
    let (against, answered) = (
        conflict[0].against + conflict[1].against,
        conflict[0].answered + conflict[1].answered,
    );
    if !issues.iter().any(QualityIssue::sets_aside)
        && face_value == Outcome::Undecided
        && answered > 0
        && against as f64 >= SCATTERED * answered as f64
    {
        issues.push(QualityIssue::Scattered { against, answered });
    }
    let carried = !issues.iter().any(QualityIssue::sets_aside);
    let verdict = if carried {
        face_value
    } else {
        Outcome::Undecided
    };
    let steps_to_change = margin(tallies);
    let cross_check = (picks[0] + picks[1] > 0).then(|| CrossCheck {
        management: picks[0],
        technical: picks[1],
        disagrees: match verdict.track() {
            Some(TrackKind::Management) => picks[1] > picks[0],
            Some(TrackKind::Technical) => picks[0] > picks[1],
            None => false,
        },
    });
    let revealed = reveal(recent);

    // Cautions qualify a verdict the answers carry; answers that carry none are Undecided for
    // that reason alone, and a caution about the scores' own verdict would only confuse.
    let cautions = if carried {
        cautions(verdict, steps_to_change, &conflict, cross_check, revealed)
    } else {
        Vec::new()
    };
    let single_answer = steps_to_change == Some(1) && carried;
    let confidence = match (issues.is_empty(), cautions.len()) {
        (false, _) | (true, 2..) => Confidence::Low,
        _ if single_answer => Confidence::Low,
        (true, 1) => Confidence::Medium,
        (true, _) => Confidence::High,
    };

    Assessment {
        management,
        technical,
        outcome: verdict,
        face_value,
        strength: if carried {
            strength(management, technical)
        } else {
            Strength::None
        },
        confidence,
        issues,
        cautions,
        conflict,
        pairs_answered: pairs.answered,
        contradictions: pairs.alike,
        steps_to_change,
        cross_check,
        revealed,
        themes: theme_scores(questions, themes, answers),
        effects: effects(
            questions,
            themes,
            answers,
            [tallies[0].answered, tallies[1].answered],
        ),
        skills: rated
            .into_iter()
            .map(|(s, sum, n)| (s, sum / f64::from(n)))
            .collect(),
    }
}

/// The cautions on a verdict the answers carry, in the order the page lists them.
fn cautions(
    verdict: Outcome,
    steps_to_change: Option<u32>,
    conflict: &[ScaleConflict; 2],
    cross_check: Option<CrossCheck>,
    revealed: Option<Revealed>,
) -> Vec<Caution> {
    let mut cautions = Vec::new();
    if let Some(steps) = steps_to_change.filter(|s| *s <= CLOSE_CALL) {
        cautions.push(Caution::CloseCall { steps });
    }
    // The scales the verdict rests on: the leading one for a track, both otherwise.
    for c in conflict {
        let rests_on = verdict.track().is_none_or(|t| t == c.scale);
        if rests_on && c.in_conflict() {
            cautions.push(Caution::Conflict(*c));
        }
    }
    if let Some(c) = cross_check.filter(|c| c.disagrees) {
        cautions.push(Caution::ChoicesDisagree {
            management: c.management,
            technical: c.technical,
        });
    }
    if let Some(r) = revealed.filter(Revealed::comparable) {
        match verdict {
            Outcome::Management | Outcome::Technical => {
                let stated = verdict.track().unwrap_or(TrackKind::Management);
                if r.side() == Some(stated.other()) {
                    cautions.push(Caution::RecentDisagrees {
                        recent: stated.other(),
                    });
                }
            }
            Outcome::Hybrid => {
                if let Some(satisfying) = r.only_satisfying_kind() {
                    cautions.push(Caution::RecentOneSided { satisfying });
                }
            }
            Outcome::Undecided => {}
        }
    }
    cautions
}

/// The opposite pairs as answered: how many had both statements answered, those answered on
/// the same side of Neutral, and how many of their statements were agreed and disagreed with.
struct Pairs {
    answered: usize,
    alike: Vec<Contradiction>,
    agreed: usize,
    disagreed: usize,
}

/// Reads the opposite pairs of `questions` (a reversed statement and the ordinary statement
/// it names) from the answers.
fn read_pairs(questions: &'static [Question], answers: &[Option<Answer>]) -> Pairs {
    let agreement = |i: usize| match answers.get(i).copied().flatten() {
        Some(Answer::Agreement(a)) => Some(a),
        _ => None,
    };
    let mut pairs = Pairs {
        answered: 0,
        alike: Vec::new(),
        agreed: 0,
        disagreed: 0,
    };
    for (j, second) in questions.iter().enumerate() {
        let QuestionKind::Statement {
            opposite: Some(first_id),
            ..
        } = second.kind
        else {
            continue;
        };
        let Some(i) = questions.iter().position(|q| q.id == first_id) else {
            continue;
        };
        let (Some(a), Some(b)) = (agreement(i), agreement(j)) else {
            continue;
        };
        pairs.answered += 1;
        for side in [a, b].map(|x| i32::from(x.points()) - 2) {
            if side > 0 {
                pairs.agreed += 1;
            } else if side < 0 {
                pairs.disagreed += 1;
            }
        }
        if (i32::from(a.points()) - 2) * (i32::from(b.points()) - 2) > 0 {
            pairs.alike.push(Contradiction {
                first: &questions[i],
                first_answer: a,
                second,
                second_answer: b,
            });
        }
    }
    pairs
}

/// A track verdict that one half of the quiz, scored on its own, contradicts: the scored
/// statements in the order asked, split into a first and a second half, and a half whose own
/// scores put the other track ahead (by any margin). A step towards the verdict can only move
/// a half towards it too, so answering more firmly never sets this off.
fn halves(scored: &[(usize, u8)], verdict: Outcome) -> Option<QualityIssue> {
    let track = verdict.track()?;
    let (early, late) = scored.split_at(scored.len().div_ceil(2));
    let other = track.other();
    let found = [(true, early), (false, late)]
        .into_iter()
        .find_map(|(first, half)| {
            let mut tallies = [Tally::default(); 2];
            for &(scale, p) in half.iter() {
                tallies[scale].points += u32::from(p);
                tallies[scale].answered += 1;
            }
            let scores = tallies.map(Tally::score);
            (scores[index(other)] > scores[index(track)]).then_some(QualityIssue::HalvesDisagree {
                first,
                points_to: other,
                scores,
            })
        });
    found
}

/// A statement's points on its scale: 0 to 4, reversed for statements keyed `Disagree`.
fn keyed_points(answer: Agreement, keyed: Keyed) -> u8 {
    match keyed {
        Keyed::Agree => answer.points(),
        Keyed::Disagree => 4 - answer.points(),
    }
}

fn index(track: TrackKind) -> usize {
    match track {
        TrackKind::Management => 0,
        TrackKind::Technical => 1,
    }
}

/// Points as a percentage of the maximum; [`NEUTRAL`] when nothing was answered.
fn percent(points: &[f64]) -> f64 {
    if points.is_empty() {
        NEUTRAL
    } else {
        points.iter().sum::<f64>() / (4.0 * points.len() as f64) * 100.0
    }
}

fn effects(
    questions: &'static [Question],
    themes: &'static [Theme],
    answers: &[Option<Answer>],
    counts: [u32; 2],
) -> Vec<Effect> {
    let mut effects: Vec<Effect> = questions
        .iter()
        .zip(answers.iter().copied())
        .filter_map(|(question, answer)| {
            let answer = answer.filter(|a| a.fits(question))?;
            // Self-ratings, like choices and "does not apply", move neither score.
            let (scale, on_scale) = match (answer, &question.kind, question.counts_on()) {
                (Answer::Agreement(a), QuestionKind::Statement { keyed, .. }, Some(scale)) => {
                    let p = f64::from(keyed_points(a, *keyed));
                    let n = f64::from(counts[index(scale)]);
                    (Some(scale), (p - 2.0) / (4.0 * n) * 100.0)
                }
                _ => (None, 0.0),
            };
            let lean = match scale {
                Some(TrackKind::Technical) => -on_scale,
                _ => on_scale,
            };
            Some(Effect {
                question,
                answer,
                scale,
                on_scale,
                lean,
            })
        })
        .collect();
    let theme_order = |e: &Effect| themes.iter().position(|t| t.id == e.question.theme);
    // Largest first; equal effects by theme, and only then (the sort is stable) by the order
    // the questions were asked.
    stable_sort_by(&mut effects, |a, b| {
        let (x, y) = (a.lean.abs(), b.lean.abs());
        x > y + 1e-9 || ((x - y).abs() <= 1e-9 && theme_order(a) < theme_order(b))
    });
    effects
}

fn theme_scores(
    questions: &'static [Question],
    themes: &'static [Theme],
    answers: &[Option<Answer>],
) -> Vec<ThemeScore> {
    // Only scored statements: a theme of self-ratings alone ("Your strengths") moves neither
    // score, so it has no pull to show and is left out.
    themes
        .iter()
        .map(|theme| {
            let mut points: [Vec<f64>; 2] = [Vec::new(), Vec::new()];
            for (question, answer) in questions.iter().zip(answers.iter().copied()) {
                if question.theme != theme.id {
                    continue;
                }
                if let (
                    Some(Answer::Agreement(a)),
                    QuestionKind::Statement { keyed, .. },
                    Some(scale),
                ) = (answer, &question.kind, question.counts_on())
                {
                    points[index(scale)].push(f64::from(keyed_points(a, *keyed)));
                }
            }
            let score = |p: &Vec<f64>| (!p.is_empty()).then(|| percent(p));
            ThemeScore {
                theme,
                management: score(&points[0]),
                technical: score(&points[1]),
            }
        })
        .filter(|t| t.management.is_some() || t.technical.is_some())
        .collect()
}

fn quality_issues(
    given: &[Agreement],
    settled: usize,
    statements: usize,
    pairs: &Pairs,
) -> Vec<QualityIssue> {
    let mut issues = Vec::new();
    if settled < statements {
        issues.push(QualityIssue::Incomplete {
            answered: settled,
            total: statements,
        });
    }
    if given.len() >= 2 && given.iter().all(|a| *a == given[0]) {
        issues.push(QualityIssue::SameAnswer(given[0]));
        return issues;
    }
    if !given.is_empty() {
        let neutral = given.iter().filter(|a| **a == Agreement::Neutral).count();
        let share = neutral as f64 / given.len() as f64;
        if share >= MOSTLY_NEUTRAL {
            issues.push(QualityIssue::MostlyNeutral { share });
        }
    }
    if pairs.alike.len() >= CONTRADICTIONS {
        issues.push(QualityIssue::Contradictions {
            pairs: pairs.alike.clone(),
            answered: pairs.answered,
        });
    }
    let statements_in_pairs = 2 * pairs.answered;
    if statements_in_pairs > 0
        && pairs.agreed.abs_diff(pairs.disagreed) as f64
            >= AGREEMENT_TILT * statements_in_pairs as f64
    {
        issues.push(QualityIssue::AgreementTilt {
            agreed: pairs.agreed,
            disagreed: pairs.disagreed,
            statements: statements_in_pairs,
        });
    }
    issues
}

/// What a "why" group gathers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum About {
    /// Answers that pulled towards this track (on the lean).
    Towards(TrackKind),
    /// Answers that pulled away from the verdict's track (on the lean).
    OtherWay,
    /// Answers that raised this scale.
    Raised(TrackKind),
    /// Answers that lowered this scale.
    HeldBack(TrackKind),
}

/// The answers behind the verdict, in groups; the rule the verdict followed is told from the
/// assessment's own numbers.
#[derive(Debug, Clone, PartialEq)]
pub struct Why {
    pub groups: Vec<WhyGroup>,
}

/// Answers that pulled one way.
#[derive(Debug, Clone, PartialEq)]
pub struct WhyGroup {
    pub about: About,
    /// Largest first.
    pub effects: Vec<Effect>,
}

/// How many answers a "why" group lists for the verdict's own direction, and for the others.
const WHY_MAIN: usize = 5;
const WHY_OTHER: usize = 3;

/// One fact of "How firm this result is".
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Firm {
    /// The answers carry no verdict, so there is no strength or margin.
    NoVerdict,
    /// The verdict's [`Strength`], from its scores.
    Strength,
    /// How many one-step answer changes would give another verdict.
    Margin { steps: u32 },
    /// One scale's answers against the way it leans.
    Conflict(ScaleConflict),
}

impl Firm {
    /// The section of the "How the score works" page that explains the rule.
    pub fn anchor(&self) -> &'static str {
        match self {
            Firm::NoVerdict => "style-heading",
            Firm::Strength => "strength",
            Firm::Margin { .. } => "margin",
            Firm::Conflict(_) => "conflict",
        }
    }
}

impl Assessment {
    /// Whether neither scale pulls: an undecided result because nothing pulls, rather than
    /// because the two pulls cancel out.
    pub fn neither_pulls(&self) -> bool {
        self.management < PULL && self.technical < PULL
    }

    /// Whether the answers carry a verdict (no [`QualityIssue`] sets it aside).
    pub fn carries_verdict(&self) -> bool {
        !self.issues.iter().any(QualityIssue::sets_aside)
    }

    /// How firm the result is, each fact given once: the verdict's strength, how many answers
    /// would change it and how each scale's answers agreed. A fact already given as a caution
    /// at the top of the page is left out here.
    pub fn firmness(&self) -> Vec<Firm> {
        if !self.carries_verdict() {
            return vec![Firm::NoVerdict];
        }
        let mut lines = Vec::new();
        if self.outcome != Outcome::Undecided && self.strength != Strength::None {
            lines.push(Firm::Strength);
        }
        let close_call = self
            .cautions
            .iter()
            .any(|c| matches!(c, Caution::CloseCall { .. }));
        if let (Some(steps), false) = (self.steps_to_change, close_call) {
            lines.push(Firm::Margin { steps });
        }
        for c in &self.conflict {
            let noted = self
                .cautions
                .iter()
                .any(|k| matches!(k, Caution::Conflict(n) if n.scale == c.scale));
            if c.answered > 0 && !noted {
                lines.push(Firm::Conflict(*c));
            }
        }
        lines
    }

    /// The answers behind this verdict: for a track, what pulled towards it and the other way;
    /// for a hybrid, what raised each scale; when neither pulls, what held each back; when the
    /// pulls cancel (or the answers carry no verdict), what pulled each way.
    pub fn why(&self) -> Why {
        let pick = |keep: &dyn Fn(&Effect) -> bool, n: usize| -> Vec<Effect> {
            self.effects
                .iter()
                .filter(|e| keep(e))
                .take(n)
                .cloned()
                .collect()
        };
        let towards = |track: TrackKind, n: usize| {
            pick(
                &move |e: &Effect| match track {
                    TrackKind::Management => e.lean > 0.0,
                    TrackKind::Technical => e.lean < 0.0,
                },
                n,
            )
        };
        let raised = |scale: TrackKind, up: bool, n: usize| {
            pick(
                &move |e: &Effect| {
                    e.scale == Some(scale)
                        && if up {
                            e.on_scale > 0.0
                        } else {
                            e.on_scale < 0.0
                        }
                },
                n,
            )
        };
        let group = |about, effects| WhyGroup { about, effects };
        let each_way = || Why {
            groups: TrackKind::ALL
                .map(|t| group(About::Towards(t), towards(t, WHY_OTHER)))
                .to_vec(),
        };
        if !self.carries_verdict() {
            return each_way();
        }
        match self.outcome {
            Outcome::Management | Outcome::Technical => {
                let track = self.outcome.track().unwrap_or(TrackKind::Management);
                Why {
                    groups: vec![
                        group(About::Towards(track), towards(track, WHY_MAIN)),
                        group(About::OtherWay, towards(track.other(), WHY_OTHER)),
                    ],
                }
            }
            Outcome::Hybrid => Why {
                groups: TrackKind::ALL
                    .map(|t| group(About::Raised(t), raised(t, true, WHY_OTHER)))
                    .to_vec(),
            },
            Outcome::Undecided if self.neither_pulls() => Why {
                groups: TrackKind::ALL
                    .map(|t| group(About::HeldBack(t), raised(t, false, WHY_OTHER)))
                    .to_vec(),
            },
            Outcome::Undecided => each_way(),
        }
    }
}

/// A role, how well it fits, and why.
#[derive(Debug, Clone, PartialEq)]
pub struct RoleMatch {
    pub role: &'static Role,
    /// 0 to 100: three quarters `track_part`, one quarter `skills_part`.
    pub fit: f64,
    /// How well the role's track (or, for a bridge role, its mix) matches the two scores.
    pub track_part: f64,
    /// The self-ratings on the role's skills (the track part where none was rated).
    pub skills_part: f64,
    /// A technical role of another discipline than the person's field (see [`for_field`]).
    pub change_of_field: bool,
    /// Why it fits.
    pub reason: FitReason,
}

/// Why a role is listed for a result.
#[derive(Debug, Clone, PartialEq)]
pub enum FitReason {
    /// Its track's pull (and, for a bridge role, the other track's), whole numbers, and the
    /// rated skills of the role the person is strong in (rated at least three quarters).
    Pull {
        own: f64,
        other: f64,
        strengths: Vec<&'static str>,
    },
    /// The answers carry no verdict; a bridge role lets the person try both sides.
    TryBoth,
    /// The answers carry no verdict; listed only to compare.
    ForComparison,
}

/// The matches with the person's field taken into account (see [`field_order`]), each
/// technical role of another discipline marked as a change of field.
pub fn for_field(
    matches: Vec<RoleMatch>,
    field: Option<crate::background::Field>,
) -> Vec<RoleMatch> {
    let listed: Vec<&'static Role> = matches.iter().map(|m| m.role).collect();
    field_order(&listed, field)
        .into_iter()
        .map(|(from, change)| RoleMatch {
            change_of_field: change,
            ..matches[from].clone()
        })
        .collect()
}

/// One role as the result page lists it.
#[derive(Debug, Clone, PartialEq)]
pub struct Listed {
    pub fit: RoleMatch,
    /// Its place under the "What matters to you" weights, when any is set.
    pub ranked: Option<crate::weigh::Ranked>,
}

/// The roles that fit, in the order the result page lists them: by fit, or with weights set
/// by fit plus preference points ([`crate::weigh::rank`]); then the person's field first
/// among the technical roles ([`field_order`]), each marked when it is a change of field.
pub fn listed(
    matches: &[RoleMatch],
    weights: &crate::weigh::Weights,
    field: Option<crate::background::Field>,
) -> Vec<Listed> {
    let usual: Vec<&'static Role> = matches.iter().map(|m| m.role).collect();
    let ranked: Vec<Option<crate::weigh::Ranked>> = if weights.is_neutral() {
        vec![None; matches.len()]
    } else {
        let fits: Vec<f64> = matches.iter().map(|m| m.fit).collect();
        crate::weigh::rank(weights, &usual, Some(&fits))
            .into_iter()
            .map(Some)
            .collect()
    };
    let in_order: Vec<&'static Role> = ranked
        .iter()
        .zip(&usual)
        .map(|(r, u)| r.as_ref().map_or(*u, |r| r.weighed.role))
        .collect();
    field_order(&in_order, field)
        .into_iter()
        .map(|(from, change)| {
            let ranked = ranked[from].clone();
            let was = ranked.as_ref().map_or(from, |r| r.was);
            Listed {
                fit: RoleMatch {
                    change_of_field: change,
                    ..matches[was].clone()
                },
                ranked,
            }
        })
        .collect()
}

/// A list of roles reordered for someone in `field`: among the technical roles (in the
/// places technical roles hold in the list), the role of their own field comes first and the
/// others keep their order; the roles of other disciplines are a change of field (the bridge
/// role spans disciplines, so it is not). Management roles stay open to every field and keep
/// their places. With no
/// field, or a field the roles do not cover, nothing moves. Returns, place by place, the index
/// in `listed` and whether that role is a change of field.
pub fn field_order(
    listed: &[&'static Role],
    field: Option<crate::background::Field>,
) -> Vec<(usize, bool)> {
    let mut out: Vec<(usize, bool)> = (0..listed.len()).map(|i| (i, false)).collect();
    let Some(own) = field.and_then(crate::background::Field::own_role) else {
        return out;
    };
    let own_first = |i: usize| listed[i].slug != own;
    let places: Vec<usize> = (0..listed.len())
        .filter(|i| listed[*i].track == TrackKind::Technical)
        .collect();
    let mut technical = places.clone();
    stable_sort_by(&mut technical, |a, b| !own_first(*a) && own_first(*b));
    for (place, from) in places.into_iter().zip(technical) {
        // The bridge role spans disciplines: open to every field, like management roles.
        out[place] = (from, own_first(from) && !listed[from].bridge);
    }
    out
}

/// Ranks `roles` for this result, best fit first.
///
/// Fit is three quarters track and one quarter skills. The track part of a single-track role is
/// its own scale score less a fifth of the other scale's (a strong pull it would leave unused);
/// for bridge roles (which mix both tracks) it is half the own scale, a quarter the other and a
/// quarter how balanced the two are, so they rise to the top when both scales are high and
/// alike. The skills part is the mean self-rating over the role's skills that the
/// quiz asked about (the track part stands in when it asked about none).
///
/// Answers that cannot carry a verdict cannot show a pull either: roles are then ranked as
/// though both scales were at [`NEUTRAL`], which puts the bridge roles first, as for anyone
/// undecided.
pub fn match_roles(assessment: &Assessment, roles: &'static [Role]) -> Vec<RoleMatch> {
    let face_value = assessment.carries_verdict();
    let score = |t: TrackKind| match (face_value, t) {
        (false, _) => NEUTRAL,
        (true, TrackKind::Management) => assessment.management,
        (true, TrackKind::Technical) => assessment.technical,
    };
    let mut matches: Vec<RoleMatch> = roles
        .iter()
        .map(|role| {
            let own = score(role.track);
            let track_part = if role.bridge {
                let balance =
                    100.0 - (score(TrackKind::Management) - score(TrackKind::Technical)).abs();
                0.5 * own + 0.25 * score(role.track.other()) + 0.25 * balance
            } else {
                (own - 0.2 * score(role.track.other())).max(0.0)
            };
            let rated: Vec<(&str, f64)> = role
                .skills
                .iter()
                .filter_map(|s| assessment.skills.iter().find(|(k, _)| k == s).copied())
                .collect();
            let skills_part = if rated.is_empty() {
                track_part
            } else {
                rated.iter().map(|(_, r)| r * 100.0).sum::<f64>() / rated.len() as f64
            };
            let fit = 0.75 * track_part + 0.25 * skills_part;
            RoleMatch {
                role,
                fit,
                track_part,
                skills_part,
                change_of_field: false,
                reason: if face_value {
                    FitReason::Pull {
                        own: own.round(),
                        other: score(role.track.other()).round(),
                        strengths: rated
                            .iter()
                            .filter(|(_, r)| *r >= 0.75)
                            .map(|(s, _)| *s)
                            .collect(),
                    }
                } else if role.bridge {
                    FitReason::TryBoth
                } else {
                    FitReason::ForComparison
                },
            }
        })
        .collect();
    stable_sort_by(&mut matches, |a, b| a.fit > b.fit);
    matches
}
