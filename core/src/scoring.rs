//! How answers become a result. Every rule that decides or qualifies an outcome is in this
//! file, as a named constant, and the "How the score works" page states them from here.
//!
//! - **Scores.** Each statement scores 0-4 points (Strongly disagree = 0 ... Strongly agree = 4,
//!   reversed for statements keyed `Disagree`). A scale's score is its points as a percentage of
//!   the most it could have had over the statements answered ("does not apply" is left out),
//!   rounded to a whole number: 0 to 100, [`NEUTRAL`] when every answer is Neutral. The rules
//!   below apply to the rounded scores, so what the page shows is what was judged.
//! - **Verdict** ([`outcome`]): a track needs real pull, its scale at [`PULL`] or more and
//!   [`CLOSE`] points ahead; both at [`PULL`] or more and within [`HYBRID_GAP`] is a hybrid;
//!   anything else is undecided. [`regions`] draws the same rules as areas of the plot.
//! - **Strength** ([`strength`]): the smaller of what the lead and the pull support.
//! - **Confidence**: low when the answers themselves are a weak basis ([`QualityIssue`]) or two
//!   cautions apply, medium with one [`Caution`], high otherwise. Cautions are judged against
//!   the verdict given: how few answers would have to change to change it, mixed answers on a
//!   scale it rests on, either-or choices or recent work that point the other way.
//! - **Effects**: how far each answer moved its scale away from [`NEUTRAL`]. They add up to the
//!   lean before rounding, so "why this result" is an exact account, not an estimate.
//! - Either-or choices do **not** enter the scores; they only cross-check the verdict.

use crate::{
    content::Role,
    format::fixed,
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
/// Share of Neutral answers from which the answers are a weak basis.
pub const MOSTLY_NEUTRAL: f64 = 0.6;
/// Agreement with statements and their reversals alike, from this index (-100 to 100) up, or
/// disagreement from its negative down, makes the answers a weak basis.
pub const ACQUIESCENCE: f64 = 50.0;
/// A verdict that fewer one-step answer changes than this could overturn is a close call.
pub const CLOSE_CALL: f64 = 4.0;
/// Answers on a scale whose spread (standard deviation of the 0-4 points) is at least this are
/// mixed...
pub const MIXED: f64 = 1.2;
/// ...and below this they are consistent; in between, somewhat mixed.
pub const CONSISTENT: f64 = 0.8;

/// The four possible results.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Management,
    Technical,
    Hybrid,
    Undecided,
}

