//! What the answers' style says about them: answering alike whatever is said, mostly
//! Neutral, contradicting opposite pairs, or changing course half way. Each finding either
//! sets the verdict aside or only lowers confidence ([`Weight`]).

use super::{
    index, Outcome, Tally, AGREEMENT_TILT, CONTRADICTED_SHARE, CONTRADICTIONS, MOSTLY_NEUTRAL,
};
use crate::{
    quiz::{Agreement, Answer, Question, QuestionKind, Scale},
    TrackKind,
};

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

/// The opposite pairs as answered: how many had both statements answered, those answered on
/// the same side of Neutral, and how many of their statements were agreed and disagreed with.
pub(super) struct Pairs {
    pub(super) answered: usize,
    pub(super) alike: Vec<Contradiction>,
    agreed: usize,
    disagreed: usize,
}

/// Reads the opposite pairs of `questions` (a reversed statement and the ordinary statement
/// it names) from the answers.
pub(super) fn read_pairs(questions: &'static [Question], answers: &[Option<Answer>]) -> Pairs {
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

/// A track verdict (technical leadership's being technical) that one half of the quiz, scored
/// on its own, contradicts: the scored management and technical
/// statements in the order asked, split into a first and a second half, and a half whose own
/// scores put the other track ahead (by any margin). A step towards the verdict can only move
/// a half towards it too, so answering more firmly never sets this off.
pub(super) fn halves(scored: &[(usize, u8)], verdict: Outcome) -> Option<QualityIssue> {
    let track = verdict.track()?;
    // The two track scales' statements only: the halves weigh one track against the other.
    let tracks: Vec<(usize, u8)> = scored
        .iter()
        .copied()
        .filter(|(s, _)| *s != index(Scale::Leadership))
        .collect();
    let (early, late) = tracks.split_at(tracks.len().div_ceil(2));
    let other = track.other();
    let found = [(true, early), (false, late)]
        .into_iter()
        .find_map(|(first, half)| {
            let mut tallies = [Tally::default(); 3];
            for &(scale, p) in half.iter() {
                tallies[scale].points += u32::from(p);
                tallies[scale].answered += 1;
            }
            let score = |t: TrackKind| tallies[index(Scale::of(t))].score();
            let scores = TrackKind::ALL.map(score);
            (score(other) > score(track)).then_some(QualityIssue::HalvesDisagree {
                first,
                points_to: other,
                scores,
            })
        });
    found
}

pub(super) fn quality_issues(
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
