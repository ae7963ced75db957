//! "What matters to you": a what-if weighting that orders roles by pay, pressure, security,
//! hands-on work, leading people, time for family and learning. It never changes the quiz's
//! verdict; it only ranks roles, and every role says which of its traits moved it.

use crate::{
    content::{Role, Trait},
    explore::salary_rank,
    format::{ordinal, usd},
    roles,
};

/// Something a person may care about in their next role.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Concern {
    Pay,
    /// How much pressure and responsibility the person can take (not how much they want).
    Pressure,
    Security,
    HandsOn,
    People,
    Family,
    Learning,
}

/// The five steps of every control, from none to a lot.
pub const STEPS: [&str; 5] = ["Not at all", "A little", "Some", "Quite a lot", "A lot"];

/// The middle step: every control there leaves roles in their usual order.
pub const MIDDLE: u8 = 2;

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

    /// The question the panel asks, as the control's visible label.
    pub fn question(self) -> &'static str {
        match self {
            Concern::Pay => "How much does pay matter to you?",
            Concern::Pressure => "How much pressure and responsibility can you take?",
            Concern::Security => "How much does job security matter?",
            Concern::HandsOn => "How much do you want hands-on technical work?",
            Concern::People => "How much do you want to lead people?",
            Concern::Family => "How much time do you need for family and those who depend on you?",
            Concern::Learning => "How much do you want to keep learning new technology?",
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
    /// pay relative to the lowest and highest salaries, pressure as calm (a person who can
    /// take little wants little), every other trait as its level.
    fn value(self, role: &Role) -> f64 {
        match (self, self.trait_of(role)) {
            (Concern::Pressure, Some(t)) => {
                f64::from(TOP_LEVEL - t.level) / f64::from(TOP_LEVEL - 1)
            }
            (_, Some(t)) => f64::from(t.level - 1) / f64::from(TOP_LEVEL - 1),
            (_, None) => {
                let (min, max) = salary_range();
                f64::from(role.salary - min) / f64::from((max - min).max(1))
            }
        }
    }

    /// How much this concern counts for a control at `step`: the step itself, except for
    /// pressure, where taking less makes calm count more.
    fn weight(self, step: u8) -> f64 {
        match self {
            Concern::Pressure => f64::from(4 - step),
            _ => f64::from(step),
        }
    }
}

fn salary_range() -> (u32, u32) {
    let salaries = roles().iter().map(|r| r.salary);
    (
        salaries.clone().min().unwrap_or(0),
        salaries.max().unwrap_or(0),
    )
}

/// One step (0 to 4) per concern, in the order of [`Concern::ALL`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Weights([u8; 7]);

impl Default for Weights {
    fn default() -> Self {
        Weights([MIDDLE; 7])
    }
}

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

    /// Every control at the middle step: roles keep their usual order.
    pub fn is_neutral(&self) -> bool {
        *self == Weights::default()
    }

    /// The query value that carries them in a link: seven digits, `2402213`.
    pub fn to_param(&self) -> String {
        self.0.iter().map(|s| char::from(b'0' + s)).collect()
    }

    /// Reads [`Weights::to_param`] back; `None` unless it is exactly seven digits 0-4.
    pub fn from_param(text: &str) -> Option<Self> {
        let bytes = text.as_bytes();
        if bytes.len() != 7 || !bytes.iter().all(|b| (b'0'..=b'4').contains(b)) {
            return None;
        }
        let mut steps = [0; 7];
        for (slot, b) in steps.iter_mut().zip(bytes) {
            *slot = b - b'0';
        }
        Some(Weights(steps))
    }
}

fn index(concern: Concern) -> usize {
    Concern::ALL.iter().position(|c| *c == concern).unwrap_or(0)
}

/// A role as these weights see it.
#[derive(Debug, Clone, PartialEq)]
pub struct Weighed {
    pub role: &'static Role,
    /// 0 to 100: the weighted mean of the role's values (50 when nothing counts).
    pub score: f64,
    /// The two or three concerns that set it apart most for this person, in words.
    pub reasons: Vec<String>,
}

