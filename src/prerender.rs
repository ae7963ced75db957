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
    render_with(path, || {})
}

/// [`render`], with `setup` run once the state is in place (the tests give it saved progress).
fn render_with(path: &str, setup: impl FnOnce()) -> Rendered {
    let owner = Owner::new();
    owner.with(|| {
        browser::STATIC_TITLE.with_borrow_mut(String::clear);
        provide_context(RequestUrl::new(path));
        state::provide_state();
        setup();
        let body = with_early_status(view! { <Site /> }.to_html());
        let title = browser::STATIC_TITLE.with_borrow(|t| format!("{t} · Crossroads"));
        Rendered { title, body }
    })
}

/// The quiz's pace tip made the place where the pre-rendered form's script says that an answer
/// tapped before the app arrived is kept (see `quiz_script` in `xtask/src/postbuild/scripts.rs`):
/// a live region carrying that sentence. The app's own tip needs neither, so the wasm carries neither.
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

#[cfg(test)]
mod tests {
    //! Every page as the build renders it, natively and in every language, at a sub-path: what
    //! a person sees before the app arrives (or without it) is a whole page.

    use super::*;
    use crossroads_core::{
        routes::{Address, Key},
        weigh::{Concern, Weights},
    };

    /// Renders `address` in `code` for a site deployed at `/crossroads`.
    fn page(code: &str, path: impl FnOnce() -> String, setup: impl FnOnce()) -> Rendered {
        browser::STATIC_BASE.get_or_init(|| "/crossroads".into());
        prose::in_language(code, || render_with(&path(), setup)).expect("a language")
    }

    /// The text of `html` without its tags, comments and Leptos' markers.
    fn text_of(html: &str) -> String {
        let mut out = String::new();
        let mut in_tag = false;
        for c in html.chars() {
            match c {
                '<' => in_tag = true,
                '>' => {
                    in_tag = false;
                    out.push(' ');
                }
                _ if !in_tag => out.push(c),
                _ => {}
            }
        }
        out
    }

    /// What is wrong with one rendered page, if anything.
    fn faults(page: &Rendered) -> Vec<String> {
        let mut found = Vec::new();
        let title = page.title.trim_end_matches(" · Crossroads").trim();
        if title.is_empty() {
            found.push(format!("no title of its own: {:?}", page.title));
        }
        let h1s = page.body.matches("<h1").count();
        if h1s != 1 {
            found.push(format!("{h1s} h1 headings"));
        }
        let text = text_of(&page.body);
        if text.contains('\u{1}') {
            found.push("an unfilled template slot".into());
        }
        let mut rest = text.as_str();
        while let Some(open) = rest.find('{') {
            let after = &rest[open + 1..];
            let name: String = after.chars().take_while(|c| *c != '}').collect();
            if !name.is_empty()
                && name.len() < 30
                && name.chars().all(|c| c.is_ascii_lowercase() || c == '_')
            {
                found.push(format!("a placeholder left in: {{{name}}}"));
            }
            rest = after;
        }
        // Text elements and names a person reads: none may be empty.
        for tag in [
            "p",
            "h1",
            "h2",
            "h3",
            "li",
            "dt",
            "dd",
            "legend",
            "label",
            "summary",
            "button",
            "a",
            "th",
            "caption",
            "figcaption",
            "title",
            "desc",
            "option",
        ] {
            let open = format!("<{tag}");
            let close = format!("</{tag}>");
            let mut rest = page.body.as_str();
            while let Some(at) = rest.find(&open) {
                let after = &rest[at + open.len()..];
                if !after.starts_with([' ', '>']) {
                    rest = after;
                    continue;
                }
                let Some(end) = after.find(&close) else {
                    break;
                };
                let inner = &after[..end];
                let head = inner.split_once('>').map_or("", |(head, _)| head);
                let label = head.contains("aria-label=\"") && !head.contains("aria-label=\"\"");
                // A live region is empty until it has something to say.
                let live = ["role=\"alert\"", "role=\"status\"", "aria-live="]
                    .iter()
                    .any(|r| head.contains(r));
                if text_of(inner.split_once('>').map_or("", |(_, body)| body))
                    .trim()
                    .is_empty()
                    && !label
                    && !live
                {
                    found.push(format!(
                        "an empty <{tag}>: {}",
                        &rest[at..(at + 160).min(rest.len())]
                    ));
                }
                rest = &after[end..];
            }
        }
        if page.body.contains("aria-label=\"\"") {
            found.push("an empty aria-label".into());
        }
        found
    }

