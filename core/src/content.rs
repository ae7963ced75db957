//! The roles and tracks, as static data generated from `content/*.toml`. Long text is
//! [`Prose`], which the browser build loads after its first screen.

pub use crate::prose::{Prose, Word};

/// One of the two career tracks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TrackKind {
    Management,
    Technical,
}

impl TrackKind {
    /// Both tracks, management first (the order used everywhere in the app).
    pub const ALL: [TrackKind; 2] = [TrackKind::Management, TrackKind::Technical];

    /// The identifier used in links and in `content/*.toml`.
    pub fn slug(self) -> &'static str {
        match self {
            TrackKind::Management => "management",
            TrackKind::Technical => "technical",
        }
    }

    /// Parses [`TrackKind::slug`] back; anything else is `None`.
    pub fn from_slug(slug: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|t| t.slug() == slug)
    }

    /// The track a person would be leaving by choosing this one.
    pub fn other(self) -> Self {
        match self {
            TrackKind::Management => TrackKind::Technical,
            TrackKind::Technical => TrackKind::Management,
        }
    }
}

/// An engineering role a person could grow into.
#[derive(Debug, PartialEq, Eq)]
pub struct Role {
    pub slug: &'static str,
    pub title: Prose,
    pub track: TrackKind,
    /// Average annual salary in whole US dollars, as the source articles give it; `None` where
    /// they give none (the senior technical-leadership role), which every salary view says.
    pub salary: Option<u32>,
    pub summary: Prose,
    pub description: Prose,
    pub duties: &'static [Prose],
    /// The skills' names in English, which the quiz's statements name too (to match them).
    pub skills: &'static [&'static str],
    /// The skills as shown, in the reader's language.
    pub skill_names: &'static [Prose],
    pub qualifications: &'static [Prose],
    pub path: Prose,
    /// Slug of the closest role on the other track.
    pub counterpart: &'static str,
    /// Mixes both tracks' work (Engineering Lead, Systems Architect): the natural fit for a
    /// hybrid result.
    pub bridge: bool,
    /// Carries technical leadership (setting direction without reports): offered first for a
    /// "Technical leadership" result.
    pub leads: bool,
    /// How the role fares on what people weigh when they choose (see `crate::weigh`).
    pub traits: Traits,
}

/// A role's traits, each from 1 (least) to 5 (most): levels, not data, each resting on the
/// source articles or on Crossroads' own reading (see [`Trait::from_sources`]).
#[derive(Debug, PartialEq, Eq)]
pub struct Traits {
    /// Pressure and responsibility carried.
    pub pressure: Trait,
    /// Finding the next job, skills staying in demand.
    pub security: Trait,
    /// Share of hands-on technical work.
    pub hands_on: Trait,
    /// Share of leading people.
    pub people: Trait,
    /// Time left for family and those who depend on you.
    pub family: Trait,
    /// How much new technology the role keeps you learning.
    pub learning: Trait,
}

/// One trait of a role: its level, why, and what the level rests on.
#[derive(Debug, PartialEq, Eq)]
pub struct Trait {
    /// 1 (least) to 5 (most).
    pub level: u8,
    pub why: Prose,
    /// The level rests on the source articles (`basis = "sources"`), not Crossroads' own reading.
    pub from_sources: bool,
}

/// A career track and what it takes.
#[derive(Debug, PartialEq, Eq)]
pub struct Track {
    pub kind: TrackKind,
    /// On the home page, so among the first screen's words.
    pub name: Word,
    pub tagline: Word,
    pub summary: Prose,
    /// The skills' names in English, which the quiz's statements name too.
    pub skills: &'static [&'static str],
    /// The skills as shown, in the reader's language.
    pub skill_names: &'static [Prose],
    pub qualifications: &'static [Prose],
    pub suits: Prose,
    pub advance: &'static [Prose],
    /// Role slugs, most prominent first.
    pub top_jobs: &'static [&'static str],
    pub risks: &'static [Prose],
    /// The risks of leading technical work without reports (the technical track's; empty on
    /// the other).
    pub leadership_risks: &'static [Prose],
}

include!(concat!(env!("OUT_DIR"), "/content.rs"));

/// Every role.
pub fn roles() -> &'static [Role] {
    ROLES
}

/// The role with this slug, if there is one.
pub fn role(slug: &str) -> Option<&'static Role> {
    ROLES.iter().find(|r| r.slug == slug)
}

/// The track of this kind. The content tests guarantee both exist.
pub fn track(kind: TrackKind) -> &'static Track {
    TRACKS
        .iter()
        .find(|t| t.kind == kind)
        .expect("content/tracks.toml defines both tracks (checked by tests/content.rs)")
}

impl Role {
    /// The closest role on the other track.
    pub fn counterpart(&self) -> Option<&'static Role> {
        role(self.counterpart)
    }
}
