//! Trunk's post-build hook. Plain static hosts have no rewrite rules, so a deep link such as
//! `/roles/civil-engineer` only opens if a file lives there: write the app shell to every
//! route's `index.html`, and to `404.html` for hosts (GitHub Pages, Netlify) that serve it for
//! unknown paths. Asset URLs in the shell are absolute (Trunk's `public_url`), so the copies
//! work at any depth.

use std::{env, fs, path::Path};

pub fn run() -> Result<(), String> {
    let staging = env::var("TRUNK_STAGING_DIR").map_err(|_| {
        "post-build runs as Trunk's hook (TRUNK_STAGING_DIR is not set)".to_string()
    })?;
    write_route_copies(Path::new(&staging))
}

fn write_route_copies(dir: &Path) -> Result<(), String> {
    let shell = fs::read_to_string(dir.join("index.html"))
        .map_err(|e| format!("reading {}/index.html: {e}", dir.display()))?;
    for route in crossroads_core::paths::static_routes() {
        let folder = dir.join(&route);
        fs::create_dir_all(&folder).map_err(|e| format!("creating {}: {e}", folder.display()))?;
        fs::write(folder.join("index.html"), &shell)
            .map_err(|e| format!("writing {route}: {e}"))?;
    }
    fs::write(dir.join("404.html"), &shell).map_err(|e| format!("writing 404.html: {e}"))
}

#[cfg(test)]
mod tests {
    use super::write_route_copies;
    use std::fs;

    #[test]
    fn writes_every_route_and_the_404_page() {
        let dir = std::env::temp_dir().join(format!("xtask-postbuild-{}", std::process::id()));
        fs::create_dir_all(&dir).unwrap();
        fs::write(dir.join("index.html"), "<html>shell</html>").unwrap();
        write_route_copies(&dir).unwrap();
        for route in crossroads_core::paths::static_routes() {
            let copy = fs::read_to_string(dir.join(&route).join("index.html")).unwrap();
            assert_eq!(copy, "<html>shell</html>", "{route}");
        }
        assert_eq!(
            fs::read_to_string(dir.join("404.html")).unwrap(),
            "<html>shell</html>"
        );
        fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn missing_shell_is_a_clear_error() {
        let dir =
            std::env::temp_dir().join(format!("xtask-postbuild-empty-{}", std::process::id()));
        fs::create_dir_all(&dir).unwrap();
        let err = write_route_copies(&dir).unwrap_err();
        assert!(err.contains("index.html"), "{err}");
        fs::remove_dir_all(&dir).unwrap();
    }
}
