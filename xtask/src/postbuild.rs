//! Trunk's post-build hook: turns Trunk's output into a site that deploys as plain files.
//!
//! 1. Fills `%PUBLIC_URL%` in the page with the deployment path.
//! 2. Release builds only: adds a Content-Security-Policy whose script hashes are those of the
//!    inline bootstrap scripts Trunk wrote (`trunk serve` injects a live-reload script the
//!    policy would block, so development builds go without).
//! 3. Writes the page, once per language (English at the root, Spanish under `es/`, each with
//!    its `lang`, words and manifest), to every route's `index.html` and to
//!    `404.html`: plain static hosts have no rewrite rules, so a deep link only opens if a file
//!    lives there. Asset URLs are absolute, so the copies work at any depth. Release builds then pre-render each of them: the native
//!    `prerender` binary renders the route with the app's own components into its copy, so the
//!    page is readable before the wasm runs, or where it cannot.
//! 4. Release builds only: minifies the stylesheet and wasm-bindgen's JavaScript with esbuild
//!    (Trunk leaves both as written; about 2 kB of brotli off the first load), gives the names
//!    the wasm and that script call each other by short forms (`crate::bindings`, 4-5 kB) and
//!    updates the files' `integrity` hashes to match; drops the page template's comments and blank lines,
//!    which every visitor would otherwise download with each page.
//! 5. Writes each language's long text beside the app (`crossroads_core::prose`).
//! 6. Writes the facts the JavaScript tests need about this build to `target/facts.json`
//!    (`crate::facts`).
//! 7. Stamps `sw.js` with the list of every file, each language's folder and a version hashed
//!    from their contents, so each deploy gets its own cache and nothing is listed by hand.

use crossroads_core::{prose, routes::Route};
use sha2::{Digest, Sha256, Sha384};
use std::{
    env, fs,
    path::{Path, PathBuf},
};

const PLACEHOLDER: &str = "%PUBLIC_URL%";

/// Where `cargo xtask dist <address>` leaves the site's origin (`https://example.org`) for this
/// hook; pre-rendering makes the pages' language alternates absolute with it.
pub const ORIGIN_VARIABLE: &str = "CROSSROADS_ORIGIN";

/// Where the policy lists the scripts it allows; each inline script's hash follows.
const SCRIPT_SOURCES: &str = "script-src 'self' 'wasm-unsafe-eval'";

/// An inline script as the policy allows it: `'sha256-...'`.
fn script_hash(script: &str) -> String {
    format!("'sha256-{}'", base64(&Sha256::digest(script.as_bytes())))
}

/// The policy, less the script hashes. No inline styles or scripts beyond the hashed
/// bootstrap, wasm through 'wasm-unsafe-eval', and nothing from any other origin.
const POLICY: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' {hashes}; \
style-src 'self'; img-src 'self'; font-src 'self'; connect-src 'self'; manifest-src 'self'; \
worker-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'";

pub fn run() -> Result<(), String> {
    let staging = env::var("TRUNK_STAGING_DIR").map_err(|_| {
        "post-build runs as Trunk's hook (TRUNK_STAGING_DIR is not set)".to_string()
    })?;
    let public_url = env::var("TRUNK_PUBLIC_URL").unwrap_or_else(|_| "/".into());
    let release = env::var("TRUNK_PROFILE").is_ok_and(|p| p == "release");
    finish(Path::new(&staging), &public_url, release, release)
}

