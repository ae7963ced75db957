//! Every page of the app and its address: the one place a route's path is spelled. The app's
//! router, its links, the method page, the build's pre-rendered pages and the service worker's
//! precache all come from here.

use crate::{paths::without_trailing_slash, roles};

/// A page of the app, with its parameters.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    /// `/`: what Crossroads is, and where to start.
    Home,
    /// `/quiz`: the self-assessment.
    Quiz,
    /// `/results`: the explained result of the latest attempt.
    Results,
    /// `/roles`: the twelve roles, filtered and sorted by the query.
    Roles,
    /// `/roles/<slug>`: one role. The slug may name no role; the page says so.
    Role(String),
    /// `/compare`: the two tracks, or the roles in the query, side by side.
    Compare,
    /// `/history`: earlier attempts on this device.
    History,
    /// `/method`: every rule behind the score.
    Method,
    /// `/check`: every answer by theme, each with a way to change it.
    Check,
}

/// The first segment of each route but the home page and a role's, in the order of [`Route`].
const PAGES: [(&str, Route); 7] = [
    ("quiz", Route::Quiz),
    ("results", Route::Results),
    ("roles", Route::Roles),
    ("compare", Route::Compare),
    ("history", Route::History),
    ("method", Route::Method),
    ("check", Route::Check),
];

/// A query key of an address, each spelled here once.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Key {
    /// The quiz's step: `/quiz?q=12` is question 12, `q=six-months` the check after them.
    Question,
    /// The key older quiz links used for the six-months check: `/quiz?step=six-months`.
    OldStep,
    /// Where the quiz goes after one answer: [`BACK_TO_CHECK`].
    Then,
    /// The explorer's track filter.
    Track,
    /// The explorer's search text.
    Search,
    /// The explorer's sort.
    Sort,
    /// The roles side by side on the compare page, by slug, comma-separated.
    Roles,
    /// The "What matters to you" weights (`crate::weigh::Weights::to_param`).
    Weights,
    /// The key older links used for the weights.
    OldWeights,
}

impl Key {
    /// The key as the address spells it.
    pub const fn name(self) -> &'static str {
        match self {
            Key::Question | Key::Search => "q",
            Key::OldStep => "step",
            Key::Then => "then",
            Key::Track => "track",
            Key::Sort => "sort",
            Key::Roles => "roles",
            Key::Weights => "pref",
            Key::OldWeights => "w",
        }
    }
}

/// The value of [`Key::Question`] for the optional last-six-months check after the questions.
pub const SIX_MONTHS: &str = "six-months";
/// The value of [`Key::Then`] that sends the quiz back to the check page after one answer (its
/// "Change" links add it).
pub const BACK_TO_CHECK: &str = "check";

/// A place on a page that an address can point to (its `#fragment`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fragment {
    /// The check page's row of question `n` (counted from 1).
    CheckRow(usize),
    /// The plan on the result page.
    Plan,
}

impl Fragment {
    /// The element id the fragment names.
    pub fn id(self) -> String {
        match self {
            Fragment::CheckRow(n) => format!("check-{n}"),
            Fragment::Plan => "plan".into(),
        }
    }
}

/// An address inside the site: a page, its query and a place on it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Address {
    pub route: Route,
    pub query: Vec<(Key, String)>,
    /// Query pairs the page does not read, kept as they came (a tag a shared link carries),
    /// so a page that rewrites its own address never drops them.
    pub other: Vec<(String, String)>,
    pub fragment: Option<Fragment>,
}

impl Address {
    /// The address of a page with no query.
    pub fn new(route: Route) -> Self {
        Address {
            route,
            query: Vec::new(),
            other: Vec::new(),
            fragment: None,
        }
    }

    /// The address with `key` set to `value` (after any it already has).
    pub fn with(mut self, key: Key, value: impl Into<String>) -> Self {
        self.query.push((key, value.into()));
        self
    }

    /// The address of `route` with the query `pairs` (name and value, as an address spells
    /// them): the keys the page reads, each once with its last value (as the router reads a
    /// repeated key), and the rest kept as they came.
    pub fn from_query<'a>(
        route: Route,
        pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> Self {
        let mut address = Address::new(route);
        for (name, value) in pairs {
            match address.route.keys().iter().find(|k| k.name() == name) {
                Some(key) => address = address.set(*key, Some(value.to_string())),
                None => address.other.push((name.to_string(), value.to_string())),
            }
        }
        address
    }

    /// The address with `key` set to `value` in place of any it had, or without `key` for
    /// `None`.
    pub fn set(mut self, key: Key, value: Option<String>) -> Self {
        let at = self.query.iter().position(|(k, _)| *k == key);
        match (at, value) {
            (Some(i), Some(v)) => self.query[i].1 = v,
            (Some(i), None) => _ = self.query.remove(i),
            (None, Some(v)) => self.query.push((key, v)),
            (None, None) => {}
        }
        self
    }

