//! The result in words: the headline, how firm it is, the answers behind it, the notes and the
//! roles' reasons, each from the facts of a `crossroads_core::scoring::Assessment`.

use crate::{list, number, outcome, plural, strength, whole, Fill};
use crossroads_core::{
    content::Role,
    fit::FitReason,
    prose::{text, Prose},
    quiz::Answer,
    recent::{Revealed, MIN_TO_COMPARE},
    scoring::{
        About, Assessment, Caution, Effect, Firm, Outcome, QualityIssue, Rule, ScaleConflict,
        Strength, WhyGroup, CLEAR_PULL, CLOSE, HYBRID_GAP, PULL, STRONG_PULL,
    },
    TrackKind,
};

/// Picks the management or the technical one of two pieces.
fn by_track(t: TrackKind, management: Prose, technical: Prose) -> &'static str {
    match t {
        TrackKind::Management => management.get(),
        TrackKind::Technical => technical.get(),
    }
}

/// The track as it fills "the {track} track".
fn in_sentence(t: TrackKind) -> &'static str {
    by_track(
        t,
        text::TRACK_IN_SENTENCE_MANAGEMENT,
        text::TRACK_IN_SENTENCE_TECHNICAL,
    )
}

/// "management score", "technical score".
fn score_of(t: TrackKind) -> &'static str {
    by_track(t, text::SCORE_MANAGEMENT, text::SCORE_TECHNICAL)
}

/// "management answers", "technical answers".
fn answers_of(t: TrackKind) -> &'static str {
    by_track(t, text::ANSWERS_MANAGEMENT, text::ANSWERS_TECHNICAL)
}

/// The kind of work that belongs to a track: "people and coordination work"...
fn kind_of(t: TrackKind) -> &'static str {
    by_track(t, text::KIND_MANAGEMENT, text::KIND_TECHNICAL)
}

/// The two scores, the track's first: (own, other).
fn own_and_other(a: &Assessment, t: TrackKind) -> (f64, f64) {
    match t {
        TrackKind::Management => (a.management, a.technical),
        TrackKind::Technical => (a.technical, a.management),
    }
}

/// The sentence under the verdict for scores whose answers carry a verdict: the `rule` they
/// met and the verdict's strength, with the two (rounded) scores.
pub fn headline_for(rule: Rule, how_strong: Strength, management: f64, technical: f64) -> String {
    let (m, t) = (&whole(management), &whole(technical));
    match rule {
        Rule::Leads(track) => {
            text::HEADLINE_TRACK.fill([strength(how_strong), in_sentence(track), m, t])
        }
        Rule::BothPull => match how_strong {
            Strength::Strong => text::HEADLINE_HYBRID_STRONG,
            Strength::Clear => text::HEADLINE_HYBRID_CLEAR,
            _ => text::HEADLINE_HYBRID_SLIGHT,
        }
        .fill([m, t]),
        Rule::NeitherPulls => text::HEADLINE_NOTHING_PULLS.fill([&whole(PULL), m, t]),
        Rule::TooClose => text::HEADLINE_TOO_CLOSE.fill([m, t, &whole(CLOSE)]),
    }
}

/// The sentence under the verdict; when the answers cannot carry a verdict it says so first,
/// and gives the scores only at face value. Findings that only lower confidence are told in
/// the notes, under a verdict that stands.
pub fn headline(a: &Assessment) -> String {
    let Some(issue) = a.issues.iter().find(|i| i.sets_aside()) else {
        return headline_for(a.rule, a.strength, a.management, a.technical);
    };
    let why = match issue {
        QualityIssue::Incomplete { .. } => text::NO_VERDICT_INCOMPLETE.get().to_string(),
        QualityIssue::SameAnswer(_) => text::NO_VERDICT_SAME_ANSWER.get().to_string(),
        QualityIssue::MostlyNeutral { .. } => text::NO_VERDICT_MOSTLY_NEUTRAL.get().to_string(),
        QualityIssue::Contradictions { pairs, .. } => {
            text::NO_VERDICT_CONTRADICTIONS.fill([&pairs.len().to_string()])
        }
        QualityIssue::HalvesDisagree { points_to, .. } => {
            text::NO_VERDICT_HALVES.fill([in_sentence(*points_to)])
        }
        // The agreement tilt only lowers confidence and is never found here: of these two,
        // only Scattered sets a verdict aside.
        QualityIssue::AgreementTilt { .. } | QualityIssue::Scattered { .. } => {
            text::NO_VERDICT_SCATTERED.get().to_string()
        }
    };
    text::HEADLINE_NO_VERDICT.fill([&why, &whole(a.management), &whole(a.technical)])
}

