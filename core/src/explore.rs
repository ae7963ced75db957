//! Browsing the roles: filter, search, sort, salary comparisons and role comparison picks.
//! The state of the role list lives in the URL query, so it is parsed and written here.

use crate::{order::stable_sort_by, roles, routes::Key, Role, TrackKind};

/// How the role list is ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Sort {
    /// Highest average salary first (the default).
    #[default]
    SalaryHigh,
    /// Lowest average salary first.
    SalaryLow,
    /// Alphabetical by title.
    Name,
}

impl Sort {
    /// Every order, in the order the menu offers them.
    pub const ALL: [Sort; 3] = [Sort::SalaryHigh, Sort::SalaryLow, Sort::Name];

    /// The value used in the URL.
    pub fn slug(self) -> &'static str {
        match self {
            Sort::SalaryHigh => "salary",
            Sort::SalaryLow => "salary-low",
            Sort::Name => "name",
        }
    }

    fn from_slug(slug: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.slug() == slug)
    }
}

/// What the role list shows: a track (or both), a free-text search and an order.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct RoleQuery {
    pub track: Option<TrackKind>,
    pub text: String,
    pub sort: Sort,
}

/// Longest search text kept from a URL; longer input is cut, never rejected.
pub const MAX_SEARCH: usize = 100;

impl RoleQuery {
    /// Reads `track`, `q` and `sort` from URL query values. Unknown or malformed values fall back
    /// to the defaults, so a mangled link still shows a sensible list.
    pub fn from_params(track: Option<&str>, text: Option<&str>, sort: Option<&str>) -> Self {
        Self {
            track: track.and_then(TrackKind::from_slug),
            text: text.unwrap_or_default().chars().take(MAX_SEARCH).collect(),
            sort: sort.and_then(Sort::from_slug).unwrap_or_default(),
        }
    }

    /// The query parameters that reproduce this view; defaults are left out to keep links short.
    pub fn to_params(&self) -> Vec<(Key, String)> {
        let mut params = Vec::new();
        if let Some(track) = self.track {
            params.push((Key::Track, track.slug().to_string()));
        }
        if !self.text.trim().is_empty() {
            params.push((Key::Search, self.text.clone()));
        }
        if self.sort != Sort::default() {
            params.push((Key::Sort, self.sort.slug().to_string()));
        }
        params
    }

    /// Whether any filter narrows the list (the order alone does not).
    pub fn is_filtered(&self) -> bool {
        self.track.is_some() || !self.text.trim().is_empty()
    }

    /// The roles this query shows, in its order.
    pub fn apply(&self) -> Vec<&'static Role> {
        let words: Vec<String> = self.text.split_whitespace().map(fold).collect();
        let mut found: Vec<&'static Role> = roles()
            .iter()
            .filter(|r| self.track.is_none_or(|t| r.track == t))
            .filter(|r| words.iter().all(|w| searchable(r).contains(w.as_str())))
            .collect();
        match self.sort {
            // A role without a figure goes last either way: it is neither high nor low.
            Sort::SalaryHigh => stable_sort_by(&mut found, |a, b| {
                a.salary.is_some() && a.salary.unwrap_or(0) > b.salary.unwrap_or(0)
            }),
            Sort::SalaryLow => stable_sort_by(&mut found, |a, b| {
                a.salary.is_some() && (b.salary.is_none() || a.salary < b.salary)
            }),
            Sort::Name => {
                stable_sort_by(&mut found, |a, b| fold(a.title.get()) < fold(b.title.get()))
            }
        }
        found
    }
}

/// Case-insensitive form used for matching; both apostrophes count as one.
///
/// ASCII case folding is enough because the content has no non-ASCII letters (a test checks),
/// and it keeps Unicode's case tables out of the wasm.
fn fold(text: &str) -> String {
    text.to_ascii_lowercase().replace(['\u{2019}', '\''], "'")
}

/// Everything the search looks at: title, summary, description, duties and skills.
fn searchable(role: &Role) -> String {
    let mut text = format!("{} {} {}", role.title, role.summary, role.description);
    for item in role.duties.iter().chain(role.skill_names).map(|d| d.get()) {
        text.push(' ');
        text.push_str(item);
    }
    fold(&text)
}

/// The lowest- and highest-paid roles of a track.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TrackPay {
    pub lowest: &'static Role,
    pub highest: &'static Role,
}

