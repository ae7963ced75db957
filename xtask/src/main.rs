//! Project automation, run as `cargo xtask <command>` (see `.cargo/config.toml`).
//!
//! Every command first installs what it needs and is quick when everything is already there,
//! so a fresh machine with only rustup/cargo and node/npm needs nothing else.

mod bindings;
mod facts;
mod postbuild;
mod tools;

use std::{env, path::PathBuf, process::ExitCode};

const HELP: &str = "\
cargo xtask <command>

  serve        install what is missing, then serve the app with live reload (Trunk)
  test         install what is missing, then run every check: format, lints, native tests,
               release builds (site root and /crossroads/ sub-path), the Chromium suite and
               the cross-engine suite in Firefox ESR and WebKitGTK
  dist [URL]   build the release into dist/ for deployment at URL (default /)
  bench        measure the release build; writes target/bench/report.md and report.json
  post-build   Trunk's post-build hook: adds the per-route copies of the app shell
";

fn main() -> ExitCode {
    let args: Vec<String> = env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("serve") => tools::serve(),
        Some("test") => tools::test_all(),
        Some("bench") => tools::bench(),
        Some("dist") => tools::dist(args.get(1).map_or("/", String::as_str)),
        Some("post-build") => postbuild::run(),
        _ => {
            print!("{HELP}");
            return if args.is_empty() {
                ExitCode::SUCCESS
            } else {
                ExitCode::FAILURE
            };
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("\nxtask: {message}");
            ExitCode::FAILURE
        }
    }
}

/// The workspace root, whatever directory cargo was started from.
fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives one level below the workspace root")
        .to_path_buf()
}

/// A progress line that stands out among the tools' own output.
fn step(message: &str) {
    println!("\n==> {message}");
}
