//! The inline scripts the post-build writes into pages, each run before anything else loads,
//! and the Content-Security-Policy that allows exactly them (each by its hash).

use super::{base64, read};
use crossroads_core::prose;
use sha2::{Digest, Sha256};
use std::{fs, path::Path};

/// Where the policy lists the scripts it allows; each inline script's hash follows.
pub(super) const SCRIPT_SOURCES: &str = "script-src 'self' 'wasm-unsafe-eval'";

/// An inline script as the policy allows it: `'sha256-...'`.
pub(super) fn script_hash(script: &str) -> String {
    format!("'sha256-{}'", base64(&Sha256::digest(script.as_bytes())))
}

/// The policy, less the script hashes. No inline styles or scripts beyond the hashed
/// bootstrap, wasm through 'wasm-unsafe-eval', and nothing from any other origin.
pub(super) const POLICY: &str =
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' {hashes}; \
style-src 'self'; img-src 'self'; font-src 'self'; connect-src 'self'; manifest-src 'self'; \
worker-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'";

/// The first thing the site's root page runs: someone who chose another language with the
/// switch is sent on to that language's home page (keeping any query and fragment) before
/// anything else loads. Inline, so nothing is fetched, painted or cut off first; a first visit
/// (nothing remembered) stays. The key and the languages come from `crossroads_core`.
pub(super) fn follow_script(base: &str) -> String {
    let root = base.trim_end_matches('/');
    let homes: Vec<String> = (1..prose::LANGUAGES.len())
        .map(|i| {
            let home = format!("{}/", prose::language_base(root, i));
            format!("[\"{}\",\"{home}\"]", prose::LANGUAGES[i])
        })
        .collect();
    format!(
        "try{{const c=localStorage.getItem(\"{}\"),h=[{}].find(l=>l[0]===c);if(h)location.replace(h[1]+location.search+location.hash)}}catch(e){{}}",
        crossroads_core::store::LANGUAGE_KEY,
        homes.join(",")
    )
}

/// What a pre-rendered page that depends on saved progress carries (see the app's
/// `NeedsSavedProgress`): a status line for a reader with saved progress and the first visit's
/// page, both hidden until the page's first script marks which one this reader gets.
pub(super) const SAVED_MARK: &str = "class=\"if-saved\"";

/// Whether anything is saved, told before the page paints: the root element gets
/// `data-saved="y"` or `"n"` (blocked storage counts as nothing saved, as the app counts it).
pub(super) fn saved_check() -> String {
    format!(
        "let s=\"n\";try{{if(localStorage.getItem(\"{}\"))s=\"y\"}}catch(e){{}}d.dataset.saved=s;",
        crossroads_core::store::KEY
    )
}

/// Asks the page at `path` to fetch language `i`'s text beside the wasm rather than after it
/// (see `Route::preloads_prose`).
pub(super) fn preload_prose(path: &Path, base: &str, i: usize) -> Result<(), String> {
    let link = format!(
        "<link rel=\"preload\" href=\"{base}{}\" as=\"fetch\" crossorigin>",
        prose::PROSE_FILES[i].0
    );
    let page = read(path)?.replacen("</head>", &format!("{link}</head>"), 1);
    fs::write(path, page).map_err(|e| format!("writing {}: {e}", path.display()))
}

/// The first script of pages that depend on saved progress (see [`SAVED_MARK`]).
pub(super) fn saved_script() -> String {
    format!("{{const d=document.documentElement;{}}}", saved_check())
}

/// The first script of the quiz page. Beside [`saved_script`], it makes the pre-rendered first
/// question answerable for a first visit before the app arrives, where the app can run (a
/// browser without WebAssembly never gets to take the answer). The choice is kept under
/// `EARLY_KEY` as the question set and the radio's id, marked to move on when it was a tap, a
/// number key or Next, as the app's form moves on (arrow keys only choose); the pace tip then
/// says it is kept, and the form's Next does not send the page anywhere. `data-early-ready`
/// tells the benchmark.
pub(super) fn quiz_script() -> String {
    use crossroads_core::store::{early_prefix, EARLY_KEY, EARLY_MOVES_ON};
    let set = early_prefix();
    format!(
        "{{const d=document.documentElement,q=\"#static-shell input[name=answer]\",k=(r,g)=>{{try{{localStorage.setItem(\"{EARLY_KEY}\",\"{set}\"+r.id+g);if(g){{const p=document.getElementById(\"pace-tip\");p.textContent=p.dataset.kept}}}}catch(x){{}}}};{}if(s===\"n\"&&typeof WebAssembly===\"object\"){{d.dataset.earlyReady=\"\";let m=\"\";const o=(e,f)=>{{const t=e.target;if(t.name===\"answer\"&&t.closest(\"#static-shell\"))f(t)}};addEventListener(\"pointerdown\",()=>m=\"{EARLY_MOVES_ON}\",!0);addEventListener(\"change\",e=>o(e,t=>k(t,m)));addEventListener(\"click\",e=>o(e,t=>m&&k(t,m)));addEventListener(\"submit\",e=>{{if(e.target.closest(\"#static-shell\")){{e.preventDefault();const c=document.querySelector(q+\":checked\");if(c)k(c,\"{EARLY_MOVES_ON}\")}}}});addEventListener(\"keydown\",e=>{{m=\"\";const r=!e.altKey&&!e.ctrlKey&&!e.metaKey&&!e.repeat&&!e.target.matches(\"select,textarea,input:not([type=radio])\")&&document.querySelectorAll(q)[e.key-1];if(r){{e.preventDefault();m=\"{EARLY_MOVES_ON}\";r.click()}}}})}}}}",
        saved_check()
    )
}