    /// The address pointing at `fragment` on its page.
    pub fn at(mut self, fragment: Fragment) -> Self {
        self.fragment = Some(fragment);
        self
    }

    /// The link for a site deployed at `base` (see [`Route::href`]).
    pub fn href(&self, base: &str) -> String {
        let mut out = self.route.href(base);
        let known = self.query.iter().map(|(k, v)| (k.name(), v.as_str()));
        let other = self.other.iter().map(|(k, v)| (k.as_str(), v.as_str()));
        crate::paths::push_query(&mut out, known.chain(other));
        if let Some(fragment) = self.fragment {
            out.push('#');
            out.push_str(&fragment.id());
        }
        out
    }
}

/// The quiz step a query names: question `n` (1-based) of `total`, or `total` for the
/// six-months check (also the older `step=six-months`). `None` when it names none.
pub fn quiz_step(question: Option<&str>, step: Option<&str>, total: usize) -> Option<usize> {
    if question == Some(SIX_MONTHS) || step == Some(SIX_MONTHS) {
        return Some(total);
    }
    let n: usize = question?.parse().ok()?;
    (1..=total).contains(&n).then(|| n - 1)
}

/// The value of [`Key::Question`] that names `step` of a quiz of `total` questions.
pub fn quiz_param(step: usize, total: usize) -> String {
    if step >= total {
        SIX_MONTHS.into()
    } else {
        (step + 1).to_string()
    }
}

impl Route {
    /// The role page of the role with this slug.
    pub fn role(slug: &str) -> Route {
        Route::Role(slug.to_string())
    }

    /// The path below the site's root: `/`, `/quiz`, `/roles/civil-engineer`.
    pub fn path(&self) -> String {
        match self {
            Route::Home => "/".into(),
            Route::Role(slug) => format!("/roles/{slug}"),
            page => PAGES
                .iter()
                .find(|(_, p)| p == page)
                .map(|(segment, _)| format!("/{segment}"))
                .unwrap_or_default(),
        }
    }