/// One line of "How firm this result is", in words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FirmLine {
    /// What the line is about, as a short label.
    pub label: &'static str,
    /// The fact, in plain words.
    pub text: String,
    /// The section of the "How the score works" page that explains the rule.
    pub anchor: &'static str,
    /// The name of the link to that section.
    pub link: &'static str,
}

/// A scale's answers against the way it leans, counted: "2 of your 18 management answers
/// pointed away from management work, against the rest."
pub fn conflict(c: &ScaleConflict) -> String {
    let answered = &c.answered.to_string();
    let answers = answers_of(c.scale);
    let work = by_track(c.scale, text::WORK_MANAGEMENT, text::WORK_TECHNICAL);
    let (none, some) = if c.leans_towards {
        (text::CONFLICT_NONE_AWAY, text::CONFLICT_SOME_AWAY)
    } else {
        (text::CONFLICT_NONE_TOWARDS, text::CONFLICT_SOME_TOWARDS)
    };
    match c.against {
        0 => none.fill([answered, answers, work]),
        n => some.fill([&n.to_string(), answered, answers, work]),
    }
}

/// How strong the verdict is, in one sentence; `None` without a verdict to be strong about.
pub fn strength_words(a: &Assessment) -> Option<String> {
    if !a.carries_verdict() || a.strength == Strength::None {
        return None;
    }
    match a.rule {
        Rule::BothPull => Some(
            match a.strength {
                Strength::Strong => text::FIRM_HYBRID_STRONG,
                Strength::Clear => text::FIRM_HYBRID_CLEAR,
                _ => text::FIRM_HYBRID_SLIGHT,
            }
            .fill([
                &whole(a.management.min(a.technical)),
                &whole(CLEAR_PULL),
                &whole(STRONG_PULL),
            ]),
        ),
        Rule::Leads(t) => {
            let (own, other) = own_and_other(a, t);
            Some(text::FIRM_TRACK.fill([
                strength(a.strength),
                score_of(t),
                &whole(own),
                &whole((own - other).abs()),
                score_of(t.other()),
                &whole(other),
            ]))
        }
        Rule::NeitherPulls | Rule::TooClose => None,
    }
}

/// "How firm this result is", line by line.
pub fn firmness(a: &Assessment) -> Vec<FirmLine> {
    a.firmness()
        .into_iter()
        .map(|f| {
            let (label, text, link) = match f {
                Firm::NoVerdict => (
                    text::FIRM_HOW_FIRM.get(),
                    text::FIRM_NO_VERDICT.get().to_string(),
                    text::LINK_NO_VERDICT.get(),
                ),
                Firm::Strength => (
                    text::FIRM_HOW_STRONG.get(),
                    strength_words(a).unwrap_or_default(),
                    text::LINK_STRENGTH.get(),
                ),
                Firm::Margin { steps } => (
                    text::FIRM_HOW_CLOSE.get(),
                    plural(
                        steps as usize,
                        text::FIRM_MARGIN_ONE,
                        text::FIRM_MARGIN_OTHER,
                    )
                    .fill([&steps.to_string()]),
                    text::LINK_MARGIN.get(),
                ),
                Firm::Conflict(c) => (
                    by_track(
                        c.scale,
                        text::FIRM_MANAGEMENT_ANSWERS,
                        text::FIRM_TECHNICAL_ANSWERS,
                    ),
                    conflict(&c),
                    text::LINK_CONFLICT.get(),
                ),
            };
            FirmLine {
                label,
                text,
                anchor: f.anchor(),
                link,
            }
        })
        .collect()
}

/// The rule the verdict followed, with the numbers: the summary above "why".
pub fn why_summary(a: &Assessment) -> String {
    let (m, t) = (&whole(a.management), &whole(a.technical));
    let pull = &whole(PULL);
    if !a.carries_verdict() {
        return text::WHY_NO_VERDICT.fill([outcome(Outcome::Undecided), m, t]);
    }
    match a.rule {
        Rule::Leads(track) => {
            let (own, other) = own_and_other(a, track);
            text::WHY_TRACK.fill([
                score_of(track),
                &whole(own),
                pull,
                &whole((own - other).abs()),
                score_of(track.other()),
                &whole(other),
            ])
        }
        Rule::BothPull => text::WHY_HYBRID.fill([m, t, pull, &whole(HYBRID_GAP)]),
        Rule::NeitherPulls => text::WHY_NOTHING_PULLS.fill([m, t, pull]),
        Rule::TooClose => text::WHY_CANCEL.fill([m, t, &whole(CLOSE)]),
    }
}

