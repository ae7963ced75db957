//! Reading the workspace's files, for the tests that check what every file says.

use std::{fs, path::Path};

/// The workspace root.
pub fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap()
}

/// Every file below `dir` whose name ends with one of `endings`, as its path from the workspace
/// root and its text, in path order.
pub fn files(dir: &str, endings: &[&str]) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut stack = vec![root().join(dir)];
    while let Some(d) = stack.pop() {
        for entry in fs::read_dir(&d).unwrap().flatten() {
            let path = entry.path();
            let name = path
                .strip_prefix(root())
                .unwrap()
                .to_string_lossy()
                .into_owned();
            if path.is_dir() {
                if !name.ends_with("node_modules") {
                    stack.push(path);
                }
            } else if endings.iter().any(|e| name.ends_with(e)) {
                out.push((name, fs::read_to_string(&path).unwrap()));
            }
        }
    }
    out.sort();
    out
}
