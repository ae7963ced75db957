//! Try before you switch: a 30/60/90-day plan of small, low-risk experiments, chosen by the
//! result and by the themes where the answers pointed least clearly, with the person's ticks,
//! start date and notes (kept with their progress).

use crate::{
    content::Prose,
    scoring::{Assessment, Outcome},
};

/// What an experiment lets a person try.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ExperimentKind {
    /// Taste management without leaving the technical work (for a technical result).
    TryManagement,
    /// Lead while keeping the craft alive (for a management result).
    LeadAndBuild,
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
    /// That the move can be undone, and how people move back.
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

/// The kinds of experiment a result calls for.
pub fn kinds(outcome: Outcome) -> &'static [ExperimentKind] {
    match outcome {
        Outcome::Technical => &[ExperimentKind::TryManagement],
        Outcome::Management => &[ExperimentKind::LeadAndBuild],
        Outcome::Hybrid | Outcome::Undecided => {
            &[ExperimentKind::TryManagement, ExperimentKind::LeadAndBuild]
        }
    }
}

/// Theme ids, those where the management and technical answers were closest (or one side
/// went unanswered) first; ties keep the quiz's order.
pub fn unclear_themes(a: &Assessment) -> Vec<&'static str> {
    let mut themes: Vec<(&'static str, f64)> = a
        .themes
        .iter()
        .map(|t| {
            let gap = match (t.management, t.technical) {
                (Some(m), Some(t)) => (m - t).abs(),
                _ => 0.0,
            };
            (t.theme.id, gap)
        })
        .collect();
    crate::order::stable_sort_by(&mut themes, |a, b| a.1 < b.1);
    themes.into_iter().map(|(id, _)| id).collect()
}

/// The plan for a result: for each month, [`PER_PHASE`] experiments of the kinds it calls
/// for (one of each for hybrid and undecided), those probing the least clear themes first.
pub fn steps(a: &Assessment) -> Vec<&'static Experiment> {
    let unclear = unclear_themes(a);
    let rank = |e: &Experiment| {
        unclear
            .iter()
            .position(|t| *t == e.theme)
            .unwrap_or(unclear.len())
    };
    let kinds = kinds(a.outcome);
    let mut out = Vec::new();
    for phase in PHASES {
        let mut picked: Vec<&'static Experiment> = Vec::new();
        for round in 0..PER_PHASE {
            let kind = kinds[round % kinds.len()];
            let best = experiments()
                .iter()
                .filter(|e| e.phase == phase && e.kind == kind && !picked.contains(e))
                .min_by_key(|e| rank(e));
            picked.extend(best);
        }
        out.extend(picked);
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
