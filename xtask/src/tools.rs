//! Installing the toolchain on demand and running the build and test steps.
//!
//! The traps this avoids are listed in the shared toolchain notes: Trunk 0.22 needs a newer
//! rustc than this machine has, Debian's wasm-opt breaks the output (npm's binaryen works),
//! `--locked` breaks the wasm-bindgen CLI install, and no tool may download a browser or binary.

use crate::{root, step};
use std::{
    env,
    ffi::OsString,
    fs,
    path::{Path, PathBuf},
    process::Command,
};

const TRUNK_VERSION: &str = "0.21.14";
/// The WebDriver server for Firefox; Debian has none, crates.io has Mozilla's own.
const GECKODRIVER_VERSION: &str = "0.36.0";
const WASM_TARGET: &str = "wasm32-unknown-unknown";
/// Where the end-to-end suite finds the sub-path build: served from `target/e2e-subpath`, it
/// answers under `/crossroads/` as a project site on GitHub Pages would.
const SUBPATH_URL: &str = "/crossroads/";
const SUBPATH_DIST: &str = "target/e2e-subpath/crossroads";

/// `cargo xtask serve`.
pub fn serve() -> Result<(), String> {
    ensure_build_tools()?;
    step("Serving Crossroads at http://127.0.0.1:8080/ (Ctrl-C stops)");
    run(trunk().args(["serve", "--address", "127.0.0.1", "--port", "8080"]))
}

/// `cargo xtask dist [URL]`.
pub fn dist(public_url: &str) -> Result<(), String> {
    ensure_build_tools()?;
    build_release(public_url, "dist")?;
    step(&format!("dist/ is ready to deploy at {public_url}"));
    Ok(())
}

/// `cargo xtask test`: everything CI checks, in order of cost.
pub fn test_all() -> Result<(), String> {
    ensure_build_tools()?;
    ensure_chromium()?;
    ensure_other_engines()?;
    step("Checking formatting (cargo fmt --check)");
    run(cargo().args(["fmt", "--all", "--check"]))?;
    step("Linting (cargo clippy, warnings are errors)");
    run(cargo().args([
        "clippy",
        "--workspace",
        "--all-targets",
        "--",
        "-D",
        "warnings",
    ]))?;
    step("Native tests (domain, text layer, every page rendered, the app's state, tooling)");
    // --nocapture: the answer-style population tables are part of the report.
    run(cargo().args([
        "test",
        "-p",
        "crossroads-core",
        "-p",
        "crossroads-words",
        "-p",
        "crossroads",
        "-p",
        "xtask",
        "--",
        "--nocapture",
    ]))?;
    build_release("/", "dist")?;
    step("First-load size against the regression ceiling");
    run(node().args(["tests/bench/bench.mjs", "--sizes-only"]))?;
    build_release(SUBPATH_URL, SUBPATH_DIST)?;
    step("End-to-end tests in headless Chromium (site root and /crossroads/)");
    run(Command::new(root().join("node_modules/.bin/playwright"))
        .args(["test", "--config", "tests/e2e/playwright.config.ts"])
        // No `.only` narrows the run, and no server left over from another build is reused.
        .env("CROSSROADS_FULL_RUN", "1")
        .env("PATH", tool_path()))?;
    step("Cross-engine tests in Firefox ESR and WebKitGTK (WebDriver, under Xvfb)");
    // Every engine, whatever a shell left behind: one engine is a choice made by running the
    // suite directly (README), never an accident of the environment.
    if let Some(value) = env::var_os("CROSSROADS_ENGINES") {
        println!("(CROSSROADS_ENGINES={value:?} ignored: `cargo xtask test` runs every engine)");
    }
    run(Command::new("xvfb-run")
        .args([
            "-a",
            "node",
            "--test",
            "--test-concurrency=1",
            "--test-reporter=spec",
            "tests/engines/",
        ])
        .current_dir(root())
        .env_remove("CROSSROADS_ENGINES")
        .env("PATH", tool_path()))
}

/// `cargo xtask bench`: the release build measured (sizes, paint against a static baseline,
/// quiz interaction latency, Lighthouse); writes `target/bench/report.{md,json}`.
pub fn bench() -> Result<(), String> {
    ensure_build_tools()?;
    ensure_chromium()?;
    let bench = root().join("tests/bench");
    if !bench.join("node_modules/.bin/lighthouse").exists() {
        step("Installing Lighthouse for the benchmark (first time only)");
        run(Command::new("npm")
            .args(["install", "--no-audit", "--no-fund"])
            .current_dir(&bench))?;
    }
    // The address the benchmark serves the build at, as a deploy would give its own.
    build_release("http://127.0.0.1:4180/", "dist")?;
    step("Benchmarking (a few minutes)");
    run(node().arg("tests/bench/bench.mjs"))
}

