//! The build's pre-rendered pages (native only). Every route is rendered to HTML by the same
//! components the browser runs, in the state of a first visit, and written into the page
//! Trunk built, so each address shows its content before (or without) the wasm. The app
//! replaces that copy when it mounts (see `browser::remove_static_shell`).

use crate::{browser, state, Site};
use crossroads_core::{format::escape_html as escape, prose, routes::Route};
use leptos::prelude::*;
use leptos_router::location::RequestUrl;
use std::{fs, path::Path};

/// Where the pre-rendered page goes in the page Trunk built.
const SHELL: &str = "<div id=\"static-shell\"></div>";

/// One page as the app renders it at an address.
#[derive(Debug)]
pub struct Rendered {
    /// The whole `<title>`.
    pub title: String,
    /// The header, main area and footer.
    pub body: String,
}

/// Renders the site at `path` (below the deployment's base, as `Route::href` makes it).
pub fn render(path: &str) -> Rendered {
    let owner = Owner::new();
    owner.with(|| {
        browser::STATIC_TITLE.with_borrow_mut(String::clear);
        provide_context(RequestUrl::new(path));
        state::provide_static_state();
        let body = with_early_status(view! { <Site /> }.to_html());
        let title = browser::STATIC_TITLE.with_borrow(|t| format!("{t} · Crossroads"));
        Rendered { title, body }
    })
}

/// The quiz's pace tip made the place where the pre-rendered form's script says that an answer
/// tapped before the app arrived is kept (see `xtask/src/postbuild.rs`, `quiz_script`): a live
/// region carrying that sentence. The app's own tip needs neither, so the wasm carries neither.
fn with_early_status(body: String) -> String {
    let tip = "id=\"pace-tip\"";
    let kept = format!(
        "{tip} role=\"status\" data-kept=\"{}\"",
        escape(prose::text::EARLY_KEPT.get())
    );
    body.replacen(tip, &kept, 1)
}

/// Writes every route's page, and the not-found page, in the language `code` into the site at
/// `dir`, built for the deployment path `public_url` (`/` or `/crossroads/`) from that
/// language's `index.html` (the build's root for English, `es/` for Spanish). The language
/// alternates are full addresses at `origin` (`https://example.org`), or paths without one.
pub fn write_site(dir: &Path, public_url: &str, code: &str, origin: &str) -> Result<(), String> {
    browser::STATIC_BASE
        .set(crossroads_core::paths::base_path(public_url))
        .map_err(|_| "the site's base is set once per run".to_string())?;
    prose::in_language(code, || write_language(dir, origin))
        .ok_or_else(|| format!("the content has no language {code:?}"))?
}

/// [`write_site`] in the language being read.
fn write_language(dir: &Path, origin: &str) -> Result<(), String> {
    let dir = dir.join(prose::language_folder(prose::language()));
    let template = fs::read_to_string(dir.join("index.html"))
        .map_err(|e| format!("reading {}/index.html: {e}", dir.display()))?;
    if !template.contains(SHELL) {
        return Err(format!("index.html has no empty {SHELL} to fill"));
    }
    let template = with_no_script_note(&template);
    for route in Route::all() {
        let page = fill(
            &template,
            &render(&route.href(browser::base())),
            &crossroads_words::description(&route),
            &alternates(&route, origin),
        );
        let folder = dir.join(route.folder());
        fs::create_dir_all(&folder).map_err(|e| format!("creating {}: {e}", folder.display()))?;
        fs::write(folder.join("index.html"), page)
            .map_err(|e| format!("writing {}: {e}", folder.display()))?;
    }
    // Static hosts answer any other address with this page (status 404).
    let missing = render(&format!("{}/404", browser::base()));
    let page = fill(
        &template,
        &missing,
        &crossroads_words::description(&Route::Home),
        "",
    );
    fs::write(dir.join("404.html"), page).map_err(|e| format!("writing 404.html: {e}"))
}

/// The template with its note for visitors without JavaScript (in its `<noscript>`, ahead of any
/// page) in the language being read.
fn with_no_script_note(template: &str) -> String {
    let mut out = template.to_string();
    if let Some((start, end)) = between(template, "<p class=\"no-script\">", "</p>") {
        out.replace_range(start..end, &escape(prose::text::NO_SCRIPT.get()));
    }
    out
}

/// The links to `route` in every language, for search engines and browsers that offer a
/// translation (`hreflang`); English is also the default for any other language.
fn alternates(route: &Route, origin: &str) -> String {
    let link = |lang: &str, i: usize| {
        let href = route.href(&prose::language_base(
            &format!("{origin}{}", browser::root()),
            i,
        ));
        format!(
            "<link rel=\"alternate\" hreflang=\"{lang}\" href=\"{}\" />",
            escape(&href)
        )
    };
    let mut out: String = prose::LANGUAGES
        .iter()
        .enumerate()
        .map(|(i, code)| link(code, i))
        .collect();
    out.push_str(&link("x-default", 0));
    out
}

/// The template with the rendered page, its title, its description and `head` (more of the
/// page's `<head>`).
fn fill(template: &str, page: &Rendered, description: &str, head: &str) -> String {
    let mut out = template.replace(
        SHELL,
        &format!("<div id=\"static-shell\">{}</div>", page.body),
    );
    if let Some((start, end)) = between(&out, "<title>", "</title>") {
        out.replace_range(start..end, &escape(&page.title));
    }
    if let Some((start, end)) = between(&out, "<meta name=\"description\" content=\"", "\"") {
        out.replace_range(start..end, &escape(description));
    }
    if let Some(at) = out.find("</head>") {
        out.insert_str(at, head);
    }
    out
}

/// The byte range between the first `open` and the next `close` after it.
fn between(text: &str, open: &str, close: &str) -> Option<(usize, usize)> {
    let start = text.find(open)? + open.len();
    let end = start + text[start..].find(close)?;
    Some((start, end))
}
