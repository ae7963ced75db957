//! Try before you switch: a 30/60/90-day plan of small, low-risk experiments, chosen by where
//! the person stands today ([`Position`]), by the result, and by the themes that most need
//! testing, with the person's ticks, start date and notes (kept with their progress).

use crate::{
    background::Position,
    content::Prose,
    scoring::{Assessment, Outcome},
};

/// What an experiment lets a person try (`kind` in `content/plan.toml`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ExperimentKind {
    /// Direct, low-risk trials of management for someone who does not manage yet.
    TryManagement,
    /// Growing on the technical path: a specialism, a qualification, harder designs, a senior
    /// engineer's scope.
    GrowTechnical,
    /// For someone leading a team while hands-on: the technical-leadership path.
    TechLead,
    /// For someone leading a team while hands-on: trials of the whole people-leading job.
    PeopleLead,
    /// For someone who manages: trying the way back to technical work.
    WayBack,
    /// For someone who manages: growing as a manager while keeping technical judgement current.
    GrowManager,
    /// For anyone: trials of technical leadership without managing anyone (a design others
    /// build from, a cross-team review, mentoring without managing).
    Direct,
}

impl ExperimentKind {
    /// Every kind, in the order `content/plan.toml` describes them.
    pub const ALL: [ExperimentKind; 7] = [
        ExperimentKind::TryManagement,
        ExperimentKind::GrowTechnical,
        ExperimentKind::TechLead,
        ExperimentKind::PeopleLead,
        ExperimentKind::WayBack,
        ExperimentKind::GrowManager,
        ExperimentKind::Direct,
    ];

    /// The name used for `kind` in `content/plan.toml`.
    pub fn slug(self) -> &'static str {
        match self {
            ExperimentKind::TryManagement => "try-management",
            ExperimentKind::GrowTechnical => "grow-technical",
            ExperimentKind::TechLead => "tech-lead",
            ExperimentKind::PeopleLead => "people-lead",
            ExperimentKind::WayBack => "way-back",
            ExperimentKind::GrowManager => "grow-manager",
            ExperimentKind::Direct => "direct",
        }
    }
}

/// One step of a plan (`content/plan.toml`).
#[derive(Debug, PartialEq, Eq)]
pub struct Experiment {
    /// Ticks and notes are kept under it.
    pub id: &'static str,
    pub kind: ExperimentKind,
    /// 30, 60 or 90: the month it belongs to.
    pub phase: u32,
    /// The quiz theme it probes.
    pub theme: &'static str,
    pub title: Prose,
    pub how: Prose,
    /// The question to ask yourself afterwards.
    pub notice: Prose,
}

/// What is said with every plan.
#[derive(Debug, PartialEq, Eq)]
pub struct Advice {
    /// That the move can be undone, how people move back, and that the way back gets harder
    /// the longer someone manages.
    pub reversible: Prose,
    /// How a manager keeps technical skills current.
    pub keep_current: Prose,
}

include!(concat!(env!("OUT_DIR"), "/plan.rs"));

/// Every experiment, in the order of `content/plan.toml`.
pub fn experiments() -> &'static [Experiment] {
    EXPERIMENTS
}

/// The advice shown with every plan.
pub fn advice() -> &'static Advice {
    &ADVICE
}

/// The months of a plan, by their last day.
pub const PHASES: [u32; 3] = [30, 60, 90];
/// How long a plan runs.
pub const DAYS: u32 = 90;
/// Steps per month.
pub const PER_PHASE: usize = 2;
/// The longest note kept for a step, in characters.
pub const MAX_NOTE: usize = 280;

/// What a plan is made of for one place to stand and one result.
#[derive(Debug, PartialEq, Eq)]
pub struct Shape {
    /// The kinds its steps are of, the one most of them are first.
    pub kinds: &'static [ExperimentKind],
    /// The kind of each step, month by month in the order of [`PHASES`].
    pub months: [[ExperimentKind; PER_PHASE]; 3],
}

