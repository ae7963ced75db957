//! `prerender <dir> <public-url> <language> [origin]`: writes every route's pre-rendered page in
//! one language into a release build, with language alternates at `origin` when given (run by
//! `cargo xtask post-build`; see `crossroads::prerender`).

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (dir, public_url, code, origin) = match args.as_slice() {
        [dir, url, code] => (dir, url, code, ""),
        [dir, url, code, origin] => (dir, url, code, origin.as_str()),
        _ => {
            eprintln!("usage: prerender <dir> <public-url> <language> [origin]");
            return std::process::ExitCode::FAILURE;
        }
    };
    match crossroads::prerender::write_site(std::path::Path::new(dir), public_url, code, origin) {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("prerender: {message}");
            std::process::ExitCode::FAILURE
        }
    }
}

/// Pre-rendering runs natively; the browser build has nothing to do here.
#[cfg(target_arch = "wasm32")]
fn main() {}