/// The pay range of a track's roles with a salary figure, or `None` for a track without any.
pub fn track_pay(track: TrackKind) -> Option<TrackPay> {
    let in_track = || {
        roles()
            .iter()
            .filter(move |r| r.track == track && r.salary.is_some())
    };
    Some(TrackPay {
        lowest: in_track().min_by_key(|r| r.salary)?,
        highest: in_track().max_by_key(|r| r.salary)?,
    })
}

/// Where a role's salary ranks among the roles with a figure (1 is the highest), and how many
/// have one; `None` for a role without a figure.
pub fn salary_rank(role: &Role) -> Option<(usize, usize)> {
    let salary = role.salary?;
    let known = roles().iter().filter_map(|r| r.salary);
    Some((
        1 + known.clone().filter(|s| *s > salary).count(),
        known.count(),
    ))
}

/// The highest average salary of any role (the scale of the salary charts).
pub fn max_salary() -> u32 {
    roles().iter().filter_map(|r| r.salary).max().unwrap_or(0)
}

/// How many roles can be compared side by side.
pub const MAX_COMPARE: usize = 3;

/// The roles named in a `roles=a,b,c` value, plus the names that were not understood.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ComparePick {
    pub roles: Vec<&'static Role>,
    /// Unknown slugs, duplicates and those beyond [`MAX_COMPARE`], for a notice.
    pub ignored: Vec<String>,
}

impl ComparePick {
    /// Parses the comma-separated value; never fails.
    pub fn parse(value: &str) -> Self {
        let mut pick = ComparePick::default();
        for slug in value
            .split(',')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .take(20)
        {
            match crate::role(slug) {
                Some(r) if !pick.roles.contains(&r) && pick.roles.len() < MAX_COMPARE => {
                    pick.roles.push(r)
                }
                _ => pick.ignored.push(slug.chars().take(40).collect()),
            }
        }
        pick
    }

    /// The value that reproduces this pick.
    pub fn to_value(&self) -> String {
        let slugs: Vec<&str> = self.roles.iter().map(|r| r.slug).collect();
        slugs.join(",")
    }

