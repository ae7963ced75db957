//! How far to trust a result, in words: a note on every answer-style finding and caution, and
//! the last-six-months check beside the answers.

use crate::{
    plural,
    result::{answers_of, by_track, in_sentence, kind_of},
    whole, Fill,
};
use crossroads_core::{
    prose::text,
    recent::{Revealed, MIN_TO_COMPARE},
    scoring::{Assessment, Caution, Outcome, QualityIssue},
    TrackKind,
};

/// Which way the recent work points, said only as far as it shows: towards a track when work
/// of that kind satisfied the person, otherwise only away from the other one.
fn recent_direction(r: &Revealed, side: TrackKind) -> &'static str {
    if r.satisfied_by(side) {
        by_track(
            side,
            text::RECENT_TOWARDS_MANAGEMENT,
            text::RECENT_TOWARDS_TECHNICAL,
        )
    } else {
        by_track(
            side.other(),
            text::RECENT_AWAY_FROM_MANAGEMENT,
            text::RECENT_AWAY_FROM_TECHNICAL,
        )
    }
}

/// One note on how far to trust a result, and an example of what it found where one helps.
#[derive(Debug, Clone, PartialEq)]
pub struct Note {
    /// What was found and what it means for the result.
    pub text: String,
    /// One instance of it in the person's own answers, which a phone shows one tap away.
    pub example: Option<String>,
}

impl From<String> for Note {
    fn from(text: String) -> Self {
        Note {
            text,
            example: None,
        }
    }
}

/// Plain-language notes on every issue and caution, in that order.
pub fn notes(a: &Assessment) -> Vec<Note> {
    let issues = a.issues.iter().map(|issue| Note {
        example: example(issue),
        text: match issue {
            QualityIssue::Incomplete { answered, total } => {
                text::NOTE_INCOMPLETE.fill([&answered.to_string(), &total.to_string()])
            }
            QualityIssue::SameAnswer(answer) => {
                text::NOTE_SAME_ANSWER.fill([crate::agreement(*answer)])
            }
            QualityIssue::MostlyNeutral { share } => {
                text::NOTE_MOSTLY_NEUTRAL.fill([&whole(share * 100.0)])
            }
            QualityIssue::Contradictions { pairs, answered } => {
                let found = text::NOTE_CONTRADICTIONS
                    .fill([&pairs.len().to_string(), &answered.to_string()]);
                // "Keep the result" only where a result is kept.
                let end = if a.carries_verdict() {
                    text::NOTE_CONTRADICTIONS_DOUBT_END
                } else {
                    text::NOTE_CONTRADICTIONS_END
                };
                [found.as_str(), end.get()].join(" ")
            }
            QualityIssue::AgreementTilt {
                agreed,
                disagreed,
                statements,
            } => {
                let [statements, pairs, agreed_n, disagreed_n] =
                    [*statements, statements / 2, *agreed, *disagreed].map(|n| n.to_string());
                // Each sentence names the larger count first, so their slots differ in order.
                let tilt = if agreed > disagreed {
                    text::NOTE_AGREEMENT_TILT_AGREE.fill([
                        &statements,
                        &pairs,
                        &agreed_n,
                        &disagreed_n,
                    ])
                } else {
                    text::NOTE_AGREEMENT_TILT_DISAGREE.fill([
                        &statements,
                        &pairs,
                        &disagreed_n,
                        &agreed_n,
                    ])
                };
                if a.carries_verdict() {
                    [tilt.as_str(), text::NOTE_RESULT_STANDS.get()].join(" ")
                } else {
                    tilt
                }
            }
            QualityIssue::HalvesDisagree {
                first,
                points_to,
                scores,
            } => if *first {
                text::NOTE_HALVES_FIRST
            } else {
                text::NOTE_HALVES_SECOND
            }
            .fill([
                &whole(scores[0]),
                &whole(scores[1]),
                in_sentence(*points_to),
            ]),
            QualityIssue::Scattered { against, answered } => {
                text::NOTE_SCATTERED.fill([&against.to_string(), &answered.to_string()])
            }
        },
    });
    let cautions = a.cautions.iter().map(|caution| match caution {
        Caution::CloseCall { steps } => match steps {
            1 => text::NOTE_CLOSE_CALL_ONE,
            2 => text::NOTE_CLOSE_CALL_TWO,
            _ => text::NOTE_CLOSE_CALL_THREE,
        }
        .get()
        .to_string(),
        Caution::Conflict(c) => text::NOTE_CONFLICT.fill([
            &c.against.to_string(),
            &c.answered.to_string(),
            answers_of(c.scale),
        ]),
        Caution::ChoicesDisagree(c) => text::NOTE_CHOICES_DISAGREE.fill([
            &c.management.to_string(),
            &c.leadership.to_string(),
            &c.technical.to_string(),
        ]),
        Caution::RecentDisagrees { recent } => text::NOTE_RECENT_DISAGREES.fill([
            in_sentence(recent.other()),
            a.revealed.map_or("", |r| recent_direction(&r, *recent)),
        ]),
        Caution::RecentOneSided { satisfying } => {
            text::NOTE_RECENT_ONE_SIDED.fill([kind_of(*satisfying)])
        }
    });
    issues.chain(cautions.map(Note::from)).collect()
}