/// What the plan for `position` and `outcome` is for, in plain words, to follow "Small
/// experiments you can run from where you stand today: " (content, `[[purpose]]` in
/// `content/plan.toml`; empty if the content lacks it, which a content test forbids).
pub fn purpose(position: Position, outcome: Outcome) -> &'static str {
    PURPOSES
        .iter()
        .find(|(p, o, _)| *p == position.slug() && *o == outcome.slug())
        .map_or("", |(_, _, text)| text.get())
}

/// The plan for each place to stand and each result (documented in the head of
/// `content/plan.toml`, which `core/tests/plan.rs` keeps in step with this table).
///
/// Someone hands-on or studying whose result is technical grows on the technical path, with
/// one trial of management in the second month so it is not ruled out too early; a
/// management result gets trials of management. Someone who leads while hands-on follows the
/// technical-leadership path or tries the whole people-leading job, with one step of the
/// other. Someone who manages tries the way back, or grows as a manager. A technical
/// leadership result gets trials of leading without managing every month, beside a step on the
/// technical path, one trial of management (so it is not ruled out too early) or, for a
/// manager, the way back. Hybrid and
/// undecided results get one step of each side every month (the page links the roles that
/// mix the two).
pub fn shape(position: Position, outcome: Outcome) -> &'static Shape {
    use ExperimentKind::{
        Direct, GrowManager, GrowTechnical, PeopleLead, TechLead, TryManagement, WayBack,
    };
    use Outcome::{Hybrid, Leadership, Management, Technical, Undecided};
    use Position::{HandsOn, LeadingHandsOn, Managing, Studying};
    match (position, outcome) {
        (HandsOn, Technical) => &Shape {
            kinds: &[GrowTechnical, TryManagement],
            months: [
                [GrowTechnical, GrowTechnical],
                [GrowTechnical, TryManagement],
                [GrowTechnical, GrowTechnical],
            ],
        },
        (HandsOn | Studying, Leadership) => &Shape {
            kinds: &[Direct, GrowTechnical, TryManagement],
            months: [
                [Direct, GrowTechnical],
                [Direct, TryManagement],
                [Direct, Direct],
            ],
        },
        (LeadingHandsOn, Leadership) => &Shape {
            kinds: &[Direct, TechLead, PeopleLead],
            months: [[TechLead, Direct], [Direct, PeopleLead], [TechLead, Direct]],
        },
        (Managing, Leadership) => &Shape {
            kinds: &[WayBack, Direct],
            months: [[WayBack, Direct]; 3],
        },
        (HandsOn, Management) => &Shape {
            kinds: &[TryManagement],
            months: [[TryManagement, TryManagement]; 3],
        },
        (HandsOn, Hybrid) => &Shape {
            kinds: &[TryManagement, GrowTechnical],
            months: [[TryManagement, GrowTechnical]; 3],
        },
        (HandsOn, Undecided) => &Shape {
            kinds: &[TryManagement, GrowTechnical],
            months: [[TryManagement, GrowTechnical]; 3],
        },
        (Studying, Technical) => &Shape {
            kinds: &[GrowTechnical, TryManagement],
            months: [
                [GrowTechnical, GrowTechnical],
                [GrowTechnical, TryManagement],
                [GrowTechnical, GrowTechnical],
            ],
        },
        (Studying, Management) => &Shape {
            kinds: &[TryManagement],
            months: [[TryManagement, TryManagement]; 3],
        },
        (Studying, Hybrid) => &Shape {
            kinds: &[TryManagement, GrowTechnical],
            months: [[TryManagement, GrowTechnical]; 3],
        },
        (Studying, Undecided) => &Shape {
            kinds: &[TryManagement, GrowTechnical],
            months: [[TryManagement, GrowTechnical]; 3],
        },
        (LeadingHandsOn, Technical) => &Shape {
            kinds: &[TechLead, PeopleLead],
            months: [
                [TechLead, TechLead],
                [TechLead, PeopleLead],
                [TechLead, TechLead],
            ],
        },
        (LeadingHandsOn, Management) => &Shape {
            kinds: &[PeopleLead, TechLead],
            months: [
                [PeopleLead, PeopleLead],
                [PeopleLead, TechLead],
                [PeopleLead, PeopleLead],
            ],
        },
        (LeadingHandsOn, Hybrid) => &Shape {
            kinds: &[PeopleLead, TechLead],
            months: [[PeopleLead, TechLead]; 3],
        },
        (LeadingHandsOn, Undecided) => &Shape {
            kinds: &[PeopleLead, TechLead],
            months: [[PeopleLead, TechLead]; 3],
        },
        (Managing, Technical) => &Shape {
            kinds: &[WayBack],
            months: [[WayBack, WayBack]; 3],
        },
        (Managing, Management) => &Shape {
            kinds: &[GrowManager],
            months: [[GrowManager, GrowManager]; 3],
        },
        (Managing, Hybrid) => &Shape {
            kinds: &[GrowManager, WayBack],
            months: [[GrowManager, WayBack]; 3],
        },
        (Managing, Undecided) => &Shape {
            kinds: &[GrowManager, WayBack],
            months: [[GrowManager, WayBack]; 3],
        },
    }
}

