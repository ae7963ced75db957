//! How answers become a result. Everything that decides an outcome is in this file.
//!
//! - Each statement scores 0-4 points (Strongly disagree = 0 ... Strongly agree = 4, reversed
//!   for statements keyed `Disagree`). A scale's score is its points as a percentage of the
//!   most it could have had over the statements answered: 0 to 100, 50 when all are Neutral.
//! - The **lean** is management minus technical, -100 (fully technical) to +100.
//! - An answer's **effect** is how far it moved its scale away from the all-Neutral 50, signed
//!   towards management (+) or technical (-). The effects add up exactly to the lean, so "why
//!   this result" is an exact account, not an estimate.
//! - The **band** around the lean is an approximate 95% interval from how much the person's
//!   answers vary within each scale (never narrower than ±[`MIN_HALF_BAND`]).
//! - Either-or choices do **not** enter the scores; they only cross-check the lean.

use crate::{
    content::Role,
    format::fixed,
    order::stable_sort_by,
    quiz::{Agreement, Answer, Keyed, Question, QuestionKind, Theme},
    TrackKind,
};

/// Both scales at or above this count as high (a hybrid result needs both high).
pub const HIGH: f64 = 60.0;
/// Both scales below this count as low: neither path pulls, so the result is undecided.
pub const LOW: f64 = 45.0;
/// A hybrid result also needs the scales within this many points of each other.
pub const HYBRID_GAP: f64 = 20.0;
/// A lean smaller than this is too close to call.
pub const CLOSE: f64 = 10.0;
/// The narrowest the band around the lean ever gets: even perfectly consistent answers carry
/// some uncertainty about how a person reads the statements.
pub const MIN_HALF_BAND: f64 = 8.0;
/// Share of Neutral answers from which confidence is low.
pub const MOSTLY_NEUTRAL: f64 = 0.6;

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

/// How strong the lean is, from its size alone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Strength {
    None,
    Slight,
    Moderate,
    Strong,
}

impl Strength {
    fn of(lean: f64) -> Self {
        match lean.abs() {
            l if l < CLOSE => Strength::None,
            l if l < 25.0 => Strength::Slight,
            l if l < 45.0 => Strength::Moderate,
            _ => Strength::Strong,
        }
    }

    /// Lower-case words for a sentence.
    pub fn words(self) -> &'static str {
        match self {
            Strength::None => "no clear",
            Strength::Slight => "a slight",
            Strength::Moderate => "a moderate",
            Strength::Strong => "a strong",
        }
    }
}

/// The lean with its uncertainty.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Band {
    /// Management minus technical, -100 to 100.
    pub lean: f64,
    pub low: f64,
    pub high: f64,
}

impl Band {
    /// Whether the band reaches both sides of the middle.
    pub fn crosses_middle(&self) -> bool {
        self.low < 0.0 && self.high > 0.0
    }
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
}

/// How far to trust the result.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Confidence {
    Low,
    Medium,
    High,
}

/// What the either-or choices say next to the scales.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CrossCheck {
    pub management: usize,
    pub technical: usize,
    /// The choices favour the other track than the lean does.
    pub disagrees: bool,
}