fn finish(dir: &Path, public_url: &str, release: bool, pre_render: bool) -> Result<(), String> {
    let index = dir.join("index.html");
    let mut page = read(&index)?;
    let base = if public_url.ends_with('/') {
        public_url.to_string()
    } else {
        format!("{public_url}/")
    };
    page = page.replace(PLACEHOLDER, &base);
    let follow = follow_script(&base);
    let (missing, restore) = (missing_script(&base), RESTORE_SCRIPT);
    if release {
        page = minified(dir, &page)?;
        page = shortened(dir, &page)?;
        page = without_comments(&page);
        page = with_policy(&page)?;
    }
    let manifest = read(&dir.join(MANIFEST)).ok();
    for (i, code) in prose::LANGUAGES.iter().enumerate() {
        let home = language_dir(dir, i);
        fs::create_dir_all(&home).map_err(|e| format!("creating {}: {e}", home.display()))?;
        let page = localized(&page, code, &base, i)?;
        fs::write(home.join("index.html"), &page).map_err(|e| format!("writing {code}: {e}"))?;
        write_route_copies(&home, &page)?;
        if let Some(manifest) = &manifest {
            let text = in_language(code, || localized_manifest(manifest, i))?;
            fs::write(home.join(MANIFEST), text)
                .map_err(|e| format!("writing the {code} manifest: {e}"))?;
        }
        if pre_render {
            prerender(dir, &base, code)?;
            for route in Route::all() {
                let path = home.join(route.folder()).join("index.html");
                if route.preloads_prose() {
                    preload_prose(&path, &base, i)?;
                }
                if read(&path)?.contains(SAVED_MARK) {
                    let script = if route == Route::Quiz {
                        quiz_script()
                    } else {
                        saved_script()
                    };
                    first_script(&path, &script)?;
                }
            }
        }
    }
    first_script(&index, &follow)?;
    first_script(&dir.join("404.html"), &missing)?;
    for i in 1..prose::LANGUAGES.len() {
        first_script(&language_dir(dir, i).join("404.html"), restore)?;
    }
    write_prose(dir)?;
    crate::facts::write(&crate::root())?;
    stamp_service_worker(dir)
}