/// One pair answered alike, in the person's own answers, for the note that counts them.
fn example(issue: &QualityIssue) -> Option<String> {
    let QualityIssue::Contradictions { pairs, .. } = issue else {
        return None;
    };
    pairs.first().map(|c| {
        text::NOTE_CONTRADICTION_EXAMPLE.fill([
            crate::agreement(c.first_answer),
            c.first.text.get().trim_end_matches('.'),
            crate::agreement(c.second_answer),
            c.second.text.get().trim_end_matches('.'),
        ])
    })
}

/// The last-six-months check beside the answers, in words; `None` without the check.
pub fn stated_vs_revealed(a: &Assessment) -> Option<String> {
    let r = a.revealed?;
    if !r.comparable() {
        return Some(
            plural(
                r.rated,
                text::RECENT_TOO_FEW_ONE,
                text::RECENT_TOO_FEW_OTHER,
            )
            .fill([&MIN_TO_COMPARE.to_string(), &r.rated.to_string()]),
        );
    }
    let mut said = vec![match (
        r.satisfied_by(TrackKind::Management),
        r.satisfied_by(TrackKind::Technical),
    ) {
        (true, true) => text::RECENT_SATISFIED_BOTH.get().to_string(),
        (true, false) => text::RECENT_SATISFIED_ONE.fill([kind_of(TrackKind::Management)]),
        (false, true) => text::RECENT_SATISFIED_ONE.fill([kind_of(TrackKind::Technical)]),
        (false, false) => text::RECENT_SATISFIED_NONE.get().to_string(),
    }];
    for t in TrackKind::ALL.into_iter().filter(|t| r.drained_by(*t)) {
        said.push(text::RECENT_DRAINED.fill([kind_of(t)]));
    }
    let verdict_track = a.outcome.track().map_or("", in_sentence);
    said.push(match (a.outcome, r.side()) {
        (Outcome::Management | Outcome::Technical | Outcome::Leadership, Some(recent))
            if a.outcome.track() == Some(recent) =>
        {
            text::RECENT_AGREES.get().to_string()
        }
        (Outcome::Management | Outcome::Technical | Outcome::Leadership, Some(_)) => {
            text::RECENT_DISAGREES.fill([verdict_track])
        }
        (Outcome::Management | Outcome::Technical | Outcome::Leadership, None) => {
            text::RECENT_TRACK_NO_SIDE.fill([verdict_track])
        }
        (Outcome::Hybrid, _) => match r.only_satisfying_kind() {
            Some(_) => text::RECENT_HYBRID_ONE_KIND.get().to_string(),
            None if r.satisfied_by(TrackKind::Management) => {
                text::RECENT_HYBRID_BOTH.get().to_string()
            }
            None => text::RECENT_HYBRID_NONE.get().to_string(),
        },
        (Outcome::Undecided, Some(recent)) => {
            text::RECENT_UNDECIDED_SIDE.fill([recent_direction(&r, recent)])
        }
        (Outcome::Undecided, None) => text::RECENT_UNDECIDED_NONE.get().to_string(),
    });
    Some(said.join(" "))
}