/// The first thing the site's root not-found page runs. Many static hosts answer every missing
/// address with that one page, English, even for an address of another language: it sends such
/// a visitor on to that language's not-found page, carrying the address they asked for in the
/// fragment (see [`RESTORE_SCRIPT`]). Never from that page's own address, nor with an address
/// already carried, so a host that lacks the page or rewrites its address cannot loop. In a
/// block, so its names stay out of the page's global scope.
pub(super) fn missing_script(base: &str) -> String {
    let root = base.trim_end_matches('/');
    let homes: Vec<String> = (1..prose::LANGUAGES.len())
        .map(|i| format!("\"{}/\"", prose::language_base(root, i)))
        .collect();
    format!(
        "{{const p=location.pathname,h=[{}].find(h=>p.startsWith(h));if(h&&!p.startsWith(h+\"404\")&&!location.hash.startsWith(\"#%2F\"))location.replace(h+\"404.html#\"+encodeURIComponent(p+location.search+location.hash))}}",
        homes.join(",")
    )
}

/// The first thing another language's not-found page runs: reached from the root's (see
/// [`missing_script`]), it puts back the address the visitor asked for before the app reads it,
/// so the page names the right address and Back works as expected. Only an address in this
/// page's own folder: the app running here speaks that folder's language alone.
pub(super) const RESTORE_SCRIPT: &str = "try{const m=/^#(%2F.*)/.exec(location.hash),a=m&&decodeURIComponent(m[1]);if(a&&a.startsWith(location.pathname.replace(/404\\.html$/,\"\")))history.replaceState(null,\"\",a)}catch(e){}";

/// Puts `script` first into the page at `path` only (the other copies of the template never
/// run it), after the security policy, and adds its hash to that page's policy alone: every
/// other page's first load would carry a hash it never uses.
pub(super) fn first_script(path: &Path, script: &str) -> Result<(), String> {
    let page = read(path)?.replacen(
        SCRIPT_SOURCES,
        &format!("{SCRIPT_SOURCES} {}", script_hash(script)),
        1,
    );
    let after = ["Content-Security-Policy", "<meta charset"]
        .iter()
        .find_map(|mark| page.find(mark))
        .and_then(|at| page[at..].find('>').map(|end| at + end + 1))
        .ok_or_else(|| format!("{} has no <meta charset>", path.display()))?;
    let page = format!(
        "{}\n    <script>{script}</script>{}",
        &page[..after],
        &page[after..]
    );
    fs::write(path, page).map_err(|e| format!("writing {}: {e}", path.display()))
}

/// The page with the policy right after the charset declaration (or first in `<head>`), ahead
/// of every script it must cover: its own inline scripts (a page's own first script adds its
/// hash later, see [`first_script`]).
pub(super) fn with_policy(page: &str) -> Result<String, String> {
    let hashes: Vec<String> = inline_scripts(page)
        .iter()
        .map(|s| script_hash(s))
        .collect();
    let policy = POLICY.replace("{hashes}", &hashes.join(" "));
    let head = match page.find("<meta charset") {
        Some(at) => at + page[at..].find('>').ok_or("unclosed charset meta")? + 1,
        None => page.find("<head>").ok_or("index.html has no <head>")? + "<head>".len(),
    };
    Ok(format!(
        "{}\n    <meta http-equiv=\"Content-Security-Policy\" content=\"{policy}\" />{}",
        &page[..head],
        &page[head..]
    ))
}

/// The text of every `<script>` element without a `src`, data blocks left out (they never
/// run).
pub(super) fn inline_scripts(page: &str) -> Vec<&str> {
    let mut found = Vec::new();
    let mut rest = page;
    while let Some(start) = rest.find("<script") {
        let Some(open_end) = rest[start..].find('>').map(|i| start + i + 1) else {
            break;
        };
        let Some(close) = rest[open_end..].find("</script>").map(|i| open_end + i) else {
            break;
        };
        let tag = &rest[start..open_end];
        if !tag.contains("src=") && !tag.contains("application/json") {
            found.push(&rest[open_end..close]);
        }
        rest = &rest[close..];
    }
    found
}
