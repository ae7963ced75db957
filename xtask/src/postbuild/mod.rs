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

mod scripts;

use crossroads_core::{prose, routes::Route};
use scripts::*;
use sha2::{Digest, Sha256, Sha384};
use std::{
    env, fs,
    path::{Path, PathBuf},
};

const PLACEHOLDER: &str = "%PUBLIC_URL%";

/// Where `cargo xtask dist <address>` leaves the site's origin (`https://example.org`) for this
/// hook; pre-rendering makes the pages' language alternates absolute with it.
pub const ORIGIN_VARIABLE: &str = "CROSSROADS_ORIGIN";

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
    use crossroads_core::json::Value;
    let quoted = |t: &str| Value::String(t.to_string()).to_pretty();
    let (name, description) = crossroads_words::manifest();
    let mut out = manifest
        .replace("\"__NAME__\"", &quoted(name))
        .replace("\"__DESCRIPTION__\"", &quoted(description));
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
                    "running {} (`cargo xtask dist`, `serve` or `test` installs it): {e}",
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
mod tests;
