//! The whole assessment of one set of answers: the scores, the verdict and the rule that gave
//! it, the answer-style findings, the cautions and every answer's effect.

use super::{
    index, keyed_points, margin, strength,
    style::{halves, quality_issues, read_pairs},
    Contradiction, Outcome, QualityIssue, Rule, Scores, Strength, Tally, CLOSE_CALL, CONFLICT,
    NEUTRAL, SCATTERED,
};
use crate::{
    order::stable_sort_by,
    quiz::{Answer, Question, QuestionKind, Scale, Theme},
    recent::{reveal, RecentWork, Revealed},
    TrackKind,
};

/// A reason to hold the verdict less firmly, judged against the verdict given.
#[derive(Debug, Clone, PartialEq)]
pub enum Caution {
    /// At most [`CLOSE_CALL`] one-step answer changes could change the verdict.
    CloseCall { steps: u32 },
    /// A scale the verdict rests on has many answers pulling against the way it leans.
    Conflict(ScaleConflict),
    /// The either-or choices favour another direction than the verdict's.
    ChoicesDisagree(CrossCheck),
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
    pub scale: Scale,
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

/// What the either-or choices say next to the scales: how many picks went to each scale's
/// option.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CrossCheck {
    pub management: usize,
    pub technical: usize,
    pub leadership: usize,
    /// The choices favour another direction than the verdict: for management, the other
    /// options outnumber managing people; for hands-on technical work, managing and leading
    /// outnumber it; for technical leadership, managing people outnumbers the rest.
    pub disagrees: bool,
}

/// What one answer did to the result.
#[derive(Debug, Clone, PartialEq)]
pub struct Effect {
    pub question: &'static Question,
    pub answer: Answer,
    /// The scale it counts on; `None` for choices, self-ratings and "does not apply", which
    /// count on none.
    pub scale: Option<Scale>,
    /// Points it moved its own scale away from [`NEUTRAL`]: positive raised it.
    pub on_scale: f64,
    /// Points added to the lean: positive towards management, negative towards technical;
    /// leadership answers add none.
    pub lean: f64,
}

/// One theme's subscores; `None` where the theme has no answered statement of that scale.
#[derive(Debug, Clone, PartialEq)]
pub struct ThemeScore {
    pub theme: &'static Theme,
    pub management: Option<f64>,
    pub technical: Option<f64>,
    pub leadership: Option<f64>,
}

/// The complete, explained result of a quiz.
#[derive(Debug, Clone, PartialEq)]
pub struct Assessment {
    /// Management score, a whole number from 0 to 100.
    pub management: f64,
    /// Technical score, a whole number from 0 to 100.
    pub technical: f64,
    /// Leadership score (leading technical work without reports), a whole number from 0 to 100.
    pub leadership: f64,
    /// The verdict shown: the scores' verdict, or Undecided when the answers are a weak basis.
    pub outcome: Outcome,
    /// What the scores alone say; differs from `outcome` only when [`Assessment::issues`] is
    /// not empty.
    pub face_value: Outcome,
    /// The rule the scores meet, which gave `face_value` (and `outcome`, when the answers
    /// carry a verdict): the one decision every page and sentence reads.
    pub rule: Rule,
    pub strength: Strength,
    pub confidence: Confidence,
    pub issues: Vec<QualityIssue>,
    pub cautions: Vec<Caution>,
    /// Management, technical, then leadership.
    pub conflict: [ScaleConflict; 3],
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
    let mut tallies = [Tally::default(); 3];
    // Scored answers in the order asked: (scale, keyed points).
    let mut scored: Vec<(usize, u8)> = Vec::new();
    let mut given = Vec::new();
    let mut picks = [0usize; 3];
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
            (Answer::Pick(scale), QuestionKind::Choice { .. }) => picks[index(scale)] += 1,
            _ => {}
        }
    }
    let scores = Scores::of(tallies);
    let rule = Rule::of(scores);
    let face_value = rule.outcome();

    let conflict = [Scale::Management, Scale::Technical, Scale::Leadership].map(|scale| {
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
    let (against, answered) = conflict
        .iter()
        .fold((0, 0), |(g, n), c| (g + c.against, n + c.answered));
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
    let [m, t, l] = picks;
    let cross_check = (m + t + l > 0).then(|| CrossCheck {
        management: m,
        technical: t,
        leadership: l,
        disagrees: match verdict {
            Outcome::Management => t + l > m,
            Outcome::Technical => m + l > t,
            Outcome::Leadership => m > t + l,
            Outcome::Hybrid | Outcome::Undecided => false,
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
        management: scores.management,
        technical: scores.technical,
        leadership: scores.leadership,
        outcome: verdict,
        face_value,
        rule,
        strength: if carried {
            strength(scores)
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
        effects: effects(questions, themes, answers, tallies.map(|t| t.answered)),
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
    conflict: &[ScaleConflict; 3],
    cross_check: Option<CrossCheck>,
    revealed: Option<Revealed>,
) -> Vec<Caution> {
    let mut cautions = Vec::new();
    if let Some(steps) = steps_to_change.filter(|s| *s <= CLOSE_CALL) {
        cautions.push(Caution::CloseCall { steps });
    }
    for c in conflict {
        if verdict.rests_on().contains(&c.scale) && c.in_conflict() {
            cautions.push(Caution::Conflict(*c));
        }
    }
    if let Some(c) = cross_check.filter(|c| c.disagrees) {
        cautions.push(Caution::ChoicesDisagree(c));
    }
    if let Some(r) = revealed.filter(Revealed::comparable) {
        match verdict {
            Outcome::Management | Outcome::Technical | Outcome::Leadership => {
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
    counts: [u32; 3],
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
                Some(Scale::Management) => on_scale,
                Some(Scale::Technical) => -on_scale,
                Some(Scale::Leadership) | None => 0.0,
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
        let (x, y) = (a.on_scale.abs(), b.on_scale.abs());
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
            let mut points: [Vec<f64>; 3] = [Vec::new(), Vec::new(), Vec::new()];
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
                leadership: score(&points[2]),
            }
        })
        .filter(|t| t.management.is_some() || t.technical.is_some() || t.leadership.is_some())
        .collect()
}
