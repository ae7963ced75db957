//! "What matters to you": a what-if weighting that orders roles by pay, pressure, security,
//! hands-on work, leading people, time for family and learning. It never changes the quiz's
//! verdict; it only ranks roles, and every role says which of its traits moved it.
//!
//! The rule: each concern starts at "No preference", which counts for nothing. A role's
//! preference points are, over the concerns the person set, the step (1 to 4) times how far the
//! role sits above or below the average of the twelve on that concern (from -1 to 1), times
//! [`POINTS_PER_STEP`]. Because the points are a plain sum, raising one concern moves roles
//! only through that concern: a role that is worse on it can never overtake one that is better
//! on it (`core/tests/weigh.rs` checks every setting).

use crate::{
    content::{Role, Trait},
    roles,
};

/// Something a person may care about in their next role.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Concern {
    Pay,
    /// How much the person wants to avoid pressure and responsibility.
    Pressure,
    Security,
    HandsOn,
    People,
    Family,
    Learning,
}

/// The steps of every control run from 0 (no preference) to this (a lot).
pub const TOP_STEP: u8 = 4;

/// How far from the twelve's average a role must sit on a concern (as a share of its range)
/// for that concern to be named as a reason.
const REASON_GAP: f64 = 0.1;

/// Preference points one step of one concern gives a role that is the best of the twelve on
/// it, relative to an average role (and takes from the worst).
pub const POINTS_PER_STEP: f64 = 5.0;

/// A role's traits run from 1 (least) to this.
pub const TOP_LEVEL: u8 = 5;

impl Concern {
    /// Every concern, in the order the panel asks about them.
    pub const ALL: [Concern; 7] = [
        Concern::Pay,
        Concern::Pressure,
        Concern::Security,
        Concern::HandsOn,
        Concern::People,
        Concern::Family,
        Concern::Learning,
    ];

    /// A short identifier, for element ids.
    pub fn key(self) -> &'static str {
        match self {
            Concern::Pay => "pay",
            Concern::Pressure => "pressure",
            Concern::Security => "security",
            Concern::HandsOn => "hands-on",
            Concern::People => "people",
            Concern::Family => "family",
            Concern::Learning => "learning",
        }
    }

    /// The role's trait behind this concern; pay comes from the salary instead.
    pub fn trait_of(self, role: &Role) -> Option<&Trait> {
        let t = &role.traits;
        match self {
            Concern::Pay => None,
            Concern::Pressure => Some(&t.pressure),
            Concern::Security => Some(&t.security),
            Concern::HandsOn => Some(&t.hands_on),
            Concern::People => Some(&t.people),
            Concern::Family => Some(&t.family),
            Concern::Learning => Some(&t.learning),
        }
    }

    /// How well the role answers this concern, from 0 (worst of the twelve) to 1 (best):
    /// pay relative to the lowest and highest salaries, pressure as calm (the control asks how
    /// much the person wants to avoid it), every other trait as its level.
    /// `None` for pay where the role has no salary figure.
    pub fn value(self, role: &Role) -> Option<f64> {
        let (n, d) = self.fraction(role)?;
        Some(n as f64 / d as f64)
    }

    /// [`Concern::value`] as an exact fraction (numerator, denominator), so rankings never
    /// depend on floating-point rounding.
    fn fraction(self, role: &Role) -> Option<(i64, i64)> {
        Some(match (self, self.trait_of(role)) {
            (Concern::Pressure, Some(t)) => (
                i64::from(TOP_LEVEL.saturating_sub(t.level)),
                i64::from(TOP_LEVEL - 1),
            ),
            (_, Some(t)) => (
                i64::from(t.level.saturating_sub(1)),
                i64::from(TOP_LEVEL - 1),
            ),
            (_, None) => {
                let (min, max) = salary_range();
                (i64::from(role.salary? - min), i64::from((max - min).max(1)))
            }
        })
    }
}

fn salary_range() -> (u32, u32) {
    let salaries = roles().iter().filter_map(|r| r.salary);
    (
        salaries.clone().min().unwrap_or(0),
        salaries.max().unwrap_or(0),
    )
}

/// One step (0 to 4) per concern, in the order of [`Concern::ALL`]; the default is "No
/// preference" everywhere.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Weights([u8; 7]);

impl Weights {
    /// The step of one concern.
    pub fn get(&self, concern: Concern) -> u8 {
        self.0[index(concern)]
    }

    /// These weights with one concern at `step` (capped at the top step).
    pub fn with(mut self, concern: Concern, step: u8) -> Self {
        self.0[index(concern)] = step.min(4);
        self
    }