    /// The query keys this page reads: a key means one thing on each page, and no page reads
    /// two keys spelled alike.
    pub fn keys(&self) -> &'static [Key] {
        match self {
            Route::Quiz => &[Key::Question, Key::OldStep, Key::Then],
            Route::Roles => &[
                Key::Track,
                Key::Search,
                Key::Sort,
                Key::Weights,
                Key::OldWeights,
            ],
            Route::Results => &[Key::Weights, Key::OldWeights],
            Route::Compare => &[Key::Roles],
            Route::Home | Route::Role(_) | Route::History | Route::Method | Route::Check => &[],
        }
    }

    /// The page of the main navigation this page belongs to: a role belongs to the roles.
    pub fn section(&self) -> Route {
        match self {
            Route::Role(_) => Route::Roles,
            page => page.clone(),
        }
    }

    /// The link to this page for a site deployed at `base` (the path without its final slash:
    /// `""` at a host's root, `"/crossroads"` below it).
    pub fn href(&self, base: &str) -> String {
        format!("{base}{}", self.path())
    }

    /// The page at `path` (the address's path, with the deployment's `base` in front), or `None`
    /// when no page lives there. A trailing slash, as static hosts add to folders, is ignored.
    pub fn parse(path: &str, base: &str) -> Option<Route> {
        let path = without_trailing_slash(path, base).unwrap_or(path);
        let rest = path.strip_prefix(base)?;
        if rest.is_empty() || rest == "/" {
            return Some(Route::Home);
        }
        let rest = rest.strip_prefix('/')?;
        match rest.split_once('/') {
            Some(("roles", slug)) if !slug.is_empty() && !slug.contains('/') => {
                Some(Route::role(slug))
            }
            Some(_) => None,
            None => PAGES
                .iter()
                .find(|(segment, _)| *segment == rest)
                .map(|(_, page)| page.clone()),
        }
    }

    /// Every page a static host must serve as a file: the fixed pages and one per role. The
    /// build pre-renders each of them, and the service worker keeps them for offline use.
    pub fn all() -> Vec<Route> {
        std::iter::once(Route::Home)
            .chain(PAGES.iter().map(|(_, page)| page.clone()))
            .chain(roles().iter().map(|r| Route::role(r.slug)))
            .collect()
    }

    /// Whether the page fetches the content's text beside the wasm and the app waits for it
    /// before taking over: the quiz, whose pre-rendered question can be answered before the app
    /// arrives and must not give way to "Loading the page…". Elsewhere the text would only
    /// compete with the wasm.
    pub fn preloads_prose(&self) -> bool {
        matches!(self, Route::Quiz)
    }

    /// The folder of this page's `index.html` in the build, relative to its root (`""` for
    /// the home page).
    pub fn folder(&self) -> String {
        self.path().trim_start_matches('/').to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_route_goes_to_its_href_and_back_at_any_base() {
        let all = Route::all();
        assert_eq!(all.len(), 1 + PAGES.len() + crate::roles().len());
        for base in ["", "/crossroads"] {
            for route in &all {
                let href = route.href(base);
                assert!(href.starts_with(base) && href.starts_with('/'), "{href}");
                assert_eq!(Route::parse(&href, base).as_ref(), Some(route), "{href}");
                let with_slash = format!("{}/", href.trim_end_matches('/'));
                assert_eq!(
                    Route::parse(&with_slash, base).as_ref(),
                    Some(route),
                    "{with_slash}"
                );
            }
        }
    }

    #[test]
    fn paths_and_folders() {
        assert_eq!(Route::Home.href(""), "/");
        assert_eq!(Route::Home.href("/crossroads"), "/crossroads/");
        assert_eq!(Route::Quiz.href("/crossroads"), "/crossroads/quiz");
        assert_eq!(
            Route::role("civil-engineer").path(),
            "/roles/civil-engineer"
        );
        assert_eq!(Route::Home.folder(), "");
        assert_eq!(
            Route::role("civil-engineer").folder(),
            "roles/civil-engineer"
        );
        assert_eq!(
            Address::new(Route::Compare)
                .with(Key::Roles, "a,b")
                .href(""),
            "/compare?roles=a,b"
        );
        assert_eq!(Address::new(Route::Roles).href("/x"), "/x/roles");
        assert_eq!(
            Address::new(Route::Check)
                .at(Fragment::CheckRow(12))
                .href("/x"),
            "/x/check#check-12"
        );
        assert_eq!(
            Address::new(Route::Quiz)
                .with(Key::Question, "3")
                .with(Key::Then, BACK_TO_CHECK)
                .href(""),
            "/quiz?q=3&then=check"
        );
    }

    #[test]
    fn no_page_reads_two_keys_spelled_alike_and_queries_round_trip() {
        for route in Route::all() {
            let keys = route.keys();
            for (i, a) in keys.iter().enumerate() {
                assert!(
                    keys[i + 1..].iter().all(|b| a.name() != b.name()),
                    "{route:?} reads {:?} twice",
                    a.name()
                );
            }
            let full = keys
                .iter()
                .fold(Address::new(route.clone()), |a, k| a.with(*k, "v & w"));
            let names: Vec<(&str, &str)> = full
                .query
                .iter()
                .map(|(k, v)| (k.name(), v.as_str()))
                .chain([("utm_source", "x")])
                .collect();
            let read = Address::from_query(route.clone(), names);
            assert_eq!(read.query, full.query);
            assert_eq!(read.other, [("utm_source".to_string(), "x".to_string())]);
            let sep = if keys.is_empty() { '?' } else { '&' };
            assert_eq!(read.href(""), format!("{}{sep}utm_source=x", full.href("")));
        }
        let a = Address::new(Route::Roles)
            .with(Key::Weights, "1")
            .set(Key::Weights, Some("2".into()))
            .set(Key::OldWeights, None);
        assert_eq!(a.query, [(Key::Weights, "2".to_string())]);
        assert_eq!(a.set(Key::Weights, None).query, vec![]);
        // A repeated key counts once, with its last value, as the router reads it.
        let twice = Address::from_query(Route::Roles, [("pref", "1"), ("q", "a"), ("pref", "2")]);
        assert_eq!(
            twice.query,
            [
                (Key::Weights, "2".to_string()),
                (Key::Search, "a".to_string())
            ]
        );
        let moved = twice.set(Key::Weights, Some("3".into()));
        assert_eq!(moved.href(""), "/roles?pref=3&q=a");
    }

    #[test]
    fn quiz_steps_go_to_the_address_and_back() {
        let total = 39;
        for step in 0..=total {
            let param = quiz_param(step, total);
            assert_eq!(quiz_step(Some(&param), None, total), Some(step), "{param}");
        }
        assert_eq!(quiz_param(0, total), "1");
        assert_eq!(quiz_step(None, Some(SIX_MONTHS), total), Some(total));
        for bad in ["0", "40", "-1", "x", "", "1.5"] {
            assert_eq!(quiz_step(Some(bad), None, total), None, "{bad}");
        }
        assert_eq!(quiz_step(None, None, total), None);
    }

    #[test]
    fn unknown_paths_are_no_route() {
        for path in [
            "/nope",
            "/roles/a/b",
            "/quiz/extra",
            "/roles/",
            "//",
            "/crossroads/quiz",
        ] {
            let parsed = Route::parse(path, "");
            // `/roles/` is the roles list with a trailing slash, not an empty role.
            if path == "/roles/" {
                assert_eq!(parsed, Some(Route::Roles));
            } else {
                assert_eq!(parsed, None, "{path}");
            }
        }
        assert_eq!(Route::parse("/quiz", "/crossroads"), None);
        assert_eq!(Route::parse("/crossroadsquiz", "/crossroads"), None);
        assert_eq!(
            Route::parse("/roles/not-a-role", ""),
            Some(Route::role("not-a-role"))
        );
    }
}