impl Outcome {
    /// The result page's main heading.
    pub fn heading(self) -> &'static str {
        match self {
            Outcome::Management => "Management track",
            Outcome::Technical => "Technical track",
            Outcome::Hybrid => "Hybrid path",
            Outcome::Undecided => "Undecided",
        }
    }

    /// Every outcome.
    pub const ALL: [Outcome; 4] = [
        Outcome::Management,
        Outcome::Technical,
        Outcome::Hybrid,
        Outcome::Undecided,
    ];

    /// The identifier used in stored data.
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

    /// The adjective: "slight", "clear", "strong" (empty for none).
    pub fn word(self) -> &'static str {
        match self {
            Strength::None => "",
            Strength::Slight => "slight",
            Strength::Clear => "clear",
            Strength::Strong => "strong",
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

/// How many one-step answer changes, at the least, would move the scores out of their
/// verdict's region: the distance to the nearest inner edge of the region, counting each
/// scale's points in steps of `step` (points one answer moves it by one step; infinite for a
/// scale with no answers).
fn steps_to_change(management: f64, technical: f64, step: [f64; 2]) -> f64 {
    let verdict = outcome(management, technical);
    let Some(region) = regions().into_iter().find(|r| r.outcome == verdict) else {
        return f64::INFINITY;
    };
    let cost = |t: f64, m: f64| {
        let along = |d: f64, s: f64| if d.abs() < 1e-9 { 0.0 } else { d.abs() / s };
        along(m - management, step[0]) + along(t - technical, step[1])
    };
    let on_border = |a: (f64, f64), b: (f64, f64)| {
        [0.0, 100.0]
            .iter()
            .any(|e| (a.0 == *e && b.0 == *e) || (a.1 == *e && b.1 == *e))
    };
    let n = region.corners.len();
    (0..n)
        .map(|i| (region.corners[i], region.corners[(i + 1) % n]))
        .filter(|(a, b)| !on_border(*a, *b))
        .map(|(a, b)| {
            // The weighted distance along an edge is piecewise linear, so its least is at an
            // end or where the edge passes level with or straight across from the point.
            let mut candidates = vec![a, b];
            for (from, to, at) in [(a.0, b.0, technical), (a.1, b.1, management)] {
                if (to - from).abs() > 1e-9 {
                    let s = (at - from) / (to - from);
                    if (0.0..=1.0).contains(&s) {
                        candidates.push((a.0 + s * (b.0 - a.0), a.1 + s * (b.1 - a.1)));
                    }
                }
            }
            candidates
                .into_iter()
                .map(|(t, m)| cost(t, m))
                .fold(f64::INFINITY, f64::min)
        })
        .fold(f64::INFINITY, f64::min)
}

/// Why the answers are a weak basis for a result.
#[derive(Debug, Clone, PartialEq)]
pub enum QualityIssue {
    /// Some statements were not answered.
    Incomplete { answered: usize, total: usize },
    /// Every statement got the same answer.
    SameAnswer(Agreement),
    /// Most statements were answered Neutral.
    MostlyNeutral { share: f64 },
    /// Statements and their reversals were agreed with (index > 0) or disagreed with (< 0)
    /// alike; see [`ACQUIESCENCE`].
    Acquiescence { index: f64 },
}

/// A reason to hold the verdict less firmly, judged against the verdict given.
#[derive(Debug, Clone, PartialEq)]
pub enum Caution {
    /// Fewer than [`CLOSE_CALL`] one-step answer changes could change the verdict.
    CloseCall { steps: f64 },
    /// The answers on a scale the verdict rests on were mixed.
    Mixed(TrackKind),
    /// The either-or choices favour the other track.
    ChoicesDisagree { management: usize, technical: usize },
    /// The work that satisfied the person recently points to the other track.
    RecentDisagrees { recent: TrackKind },
}

/// How far to trust the result.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Confidence {
    Low,
    Medium,
    High,
}

impl Confidence {
    /// "Low confidence", "Medium confidence", "High confidence".
    pub fn label(self) -> &'static str {
        match self {
            Confidence::Low => "Low confidence",
            Confidence::Medium => "Medium confidence",
            Confidence::High => "High confidence",
        }
    }
}

/// How much the answers on one scale agreed with each other.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Consistency {
    Consistent,
    SomewhatMixed,
    Mixed,
}

/// One scale's answers: how many, and how far they spread.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ScaleConsistency {
    pub scale: TrackKind,
    /// Statements answered on this scale ("does not apply" left out).
    pub answered: usize,
    /// Standard deviation of their 0-4 points.
    pub spread: f64,
}

impl ScaleConsistency {
    /// The spread in one of three bands ([`CONSISTENT`], [`MIXED`]).
    pub fn level(&self) -> Consistency {
        if self.spread >= MIXED {
            Consistency::Mixed
        } else if self.spread >= CONSISTENT {
            Consistency::SomewhatMixed
        } else {
            Consistency::Consistent
        }
    }