/// The kinds of experiment a plan draws on for this position and result, the one most of
/// its steps are first (see [`shape`]).
pub fn kinds(position: Position, outcome: Outcome) -> &'static [ExperimentKind] {
    shape(position, outcome).kinds
}

/// A theme in the order the plan probes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Probe {
    /// The theme's id.
    pub theme: &'static str,
    /// Whether its answers point to the other track than the verdict does.
    pub against: bool,
}

/// The themes in the order the plan probes them.
///
/// For a track verdict (Technical, Technical leadership or Management), a theme whose two
/// subscores point the other way (management above technical under a technical verdict,
/// technical above management under a Management verdict) comes before every theme that agrees, the one that
/// points against most strongly first: that is where the verdict most needs testing. Then come
/// the themes that agree, the closest first. A theme with one side unanswered counts as
/// agreeing and as close as can be. For Hybrid and Undecided every theme is taken closest
/// first. Ties keep the quiz's order.
pub fn themes_to_probe(a: &Assessment) -> Vec<Probe> {
    // (probe, how strongly it points against, or how far apart its two sides are)
    let mut themes: Vec<(Probe, f64)> = a
        .themes
        .iter()
        .map(|t| {
            let (m, tech) = match (t.management, t.technical) {
                (Some(m), Some(tech)) => (m, tech),
                _ => (0.0, 0.0),
            };
            let against = match a.outcome {
                Outcome::Technical | Outcome::Leadership => m - tech,
                Outcome::Management => tech - m,
                Outcome::Hybrid | Outcome::Undecided => 0.0,
            };
            let probe = Probe {
                theme: t.theme.id,
                against: against > 0.0,
            };
            let key = if probe.against {
                against
            } else {
                (m - tech).abs()
            };
            (probe, key)
        })
        .collect();
    crate::order::stable_sort_by(&mut themes, |x, y| match (x.0.against, y.0.against) {
        (true, false) => true,
        (false, true) => false,
        (true, true) => x.1 > y.1,
        (false, false) => x.1 < y.1,
    });
    themes.into_iter().map(|(p, _)| p).collect()
}

/// The plan for a result and a position: for each month, the [`PER_PHASE`] kinds of step
/// [`shape`] lays out, each filled with the experiment of that kind and month whose theme
/// comes first in [`themes_to_probe`] (the file's order among equals), never one twice.
pub fn steps(a: &Assessment, position: Position) -> Vec<&'static Experiment> {
    let order = themes_to_probe(a);
    let rank = |e: &Experiment| {
        order
            .iter()
            .position(|p| p.theme == e.theme)
            .unwrap_or(order.len())
    };
    let mut out: Vec<&'static Experiment> = Vec::new();
    for (phase, month) in PHASES.into_iter().zip(shape(position, a.outcome).months) {
        for kind in month {
            let best = experiments()
                .iter()
                .filter(|e| e.phase == phase && e.kind == kind && !out.contains(e))
                .min_by_key(|e| rank(e));
            out.extend(best);
        }
    }
    out
}

/// The person's own side of the plan: when it started, what is ticked, their notes.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PlanState {
    /// The day it started, `YYYY-MM-DD`.
    pub started: Option<String>,
    /// Ids of the ticked steps.
    pub done: Vec<String>,
    /// Notes by step id; never empty.
    pub notes: Vec<(String, String)>,
}