fn node() -> Command {
    let mut cmd = Command::new("node");
    cmd.current_dir(root()).env("PATH", tool_path());
    cmd
}

/// A release build for the site at `public_url`: a path (`/`, `/crossroads/`) or a full
/// address (`https://example.org/crossroads/`), whose origin makes the pages' language
/// alternates absolute, as search engines want them (post-build reads it from the environment).
fn build_release(public_url: &str, dist: &str) -> Result<(), String> {
    step(&format!("Release build for {public_url} into {dist}/"));
    let origin = crossroads_core::paths::origin(public_url);
    let path = format!("{}/", crossroads_core::paths::base_path(public_url));
    run(trunk()
        .args(["build", "--release", "--public-url", &path, "--dist", dist])
        .env(crate::postbuild::ORIGIN_VARIABLE, origin))
}

/// Everything `trunk build` needs: the wasm target, Trunk, the matching wasm-bindgen CLI,
/// npm's wasm-opt and the crates themselves (Trunk builds offline).
fn ensure_build_tools() -> Result<(), String> {
    ensure_wasm_target()?;
    ensure_trunk()?;
    ensure_wasm_bindgen()?;
    ensure_npm_packages()?;
    step("Fetching crates (Trunk builds offline)");
    run(cargo().args(["fetch", "--quiet"]))
}

fn ensure_wasm_target() -> Result<(), String> {
    let installed =
        output(Command::new("rustup").args(["target", "list", "--installed"])).unwrap_or_default();
    if installed.lines().any(|l| l.trim() == WASM_TARGET) {
        return Ok(());
    }
    step(&format!("Adding the {WASM_TARGET} Rust target"));
    run(Command::new("rustup").args(["target", "add", WASM_TARGET]))
}

fn ensure_trunk() -> Result<(), String> {
    if version_of("trunk").as_deref() == Some(TRUNK_VERSION) {
        return Ok(());
    }
    step(&format!(
        "Installing Trunk {TRUNK_VERSION} (first time only: 10-20 minutes on 2 cores)"
    ));
    run(cargo().args([
        "install",
        "trunk",
        "--version",
        TRUNK_VERSION,
        "--locked",
        "--force",
    ]))
}

fn ensure_wasm_bindgen() -> Result<(), String> {
    let wanted = locked_version("wasm-bindgen")?;
    if version_of("wasm-bindgen").as_deref() == Some(wanted.as_str()) {
        return Ok(());
    }
    step(&format!(
        "Installing wasm-bindgen-cli {wanted} (first time only: a few minutes)"
    ));
    // No `--locked`: the CLI's own lock file pins a crate that has since been yanked.
    run(cargo().args([
        "install",
        "wasm-bindgen-cli",
        "--version",
        &format!("={wanted}"),
        "--force",
    ]))
}

/// wasm-opt (npm's binaryen), esbuild, the Playwright test runner and WebdriverIO, pinned by
/// `package-lock.json`. No install scripts: the only ones would download WebDriver servers.
fn ensure_npm_packages() -> Result<(), String> {
    let root = root();
    let marker = root.join("node_modules/.package-lock.json");
    if modified(&marker) >= modified(&root.join("package-lock.json")) && marker.exists() {
        return Ok(());
    }
    step("Installing npm packages (wasm-opt, esbuild, Playwright test runner, WebdriverIO)");
    run(Command::new("npm")
        .args(["ci", "--no-audit", "--no-fund", "--ignore-scripts"])
        .current_dir(&root))
}

/// Debian's Chromium and ChromeDriver; the test tools never download a browser of their own.
fn ensure_chromium() -> Result<(), String> {
    ensure_debian_packages(
        "Chromium",
        &[
            ("/usr/bin/chromium", "chromium"),
            ("/usr/bin/chromedriver", "chromium-driver"),
        ],
    )
}

/// Firefox ESR and WebKitGTK's WebDriver from Debian, Xvfb for WebKit's display, and
/// geckodriver built from crates.io (Debian does not package it; npm's would download it).
fn ensure_other_engines() -> Result<(), String> {
    ensure_debian_packages(
        "Firefox ESR, WebKitGTK and Xvfb",
        &[
            ("/usr/lib/firefox-esr/firefox-esr", "firefox-esr"),
            ("/usr/bin/WebKitWebDriver", "webkit2gtk-driver"),
            ("/usr/bin/xvfb-run", "xvfb"),
        ],
    )?;
    // By path: npm's `geckodriver` shim in node_modules/.bin comes first on the tool PATH and
    // would try to download a driver.
    let installed = cargo_home().map(|home| home.join("bin/geckodriver"));
    if installed.is_some_and(|path| {
        version_of(&path.to_string_lossy()).as_deref() == Some(GECKODRIVER_VERSION)
    }) {
        return Ok(());
    }
    step(&format!(
        "Installing geckodriver {GECKODRIVER_VERSION} (first time only: about 3 minutes)"
    ));
    run(cargo().args([
        "install",
        "geckodriver",
        "--version",
        GECKODRIVER_VERSION,
        "--locked",
        "--force",
    ]))
}