    /// The spread in plain words.
    pub fn words(&self) -> String {
        let scale = self.scale.slug();
        match self.level() {
            Consistency::Consistent => format!(
                "Your {scale} answers agreed with each other: most sat within about one step of their average."
            ),
            Consistency::SomewhatMixed => format!(
                "Your {scale} answers varied somewhat: a few statements pulled the other way from the rest."
            ),
            Consistency::Mixed => format!(
                "Your {scale} answers were mixed: some statements pulled you towards {scale} work and others away from it, so its score averages quite different feelings."
            ),
        }
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
    /// The scale it counts on; `None` for choices and "does not apply", which count on none.
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
    pub outcome: Outcome,
    pub strength: Strength,
    pub confidence: Confidence,
    pub issues: Vec<QualityIssue>,
    pub cautions: Vec<Caution>,
    /// Management then technical.
    pub consistency: [ScaleConsistency; 2],
    /// See [`QualityIssue::Acquiescence`]; `None` without both kinds of keying answered.
    pub acquiescence: Option<f64>,
    /// Fewest one-step answer changes that could change the verdict.
    pub steps_to_change: f64,
    pub cross_check: Option<CrossCheck>,
    /// The last-six-months check, if any piece of work was complete.
    pub revealed: Option<Revealed>,
    pub themes: Vec<ThemeScore>,
    /// Every answer's effect, largest first; equal ones by theme, then question order.
    pub effects: Vec<Effect>,
    /// Self-ratings per skill name, 0.0 to 1.0, from statements that name skills.
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
    let mut points: [Vec<f64>; 2] = [Vec::new(), Vec::new()];
    // Raw agreement (0-4, before keying) by keying: agree-keyed, then reversed.
    let mut raw: [Vec<f64>; 2] = [Vec::new(), Vec::new()];
    let mut given = Vec::new();
    let mut picks = [0usize; 2];
    let mut skills = Vec::new();
    let (mut statements, mut settled) = (0, 0);
    for (question, answer) in questions.iter().zip(answers.iter().copied()) {
        if let QuestionKind::Statement { .. } = question.kind {
            statements += 1;
        }
        let Some(answer) = answer.filter(|a| a.fits(question)) else {
            continue;
        };
        match (answer, &question.kind) {
            (
                Answer::Agreement(a),
                QuestionKind::Statement {
                    scale,
                    keyed,
                    skills: rated,
                    ..
                },
            ) => {
                let p = keyed_points(a, *keyed);
                points[index(*scale)].push(p);
                raw[usize::from(*keyed == Keyed::Disagree)].push(f64::from(a.points()));
                given.push(a);
                settled += 1;
                skills.extend(rated.iter().map(|s| (*s, p / 4.0)));
            }
            (Answer::NotApplicable, _) => settled += 1,
            (Answer::Pick(track), QuestionKind::Choice { .. }) => picks[index(track)] += 1,
            _ => {}
        }
    }
    let management = percent(&points[0]).round();
    let technical = percent(&points[1]).round();
    let verdict = outcome(management, technical);

    let acquiescence = (!raw[0].is_empty() && !raw[1].is_empty())
        .then(|| ((mean(&raw[0]) + mean(&raw[1])) / 2.0 - 2.0) / 2.0 * 100.0);
    let issues = quality_issues(&given, settled, statements, acquiescence);
    let consistency = [TrackKind::Management, TrackKind::Technical].map(|scale| {
        let p = &points[index(scale)];
        ScaleConsistency {
            scale,
            answered: p.len(),
            spread: spread(p),
        }
    });
    let step = [0, 1].map(|i| {
        if points[i].is_empty() {
            f64::INFINITY
        } else {
            100.0 / (4.0 * points[i].len() as f64)
        }
    });
    let steps_to_change = steps_to_change(management, technical, step);
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

    let mut cautions = Vec::new();
    if steps_to_change < CLOSE_CALL {
        cautions.push(Caution::CloseCall {
            steps: steps_to_change,
        });
    }
    // The scales the verdict rests on: the leading one for a track, both otherwise.
    for c in &consistency {
        let rests_on = verdict.track().is_none_or(|t| t == c.scale);
        if rests_on && c.level() == Consistency::Mixed {
            cautions.push(Caution::Mixed(c.scale));
        }
    }
    if let Some(c) = cross_check.filter(|c| c.disagrees) {
        cautions.push(Caution::ChoicesDisagree {
            management: c.management,
            technical: c.technical,
        });
    }
    if let (Some(stated), Some(r)) = (verdict.track(), revealed.filter(Revealed::comparable)) {
        if r.side() == Some(stated.other()) {
            cautions.push(Caution::RecentDisagrees {
                recent: stated.other(),
            });
        }
    }
    let confidence = match (issues.is_empty(), cautions.len()) {
        (false, _) | (true, 2..) => Confidence::Low,
        (true, 1) => Confidence::Medium,
        (true, _) => Confidence::High,
    };

    Assessment {
        management,
        technical,
        outcome: verdict,
        strength: strength(management, technical),
        confidence,
        issues,
        cautions,
        consistency,
        acquiescence,
        steps_to_change,
        cross_check,
        revealed,
        themes: theme_scores(questions, themes, answers),
        effects: effects(
            questions,
            themes,
            answers,
            [points[0].len(), points[1].len()],
        ),
        skills,
    }
}

/// A statement's points on its scale: 0 to 4, reversed for statements keyed `Disagree`.
fn keyed_points(answer: Agreement, keyed: Keyed) -> f64 {
    f64::from(match keyed {
        Keyed::Agree => answer.points(),
        Keyed::Disagree => 4 - answer.points(),
    })
}

fn index(track: TrackKind) -> usize {
    match track {
        TrackKind::Management => 0,
        TrackKind::Technical => 1,
    }
}

fn mean(values: &[f64]) -> f64 {
    values.iter().sum::<f64>() / values.len().max(1) as f64
}

/// Standard deviation (of the population); 0 for fewer than two values.
fn spread(values: &[f64]) -> f64 {
    if values.len() < 2 {
        return 0.0;
    }
    let m = mean(values);
    (values.iter().map(|v| (v - m).powi(2)).sum::<f64>() / values.len() as f64).sqrt()
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
    counts: [usize; 2],
) -> Vec<Effect> {
    let mut effects: Vec<Effect> = questions
        .iter()
        .zip(answers.iter().copied())
        .filter_map(|(question, answer)| {
            let answer = answer.filter(|a| a.fits(question))?;
            let (scale, on_scale) = match (answer, &question.kind) {
                (Answer::Agreement(a), QuestionKind::Statement { scale, keyed, .. }) => {
                    let p = keyed_points(a, *keyed);
                    let n = counts[index(*scale)] as f64;
                    (Some(*scale), (p - 2.0) / (4.0 * n) * 100.0)
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
    themes
        .iter()
        .map(|theme| {
            let mut points: [Vec<f64>; 2] = [Vec::new(), Vec::new()];
            for (question, answer) in questions.iter().zip(answers.iter().copied()) {
                if question.theme != theme.id {
                    continue;
                }
                if let (Some(Answer::Agreement(a)), QuestionKind::Statement { scale, keyed, .. }) =
                    (answer, &question.kind)
                {
                    points[index(*scale)].push(keyed_points(a, *keyed));
                }
            }
            let score = |p: &Vec<f64>| (!p.is_empty()).then(|| percent(p));
            ThemeScore {
                theme,
                management: score(&points[0]),
                technical: score(&points[1]),
            }
        })
        .collect()
}

fn quality_issues(
    given: &[Agreement],
    settled: usize,
    statements: usize,
    acquiescence: Option<f64>,
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
    if let Some(index) = acquiescence.filter(|i| i.abs() >= ACQUIESCENCE) {
        issues.push(QualityIssue::Acquiescence { index });
    }
    if !given.is_empty() {
        let neutral = given.iter().filter(|a| **a == Agreement::Neutral).count();
        let share = neutral as f64 / given.len() as f64;
        if share >= MOSTLY_NEUTRAL {
            issues.push(QualityIssue::MostlyNeutral { share });
        }
    }
    issues
}

/// A score as the page shows it.
fn shown(score: f64) -> String {
    fixed(score, 0)
}

/// The sentence under the verdict, for two (rounded) scores; `weak` when the answers are a
/// weak basis ([`QualityIssue`]), which the sentence then says instead of a strength.
pub fn headline(management: f64, technical: f64, weak: bool) -> String {
    let (m, t) = (shown(management), shown(technical));
    let pull = shown(PULL);
    match outcome(management, technical) {
        Outcome::Management | Outcome::Technical if weak => {
            let track = if management > technical { "management" } else { "technical" };
            format!(
                "Taken at face value your answers lean towards the {track} track ({m} for management against {t} for technical), but they are a weak basis for a verdict: see the note below."
            )
        }
        verdict @ (Outcome::Management | Outcome::Technical) => format!(
            "Your answers show a {} pull towards the {} track: {m} for management against {t} for technical.",
            strength(management, technical).word(),
            verdict.track().map_or("", TrackKind::slug),
        ),
        Outcome::Hybrid if weak => format!(
            "Taken at face value your answers pull towards both tracks ({m} for management, {t} for technical), but they are a weak basis for a verdict: see the note below."
        ),
        Outcome::Hybrid => match strength(management, technical) {
            Strength::Strong => format!(
                "Both tracks pull you strongly: {m} for management and {t} for technical. A role that mixes leading and doing may suit you best."
            ),
            Strength::Clear => format!(
                "Both tracks pull you clearly: {m} for management and {t} for technical. A role that mixes leading and doing may suit you."
            ),
            _ => format!(
                "Both tracks pull you, though only a little: {m} for management and {t} for technical, both just past {pull}. A role that mixes leading and doing is worth a look."
            ),
        },
        Outcome::Undecided if management < PULL && technical < PULL => format!(
            "Neither track pulls you at the moment: both scores are below {pull}, where a pull starts ({m} for management, {t} for technical)."
        ),
        Outcome::Undecided => format!(
            "Your pulls towards the two tracks are too close to call: {m} for management and {t} for technical, less than {} points apart.",
            shown(CLOSE)
        ),
    }
}

/// The answers behind the verdict, in groups with a heading each.
#[derive(Debug, Clone, PartialEq)]
pub struct Why {
    /// The rule the verdict followed, with the numbers.
    pub summary: String,
    pub groups: Vec<WhyGroup>,
}

/// Answers that pulled one way.
#[derive(Debug, Clone, PartialEq)]
pub struct WhyGroup {
    pub heading: String,
    /// Largest first.
    pub effects: Vec<Effect>,
    /// What to say when no answer pulled this way.
    pub none: &'static str,
}

/// How many answers a "why" group lists for the verdict's own direction, and for the others.
const WHY_MAIN: usize = 5;
const WHY_OTHER: usize = 3;

impl Assessment {
    /// Whether neither scale pulls: an undecided result because nothing pulls, rather than
    /// because the two pulls cancel out.
    pub fn neither_pulls(&self) -> bool {
        self.management < PULL && self.technical < PULL
    }

    /// How strong the verdict is, in one sentence, from the same marks as [`strength`].
    pub fn strength_words(&self) -> String {
        match (self.outcome, self.strength) {
            (Outcome::Undecided, _) | (_, Strength::None) => {
                "No track verdict, so there is no strength to report.".to_string()
            }
            (Outcome::Hybrid, s) => format!(
                "A {} double pull: the weaker of your two scores is {}.",
                s.word(),
                shown(self.management.min(self.technical))
            ),
            (_, s) => format!(
                "A {} pull: a lead of {} points, with your leading score at {}.",
                s.word(),
                shown((self.management - self.technical).abs()),
                shown(self.management.max(self.technical))
            ),
        }
    }

    /// How far the verdict is from changing, in one sentence.
    pub fn margin_words(&self) -> String {
        if self.steps_to_change.is_finite() {
            format!(
                "Changing at least {} of your answers by one step each would be needed to reach a different verdict.",
                shown(self.steps_to_change.ceil().max(1.0))
            )
        } else {
            "Your scores cannot move, as no statement was answered.".to_string()
        }
    }

    /// The sentence under the verdict; see [`headline`].
    pub fn headline(&self) -> String {
        headline(self.management, self.technical, !self.issues.is_empty())
    }

    /// The answers behind this verdict: for a track, what pulled towards it and the other way;
    /// for a hybrid, what raised each scale; when neither pulls, what held each back; when the
    /// pulls cancel, what pulled each way.
    pub fn why(&self) -> Why {
        let (m, t) = (shown(self.management), shown(self.technical));
        let pull = shown(PULL);
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
        let group = |heading: String, effects: Vec<Effect>, none: &'static str| WhyGroup {
            heading,
            effects,
            none,
        };
        match self.outcome {
            Outcome::Management | Outcome::Technical => {
                let track = self.outcome.track().unwrap_or(TrackKind::Management);
                let (own, other) = match track {
                    TrackKind::Management => (&m, &t),
                    TrackKind::Technical => (&t, &m),
                };
                Why {
                    summary: format!(
                        "Your {} score of {own} is at least {pull} and {} points ahead of your {} score of {other}.",
                        track.slug(),
                        shown((self.management - self.technical).abs()),
                        track.other().slug(),
                    ),
                    groups: vec![
                        group(
                            format!("What pulled you towards {}", track.slug()),
                            towards(track, WHY_MAIN),
                            "No answer pulled this way.",
                        ),
                        group(
                            "What pulled the other way".into(),
                            towards(track.other(), WHY_OTHER),
                            "No answer pulled the other way.",
                        ),
                    ],
                }
            }
            Outcome::Hybrid => Why {
                summary: format!(
                    "Both pulls are high: management {m} and technical {t} are both at least {pull}, and less than {} points apart.",
                    shown(HYBRID_GAP)
                ),
                groups: vec![
                    group(
                        "What raised your management score".into(),
                        raised(TrackKind::Management, true, WHY_OTHER),
                        "No answer raised it.",
                    ),
                    group(
                        "What raised your technical score".into(),
                        raised(TrackKind::Technical, true, WHY_OTHER),
                        "No answer raised it.",
                    ),
                ],
            },
            Outcome::Undecided if self.neither_pulls() => Why {
                summary: format!(
                    "Neither pull is high enough: management {m} and technical {t} are both below {pull}."
                ),
                groups: vec![
                    group(
                        "What held your management score back".into(),
                        raised(TrackKind::Management, false, WHY_OTHER),
                        "No answer lowered it: it stayed near the middle because most answers were Neutral.",
                    ),
                    group(
                        "What held your technical score back".into(),
                        raised(TrackKind::Technical, false, WHY_OTHER),
                        "No answer lowered it: it stayed near the middle because most answers were Neutral.",
                    ),
                ],
            },
            Outcome::Undecided => Why {
                summary: format!(
                    "Your pulls nearly cancel out: management {m} and technical {t} are less than {} points apart.",
                    shown(CLOSE)
                ),
                groups: vec![
                    group(
                        "What pulled you towards management".into(),
                        towards(TrackKind::Management, WHY_OTHER),
                        "No answer pulled this way.",
                    ),
                    group(
                        "What pulled you towards technical".into(),
                        towards(TrackKind::Technical, WHY_OTHER),
                        "No answer pulled this way.",
                    ),
                ],
            },
        }
    }

    /// Plain-language notes on every issue and caution, in that order.
    pub fn notes(&self) -> Vec<String> {
        let issues = self.issues.iter().map(|issue| match issue {
            QualityIssue::Incomplete { answered, total } => format!(
                "You answered {answered} of {total} statements, so part of the picture is missing."
            ),
            QualityIssue::SameAnswer(answer) => format!(
                "You gave the same answer ({}) to every statement, so the result cannot tell what matters more to you.",
                answer.label()
            ),
            QualityIssue::MostlyNeutral { share } => format!(
                "{}% of your answers were Neutral, so the result rests on very few real preferences.",
                fixed(share * 100.0, 0)
            ),
            QualityIssue::Acquiescence { index } if *index > 0.0 => "You agreed with most statements, including ones that say opposite things (some statements are worded so that agreeing pulls away from a track). That pattern often comes from a habit of agreeing rather than a real pull, so both scores may be higher than your true preferences.".to_string(),
            QualityIssue::Acquiescence { .. } => "You disagreed with most statements, including ones that say opposite things (some statements are worded so that agreeing pulls away from a track). That pattern often comes from a habit of disagreeing rather than a real dislike, so both scores may be lower than your true preferences.".to_string(),
        });
        let cautions = self.cautions.iter().map(|caution| match caution {
            Caution::CloseCall { steps } => format!(
                "Your scores sit close to a line where the verdict changes: moving {} of your answers by one step could give a different result.",
                answer_count(*steps)
            ),
            Caution::Mixed(scale) => format!(
                "Your {} answers were mixed, and this verdict rests on them: some statements pulled you towards {} work and others away from it.",
                scale.slug(),
                scale.slug()
            ),
            Caution::ChoicesDisagree { management, technical } => format!(
                "Your either-or choices pointed the other way ({management} management, {technical} technical) from your statements."
            ),
            Caution::RecentDisagrees { recent } => format!(
                "You say {}, but the work that satisfied you most over the last six months was {}.",
                recent.other().slug(),
                match recent {
                    TrackKind::Management => "mostly people and coordination",
                    TrackKind::Technical => "mostly hands-on technical work",
                }
            ),
        });
        issues.chain(cautions).collect()
    }

    /// The last-six-months check beside the answers, in words; `None` without the check.
    pub fn stated_vs_revealed(&self) -> Option<String> {
        let r = self.revealed?;
        if !r.comparable() {
            return Some(format!(
                "You described one complete piece of recent work. Add at least {} to compare what satisfied you with your answers.",
                crate::recent::MIN_TO_COMPARE
            ));
        }
        let what = format!(
            "The work that satisfied you most over the last six months was {} (satisfaction points: people {}, technical {}).",
            r.words(),
            signed(r.people),
            signed(r.technical)
        );
        let verdict = match (self.outcome.track(), r.side()) {
            (Some(stated), Some(recent)) if stated == recent => {
                "That agrees with your answers.".to_string()
            }
            (Some(stated), Some(_)) => format!(
                "Your answers point to the {} track, so the two disagree: it is worth asking which describes you better.",
                stated.slug()
            ),
            (Some(stated), None) => format!(
                "Your answers point to the {} track; your recent work does not favour either side.",
                stated.slug()
            ),
            (None, Some(recent)) => format!(
                "Your answers did not settle on one track; your recent work points towards the {} track.",
                recent.slug()
            ),
            (None, None) => "Like your answers, your recent work does not favour one track.".into(),
        };
        Some(format!("{what} {verdict}"))
    }
}

/// "one", "two", "three" answers (a close call never needs more), else the number.
fn answer_count(steps: f64) -> String {
    let n = steps.ceil().max(1.0) as usize;
    match n {
        1 => "just one".into(),
        2 => "two".into(),
        3 => "three".into(),
        n => n.to_string(),
    }
}

/// A whole or half number with its sign: `+2`, `-1.5`, `0`.
fn signed(x: f64) -> String {
    let text = if x.fract() == 0.0 {
        fixed(x, 0)
    } else {
        fixed(x, 1)
    };
    if x > 0.0 {
        format!("+{text}")
    } else {
        text
    }
}

/// A role, how well it fits, and why.
#[derive(Debug, Clone, PartialEq)]
pub struct RoleMatch {
    pub role: &'static Role,
    /// 0 to 100.
    pub fit: f64,
    /// One line on why it fits.
    pub reason: String,
}

/// Ranks `roles` for this result, best fit first.
///
/// Fit is three quarters track and one quarter skills. The track part of a single-track role is
/// its own scale score less a fifth of the other scale's (a strong pull it would leave unused);
/// for bridge roles (which mix both tracks) it is half the own scale, a quarter the other and a
/// quarter how balanced the two are, so they rise to the top when both scales are high and
/// alike. The skills part is the mean self-rating over the role's skills that the
/// quiz asked about (the track part stands in when it asked about none).
pub fn match_roles(assessment: &Assessment, roles: &'static [Role]) -> Vec<RoleMatch> {
    let score = |t: TrackKind| match t {
        TrackKind::Management => assessment.management,
        TrackKind::Technical => assessment.technical,
    };
    let mut matches: Vec<RoleMatch> = roles
        .iter()
        .map(|role| {
            let own = score(role.track);
            let track_part = if role.bridge {
                let balance = 100.0 - (assessment.management - assessment.technical).abs();
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
                reason: reason(role, own, score(role.track.other()), &rated),
            }
        })
        .collect();
    stable_sort_by(&mut matches, |a, b| a.fit > b.fit);
    matches
}

fn reason(role: &Role, own: f64, other: f64, rated: &[(&str, f64)]) -> String {
    let strengths: Vec<&str> = rated
        .iter()
        .filter(|(_, r)| *r >= 0.75)
        .map(|(s, _)| *s)
        .collect();
    let track = role.track.label().to_ascii_lowercase();
    let pull = if role.bridge {
        format!(
            "Mixes both kinds of work; your pulls are {} ({track}) and {} ({})",
            fixed(own, 0),
            fixed(other, 0),
            role.track.other().label().to_ascii_lowercase()
        )
    } else {
        format!("Your {track} pull is {} out of 100", fixed(own, 0))
    };
    match strengths.as_slice() {
        [] => format!("{pull}."),
        [one] => format!(
            "{pull}, and it uses your strength in {}.",
            one.to_ascii_lowercase()
        ),
        many => {
            let (last, rest) = many.split_last().expect("at least two");
            let rest: Vec<String> = rest.iter().map(|s| s.to_ascii_lowercase()).collect();
            format!(
                "{pull}, and it uses your strengths in {} and {}.",
                rest.join(", "),
                last.to_ascii_lowercase()
            )
        }
    }
}