/// The first thing the site's root page runs: someone who chose another language with the
/// switch is sent on to that language's home page (keeping any query and fragment) before
/// anything else loads. Inline, so nothing is fetched, painted or cut off first; a first visit
/// (nothing remembered) stays. The key and the languages come from `crossroads_core`.
fn follow_script(base: &str) -> String {
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
const SAVED_MARK: &str = "class=\"if-saved\"";

/// Whether anything is saved, told before the page paints: the root element gets
/// `data-saved="y"` or `"n"` (blocked storage counts as nothing saved, as the app counts it).
fn saved_check() -> String {
    format!(
        "let s=\"n\";try{{if(localStorage.getItem(\"{}\"))s=\"y\"}}catch(e){{}}d.dataset.saved=s;",
        crossroads_core::store::KEY
    )
}

/// Asks the page at `path` to fetch language `i`'s text beside the wasm rather than after it
/// (see `Route::preloads_prose`).
fn preload_prose(path: &Path, base: &str, i: usize) -> Result<(), String> {
    let link = format!(
        "<link rel=\"preload\" href=\"{base}{}\" as=\"fetch\" crossorigin>",
        prose::PROSE_FILES[i].0
    );
    let page = read(path)?.replacen("</head>", &format!("{link}</head>"), 1);
    fs::write(path, page).map_err(|e| format!("writing {}: {e}", path.display()))
}

/// The first script of pages that depend on saved progress (see [`SAVED_MARK`]).
fn saved_script() -> String {
    format!("{{const d=document.documentElement;{}}}", saved_check())
}

/// The first script of the quiz page. Beside [`saved_script`], it makes the pre-rendered first
/// question answerable for a first visit before the app arrives, where the app can run (a
/// browser without WebAssembly never gets to take the answer). The choice is kept under
/// `EARLY_KEY` as the question set and the radio's id, marked to move on when it was a tap, a
/// number key or Next, as the app's form moves on (arrow keys only choose); the pace tip then
/// says it is kept, and the form's Next does not send the page anywhere. `data-early-ready`
/// tells the benchmark.
fn quiz_script() -> String {
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
fn missing_script(base: &str) -> String {
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
const RESTORE_SCRIPT: &str = "try{const m=/^#(%2F.*)/.exec(location.hash),a=m&&decodeURIComponent(m[1]);if(a&&a.startsWith(location.pathname.replace(/404\\.html$/,\"\")))history.replaceState(null,\"\",a)}catch(e){}";

/// Puts `script` first into the page at `path` only (the other copies of the template never
/// run it), after the security policy, and adds its hash to that page's policy alone: every
/// other page's first load would carry a hash it never uses.
fn first_script(path: &Path, script: &str) -> Result<(), String> {
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

/// The web app manifest, copied by Trunk from `public/`; each language gets its own.
const MANIFEST: &str = "manifest.webmanifest";

/// Where language `i`'s pages go in the build: the root for English, `es/` for Spanish.
fn language_dir(dir: &Path, i: usize) -> PathBuf {
    dir.join(prose::language_folder(i))
}

/// Runs `f` with the content read in `code` (one of `prose::LANGUAGES`).
fn in_language<T>(code: &str, f: impl FnOnce() -> T) -> Result<T, String> {
    prose::in_language(code, f).ok_or_else(|| format!("the content has no language {code}"))
}

/// The page template in language `i` (`code`): its `lang`, the words it carries and, below the
/// root, the language's own manifest. (Pre-rendering puts in the rest of its text.)
fn localized(page: &str, code: &str, base: &str, i: usize) -> Result<String, String> {
    let mut page = page.replacen("<html lang=\"en\"", &format!("<html lang=\"{code}\""), 1);
    if i > 0 {
        page = page.replace(
            &format!("href=\"{base}{MANIFEST}\""),
            &format!("href=\"{base}{code}/{MANIFEST}\""),
        );
    }
    with_words(&page, code)
}

/// The manifest in language `i`: its name and description, and below the root, its start in
/// that language while its scope and icons stay the whole site's.
fn localized_manifest(manifest: &str, i: usize) -> String {
    use crossroads_core::{json::Value, prose::text};
    let quoted = |t: &str| Value::String(t.to_string()).to_pretty();
    let mut out = manifest
        .replace("\"__NAME__\"", &quoted(text::MANIFEST_NAME.get()))
        .replace(
            "\"__DESCRIPTION__\"",
            &quoted(text::MANIFEST_DESCRIPTION.get()),
        );
    if i > 0 {
        out = out
            .replace("\"scope\": \"./\"", "\"scope\": \"../\"")
            .replace("\"src\": \"icons/", "\"src\": \"../icons/");
    }
    out
}

/// The page without its `<!-- -->` comments and blank lines (before the policy hashes the
/// inline scripts, so their hashes match what is served).
fn without_comments(page: &str) -> String {
    let mut rest = page;
    let mut out = String::with_capacity(page.len());
    while let Some(start) = rest.find("<!--") {
        out.push_str(&rest[..start]);
        rest = rest[start..]
            .find("-->")
            .map_or("", |end| &rest[start + end + 3..]);
    }
    out.push_str(rest);
    out.lines()
        .filter(|line| !line.trim().is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

/// Minifies every top-level `.css` and `.js` file in place with esbuild, and returns the page
/// with their `integrity` attributes recomputed (Trunk hashed the unminified files).
fn minified(dir: &Path, page: &str) -> Result<String, String> {
    let esbuild = Path::new(env!("CARGO_MANIFEST_DIR")).join("../node_modules/.bin/esbuild");
    let mut page = page.to_string();
    for entry in fs::read_dir(dir).map_err(|e| format!("reading {}: {e}", dir.display()))? {
        let path = entry.map_err(|e| e.to_string())?.path();
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default()
            .to_string();
        if !(name.ends_with(".css") || name.ends_with(".js")) || name == "sw.js" {
            continue;
        }
        let status = std::process::Command::new(&esbuild)
            .arg(&path)
            .args(["--minify", "--log-level=warning", "--allow-overwrite"])
            .arg(format!("--outfile={}", path.display()))
            .status()
            .map_err(|e| {
                format!(
                    "running {} (run `cargo xtask setup`): {e}",
                    esbuild.display()
                )
            })?;
        if !status.success() {
            return Err(format!("esbuild could not minify {name}"));
        }
        let digest = base64(&Sha384::digest(fs::read(&path).map_err(|e| e.to_string())?));
        page = with_integrity(&page, &name, &digest);
    }
    Ok(page)
}

/// Shortens the names the wasm and its script call each other by (`crate::bindings`) and
/// returns the page with both files' `integrity` recomputed. A build without wasm-bindgen's
/// pair of files is left as it is.
fn shortened(dir: &Path, page: &str) -> Result<String, String> {
    let mut wasm_name = None;
    for entry in fs::read_dir(dir).map_err(|e| format!("reading {}: {e}", dir.display()))? {
        let name = entry.map_err(|e| e.to_string())?.file_name();
        let name = name.to_string_lossy();
        if name.ends_with("_bg.wasm") {
            wasm_name = Some(name.into_owned());
        }
    }
    let Some(wasm_name) = wasm_name else {
        return Ok(page.to_string());
    };
    let script_name = wasm_name.replace("_bg.wasm", ".js");
    let wasm = fs::read(dir.join(&wasm_name)).map_err(|e| format!("reading {wasm_name}: {e}"))?;
    let script = read(&dir.join(&script_name))?;
    let (wasm, script) = crate::bindings::shorten(&wasm, &script)
        .map_err(|e| format!("shortening the names in {wasm_name}: {e}"))?;
    fs::write(dir.join(&wasm_name), &wasm).map_err(|e| format!("writing {wasm_name}: {e}"))?;
    fs::write(dir.join(&script_name), &script)
        .map_err(|e| format!("writing {script_name}: {e}"))?;
    let page = with_integrity(page, &wasm_name, &base64(&Sha384::digest(&wasm)));
    Ok(with_integrity(
        &page,
        &script_name,
        &base64(&Sha384::digest(script.as_bytes())),
    ))
}

/// The page with the `integrity` of every tag that references `name` set to `digest`
/// (Trunk writes it on the stylesheet link and on the script's modulepreload link).
fn with_integrity(page: &str, name: &str, digest: &str) -> String {
    const ATTR: &str = "integrity=\"sha384-";
    let mut out = String::with_capacity(page.len());
    let mut rest = page;
    while let Some(at) = rest.find(&format!("/{name}\"")) {
        let tag_end = rest[at..].find('>').map_or(rest.len(), |i| at + i);
        let Some(value) = rest[at..tag_end].find(ATTR).map(|i| at + i + ATTR.len()) else {
            out.push_str(&rest[..tag_end]);
            rest = &rest[tag_end..];
            continue;
        };
        let end = value + rest[value..].find('"').unwrap_or(0);
        out.push_str(&rest[..value]);
        out.push_str(digest);
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

/// The content's long text, which the app fetches after its first screen (named by its hash,
/// so a new deploy never serves old words from a cache). Written before the worker is stamped,
/// so it is precached with the rest.
fn write_prose(dir: &Path) -> Result<(), String> {
    for (i, (name, _)) in prose::PROSE_FILES.iter().enumerate() {
        let text = prose::file_text(prose::LANGUAGES[i]).unwrap_or_default();
        fs::write(dir.join(name), text).map_err(|e| format!("writing {name}: {e}"))?;
    }
    Ok(())
}

fn read(path: &Path) -> Result<String, String> {
    fs::read_to_string(path).map_err(|e| format!("reading {}: {e}", path.display()))
}

/// The page with the policy right after the charset declaration (or first in `<head>`), ahead
/// of every script it must cover: its own inline scripts (a page's own first script adds its
/// hash later, see [`first_script`]).
fn with_policy(page: &str) -> Result<String, String> {
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

/// The page carrying the first screen's words in language `code` (`crossroads_core::prose`),
/// which the app installs before it mounts: one JSON string in a data block at the end of the
/// body. `<` is escaped, so no word can close the block.
fn with_words(page: &str, code: &str) -> Result<String, String> {
    use crossroads_core::json::Value;
    let words = prose::words_text(code).ok_or_else(|| format!("no words in language {code}"))?;
    let json = Value::String(words.to_string())
        .to_pretty()
        .replace('<', "\\u003c");
    let end = page.rfind("</body>").ok_or("index.html has no </body>")?;
    Ok(format!(
        "{}<script type=\"application/json\" id=\"{}\">{json}</script>\n{}",
        &page[..end],
        prose::WORDS_ELEMENT,
        &page[end..]
    ))
}

/// The text of every `<script>` element without a `src`, data blocks left out (they never
/// run).
fn inline_scripts(page: &str) -> Vec<&str> {
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

/// Runs the app crate's native `prerender` binary over the site (see `src/prerender.rs`).
fn prerender(dir: &Path, public_url: &str, code: &str) -> Result<(), String> {
    let status = std::process::Command::new(env::var_os("CARGO").unwrap_or_else(|| "cargo".into()))
        .current_dir(crate::root())
        .args([
            "run",
            "--quiet",
            "-p",
            "crossroads",
            "--bin",
            "prerender",
            "--",
        ])
        .arg(dir)
        .arg(public_url)
        .arg(code)
        .arg(env::var(ORIGIN_VARIABLE).unwrap_or_default())
        .status()
        .map_err(|e| format!("running the prerender binary: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err("pre-rendering the pages failed (see above)".into())
    }
}

fn write_route_copies(dir: &Path, page: &str) -> Result<(), String> {
    for route in Route::all().iter().filter(|r| **r != Route::Home) {
        let route = route.folder();
        let folder = dir.join(&route);
        fs::create_dir_all(&folder).map_err(|e| format!("creating {}: {e}", folder.display()))?;
        fs::write(folder.join("index.html"), page).map_err(|e| format!("writing {route}: {e}"))?;
    }
    fs::write(dir.join("404.html"), page).map_err(|e| format!("writing 404.html: {e}"))
}

fn stamp_service_worker(dir: &Path) -> Result<(), String> {
    let sw = dir.join("sw.js");
    let script = read(&sw)?;
    let mut files = Vec::new();
    list_files(dir, dir, &mut files)?;
    files.retain(|f| f != "sw.js");
    files.sort();
    let mut hasher = Sha256::new();
    for f in &files {
        hasher.update(f.as_bytes());
        hasher.update(fs::read(dir.join(f)).map_err(|e| format!("reading {f}: {e}"))?);
    }
    let version: String = hasher
        .finalize()
        .iter()
        .take(8)
        .map(|b| format!("{b:02x}"))
        .collect();
    let list = files
        .iter()
        .map(|f| format!("'{f}'"))
        .collect::<Vec<_>>()
        .join(", ");
    let languages = prose::LANGUAGES[1..]
        .iter()
        .map(|code| format!("'{code}'"))
        .collect::<Vec<_>>()
        .join(", ");
    let stamped = script
        .replace("'__CROSSROADS_VERSION__'", &format!("'{version}'"))
        .replace("['__CROSSROADS_FILES__']", &format!("[{list}]"))
        .replace("['__CROSSROADS_LANGUAGES__']", &format!("[{languages}]"));
    if stamped == script {
        return Err(
            "sw.js has no __CROSSROADS_VERSION__ / __CROSSROADS_FILES__ placeholders".into(),
        );
    }
    fs::write(&sw, stamped).map_err(|e| format!("writing sw.js: {e}"))
}

/// Every file below `dir`, as a `/`-separated path relative to `root`.
fn list_files(root: &Path, dir: &Path, out: &mut Vec<String>) -> Result<(), String> {
    let entries = fs::read_dir(dir).map_err(|e| format!("listing {}: {e}", dir.display()))?;
    for entry in entries {
        let path: PathBuf = entry.map_err(|e| e.to_string())?.path();
        if path.is_dir() {
            list_files(root, &path, out)?;
        } else if let Ok(rel) = path.strip_prefix(root) {
            let parts: Vec<_> = rel
                .components()
                .map(|c| c.as_os_str().to_string_lossy())
                .collect();
            out.push(parts.join("/"));
        }
    }
    Ok(())
}

/// Standard base64 with padding, as CSP hashes use.
fn base64(bytes: &[u8]) -> String {
    const TABLE: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, b)| n | u32::from(*b) << (16 - 8 * i));
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(TABLE[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = "<html lang=\"en\"><head><meta charset=\"utf-8\" />\n<meta name=\"crossroads-base\" content=\"%PUBLIC_URL%\" />\
        <link rel=\"manifest\" href=\"%PUBLIC_URL%manifest.webmanifest\" />\
        <script type=\"module\">boot()</script><script src=\"/x.js\"></script></head><body></body></html>";
    const SW: &str =
        "const VERSION = '__CROSSROADS_VERSION__';\nconst FILES = ['__CROSSROADS_FILES__'];\nconst LANGUAGES = ['__CROSSROADS_LANGUAGES__'];\n";

    fn site(name: &str) -> PathBuf {
        let dir = env::temp_dir().join(format!("xtask-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(dir.join("icons")).unwrap();
        fs::write(dir.join("index.html"), PAGE).unwrap();
        fs::write(dir.join("sw.js"), SW).unwrap();
        fs::write(dir.join("app.wasm"), [0u8, 1, 2]).unwrap();
        fs::write(dir.join("icons/icon.svg"), "<svg/>").unwrap();
        dir
    }

    #[test]
    fn comments_and_blank_lines_are_dropped_and_the_rest_kept() {
        let page = "<head>\n    <!-- a note\n  on two lines -->\n<meta a />\n\n  <script>x()</script><!--b--></head>";
        assert_eq!(
            without_comments(page),
            "<head>\n<meta a />\n  <script>x()</script></head>"
        );
        // The empty comments Leptos uses as markers are not `<!-- -->` comments.
        assert_eq!(without_comments("<ul><!></ul>"), "<ul><!></ul>");
        assert_eq!(without_comments("a<!-- unclosed"), "a");
    }

    #[test]
    fn release_build_minifies_styles_and_scripts_and_rehashes_them() {
        let dir = site("minify");
        let css = "main-1.css";
        fs::write(dir.join(css), "body {\n    color : red ;\n}\n").unwrap();
        fs::write(
            dir.join("app-1.js"),
            "export function  start ( ) {\n  return 1 + 2 ;\n}\n",
        )
        .unwrap();
        let page = format!(
            "<link rel=\"stylesheet\" href=\"/{css}\" integrity=\"sha384-old\"/>\
             <link rel=\"modulepreload\" href=\"/app-1.js\" crossorigin=\"anonymous\" integrity=\"sha384-old\">\
             <link rel=\"icon\" href=\"/icon.svg\" integrity=\"sha384-keep\"/>"
        );
        let page = minified(&dir, &page).unwrap();
        let min = fs::read(dir.join(css)).unwrap();
        assert_eq!(String::from_utf8_lossy(&min).trim(), "body{color:red}");
        assert!(
            page.contains(&format!(
                "integrity=\"sha384-{}\"",
                base64(&Sha384::digest(&min))
            )),
            "{page}"
        );
        let js = fs::read_to_string(dir.join("app-1.js")).unwrap();
        assert!(js.len() < 40 && js.contains("export"), "{js}");
        let js_digest = base64(&Sha384::digest(js.as_bytes()));
        assert!(
            page.contains(&format!(
                "crossorigin=\"anonymous\" integrity=\"sha384-{js_digest}\""
            )),
            "{page}"
        );
        assert!(
            page.contains("integrity=\"sha384-keep\""),
            "other files keep theirs: {page}"
        );
        // The worker template is stamped later and never minified here.
        assert_eq!(fs::read_to_string(dir.join("sw.js")).unwrap(), SW);
        fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn base64_matches_known_vectors() {
        assert_eq!(base64(b""), "");
        assert_eq!(base64(b"f"), "Zg==");
        assert_eq!(base64(b"fo"), "Zm8=");
        assert_eq!(base64(b"foo"), "Zm9v");
        assert_eq!(base64(b"foobar"), "Zm9vYmFy");
    }

    #[test]
    fn release_build_gets_a_policy_hashing_only_inline_scripts() {
        let dir = site("release");
        finish(&dir, "/crossroads/", true, false).unwrap();
        let page = fs::read_to_string(dir.join("index.html")).unwrap();
        assert!(page.contains("content=\"/crossroads/\""));
        assert!(!page.contains(PLACEHOLDER));
        let hash = base64(&Sha256::digest(b"boot()"));
        assert!(page.contains(&format!("'sha256-{hash}'")), "{page}");
        // The root's own first script, which follows a remembered language, is allowed too.
        let follow = follow_script("/crossroads/");
        assert!(
            page.contains(&format!("<script>{follow}</script>")),
            "{page}"
        );
        assert!(follow.contains(crossroads_core::store::LANGUAGE_KEY));
        assert!(follow.contains("[\"es\",\"/crossroads/es/\"]"), "{follow}");
        assert_eq!(
            page.matches("'sha256-").count(),
            2,
            "the src= script needs no hash"
        );
        // The not-found pages have their own first scripts, each allowed there alone: the
        // root's sends an address of another language on to that language's not-found page,
        // which puts the address back.
        let missing = missing_script("/crossroads/");
        assert!(missing.contains("[\"/crossroads/es/\"]"), "{missing}");
        let allows = |path: &str| {
            let page = fs::read_to_string(dir.join(path)).unwrap();
            [follow.as_str(), &missing, RESTORE_SCRIPT].map(|script| {
                let runs = page.contains(&format!("<script>{script}</script>"));
                assert_eq!(runs, page.contains(&script_hash(script)), "{path}");
                runs
            })
        };
        assert_eq!(allows("index.html"), [true, false, false]);
        assert_eq!(allows("404.html"), [false, true, false]);
        assert_eq!(allows("es/index.html"), [false, false, false]);
        assert_eq!(allows("es/404.html"), [false, false, true]);
        assert!(page.contains("base-uri 'none'") && page.contains("object-src 'none'"));
        assert!(!page.contains("'unsafe-inline'") && !page.contains("'unsafe-eval'"));
        assert!(page.find("Content-Security-Policy") < page.find("<script"));
        fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn development_build_has_no_policy() {
        let dir = site("dev");
        finish(&dir, "/", false, false).unwrap();
        let page = fs::read_to_string(dir.join("index.html")).unwrap();
        assert!(!page.contains("Content-Security-Policy"));
        assert!(page.contains("content=\"/\""));
        fs::remove_dir_all(&dir).unwrap();
    }

    /// A page without the scripts one page alone runs first (the root's, which follows a
    /// remembered language, and the not-found pages') and their hashes in its policy.
    fn without_first_scripts(page: String, base: &str) -> String {
        [
            follow_script(base),
            missing_script(base),
            RESTORE_SCRIPT.into(),
        ]
        .iter()
        .fold(page, |page, script| {
            page.replace(&format!("\n    <script>{script}</script>"), "")
                .replace(&format!(" {}", script_hash(script)), "")
        })
    }

    #[test]
    fn every_route_and_404_get_the_page_and_the_worker_lists_every_file() {
        let dir = site("routes");
        finish(&dir, "/", true, false).unwrap();
        let page = without_first_scripts(fs::read_to_string(dir.join("index.html")).unwrap(), "/");
        for route in Route::all().iter().map(Route::folder) {
            assert_eq!(
                without_first_scripts(
                    fs::read_to_string(dir.join(&route).join("index.html")).unwrap(),
                    "/"
                ),
                page,
                "{route}"
            );
        }
        assert_eq!(
            without_first_scripts(fs::read_to_string(dir.join("404.html")).unwrap(), "/"),
            page
        );
        let sw = fs::read_to_string(dir.join("sw.js")).unwrap();
        for file in [
            "'index.html'",
            "'404.html'",
            "'app.wasm'",
            "'icons/icon.svg'",
            "'roles/civil-engineer/index.html'",
        ] {
            assert!(sw.contains(file), "{file} missing from {sw}");
        }
        assert!(!sw.contains("'sw.js'") && !sw.contains("__CROSSROADS"));
        // The content's long text is written beside the app and precached with it.
        for (i, (name, _)) in prose::PROSE_FILES.iter().enumerate() {
            assert!(
                sw.contains(&format!("'{name}'")),
                "{name} missing from {sw}"
            );
            assert_eq!(
                fs::read_to_string(dir.join(name)).unwrap(),
                prose::file_text(prose::LANGUAGES[i]).unwrap()
            );
        }
        fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn every_language_gets_its_own_copy_of_every_page() {
        let dir = site("languages");
        fs::write(
            dir.join(MANIFEST),
            "{\"name\": \"__NAME__\", \"description\": \"__DESCRIPTION__\", \"scope\": \"./\", \"icons\": [{\"src\": \"icons/a.png\"}]}",
        )
        .unwrap();
        finish(&dir, "/crossroads/", true, false).unwrap();
        let sw = fs::read_to_string(dir.join("sw.js")).unwrap();
        assert!(!sw.contains("__CROSSROADS"), "{sw}");
        for (i, code) in prose::LANGUAGES.iter().enumerate() {
            let home = language_dir(&dir, i);
            let page = without_first_scripts(
                fs::read_to_string(home.join("index.html")).unwrap(),
                "/crossroads/",
            );
            // Only the site's root follows a remembered language.
            assert_eq!(
                page.len() < fs::metadata(home.join("index.html")).unwrap().len() as usize,
                i == 0
            );
            assert!(page.contains(&format!("<html lang=\"{code}\"")), "{page}");
            let words =
                crossroads_core::json::Value::String(prose::words_text(code).unwrap().into())
                    .to_pretty()
                    .replace('<', "\\u003c");
            assert!(page.contains(&words), "{code} carries its own words");
            for route in Route::all() {
                let copy = home.join(route.folder()).join("index.html");
                assert_eq!(
                    without_first_scripts(fs::read_to_string(&copy).unwrap(), "/crossroads/"),
                    page,
                    "{}",
                    copy.display()
                );
            }
            assert_eq!(
                without_first_scripts(
                    fs::read_to_string(home.join("404.html")).unwrap(),
                    "/crossroads/"
                ),
                page
            );
            let manifest = fs::read_to_string(home.join(MANIFEST)).unwrap();
            assert!(!manifest.contains("__"), "{manifest}");
            in_language(code, || {
                assert!(
                    manifest.contains(prose::text::MANIFEST_NAME.get()),
                    "{manifest}"
                );
            })
            .unwrap();
            if i > 0 {
                assert!(sw.contains(&format!("'{code}/404.html'")), "{sw}");
                assert!(sw.contains(&format!("const LANGUAGES = ['{code}'")), "{sw}");
                assert!(page.contains(&format!("href=\"/crossroads/{code}/{MANIFEST}\"")));
                assert!(
                    manifest.contains("\"scope\": \"../\"") && manifest.contains("../icons/a.png")
                );
            }
        }
        fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn the_worker_version_follows_the_content() {
        let version = |wasm: &[u8]| {
            let dir = site("version");
            fs::write(dir.join("app.wasm"), wasm).unwrap();
            finish(&dir, "/", true, false).unwrap();
            let sw = fs::read_to_string(dir.join("sw.js")).unwrap();
            fs::remove_dir_all(&dir).unwrap();
            sw.lines().next().unwrap().to_string()
        };
        assert_eq!(version(b"a"), version(b"a"));
        assert_ne!(version(b"a"), version(b"b"));
    }

    #[test]
    fn missing_shell_is_a_clear_error() {
        let dir = env::temp_dir().join(format!("xtask-empty-{}", std::process::id()));
        fs::create_dir_all(&dir).unwrap();
        let err = finish(&dir, "/", true, false).unwrap_err();
        assert!(err.contains("index.html"), "{err}");
        fs::remove_dir_all(&dir).unwrap();
    }
}