/// What one answer did to the result.
#[derive(Debug, Clone, PartialEq)]
pub struct Effect {
    pub question: &'static Question,
    pub answer: Answer,
    /// Points added to the lean: positive towards management, negative towards technical.
    /// Always 0 for choices, which do not count.
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
    pub management: f64,
    pub technical: f64,
    pub outcome: Outcome,
    pub strength: Strength,
    pub band: Band,
    pub confidence: Confidence,
    pub issues: Vec<QualityIssue>,
    pub cross_check: Option<CrossCheck>,
    pub themes: Vec<ThemeScore>,
    /// Every answer's effect, largest first; ties keep question order.
    pub effects: Vec<Effect>,
    /// Self-ratings per skill name, 0.0 to 1.0, from statements that name skills.
    pub skills: Vec<(&'static str, f64)>,
}

/// Scores `answers` (one slot per question, in order) against `questions`. Answers that do not
/// fit their question are ignored, as are slots beyond the questions.
pub fn assess(
    questions: &'static [Question],
    themes: &'static [Theme],
    answers: &[Option<Answer>],
) -> Assessment {
    let mut points: [Vec<f64>; 2] = [Vec::new(), Vec::new()];
    let mut given = Vec::new();
    let mut picks = [0usize; 2];
    let mut skills = Vec::new();
    let mut statements = 0;
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
                },
            ) => {
                let p = keyed_points(a, *keyed);
                points[index(*scale)].push(p);
                given.push(a);
                skills.extend(rated.iter().map(|s| (*s, p / 4.0)));
            }
            (Answer::Pick(track), QuestionKind::Choice { .. }) => picks[index(track)] += 1,
            _ => {}
        }
    }
    let management = percent(&points[0]);
    let technical = percent(&points[1]);
    let lean = management - technical;

    let effects = effects(questions, answers, [points[0].len(), points[1].len()]);
    let themes = theme_scores(questions, themes, answers);
    let band = band(lean, &points);
    let outcome = outcome(management, technical);
    let issues = quality_issues(&given, statements);
    let cross_check = (picks[0] + picks[1] > 0).then(|| CrossCheck {
        management: picks[0],
        technical: picks[1],
        disagrees: match outcome.track() {
            Some(TrackKind::Management) => picks[1] > picks[0],
            Some(TrackKind::Technical) => picks[0] > picks[1],
            None => false,
        },
    });
    let confidence = if !issues.is_empty() {
        Confidence::Low
    } else if band.crosses_middle() || cross_check.is_some_and(|c| c.disagrees) {
        Confidence::Medium
    } else {
        Confidence::High
    };
    Assessment {
        management,
        technical,
        outcome,
        strength: Strength::of(lean),
        band,
        confidence,
        issues,
        cross_check,
        themes,
        effects,
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

impl Assessment {
    /// Whether neither scale reaches [`LOW`]: an undecided result because nothing pulls,
    /// rather than because the two pulls are too close to call.
    pub fn both_low(&self) -> bool {
        self.management < LOW && self.technical < LOW
    }
}

fn index(track: TrackKind) -> usize {
    match track {
        TrackKind::Management => 0,
        TrackKind::Technical => 1,
    }
}

/// Points as a percentage of the maximum; 50 (the neutral point) when nothing was answered.
fn percent(points: &[f64]) -> f64 {
    if points.is_empty() {
        50.0
    } else {
        points.iter().sum::<f64>() / (4.0 * points.len() as f64) * 100.0
    }
}

fn outcome(management: f64, technical: f64) -> Outcome {
    let lean = management - technical;
    if management >= HIGH && technical >= HIGH && lean.abs() < HYBRID_GAP {
        Outcome::Hybrid
    } else if (management < LOW && technical < LOW) || lean.abs() < CLOSE {
        Outcome::Undecided
    } else if lean > 0.0 {
        Outcome::Management
    } else {
        Outcome::Technical
    }
}

/// Lean ± 1.96 standard errors of the difference of the two scale means (in score points).
fn band(lean: f64, points: &[Vec<f64>; 2]) -> Band {
    let variance_of_mean = |p: &Vec<f64>| {
        if p.len() < 2 {
            return 0.0;
        }
        let n = p.len() as f64;
        let scaled: Vec<f64> = p.iter().map(|x| x * 25.0).collect();
        let mean = scaled.iter().sum::<f64>() / n;
        scaled.iter().map(|x| (x - mean).powi(2)).sum::<f64>() / (n - 1.0) / n
    };
    let se = (variance_of_mean(&points[0]) + variance_of_mean(&points[1])).sqrt();
    let half = (1.96 * se).max(MIN_HALF_BAND);
    Band {
        lean,
        low: (lean - half).max(-100.0),
        high: (lean + half).min(100.0),
    }
}

fn effects(
    questions: &'static [Question],
    answers: &[Option<Answer>],
    counts: [usize; 2],
) -> Vec<Effect> {
    let mut effects: Vec<Effect> = questions
        .iter()
        .zip(answers.iter().copied())
        .filter_map(|(question, answer)| {
            let answer = answer.filter(|a| a.fits(question))?;
            let lean = match (answer, &question.kind) {
                (Answer::Agreement(a), QuestionKind::Statement { scale, keyed, .. }) => {
                    let p = keyed_points(a, *keyed);
                    let on_scale = (p - 2.0) / (4.0 * counts[index(*scale)] as f64) * 100.0;
                    match scale {
                        TrackKind::Management => on_scale,
                        TrackKind::Technical => -on_scale,
                    }
                }
                _ => 0.0,
            };
            Some(Effect {
                question,
                answer,
                lean,
            })
        })
        .collect();
    // A stable sort keeps question order among equal effects.
    stable_sort_by(&mut effects, |a, b| a.lean.abs() > b.lean.abs());
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

fn quality_issues(given: &[Agreement], statements: usize) -> Vec<QualityIssue> {
    let mut issues = Vec::new();
    if given.len() < statements {
        issues.push(QualityIssue::Incomplete {
            answered: given.len(),
            total: statements,
        });
    }
    if given.len() >= 2 && given.iter().all(|a| *a == given[0]) {
        issues.push(QualityIssue::SameAnswer(given[0]));
    } else if !given.is_empty() {
        let neutral = given.iter().filter(|a| **a == Agreement::Neutral).count();
        let share = neutral as f64 / given.len() as f64;
        if share >= MOSTLY_NEUTRAL {
            issues.push(QualityIssue::MostlyNeutral { share });
        }
    }
    issues
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
