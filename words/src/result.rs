//! The result in words: the headline, how firm it is, the answers behind it and the roles'
//! reasons, each from the facts of a `crossroads_core::scoring::Assessment` (the notes on how
//! far to trust it are in `notes.rs`).

use crate::{list, number, outcome, plural, strength, whole, Fill};
use crossroads_core::{
    content::Role,
    fit::FitReason,
    prose::{text, Prose},
    quiz::{Answer, Scale},
    scoring::{
        About, Assessment, Effect, Firm, Outcome, QualityIssue, Rule, ScaleConflict, Scores,
        Strength, WhyGroup, CLEAR_PULL, CLOSE, HYBRID_GAP, PULL, STRONG_PULL,
    },
    TrackKind,
};

/// Picks the management or the technical one of two pieces.
pub(crate) fn by_track(t: TrackKind, management: Prose, technical: Prose) -> &'static str {
    match t {
        TrackKind::Management => management.get(),
        TrackKind::Technical => technical.get(),
    }
}

/// Picks the management, technical or leadership one of three pieces.
fn by_scale(s: Scale, management: Prose, technical: Prose, leadership: Prose) -> &'static str {
    match s {
        Scale::Management => management.get(),
        Scale::Technical => technical.get(),
        Scale::Leadership => leadership.get(),
    }
}

/// The track as it fills "the {track} track".
pub(crate) fn in_sentence(t: TrackKind) -> &'static str {
    by_track(
        t,
        text::TRACK_IN_SENTENCE_MANAGEMENT,
        text::TRACK_IN_SENTENCE_TECHNICAL,
    )
}

/// "management score", "technical score", "leadership score".
fn score_of(s: Scale) -> &'static str {
    by_scale(
        s,
        text::SCORE_MANAGEMENT,
        text::SCORE_TECHNICAL,
        text::SCORE_LEADERSHIP,
    )
}

/// A track's own score's name.
fn track_score(t: TrackKind) -> &'static str {
    score_of(Scale::of(t))
}

/// "management answers", "technical answers", "leadership answers".
pub(crate) fn answers_of(s: Scale) -> &'static str {
    by_scale(
        s,
        text::ANSWERS_MANAGEMENT,
        text::ANSWERS_TECHNICAL,
        text::ANSWERS_LEADERSHIP,
    )
}

/// The kind of work that belongs to a track: "people and coordination work"...
pub(crate) fn kind_of(t: TrackKind) -> &'static str {
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
/// met and the verdict's strength, with the (rounded) scores.
pub fn headline_for(rule: Rule, how_strong: Strength, scores: Scores) -> String {
    let (m, t) = (&whole(scores.management), &whole(scores.technical));
    match rule {
        Rule::Leads(track) => {
            text::HEADLINE_TRACK.fill([strength(how_strong), in_sentence(track), m, t])
        }
        Rule::LeadsAndDirects => {
            text::HEADLINE_LEADERSHIP.fill([strength(how_strong), t, m, &whole(scores.leadership)])
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
        return headline_for(a.rule, a.strength, scores(a));
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

/// The assessment's three scores.
fn scores(a: &Assessment) -> Scores {
    Scores {
        management: a.management,
        technical: a.technical,
        leadership: a.leadership,
    }
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
    let work = by_scale(
        c.scale,
        text::WORK_MANAGEMENT,
        text::WORK_TECHNICAL,
        text::WORK_LEADERSHIP,
    );
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
                track_score(t),
                &whole(own),
                &whole((own - other).abs()),
                track_score(t.other()),
                &whole(other),
            ]))
        }
        Rule::LeadsAndDirects => Some(text::FIRM_LEADERSHIP.fill([
            strength(a.strength),
            &whole(a.technical),
            &whole(a.technical - a.management),
            &whole(a.management),
            &whole(a.leadership),
            &whole(CLEAR_PULL),
            &whole(STRONG_PULL),
        ])),
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
                    by_scale(
                        c.scale,
                        text::FIRM_MANAGEMENT_ANSWERS,
                        text::FIRM_TECHNICAL_ANSWERS,
                        text::FIRM_LEADERSHIP_ANSWERS,
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
            let why = text::WHY_TRACK.fill([
                track_score(track),
                &whole(own),
                pull,
                &whole((own - other).abs()),
                track_score(track.other()),
                &whole(other),
            ]);
            // Says why hands-on work rather than leading it, where leadership was asked.
            let asked = a
                .conflict
                .iter()
                .any(|c| c.scale == Scale::Leadership && c.answered > 0);
            if track == TrackKind::Technical && asked {
                let not_leading = text::WHY_NOT_LEADING.fill([&whole(a.leadership), pull]);
                [why, not_leading].join(" ")
            } else {
                why
            }
        }
        Rule::LeadsAndDirects => text::WHY_LEADERSHIP.fill([
            t,
            pull,
            &whole(a.technical - a.management),
            m,
            &whole(a.leadership),
        ]),
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
        About::Raised(s) => by_scale(
            s,
            text::WHY_RAISED_MANAGEMENT,
            text::WHY_RAISED_TECHNICAL,
            text::WHY_RAISED_LEADERSHIP,
        ),
        About::HeldBack(s) => by_scale(
            s,
            text::WHY_HELD_MANAGEMENT,
            text::WHY_HELD_TECHNICAL,
            text::WHY_HELD_LEADERSHIP,
        ),
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
            leadership,
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
            let pull = match leadership {
                Some(l) => text::FIT_LEADS.fill([&pull, &whole(*l)]),
                None => pull,
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