    /// Every control at "No preference": roles keep their usual order.
    pub fn is_neutral(&self) -> bool {
        *self == Weights::default()
    }

    /// The query value that carries them in a link: seven digits, `2402213`.
    pub fn to_param(&self) -> String {
        self.0.iter().map(|s| char::from(b'0' + s)).collect()
    }

    /// Reads [`Weights::to_param`] back; `None` unless it is exactly seven digits 0-4.
    pub fn from_param(text: &str) -> Option<Self> {
        Self::digits(text).map(Weights)
    }

    /// Reads weights written before "No preference" existed (stored data of format 3 and
    /// links' `w`), when every control started at the middle step, 2, and the pressure
    /// control asked how much pressure one can take. A control left at the middle meant no
    /// preference; pressure turns round (taking little is wanting to avoid much).
    pub fn from_old_param(text: &str) -> Option<Self> {
        let mut steps = Self::digits(text)?;
        for (concern, step) in Concern::ALL.iter().zip(steps.iter_mut()) {
            *step = match (concern, *step) {
                (_, 2) => 0,
                (Concern::Pressure, s) => 4 - s,
                (_, s) => s,
            };
        }
        Some(Weights(steps))
    }

    fn digits(text: &str) -> Option<[u8; 7]> {
        let bytes = text.as_bytes();
        if bytes.len() != 7 || !bytes.iter().all(|b| (b'0'..=b'4').contains(b)) {
            return None;
        }
        let mut steps = [0; 7];
        for (slot, b) in steps.iter_mut().zip(bytes) {
            *slot = b - b'0';
        }
        Some(steps)
    }
}

fn index(concern: Concern) -> usize {
    Concern::ALL.iter().position(|c| *c == concern).unwrap_or(0)
}

/// A role as these weights see it.
#[derive(Debug, Clone, PartialEq)]
pub struct Weighed {
    pub role: &'static Role,
    /// Preference points: 0 with no preference set, up to about +/-20 per concern at "A lot".
    pub score: f64,
    /// The two or three set concerns that set it apart most for this person.
    pub reasons: Vec<Reason>,
}

/// One concern that sets a role apart for a person: the role is better on it than the
/// twelve's average (`better`: more pay, less pressure, more of the others) or worse.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reason {
    pub concern: Concern,
    pub better: bool,
}

/// How far each role sits from the twelve's average on every concern, exactly, in units of
/// `1 / denom` of the concern's range.
struct Deviations {
    denom: i64,
    /// Per role of [`roles`], in the order of [`Concern::ALL`].
    of: Vec<[i64; 7]>,
}

impl Deviations {
    /// The table for the content's roles, built once.
    fn get() -> &'static Self {
        static TABLE: std::sync::OnceLock<Deviations> = std::sync::OnceLock::new();
        TABLE.get_or_init(Self::new)
    }

    // A role without a figure for a concern (pay, where the sources give no salary) sits at
    // the average of the roles that have one: the unknown counts neither for nor against it.
    fn new() -> Self {
        let known = Concern::ALL.map(|c| roles().iter().filter_map(move |r| c.fraction(r)));
        let n = known.clone().map(|k| k.count().max(1) as i64);
        let den = known.clone().map(|mut k| k.next().map_or(1, |f| f.1));
        let denom = (0..7).fold(1, |acc, k| lcm(acc, den[k] * n[k]));
        let sums = known.map(|k| k.map(|f| f.0).sum::<i64>());
        let of = roles()
            .iter()
            .map(|r| {
                let mut row = [0; 7];
                for (k, c) in Concern::ALL.iter().enumerate() {
                    row[k] = c
                        .fraction(r)
                        .map_or(0, |(f, _)| (n[k] * f - sums[k]) * (denom / (den[k] * n[k])));
                }
                row
            })
            .collect();
        Deviations { denom, of }
    }

    /// A role's row; an unknown role sits at the average on everything.
    fn row(&self, role: &Role) -> [i64; 7] {
        roles()
            .iter()
            .position(|r| r.slug == role.slug)
            .and_then(|i| self.of.get(i).copied())
            .unwrap_or([0; 7])
    }

    /// Each concern's preference points for `role`, in units of `1 / denom`.
    fn parts(&self, weights: &Weights, role: &Role) -> [i64; 7] {
        let row = self.row(role);
        let mut out = [0; 7];
        for (k, c) in Concern::ALL.iter().enumerate() {
            out[k] = POINTS_PER_STEP as i64 * i64::from(weights.get(*c)) * row[k];
        }
        out
    }
}