/// A "why" group's heading.
pub fn why_heading(group: &WhyGroup) -> &'static str {
    match group.about {
        About::Towards(t) => by_track(t, text::WHY_TOWARDS_MANAGEMENT, text::WHY_TOWARDS_TECHNICAL),
        About::OtherWay => text::WHY_OTHER_WAY.get(),
        About::Raised(t) => by_track(t, text::WHY_RAISED_MANAGEMENT, text::WHY_RAISED_TECHNICAL),
        About::HeldBack(t) => by_track(t, text::WHY_HELD_MANAGEMENT, text::WHY_HELD_TECHNICAL),
    }
}

/// What a "why" group says when no answer pulled its way.
pub fn why_none(group: &WhyGroup) -> &'static str {
    match group.about {
        About::Towards(_) => text::WHY_NONE_THIS_WAY.get(),
        About::OtherWay => text::WHY_NONE_OTHER_WAY.get(),
        About::Raised(_) => text::WHY_NONE_RAISED.get(),
        About::HeldBack(_) => text::WHY_NONE_LOWERED.get(),
    }
}

/// What one answer did, said as a raise or a lowering of the one score it moved, with the
/// points: "raised your technical score by 2.8"; or why it moved neither score.
pub fn effect(e: &Effect) -> String {
    let Some(scale) = e.scale else {
        return match e.answer {
            Answer::Pick(_) => text::EFFECT_CHOICE,
            Answer::NotApplicable => text::EFFECT_NOT_APPLICABLE,
            Answer::Agreement(_) => text::EFFECT_SELF_RATING,
        }
        .get()
        .to_string();
    };
    // An effect that rounds to nothing is told as none, so "by 0.0" never shows.
    if e.on_scale.abs() < 0.05 {
        return text::EFFECT_KEPT.fill([score_of(scale)]);
    }
    let template = if e.on_scale > 0.0 {
        text::EFFECT_RAISED
    } else {
        text::EFFECT_LOWERED
    };
    template.fill([score_of(scale), &number(e.on_scale.abs(), 1)])
}

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
        Caution::ChoicesDisagree {
            management,
            technical,
        } => text::NOTE_CHOICES_DISAGREE.fill([&management.to_string(), &technical.to_string()]),
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
        (Outcome::Management | Outcome::Technical, Some(recent))
            if a.outcome.track() == Some(recent) =>
        {
            text::RECENT_AGREES.get().to_string()
        }
        (Outcome::Management | Outcome::Technical, Some(_)) => {
            text::RECENT_DISAGREES.fill([verdict_track])
        }
        (Outcome::Management | Outcome::Technical, None) => {
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

/// Why a role is listed, in one sentence: its pull and the rated skills it draws on, named in
/// the reader's language.
pub fn fit_reason(role: &Role, reason: &FitReason) -> String {
    let pull_name = |t| by_track(t, text::PULL_NAME_MANAGEMENT, text::PULL_NAME_TECHNICAL);
    match reason {
        FitReason::TryBoth => text::FIT_TRY_BOTH.get().to_string(),
        FitReason::ForComparison => text::FIT_FOR_COMPARISON.get().to_string(),
        FitReason::Pull {
            own,
            other,
            strengths,
        } => {
            let pull = if role.bridge {
                text::FIT_BRIDGE.fill([
                    &whole(*own),
                    pull_name(role.track),
                    &whole(*other),
                    pull_name(role.track.other()),
                ])
            } else {
                match role.track {
                    TrackKind::Management => text::FIT_PULL_MANAGEMENT,
                    TrackKind::Technical => text::FIT_PULL_TECHNICAL,
                }
                .fill([&whole(*own)])
            };
            if strengths.is_empty() {
                return text::FIT_END.fill([&pull]);
            }
            // The facts name skills by their English ids; the reader sees the role's own names.
            let names: Vec<String> = strengths
                .iter()
                .filter_map(|s| role.skills.iter().position(|k| k == s))
                .filter_map(|i| role.skill_names.get(i))
                .map(|n| n.get().to_ascii_lowercase())
                .collect();
            let names: Vec<&str> = names.iter().map(String::as_str).collect();
            plural(
                strengths.len(),
                text::FIT_STRENGTH_ONE,
                text::FIT_STRENGTH_OTHER,
            )
            .fill([&pull, &list(&names)])
        }
    }
}