    #[test]
    fn every_page_renders_whole_in_every_language() {
        let mut pages = 0;
        for code in prose::LANGUAGES {
            let routes = Route::all();
            let mut paths: Vec<Box<dyn Fn() -> String>> = routes
                .into_iter()
                .map(|r| Box::new(move || r.href(browser::base())) as Box<dyn Fn() -> String>)
                .collect();
            paths.push(Box::new(|| format!("{}/no-such-page", browser::base())));
            for path in paths {
                let rendered = page(code, &path, || {});
                let where_ = prose::in_language(code, &path).unwrap_or_default();
                let found = faults(&rendered);
                assert!(found.is_empty(), "{code} {where_}: {found:#?}");
                pages += 1;
            }
        }
        println!(
            "rendered natively: {pages} pages over {} languages, each with a title, one h1, \
             no unfilled slot and no empty text",
            prose::LANGUAGES.len()
        );
    }

    #[test]
    fn the_checks_find_what_they_look_for() {
        let page = |title: &str, body: &str| Rendered {
            title: title.into(),
            body: body.into(),
        };
        let good = page(
            "Roles · Crossroads",
            "<h1>Roles</h1><p role=\"status\"></p>",
        );
        assert!(faults(&good).is_empty(), "{:?}", faults(&good));
        for (bad, what) in [
            (page(" · Crossroads", "<h1>x</h1>"), "no title"),
            (page("x", "<h1>a</h1><h1>b</h1>"), "2 h1"),
            (page("x", "<p>no h1</p>"), "0 h1"),
            (page("x", "<h1>x</h1><p>Hello {name}</p>"), "placeholder"),
            (page("x", "<h1>x</h1><p>a\u{1}0</p>"), "slot"),
            (
                page("x", "<h1>x</h1><button class=\"b\"><!></button>"),
                "empty <button>",
            ),
            (
                page("x", "<h1>x</h1><a href=\"/\" aria-label=\"\"></a>"),
                "aria-label",
            ),
        ] {
            let found = faults(&bad).join("; ");
            assert!(found.contains(what), "{what}: {found}");
        }
    }

    /// The words each weights slider carries, in order, on a rendered page.
    fn sliders(html: &str) -> Vec<String> {
        html.split("aria-valuetext=\"")
            .skip(1)
            .filter_map(|s| s.split_once('"').map(|(v, _)| v.to_string()))
            .collect()
    }

    fn said(w: Weights) -> Vec<String> {
        Concern::ALL
            .iter()
            .map(|c| crossroads_words::weigh_step(w.get(*c)).to_string())
            .collect()
    }

    #[test]
    fn a_links_weights_win_over_saved_ones_and_saved_ones_show_without_a_link() {
        let saved = Weights::default()
            .with(Concern::ALL[0], 4)
            .with(Concern::ALL[3], 0);
        let linked = Weights::default()
            .with(Concern::ALL[1], 4)
            .with(Concern::ALL[6], 1);
        assert_ne!(said(saved), said(linked));
        for code in prose::LANGUAGES {
            // The result page shares `use_page_weights`, but pre-rendered it shows a first
            // visit's page, which has no result to rank roles for.
            let route = Route::Roles;
            let keep = || {
                state::use_progress().change(|d| d.weights = saved);
            };
            let with_link = |key: Key, value: String| {
                let route = route.clone();
                move || Address::new(route).with(key, value).href(browser::base())
            };
            let shown = |html: &str| sliders(html);
            let linked_page = page(code, with_link(Key::Weights, linked.to_param()), keep);
            let expected = prose::in_language(code, || said(linked)).unwrap();
            assert_eq!(
                shown(&linked_page.body),
                expected,
                "{code} {route:?}: the link's"
            );
            let plain = page(code, || route.href(browser::base()), keep);
            let expected = prose::in_language(code, || said(saved)).unwrap();
            assert_eq!(shown(&plain.body), expected, "{code} {route:?}: the saved");
            // Weights written before "No preference" existed still win, read the old way.
            let old = "4322210";
            let old_page = page(code, with_link(Key::OldWeights, old.into()), keep);
            let from_old = Weights::from_old_param(old).expect("an old link's weights");
            let expected_old = prose::in_language(code, || said(from_old)).unwrap();
            assert_eq!(shown(&old_page.body), expected_old, "{code}: an old link's");
            // A broken link's weights are no weights: the saved ones show.
            let broken = page(code, with_link(Key::Weights, "x9".into()), keep);
            assert_eq!(
                shown(&broken.body),
                expected,
                "{code} {route:?}: broken link"
            );
        }
    }
}
