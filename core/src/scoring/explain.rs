//! The answers behind a verdict and how firm it is, as facts the words layer says.

use super::{Assessment, Caution, Effect, Outcome, QualityIssue, Rule, ScaleConflict, Strength};
use crate::{quiz::Scale, TrackKind};

/// What a "why" group gathers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum About {
    /// Answers that pulled towards this track (on the lean).
    Towards(TrackKind),
    /// Answers that pulled away from the verdict's track (on the lean).
    OtherWay,
    /// Answers that raised this scale.
    Raised(Scale),
    /// Answers that lowered this scale.
    HeldBack(Scale),
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
        self.rule == Rule::NeitherPulls
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

    /// The answers behind this verdict: for a track, what pulled towards it and the other way
    /// (for technical leadership, also what raised leadership); for a hybrid, what raised each track's scale;
    /// when neither pulls, what held each back; when the pulls cancel (or the answers carry no
    /// verdict), what pulled each way.
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
        let raised = |scale: Scale, up: bool, n: usize| {
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
        let lead = Scale::Leadership;
        match self.outcome {
            Outcome::Management | Outcome::Technical | Outcome::Leadership => {
                let track = self.outcome.track().unwrap_or(TrackKind::Management);
                let mut groups = vec![
                    group(About::Towards(track), towards(track, WHY_MAIN)),
                    group(About::OtherWay, towards(track.other(), WHY_OTHER)),
                ];
                // Technical leadership also shows what raised leadership; for the technical
                // track the summary says where leadership fell short, which keeps the page short.
                if self.outcome == Outcome::Leadership {
                    groups.insert(1, group(About::Raised(lead), raised(lead, true, WHY_MAIN)));
                }
                Why { groups }
            }
            Outcome::Hybrid => Why {
                groups: TrackKind::ALL
                    .map(|t| {
                        let s = Scale::of(t);
                        group(About::Raised(s), raised(s, true, WHY_OTHER))
                    })
                    .to_vec(),
            },
            Outcome::Undecided if self.neither_pulls() => Why {
                groups: TrackKind::ALL
                    .map(|t| {
                        let s = Scale::of(t);
                        group(About::HeldBack(s), raised(s, false, WHY_OTHER))
                    })
                    .to_vec(),
            },
            Outcome::Undecided => each_way(),
        }
    }
}