/// How `role` fares under `weights`.
pub fn weigh(weights: &Weights, role: &'static Role) -> Weighed {
    let total: f64 = Concern::ALL.iter().map(|c| c.weight(weights.get(*c))).sum();
    let score = if total == 0.0 {
        50.0
    } else {
        100.0
            * Concern::ALL
                .iter()
                .map(|c| c.weight(weights.get(*c)) * c.value(role))
                .sum::<f64>()
            / total
    };
    // What sets the role apart: each concern's weight times how far the role is from the
    // mean of the twelve on it.
    let mut parts: Vec<(Concern, f64)> = Concern::ALL
        .iter()
        .map(|c| {
            let mean = roles().iter().map(|r| c.value(r)).sum::<f64>() / roles().len() as f64;
            (*c, c.weight(weights.get(*c)) * (c.value(role) - mean))
        })
        .filter(|(_, d)| d.abs() > 0.05)
        .collect();
    crate::order::stable_sort_by(&mut parts, |a, b| a.1.abs() > b.1.abs());
    let reasons = parts
        .iter()
        .take(3)
        .map(|(c, d)| reason(*c, *d, weights, role))
        .collect();
    Weighed {
        role,
        score,
        reasons,
    }
}

/// One concern's part in a role's place, as a sentence.
fn reason(concern: Concern, lift: f64, weights: &Weights, role: &'static Role) -> String {
    let more = lift > 0.0;
    let why = |t: &Trait| t.why.get();
    match (concern, concern.trait_of(role)) {
        (Concern::Pay, _) => {
            let rank = salary_rank(role);
            let place = match rank {
                1 => "the highest of the twelve".to_string(),
                n if n == roles().len() => "the lowest of the twelve".to_string(),
                n => format!("{} of the twelve", ordinal(n)),
            };
            format!("Pays {}, {place}.", usd(role.salary))
        }
        (Concern::Pressure, Some(t)) => {
            // The head says which way the concern moved the role first, so a calmer role
            // that still asks more than the person can take does not read as sunk by it.
            let too_much = t.level > weights.get(Concern::Pressure) + 1;
            let head = match (more, too_much) {
                (true, false) => "Less pressure than most roles",
                (true, true) => {
                    "Less pressure than most roles, though more than you said you can take"
                }
                (false, true) => "More pressure than you said you can take",
                (false, false) => "More pressure than most roles, within what you can take",
            };
            format!("{head}: {}", why(t))
        }
        (c, Some(t)) => {
            let what = match c {
                Concern::Security => "job security",
                Concern::HandsOn => "hands-on technical work",
                Concern::People => "leading of people",
                Concern::Family => "time for family",
                _ => "new technology to learn",
            };
            format!(
                "{} {what} than most roles: {}",
                if more { "More" } else { "Less" },
                why(t)
            )
        }
        (_, None) => String::new(),
    }
}

/// A role in a weighted ranking.
#[derive(Debug, Clone, PartialEq)]
pub struct Ranked {
    pub weighed: Weighed,
    /// What the order is by: the weighted score, or its mean with the quiz fit.
    pub score: f64,
    /// Where the role stood in the usual order (0 is first).
    pub was: usize,
}