fn lcm(a: i64, b: i64) -> i64 {
    let (mut x, mut y) = (a, b);
    while y != 0 {
        (x, y) = (y, x % y);
    }
    if x == 0 {
        0
    } else {
        a / x * b
    }
}

/// How `role` fares under `weights`.
pub fn weigh(weights: &Weights, role: &'static Role) -> Weighed {
    weigh_with(weights, role, Deviations::get())
}

fn weigh_with(weights: &Weights, role: &'static Role, table: &Deviations) -> Weighed {
    // Each set concern's part: its step times how far the role is from the average on it.
    let units = table.parts(weights, role);
    let row = table.row(role);
    let denom = table.denom as f64;
    let score = units.iter().sum::<i64>() as f64 / denom;
    // A reason needs a set concern on which the role really differs from the average (a
    // tenth of the concern's range): eleven roles a hair above an average pulled down by one
    // are not "more than most".
    let mut parts: Vec<(Concern, f64)> = Concern::ALL
        .iter()
        .zip(units)
        .zip(row)
        .filter(|((c, _), dev)| weights.get(**c) > 0 && (*dev as f64 / denom).abs() >= REASON_GAP)
        .map(|((c, u), _)| (*c, u as f64 / denom))
        .collect();
    crate::order::stable_sort_by(&mut parts, |a, b| a.1.abs() > b.1.abs());
    let reasons = parts
        .iter()
        .take(3)
        .map(|(c, d)| Reason {
            concern: *c,
            better: *d > 0.0,
        })
        .collect();
    Weighed {
        role,
        score,
        reasons,
    }
}

/// A role in a weighted ranking.
#[derive(Debug, Clone, PartialEq)]
pub struct Ranked {
    pub weighed: Weighed,
    /// What the order is by: the preference points, or the quiz fit plus them.
    pub score: f64,
    /// Where the role stood in the usual order (0 is first).
    pub was: usize,
}

