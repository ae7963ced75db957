//! Which roles fit a result, and in what order the result page lists them.

use crate::{
    content::Role,
    order::stable_sort_by,
    scoring::{Assessment, NEUTRAL},
    TrackKind,
};

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
    /// Its track's pull (and, for a bridge role, the other track's), whole numbers, the
    /// leadership pull for a role that carries technical leadership, and the rated skills of
    /// the role the person is strong in (rated at least three quarters).
    Pull {
        own: f64,
        other: f64,
        leadership: Option<f64>,
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

/// A hands-on technical role of one discipline (the mechanical engineer, the software engineer...):
/// the roles whose discipline someone's field decides.
pub fn of_one_discipline(role: &Role) -> bool {
    !role.bridge
        && crate::background::Field::ALL
            .iter()
            .any(|f| f.own_role() == Some(role.slug))
}

/// The roles [`listed`] for someone in `field` and, for someone who has not said it, the list
/// without the roles of one discipline (ranked among themselves) and the place the first of
/// them held, where the page asks for the field instead of offering other disciplines.
pub fn listed_for(
    matches: &[RoleMatch],
    weights: &crate::weigh::Weights,
    field: Option<crate::background::Field>,
) -> (Vec<Listed>, Option<usize>) {
    let full = listed(matches, weights, field);
    if field.is_some() {
        return (full, None);
    }
    let Some(ask_at) = full.iter().position(|l| of_one_discipline(l.fit.role)) else {
        return (full, None);
    };
    let kept: Vec<RoleMatch> = matches
        .iter()
        .filter(|m| !of_one_discipline(m.role))
        .cloned()
        .collect();
    (listed(&kept, weights, None), Some(ask_at))
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

/// The roles the plan offers as a way to test a door, with the verdict that offers them: the
/// roles that mix both kinds of work for a hybrid or undecided result, the roles that carry
/// technical leadership for a technical leadership result, none for a track.
pub fn door_roles(outcome: crate::scoring::Outcome) -> Vec<&'static Role> {
    use crate::scoring::Outcome;
    let offered = |r: &&'static Role| match outcome {
        Outcome::Hybrid | Outcome::Undecided => r.bridge,
        Outcome::Leadership => r.leads,
        Outcome::Management | Outcome::Technical => false,
    };
    crate::roles().iter().filter(offered).collect()
}

/// Ranks `roles` for this result, best fit first.
///
/// Fit is three quarters track and one quarter skills. The track part of a single-track role is
/// its own scale score less a fifth of the other scale's (a strong pull it would leave unused);
/// for bridge roles (which mix both tracks) it is half the own scale, a quarter the other and a
/// quarter how balanced the two are, so they rise to the top when both scales are high and
/// alike. The skills part is the mean self-rating over the role's skills that the
/// quiz asked about (the track part stands in when it asked about none). A role that carries
/// technical leadership (`leads`) takes three fifths of that track part and two fifths of the
/// leadership score, so it rises for someone who wants to lead technical work and falls for
/// someone who wants to be left to build.
///
/// Answers that cannot carry a verdict cannot show a pull either: roles are then ranked as
/// though both scales were at [`NEUTRAL`], which puts the bridge roles first, as for anyone
/// undecided.
pub fn match_roles(assessment: &Assessment, roles: &'static [Role]) -> Vec<RoleMatch> {
    let carried = assessment.carries_verdict();
    let score = |t: TrackKind| match (carried, t) {
        (false, _) => NEUTRAL,
        (true, TrackKind::Management) => assessment.management,
        (true, TrackKind::Technical) => assessment.technical,
    };
    let mut matches: Vec<RoleMatch> = roles
        .iter()
        .map(|role| {
            let own = score(role.track);
            let leadership = if carried {
                assessment.leadership
            } else {
                NEUTRAL
            };
            let base = if role.bridge {
                let balance =
                    100.0 - (score(TrackKind::Management) - score(TrackKind::Technical)).abs();
                0.5 * own + 0.25 * score(role.track.other()) + 0.25 * balance
            } else {
                (own - 0.2 * score(role.track.other())).max(0.0)
            };
            let track_part = if role.leads {
                0.6 * base + 0.4 * leadership
            } else {
                base
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
                reason: if carried {
                    FitReason::Pull {
                        own: own.round(),
                        other: score(role.track.other()).round(),
                        leadership: role.leads.then(|| leadership.round()),
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