    /// This pick with `slug` added (when there is room) or removed.
    pub fn toggled(&self, slug: &str) -> Self {
        let mut roles = self.roles.clone();
        if let Some(i) = roles.iter().position(|r| r.slug == slug) {
            roles.remove(i);
        } else if let Some(r) = crate::role(slug).filter(|_| roles.len() < MAX_COMPARE) {
            roles.push(r);
        }
        ComparePick {
            roles,
            ignored: Vec::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn slugs(roles: &[&Role]) -> Vec<&'static str> {
        roles.iter().map(|r| r.slug).collect()
    }

    #[test]
    fn default_query_shows_every_role_by_salary_and_the_one_without_a_figure_last() {
        let all = RoleQuery::default().apply();
        assert_eq!(all.len(), crate::roles().len());
        assert_eq!(all[0].slug, "engineering-director");
        assert_eq!(all[11].slug, "engineering-lead");
        assert_eq!(all[12].slug, "staff-engineer");
        assert!(all[..12].windows(2).all(|w| w[0].salary >= w[1].salary));
    }

    #[test]
    fn filters_by_track() {
        for track in TrackKind::ALL {
            let q = RoleQuery {
                track: Some(track),
                ..Default::default()
            };
            let found = q.apply();
            assert_eq!(
                found.len(),
                if track == TrackKind::Management { 6 } else { 7 }
            );
            assert!(found.iter().all(|r| r.track == track));
        }
    }

    #[test]
    fn searches_titles_duties_and_skills_case_insensitively() {
        let q = |text: &str| {
            RoleQuery {
                text: text.into(),
                ..Default::default()
            }
            .apply()
        };
        let software = q("SOFTWARE engineer");
        assert!(slugs(&software).contains(&"software-engineer"));
        assert!(software.iter().all(|r| searchable(r).contains("software")));
        assert_eq!(slugs(&q("Software Engineer")), slugs(&software));
        // "bugs" is only in a duty of the software engineer.
        assert_eq!(slugs(&q("bugs")), ["software-engineer"]);
        // A skill: every role that lists Delegation.
        let delegation = q("delegation");
        assert!(!delegation.is_empty());
        assert!(delegation.iter().all(|r| r.skills.contains(&"Delegation")));
        // Every word must match.
        assert!(q("bridges quantum").is_empty());
        assert_eq!(q("   ").len(), crate::roles().len());
    }

    #[test]
    fn ascii_folding_covers_all_content() {
        for r in roles() {
            let text = searchable(r);
            assert_eq!(
                text,
                text.to_lowercase(),
                "{} has non-ASCII capitals",
                r.slug
            );
        }
    }

    #[test]
    #[allow(clippy::disallowed_methods)] // the standard sort as the reference
    fn combines_track_search_and_sort() {
        let q = RoleQuery {
            track: Some(TrackKind::Technical),
            text: "design".into(),
            sort: Sort::Name,
        };
        let found = q.apply();
        assert!(!found.is_empty());
        assert!(found.iter().all(|r| r.track == TrackKind::Technical));
        let titles: Vec<_> = found.iter().map(|r| r.title.get()).collect();
        let mut sorted = titles.clone();
        sorted.sort();
        assert_eq!(titles, sorted);
    }

    #[test]
    fn sorts_by_salary_both_ways_and_by_name() {
        let low = RoleQuery {
            sort: Sort::SalaryLow,
            ..Default::default()
        }
        .apply();
        assert_eq!(low[0].slug, "engineering-lead");
        assert_eq!(
            low[12].slug, "staff-engineer",
            "no figure is last, not lowest"
        );
        let name = RoleQuery {
            sort: Sort::Name,
            ..Default::default()
        }
        .apply();
        assert_eq!(name[0].slug, "chemical-engineer");
        assert_eq!(name[12].slug, "systems-architect");
    }

    #[test]
    fn query_params_round_trip_and_tolerate_garbage() {
        let q = RoleQuery {
            track: Some(TrackKind::Management),
            text: "lead".into(),
            sort: Sort::Name,
        };
        let params = q.to_params();
        let get = |k: Key| {
            params
                .iter()
                .find(|(n, _)| *n == k)
                .map(|(_, v)| v.as_str())
        };
        assert_eq!(
            RoleQuery::from_params(get(Key::Track), get(Key::Search), get(Key::Sort)),
            q
        );
        assert!(RoleQuery::default().to_params().is_empty());
        let junk = RoleQuery::from_params(Some("boss"), Some(&"x".repeat(500)), Some("random"));
        assert_eq!(junk.track, None);
        assert_eq!(junk.sort, Sort::SalaryHigh);
        assert_eq!(junk.text.len(), MAX_SEARCH);
    }

    #[test]
    fn salary_statistics() {
        let pay = |t| track_pay(t).map(|p| (p.lowest.salary, p.highest.slug));
        assert_eq!(
            pay(TrackKind::Management),
            Some((Some(84_927), "engineering-director"))
        );
        assert_eq!(
            pay(TrackKind::Technical),
            Some((Some(88_050), "software-engineer"))
        );
        assert_eq!(max_salary(), 162_252);
        assert_eq!(
            salary_rank(crate::role("engineering-director").unwrap()),
            Some((1, 12))
        );
        assert_eq!(
            salary_rank(crate::role("engineering-lead").unwrap()),
            Some((12, 12))
        );
        assert_eq!(salary_rank(crate::role("staff-engineer").unwrap()), None);
    }

    #[test]
    fn compare_picks_are_strict_but_forgiving() {
        let p = ComparePick::parse("civil-engineer, quality-manager,nope,civil-engineer,software-engineer,systems-architect");
        assert_eq!(
            slugs(&p.roles),
            ["civil-engineer", "quality-manager", "software-engineer"]
        );
        assert_eq!(p.ignored, ["nope", "civil-engineer", "systems-architect"]);
        assert_eq!(
            p.to_value(),
            "civil-engineer,quality-manager,software-engineer"
        );
        assert_eq!(ComparePick::parse("").roles.len(), 0);
        assert_eq!(ComparePick::parse(",,,").ignored.len(), 0);
        let toggled = p.toggled("quality-manager");
        assert_eq!(
            slugs(&toggled.roles),
            ["civil-engineer", "software-engineer"]
        );
        assert_eq!(toggled.toggled("engineering-lead").roles.len(), 3);
        assert_eq!(
            p.toggled("engineering-lead").roles.len(),
            3,
            "no room for a fourth"
        );
    }
}