/// The roles in `usual` order re-ranked by `weights`, best first; ties keep the usual order.
/// With `fits` (each role's quiz fit, 0 to 100, in the same order) the order is by the fit as
/// shown (a whole number) plus the preference points, so every point a preference gives is a
/// point of the number shown.
pub fn rank(weights: &Weights, usual: &[&'static Role], fits: Option<&[f64]>) -> Vec<Ranked> {
    let table = Deviations::get();
    order_with(weights, usual, fits, table)
        .into_iter()
        .map(|(was, score)| Ranked {
            weighed: weigh_with(weights, usual[was], table),
            score,
            was,
        })
        .collect()
}

/// The order [`rank`] gives, without the reasons: each role's place in `usual` and the number
/// it is ranked by, best first.
pub fn order(
    weights: &Weights,
    usual: &[&'static Role],
    fits: Option<&[f64]>,
) -> Vec<(usize, f64)> {
    order_with(weights, usual, fits, Deviations::get())
}

fn order_with(
    weights: &Weights,
    usual: &[&'static Role],
    fits: Option<&[f64]>,
    table: &Deviations,
) -> Vec<(usize, f64)> {
    // Exact keys: the whole-number fit and the points, both in units of 1 / denom.
    let mut keyed: Vec<(usize, i64)> = usual
        .iter()
        .enumerate()
        .map(|(was, role)| {
            let fit = fits
                .and_then(|f| f.get(was))
                .map_or(0, |f| f.round() as i64);
            let points: i64 = table.parts(weights, role).iter().sum();
            (was, fit * table.denom + points)
        })
        .collect();
    crate::order::stable_sort_by(&mut keyed, |a, b| a.1 > b.1);
    let denom = table.denom as f64;
    keyed
        .into_iter()
        .map(|(was, key)| (was, key as f64 / denom))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::role;

    fn usual() -> Vec<&'static Role> {
        roles().iter().collect()
    }

    #[test]
    fn weights_go_to_a_link_and_back() {
        let w = Weights::default()
            .with(Concern::Pay, 4)
            .with(Concern::Family, 1);
        assert_eq!(w.to_param(), "4000010");
        assert_eq!(Weights::from_param("4000010"), Some(w));
        assert!(Weights::default().is_neutral() && !w.is_neutral());
        for junk in ["", "222222", "22222222", "2222225", "22x2222", "２222222"] {
            assert_eq!(Weights::from_param(junk), None, "{junk}");
            assert_eq!(Weights::from_old_param(junk), None, "{junk}");
        }
        assert_eq!(
            Weights::default().with(Concern::Pay, 9).get(Concern::Pay),
            4
        );
    }

    #[test]
    fn old_weights_keep_what_the_person_set() {
        // Untouched controls sat at the middle and meant nothing; pressure asked how much one
        // can take, so taking little (1) is wanting to avoid a fair amount (3).
        assert!(Weights::from_old_param("2222222").unwrap().is_neutral());
        assert_eq!(
            Weights::from_old_param("4122222").unwrap().to_param(),
            "4300000"
        );
        assert_eq!(
            Weights::from_old_param("2024222").unwrap().to_param(),
            "0404000"
        );
    }

    #[test]
    #[allow(clippy::disallowed_methods)] // the standard sort as the reference
    fn pay_alone_orders_by_salary() {
        let w = Weights([4, 0, 0, 0, 0, 0, 0]);
        let ranked = rank(&w, &usual(), None);
        // A role without a figure sits at the average: no pay points either way.
        for r in ranked.iter().filter(|r| r.weighed.role.salary.is_none()) {
            assert_eq!(r.weighed.score, 0.0, "{}", r.weighed.role.slug);
            assert!(r.weighed.reasons.is_empty());
        }
        let salaries: Vec<u32> = ranked
            .iter()
            .filter_map(|r| r.weighed.role.salary)
            .collect();
        let mut sorted = salaries.clone();
        sorted.sort_by(|a, b| b.cmp(a));
        assert_eq!(salaries, sorted);
        let top = &ranked[0].weighed;
        assert_eq!(top.role.slug, "engineering-director");
        assert_eq!(
            top.reasons,
            [Reason {
                concern: Concern::Pay,
                better: true
            }]
        );
    }

    #[test]
    fn avoiding_pressure_sinks_the_director_and_says_why() {
        let calm = Weights([0, 4, 0, 0, 0, 0, 0]);
        let ranked = rank(&calm, &usual(), None);
        let last = &ranked.last().unwrap().weighed;
        assert_eq!(last.role.slug, "engineering-director");
        assert_eq!(
            last.reasons[0],
            Reason {
                concern: Concern::Pressure,
                better: false
            }
        );
        // Nobody is told about pressure they never mentioned.
        let pay = rank(&Weights([4, 0, 0, 0, 0, 0, 0]), &usual(), None);
        assert!(pay
            .iter()
            .all(|r| r.weighed.reasons.iter().all(|w| w.concern == Concern::Pay)));
    }

    #[test]
    fn leading_people_and_hands_on_work_pull_opposite_ways() {
        let leader = Weights([0, 0, 0, 0, 4, 0, 0]);
        let maker = Weights([0, 0, 0, 4, 0, 0, 0]);
        let top = |w: &Weights| rank(w, &usual(), None)[0].weighed.role.track;
        assert_eq!(top(&leader), crate::TrackKind::Management);
        assert_eq!(top(&maker), crate::TrackKind::Technical);
    }

    #[test]
    fn no_preference_keeps_the_usual_order_with_no_reasons() {
        let ranked = rank(&Weights::default(), &usual(), None);
        for (i, r) in ranked.iter().enumerate() {
            assert_eq!(r.was, i);
            assert_eq!(r.score, 0.0);
            assert!(r.weighed.reasons.is_empty(), "{:?}", r.weighed.reasons);
        }
    }

    #[test]
    fn with_a_quiz_fit_the_order_is_fit_plus_preference_points() {
        let w = Weights([4, 0, 0, 0, 0, 4, 0]);
        let two = [
            role("engineering-lead").unwrap(),
            role("engineering-director").unwrap(),
        ];
        assert_eq!(
            rank(&w, &two, None)[0].weighed.role.slug,
            "engineering-director"
        );
        let ranked = rank(&w, &two, Some(&[100.0, 0.0]));
        assert_eq!(ranked[0].weighed.role.slug, "engineering-lead");
        assert!((ranked[0].score - (100.0 + ranked[0].weighed.score)).abs() < 1e-9);
        assert_eq!((ranked[0].was, ranked[1].was), (0, 1));
    }

    #[test]
    fn every_role_gets_at_most_three_reasons() {
        let w = Weights([3, 1, 4, 2, 0, 4, 3]);
        for r in roles() {
            let weighed = weigh(&w, r);
            assert!(weighed.score.abs() <= 7.0 * 4.0 * POINTS_PER_STEP);
            assert!(weighed.reasons.len() <= 3);
        }
        let lead = weigh(&w, role("engineering-lead").unwrap());
        assert!(
            lead.reasons.contains(&Reason {
                concern: Concern::Pay,
                better: false
            }),
            "{:?}",
            lead.reasons
        );
    }
}