/// The roles in `usual` order re-ranked by `weights`, best first; ties keep the usual order.
/// With `fits` (each role's quiz fit, 0 to 100, in the same order) the order is by the mean
/// of the fit and the weighted score, so the quiz still counts for half.
pub fn rank(weights: &Weights, usual: &[&'static Role], fits: Option<&[f64]>) -> Vec<Ranked> {
    let mut out: Vec<Ranked> = usual
        .iter()
        .enumerate()
        .map(|(was, role)| {
            let weighed = weigh(weights, role);
            let score = match fits.and_then(|f| f.get(was)) {
                Some(fit) => (fit + weighed.score) / 2.0,
                None => weighed.score,
            };
            Ranked {
                weighed,
                score,
                was,
            }
        })
        .collect();
    crate::order::stable_sort_by(&mut out, |a, b| a.score > b.score);
    out
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
            .with(Concern::Family, 0);
        assert_eq!(w.to_param(), "4222202");
        assert_eq!(Weights::from_param("4222202"), Some(w));
        assert!(Weights::default().is_neutral() && !w.is_neutral());
        for junk in ["", "222222", "22222222", "2222225", "22x2222", "２222222"] {
            assert_eq!(Weights::from_param(junk), None, "{junk}");
        }
        assert_eq!(
            Weights::default().with(Concern::Pay, 9).get(Concern::Pay),
            4
        );
    }

    #[test]
    #[allow(clippy::disallowed_methods)] // the standard sort as the reference
    fn pay_alone_orders_by_salary() {
        let w = Weights([4, 4, 0, 0, 0, 0, 0]);
        let ranked = rank(&w, &usual(), None);
        let salaries: Vec<u32> = ranked.iter().map(|r| r.weighed.role.salary).collect();
        let mut sorted = salaries.clone();
        sorted.sort_by(|a, b| b.cmp(a));
        assert_eq!(salaries, sorted);
        let top = &ranked[0].weighed;
        assert_eq!(top.role.slug, "engineering-director");
        assert_eq!(top.reasons[0], "Pays $162,252, the highest of the twelve.");
    }

    #[test]
    fn little_tolerance_for_pressure_sinks_the_director_and_says_why() {
        // Nothing counts but how little pressure this person can take.
        let calm = Weights([0; 7]);
        let ranked = rank(&calm, &usual(), None);
        let last = &ranked.last().unwrap().weighed;
        assert_eq!(last.role.slug, "engineering-director");
        assert!(
            last.reasons[0].starts_with("More pressure than you said you can take: "),
            "{:?}",
            last.reasons
        );
        // A calmer role lifted by the same weights says so first, and still says that it
        // asks more than this person can take.
        let lifted = ranked
            .iter()
            .find(|r| r.weighed.role.slug == "software-engineer")
            .unwrap();
        assert!(
            lifted.weighed.reasons[0].starts_with(
                "Less pressure than most roles, though more than you said you can take: "
            ),
            "{:?}",
            lifted.weighed.reasons
        );
        // Someone who can take a lot does not have pressure counted against a role.
        let bold = Weights([0, 4, 0, 0, 0, 0, 0]);
        assert!(rank(&bold, &usual(), None).iter().all(|r| r.score == 50.0));
    }

    #[test]
    fn leading_people_and_hands_on_work_pull_opposite_ways() {
        let leader = Weights([0, 4, 0, 0, 4, 0, 0]);
        let maker = Weights([0, 4, 0, 4, 0, 0, 0]);
        let top = |w: &Weights| rank(w, &usual(), None)[0].weighed.role.track;
        assert_eq!(top(&leader), crate::TrackKind::Management);
        assert_eq!(top(&maker), crate::TrackKind::Technical);
    }

    #[test]
    fn ties_keep_the_usual_order_and_every_role_keeps_its_usual_place() {
        let nothing = Weights([0, 4, 0, 0, 0, 0, 0]);
        let ranked = rank(&nothing, &usual(), None);
        for (i, r) in ranked.iter().enumerate() {
            assert_eq!(r.was, i);
            assert!(r.weighed.reasons.is_empty(), "{:?}", r.weighed.reasons);
        }
    }

    #[test]
    fn with_a_quiz_fit_the_order_is_half_fit_half_weights() {
        let w = Weights([4, 4, 0, 0, 0, 4, 0]);
        let two = [
            role("engineering-lead").unwrap(),
            role("engineering-director").unwrap(),
        ];
        // Pay and family time put the director first; a much better fit puts the lead ahead.
        assert_eq!(
            rank(&w, &two, None)[0].weighed.role.slug,
            "engineering-director"
        );
        let ranked = rank(&w, &two, Some(&[100.0, 0.0]));
        assert_eq!(ranked[0].weighed.role.slug, "engineering-lead");
        assert_eq!(ranked[0].score, (100.0 + ranked[0].weighed.score) / 2.0);
        assert_eq!((ranked[0].was, ranked[1].was), (0, 1));
    }

    #[test]
    fn every_role_gets_at_most_three_reasons_in_plain_words() {
        let w = Weights([3, 1, 4, 2, 0, 4, 3]);
        for r in roles() {
            let weighed = weigh(&w, r);
            assert!((0.0..=100.0).contains(&weighed.score));
            assert!(weighed.reasons.len() <= 3);
            for reason in &weighed.reasons {
                assert!(reason.ends_with('.') && !reason.contains("  "), "{reason}");
            }
        }
        let lead = weigh(&w, role("engineering-lead").unwrap());
        assert!(
            lead.reasons
                .iter()
                .any(|r| r.starts_with("Pays $84,927, the lowest")),
            "{:?}",
            lead.reasons
        );
    }
}
