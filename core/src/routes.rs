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

/// The quiz address's query key for the question on screen: `/quiz?q=12` is question 12.
pub const QUESTION_PARAM: &str = "q";
/// The key older quiz links used for the six-months check: `/quiz?step=six-months`.
pub const OLD_STEP_PARAM: &str = "step";
/// The value of [`QUESTION_PARAM`] for the optional last-six-months check after the questions.
pub const SIX_MONTHS: &str = "six-months";
/// The quiz address's query key that says where to go after answering: [`BACK_TO_CHECK`].
pub const THEN_PARAM: &str = "then";
/// Sends the quiz back to the check page after one answer (its "Change" links add it).
pub const BACK_TO_CHECK: &str = "check";

/// The quiz step a query names: question `n` (1-based) of `total`, or `total` for the
/// six-months check (also the older `step=six-months`). `None` when it names none.
pub fn quiz_step(question: Option<&str>, step: Option<&str>, total: usize) -> Option<usize> {
    if question == Some(SIX_MONTHS) || step == Some(SIX_MONTHS) {
        return Some(total);
    }
    let n: usize = question?.parse().ok()?;
    (1..=total).contains(&n).then(|| n - 1)
}

/// The value of [`QUESTION_PARAM`] that names `step` of a quiz of `total` questions.
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

    /// [`Route::href`] with a query string made from `params` (see [`crate::paths::query_string`]).
    pub fn href_with(&self, base: &str, params: &[(&str, String)]) -> String {
        format!("{}{}", self.href(base), crate::paths::query_string(params))
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
        assert_eq!(all.len(), 1 + PAGES.len() + 12);
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
            Route::Compare.href_with("", &[("roles", "a,b".into())]),
            "/compare?roles=a,b"
        );
        assert_eq!(Route::Roles.href_with("/x", &[]), "/x/roles");
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