/// Installs the Debian packages whose files are missing, with sudo unless running as root.
fn ensure_debian_packages(what: &str, wanted: &[(&str, &str)]) -> Result<(), String> {
    let missing: Vec<&str> = wanted
        .iter()
        .filter(|(file, _)| !Path::new(file).exists())
        .map(|(_, package)| *package)
        .collect();
    if missing.is_empty() {
        return Ok(());
    }
    step(&format!(
        "Installing {what} from Debian's packages (first time only)"
    ));
    let sudo = output(Command::new("id").arg("-u")).is_some_and(|id| id.trim() != "0");
    let apt = |args: &[&str]| {
        let mut cmd = Command::new(if sudo { "sudo" } else { "apt-get" });
        if sudo {
            cmd.arg("apt-get");
        }
        cmd.args(args).env("DEBIAN_FRONTEND", "noninteractive");
        cmd
    };
    run(&mut apt(&["update", "-q"]))?;
    let mut install = apt(&["install", "-y", "-q"]);
    install.args(&missing);
    run(&mut install)
}

/// The version a crate is locked at in `Cargo.lock`.
fn locked_version(name: &str) -> Result<String, String> {
    let lock = fs::read_to_string(root().join("Cargo.lock"))
        .map_err(|e| format!("reading Cargo.lock: {e}"))?;
    lock_entry_version(&lock, name).ok_or_else(|| format!("{name} is not in Cargo.lock"))
}

fn lock_entry_version(lock: &str, name: &str) -> Option<String> {
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line == format!("name = \"{name}\"") {
            let version = lines
                .next()?
                .strip_prefix("version = \"")?
                .strip_suffix('"')?;
            return Some(version.to_string());
        }
    }
    None
}

/// The second word of `<tool> --version` (`trunk 0.21.14` gives `0.21.14`), if it runs.
fn version_of(tool: &str) -> Option<String> {
    let out = output(Command::new(tool).arg("--version"))?;
    out.split_whitespace().nth(1).map(str::to_string)
}

fn modified(path: &Path) -> Option<std::time::SystemTime> {
    fs::metadata(path).and_then(|m| m.modified()).ok()
}

/// PATH with the project's npm tools and cargo's install folder first, so Trunk finds the
/// pinned wasm-opt and wasm-bindgen instead of downloading its own.
fn tool_path() -> OsString {
    let mut dirs = vec![root().join("node_modules/.bin")];
    if let Some(home) = cargo_home() {
        dirs.push(home.join("bin"));
    }
    dirs.extend(env::split_paths(&env::var_os("PATH").unwrap_or_default()));
    env::join_paths(dirs).unwrap_or_default()
}

/// Where `cargo install` puts its tools, under `bin/`.
fn cargo_home() -> Option<PathBuf> {
    env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo")))
}

fn cargo() -> Command {
    let mut cmd = Command::new(env::var_os("CARGO").unwrap_or_else(|| "cargo".into()));
    cmd.current_dir(root()).env("PATH", tool_path());
    cmd
}

fn trunk() -> Command {
    let mut cmd = Command::new("trunk");
    cmd.current_dir(root()).env("PATH", tool_path());
    cmd
}

fn run(cmd: &mut Command) -> Result<(), String> {
    let status = cmd
        .status()
        .map_err(|e| format!("could not start {cmd:?}: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{cmd:?} failed ({status})"))
    }
}

fn output(cmd: &mut Command) -> Option<String> {
    let out = cmd.env("PATH", tool_path()).output().ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_a_locked_version() {
        let lock = "[[package]]\nname = \"wasm-bindgen\"\nversion = \"0.2.130\"\n\n\
                    [[package]]\nname = \"wasm-bindgen-macro\"\nversion = \"0.2.130\"\n";
        assert_eq!(
            lock_entry_version(lock, "wasm-bindgen").as_deref(),
            Some("0.2.130")
        );
        assert_eq!(lock_entry_version(lock, "serde"), None);
    }

    #[test]
    fn trunk_toml_pins_the_locked_wasm_bindgen() {
        let trunk_toml = fs::read_to_string(root().join("Trunk.toml")).unwrap();
        let locked = locked_version("wasm-bindgen").unwrap();
        assert!(
            trunk_toml.contains(&format!("wasm_bindgen = \"{locked}\"")),
            "Trunk.toml [tools] wasm_bindgen must equal Cargo.lock's {locked}"
        );
    }
}