impl PlanState {
    /// Starts the plan on `today` (an ISO date or timestamp), unless it has started already.
    pub fn start(&mut self, today: &str) {
        if self.started.is_none() {
            self.started = Some(today.chars().take(10).collect());
        }
    }

    /// Ticks the step, or unticks it.
    pub fn toggle(&mut self, id: &str) {
        match self.done.iter().position(|d| d == id) {
            Some(i) => {
                self.done.remove(i);
            }
            None => self.done.push(id.to_string()),
        }
    }

    /// Whether the step is ticked.
    pub fn is_done(&self, id: &str) -> bool {
        self.done.iter().any(|d| d == id)
    }

    /// The note on a step, empty if none.
    pub fn note(&self, id: &str) -> &str {
        self.notes
            .iter()
            .find(|(k, _)| k == id)
            .map_or("", |(_, v)| v.as_str())
    }

    /// Keeps `text` (trimmed, at most [`MAX_NOTE`] characters) as the note on a step; empty
    /// text removes it.
    pub fn set_note(&mut self, id: &str, text: &str) {
        let text: String = text.trim().chars().take(MAX_NOTE).collect();
        self.notes.retain(|(k, _)| k != id);
        if !text.is_empty() {
            self.notes.push((id.to_string(), text));
        }
    }

    /// Which day of the plan `today` is (the start day is day 1); `None` before it starts or
    /// when a date cannot be read.
    pub fn day(&self, today: &str) -> Option<u32> {
        let from = day_number(self.started.as_deref()?)?;
        let to = day_number(today)?;
        u32::try_from(to - from + 1).ok()
    }

    /// Whether nothing was started, ticked or written.
    pub fn is_empty(&self) -> bool {
        self.started.is_none() && self.done.is_empty() && self.notes.is_empty()
    }
}

/// Days since 1970-01-01 of an ISO date (`YYYY-MM-DD`, anything after it ignored).
pub fn day_number(iso: &str) -> Option<i64> {
    let date = iso.get(..10)?;
    let mut parts = date.split('-');
    let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
    if y.len() != 4 || m.len() != 2 || d.len() != 2 {
        return None;
    }
    let (y, m, d): (i64, i64, i64) = (y.parse().ok()?, m.parse().ok()?, d.parse().ok()?);
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    // Howard Hinnant's days-from-civil.
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146_097 + doe - 719_468)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_count_across_months_years_and_leap_days() {
        assert_eq!(day_number("1970-01-01"), Some(0));
        assert_eq!(day_number("2026-11-23T10:00:00.000Z"), Some(20_780));
        assert_eq!(
            day_number("2024-03-01")
                .zip(day_number("2024-02-28"))
                .map(|(a, b)| a - b),
            Some(2)
        );
        for junk in ["", "2026-13-01", "2026-1-01", "x026-01-01", "2026/01/01"] {
            assert_eq!(day_number(junk), None, "{junk}");
        }
        let mut plan = PlanState::default();
        assert_eq!(plan.day("2026-11-23"), None);
        plan.start("2026-11-23T08:00:00.000Z");
        plan.start("2027-01-01");
        assert_eq!(plan.started.as_deref(), Some("2026-11-23"));
        assert_eq!(plan.day("2026-11-23T23:59:00Z"), Some(1));
        assert_eq!(plan.day("2027-02-20"), Some(90));
        assert_eq!(plan.day("2026-11-01"), None, "before the start");
    }

    #[test]
    fn ticks_and_notes() {
        let mut plan = PlanState::default();
        plan.toggle("a");
        plan.toggle("b");
        plan.toggle("a");
        assert!(!plan.is_done("a") && plan.is_done("b"));
        plan.set_note("b", "  felt  good ");
        assert_eq!(plan.note("b"), "felt  good");
        plan.set_note("b", &"x".repeat(400));
        assert_eq!(plan.note("b").len(), MAX_NOTE);
        plan.set_note("b", "   ");
        assert_eq!(plan.note("b"), "");
        assert!(plan.notes.is_empty() && !plan.is_empty());
    }
}
