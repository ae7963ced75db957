//! The architecture's rules (docs/ARCHITECTURE.md, "Invariants"), checked over every file:
//! what may touch the browser, who fills templates, who decides the verdict, where an address
//! is spelled. It is long because each rule comes with a made-up breach that it must catch.
//!
//! Each rule is a function over `(path, text)` pairs that returns its breaches as
//! `path:line: what`; the tests at the top run it over the workspace, and `rules_can_fail` at
//! the bottom feeds each one a made-up breach, so none of them can pass by seeing nothing.
//!
//! The scans read Rust the way the rules mean it: comments never count, and only the rules about
//! string literals (templates filled by hand, addresses) look inside strings.

mod walk;

use std::fs;
use walk::{files, root};

/// One file, by its path from the workspace root.
fn file(path: &str) -> (String, String) {
    let text = fs::read_to_string(root().join(path)).unwrap_or_else(|e| panic!("{path}: {e}"));
    (path.to_string(), text)
}

/// The Rust files below each of `dirs`; a folder with none fails, so no rule passes on nothing.
fn rust(dirs: &[&str]) -> Vec<(String, String)> {
    dirs.iter()
        .flat_map(|dir| {
            let found = files(dir, &[".rs"]);
            assert!(!found.is_empty(), "no Rust file found below {dir}");
            found
        })
        .collect()
}

/// Fails with every breach of `rule`, one per line, by file and line.
fn assert_none(rule: &str, breaches: &[String]) {
    let mut breaches = breaches.to_vec();
    breaches.sort_by_key(|b| {
        let mut parts = b.splitn(3, ':');
        let path = parts.next().unwrap_or_default().to_string();
        (path, parts.next().and_then(|l| l.parse::<usize>().ok()))
    });
    assert!(
        breaches.is_empty(),
        "{rule}\n{} breach(es):\n  {}",
        breaches.len(),
        breaches.join("\n  ")
    );
}

// --- Reading Rust -------------------------------------------------------------------------------

/// A Rust file read the way the rules need it. Blanked characters become spaces and newlines
/// stay, so a line number found in either view is the file's.
struct Source {
    /// The text with its comments blanked out.
    uncommented: String,
    /// The text with its comments and the insides of its string and char literals blanked out.
    code: String,
    /// Every string literal (raw ones too): the line it starts on and its contents as written.
    strings: Vec<(usize, String)>,
}

fn is_ident(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// Splits `text` into code, comments and literals, closely enough for these rules: line and
/// nested block comments, plain, byte and raw strings with their escapes, and char literals
/// told apart from lifetimes.
fn read(text: &str) -> Source {
    let c: Vec<char> = text.chars().collect();
    let at = |k: usize| c.get(k).copied().unwrap_or('\0');
    let mut out = Reader {
        source: Source {
            uncommented: String::with_capacity(text.len()),
            code: String::with_capacity(text.len()),
            strings: Vec::new(),
        },
        line: 1,
    };
    let mut i = 0;
    while i < c.len() {
        if c[i] == '/' && at(i + 1) == '/' {
            while i < c.len() && c[i] != '\n' {
                out.comment(c[i]);
                i += 1;
            }
            continue;
        }
        if c[i] == '/' && at(i + 1) == '*' {
            let mut depth = 0;
            while i < c.len() {
                let two = (c[i], at(i + 1));
                if two == ('/', '*') || two == ('*', '/') {
                    depth += if two.0 == '/' { 1 } else { -1 };
                    out.comment(two.0);
                    out.comment(two.1);
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    out.comment(c[i]);
                    i += 1;
                }
            }
            continue;
        }
        // A raw string: `r"`, `r#"`, ... at the start of a token (`br` has pushed its `b`).
        let starts_token =
            i == 0 || !is_ident(c[i - 1]) || (c[i - 1] == 'b' && (i < 2 || !is_ident(c[i - 2])));
        let hashes = c[i + 1..].iter().take_while(|&&ch| ch == '#').count();
        if c[i] == 'r' && starts_token && at(i + 1 + hashes) == '"' {
            let close: Vec<char> = std::iter::once('"')
                .chain(std::iter::repeat_n('#', hashes))
                .collect();
            let (start, open) = (out.line, i + 2 + hashes);
            let end = (open..c.len())
                .find(|&k| c[k..].starts_with(&close))
                .unwrap_or(c.len());
            c[i..open].iter().for_each(|&ch| out.code(ch));
            c[open..end].iter().for_each(|&ch| out.literal(ch));
            c[end..(end + close.len()).min(c.len())]
                .iter()
                .for_each(|&ch| out.code(ch));
            out.source
                .strings
                .push((start, c[open..end].iter().collect()));
            i = end + close.len();
            continue;
        }
        if c[i] == '"' {
            let start = out.line;
            let mut end = i + 1;
            while end < c.len() && c[end] != '"' {
                end += if c[end] == '\\' { 2 } else { 1 };
            }
            let end = end.min(c.len());
            out.code('"');
            c[i + 1..end].iter().for_each(|&ch| out.literal(ch));
            if end < c.len() {
                out.code('"');
            }
            out.source
                .strings
                .push((start, c[i + 1..end].iter().collect()));
            i = end + 1;
            continue;
        }
        if c[i] == '\'' {
            // `'\n'`, `'\u{..}'`: up to the next quote; `'x'`: three characters; else a lifetime.
            let end = if at(i + 1) == '\\' {
                (i + 3..c.len()).find(|&k| c[k] == '\'')
            } else if at(i + 2) == '\'' && at(i + 1) != '\'' {
                Some(i + 2)
            } else {
                None
            };
            if let Some(end) = end {
                out.code('\'');
                c[i + 1..end].iter().for_each(|&ch| out.literal(ch));
                out.code('\'');
                i = end + 1;
                continue;
            }
        }
        out.code(c[i]);
        i += 1;
    }
    out.source
}

/// Builds a [`Source`], counting lines.
struct Reader {
    source: Source,
    line: usize,
}

impl Reader {
    /// Adds `kept` to the text without comments and `coded` to the code, blanking the other
    /// views' copy of `ch`.
    fn push(&mut self, ch: char, kept: bool, coded: bool) {
        let blank = if ch == '\n' { '\n' } else { ' ' };
        self.source.uncommented.push(if kept { ch } else { blank });
        self.source.code.push(if coded { ch } else { blank });
        if ch == '\n' {
            self.line += 1;
        }
    }

    fn code(&mut self, ch: char) {
        self.push(ch, true, true);
    }

    fn comment(&mut self, ch: char) {
        self.push(ch, false, false);
    }

    fn literal(&mut self, ch: char) {
        self.push(ch, true, false);
    }
}

/// The line of byte offset `at` in `text`.
fn line_of(text: &str, at: usize) -> usize {
    text[..at].matches('\n').count() + 1
}

/// Where `needle` starts in `code`, but not inside a longer identifier: `web_sys` is not found
/// in `my_web_sys`, while `leptos` is found in `leptos_router`.
fn find_all(code: &str, needle: &str) -> Vec<usize> {
    let word = needle.starts_with(is_ident);
    code.match_indices(needle)
        .map(|(i, _)| i)
        .filter(|&i| !word || !code[..i].ends_with(is_ident))
        .collect()
}

/// Where the whole identifier `name` stands in `code`.
fn find_word(code: &str, name: &str) -> Vec<usize> {
    find_all(code, name)
        .into_iter()
        .filter(|&i| !code[i + name.len()..].starts_with(is_ident))
        .collect()
}

/// Each mention of one of `needles` in `code` (see [`find_all`]), as `path:line: needle`.
fn mentions(path: &str, code: &str, needles: &[&str]) -> Vec<String> {
    let mut out: Vec<(usize, String)> = needles
        .iter()
        .flat_map(|needle| {
            find_all(code, needle).into_iter().map(move |i| {
                (
                    line_of(code, i),
                    format!("{path}:{}: `{needle}`", line_of(code, i)),
                )
            })
        })
        .collect();
    out.sort();
    out.into_iter().map(|(_, breach)| breach).collect()
}

/// Every path the `use` declarations in `code` bring in, with its line: `use a::{b, c::*}`
/// gives `a::b` and `a::c::*` (`self` and renames dropped: `a::{self, b as c}` gives `a` and
/// `a::b`).
fn imports(code: &str) -> Vec<(usize, Vec<String>)> {
    let mut out = Vec::new();
    for at in find_word(code, "use") {
        let Some(end) = code[at..].find(';') else {
            continue;
        };
        let mut tokens = Vec::new();
        let mut rest = code[at + 3..at + end].trim_start();
        while !rest.is_empty() {
            let len = if rest.starts_with("::") {
                2
            } else if rest.starts_with(['{', '}', ',', '*']) {
                1
            } else {
                rest.find(|c: char| !is_ident(c)).unwrap_or(rest.len())
            };
            if len == 0 {
                // Not a `use` declaration (`impl Trait + use<'a>`): leave it.
                tokens.clear();
                break;
            }
            tokens.push(rest[..len].to_string());
            rest = rest[len..].trim_start();
        }
        let mut paths = Vec::new();
        let mut pos = 0;
        while pos < tokens.len() {
            expand(&tokens, &mut pos, Vec::new(), &mut paths);
            pos += 1;
        }
        out.extend(paths.into_iter().map(|p| (line_of(code, at), p)));
    }
    out
}

/// Reads one use tree from `tokens[*pos..]` below `path` into `out`.
fn expand(tokens: &[String], pos: &mut usize, mut path: Vec<String>, out: &mut Vec<Vec<String>>) {
    while let Some(token) = tokens.get(*pos) {
        *pos += 1;
        match token.as_str() {
            "::" => {}
            "{" => {
                while tokens.get(*pos).is_some_and(|t| t != "}") {
                    expand(tokens, pos, path.clone(), out);
                    if tokens.get(*pos).is_some_and(|t| t == ",") {
                        *pos += 1;
                    }
                }
                *pos += 1;
                return;
            }
            "*" => {
                path.push("*".into());
                break;
            }
            "as" => *pos += 1,
            "," | "}" => {
                *pos -= 1;
                break;
            }
            "self" => {}
            name => path.push(name.into()),
        }
    }
    out.push(path);
}

/// Each import in `code` of one of `items` from module `module` (or of all of it, `module::*`),
/// as `path:line: module::item`.
fn imports_of(path: &str, code: &str, module: &str, items: &[&str]) -> Vec<String> {
    imports(code)
        .into_iter()
        .filter_map(|(line, p)| {
            let item = p.windows(2).find_map(|w| {
                (w[0] == module && (w[1] == "*" || items.contains(&w[1].as_str())))
                    .then(|| w[1].clone())
            })?;
            Some(format!("{path}:{line}: imports `{module}::{item}`"))
        })
        .collect()
}

/// Each dependency `manifest` (a Cargo.toml) declares, in any of its dependency tables, on a
/// crate whose name starts with one of `forbidden` (`-` and `_` alike; renamed ones by their
/// `package`), as `path:line: name`.
fn forbidden_dependencies(path: &str, manifest: &str, forbidden: &[&str]) -> Vec<String> {
    let norm = |s: &str| s.trim().trim_matches(['"', '\'']).replace('_', "-");
    let mut out = Vec::new();
    let mut table = String::new();
    for (n, line) in manifest.lines().enumerate() {
        let line = line.split('#').next().unwrap().trim();
        let mut names = Vec::new();
        if line.starts_with('[') {
            table = line.trim_matches(['[', ']']).to_string();
            // `[dependencies.leptos]`, `[target.'cfg(..)'.dependencies.leptos]`
            if let Some((_, name)) = table.rsplit_once("dependencies.") {
                names.push(norm(name));
            }
        } else if table.ends_with("dependencies") {
            if let Some((key, value)) = line.split_once('=') {
                names.push(norm(key));
                if let Some((_, renamed)) = value.split_once("package") {
                    names.extend(renamed.split('"').nth(1).map(norm));
                }
            }
        } else if table.contains("dependencies.") && line.starts_with("package") {
            names.extend(line.split('"').nth(1).map(norm));
        }
        for name in names {
            if forbidden.iter().any(|f| name.starts_with(&norm(f))) {
                out.push(format!("{path}:{}: depends on `{name}`", n + 1));
            }
        }
    }
    out
}

// --- The rules ----------------------------------------------------------------------------------

/// The crates that reach the browser or render the interface.
const BROWSER_CRATES: [&str; 5] = ["leptos", "web-sys", "js-sys", "wasm-bindgen", "gloo"];

/// The names by which Rust code reaches those crates.
const BROWSER_NAMES: [&str; 6] = [
    "leptos",
    "web_sys",
    "js_sys",
    "wasm_bindgen",
    "gloo_",
    "gloo::",
];

/// (a) Where `core`'s manifest or code reaches the browser or the interface framework.
fn impure(manifest: &(String, String), sources: &[(String, String)]) -> Vec<String> {
    let mut out = forbidden_dependencies(&manifest.0, &manifest.1, &BROWSER_CRATES);
    for (path, text) in sources {
        out.extend(mentions(path, &read(text).code, &BROWSER_NAMES));
    }
    out
}

/// (b) Where code of the app outside `src/browser/` names a browser binding crate. (Leptos
/// itself is allowed: it is how pages are written.)
fn browser_outside_browser(sources: &[(String, String)]) -> Vec<String> {
    let bindings = ["web_sys", "js_sys", "wasm_bindgen", "gloo_", "gloo::"];
    sources
        .iter()
        .filter(|(path, _)| !path.starts_with("src/browser/"))
        .flat_map(|(path, text)| mentions(path, &read(text).code, &bindings))
        .collect()
}

/// (c) Where a template is filled outside `words`: a call `.fill([..])` (the templates' own,
/// whose array the compiler counts; `.fill(0)` on a slice is not one), and in `src/` a
/// placeholder replaced by hand, `.replace("{..`.
fn templates_filled(sources: &[(String, String)]) -> Vec<String> {
    let mut out = Vec::new();
    for (path, text) in sources {
        let source = read(text);
        for at in find_all(&source.code, ".fill(") {
            if source.code[at + 6..].trim_start().starts_with('[') {
                let line = line_of(&source.code, at);
                out.push(format!("{path}:{line}: fills a template: `.fill([`"));
            }
        }
        if path.starts_with("src/") {
            let text = &source.uncommented;
            for at in find_all(text, ".replace(") {
                if text[at + 9..].trim_start().starts_with("\"{") {
                    let line = line_of(text, at);
                    out.push(format!(
                        "{path}:{line}: fills a placeholder by hand: `.replace(\"{{`"
                    ));
                }
            }
        }
    }
    out
}

/// (d) Where xtask's code reaches past the words layer into the content's sentence tables
/// `prose::text` and `prose::ui` (by path or by import): the few words it writes (the facts'
/// names, the web manifest) come through `crossroads_words`, like every page's.
fn words_in_xtask(sources: &[(String, String)]) -> Vec<String> {
    let mut out = Vec::new();
    for (path, text) in sources {
        let code = read(text).code;
        out.extend(mentions(path, &code, &["prose::text::", "prose::ui::"]));
        out.extend(imports_of(path, &code, "prose", &["text", "ui"]));
    }
    out
}

/// The thresholds of the verdict and its strength (`crossroads_core::scoring`).
const THRESHOLDS: [&str; 7] = [
    "PULL",
    "CLOSE",
    "HYBRID_GAP",
    "CLEAR_PULL",
    "STRONG_PULL",
    "CLEAR_LEAD",
    "STRONG_LEAD",
];

/// (e) Where code outside `core` decides the verdict again: calls the scoring functions that
/// decide it from two scores (by path or by import), or compares a score with one of the
/// [`THRESHOLDS`]. A comparison is an operator with a space between it and the threshold
/// (`m >= PULL`, `PULL < t`), as rustfmt writes it, so a tag closing after an attribute in a
/// `view!` (`y=PULL>`) is not one.
fn verdict_decided(sources: &[(String, String)]) -> Vec<String> {
    let mut out = Vec::new();
    for (path, text) in sources {
        let code = read(text).code;
        out.extend(mentions(
            path,
            &code,
            &["scoring::outcome(", "scoring::strength(", "Rule::of("],
        ));
        out.extend(imports_of(path, &code, "scoring", &["outcome", "strength"]));
        for name in THRESHOLDS {
            for at in find_word(&code, name) {
                let (before, after) = (&code[..at], &code[at + name.len()..]);
                let b = before.trim_end();
                let a = after.trim_start();
                let left = before.ends_with(char::is_whitespace)
                    && ["<", ">", "<=", ">="].iter().any(|op| b.ends_with(op))
                    && !["=>", "->", "<<", ">>"].iter().any(|op| b.ends_with(op));
                let right = after.starts_with(char::is_whitespace)
                    && a.starts_with(['<', '>'])
                    && !["<<", ">>", "<-"].iter().any(|op| a.starts_with(op));
                if left || right {
                    let line = line_of(&code, at);
                    out.push(format!("{path}:{line}: compares a score with `{name}`"));
                }
            }
        }
    }
    out
}

/// (f) Every place that asks the router for a way to navigate.
fn navigation_doors(sources: &[(String, String)]) -> Vec<String> {
    sources
        .iter()
        .flat_map(|(path, text)| mentions(path, &read(text).code, &["use_navigate()"]))
        .collect()
}

/// The most lines a source file may have without saying why.
const MAX_LINES: usize = 600;

/// (g) Every file longer than [`MAX_LINES`] whose first five lines do not say it is "long
/// because" of something.
fn too_long(sources: &[(String, String)]) -> Vec<String> {
    sources
        .iter()
        .filter(|(_, text)| text.lines().count() > MAX_LINES)
        .filter(|(_, text)| {
            let head: String = text.lines().take(5).collect::<Vec<_>>().join("\n");
            !head.to_lowercase().contains("long because")
        })
        .map(|(path, text)| {
            let n = text.lines().count();
            format!("{path}:{}: {n} lines, over {MAX_LINES} with no \"long because\" in its first 5 lines", MAX_LINES + 1)
        })
        .collect()
}

/// The first segment of every page's path, as the route table spells it: the strings of
/// `const PAGES` in `core/src/routes.rs` (a role's page is below `roles`, one of them).
fn page_segments(routes: &str) -> Vec<String> {
    let table = routes
        .split("const PAGES")
        .nth(1)
        .and_then(|t| t.split("];").next())
        .expect("core/src/routes.rs has no `const PAGES` table");
    read(table).strings.into_iter().map(|(_, s)| s).collect()
}

/// (h) Every string literal that spells the path of a page: `/<segment>` at the end of the
/// literal or before `/`, `?` or `#` (`"/quiz"`, `"{base}/roles/{slug}"`, `"/quiz?q=1"`).
fn addresses_spelled(segments: &[String], sources: &[(String, String)]) -> Vec<String> {
    let mut out = Vec::new();
    for (path, text) in sources {
        for (line, literal) in read(text).strings {
            let spelled = segments.iter().find(|segment| {
                let slashed = format!("/{segment}");
                literal.match_indices(&slashed).any(|(i, _)| {
                    let rest = &literal[i + slashed.len()..];
                    rest.is_empty() || rest.starts_with(['/', '?', '#'])
                })
            });
            if let Some(segment) = spelled {
                out.push(format!(
                    "{path}:{line}: spells the address of /{segment} (\"{literal}\"); use `Route`"
                ));
            }
        }
    }
    out
}

// --- The workspace ------------------------------------------------------------------------------

#[test]
fn core_is_pure() {
    let sources = [
        rust(&["core/src", "core/build"]),
        vec![file("core/build.rs")],
    ]
    .concat();
    assert_none(
        "core is the pure domain: neither its manifest nor its code may reach Leptos or the \
         browser's bindings (web-sys, js-sys, wasm-bindgen, gloo), so it builds and tests natively",
        &impure(&file("core/Cargo.toml"), &sources),
    );
}

#[test]
fn only_the_browser_module_touches_the_browser() {
    assert_none(
        "only src/browser/ may name web_sys, js_sys, wasm_bindgen or gloo: pages and components \
         ask it (or Leptos) instead, so every browser call and its failure is in one place",
        &browser_outside_browser(&rust(&["src"])),
    );
}

#[test]
fn only_words_fills_templates() {
    assert_none(
        "only crossroads-words fills the content's templates: src/ and xtask/src ask it for the \
         sentence, so one layer knows each sentence's placeholders, plurals and number forms",
        &templates_filled(&rust(&["src", "xtask/src"])),
    );
}

#[test]
fn xtask_knows_no_words() {
    assert_none(
        "xtask must not read the sentence tables prose::text or prose::ui: the build's tooling \
         handles files and facts, and takes any word it writes from crossroads_words",
        &words_in_xtask(&rust(&["xtask/src"])),
    );
}

#[test]
fn only_core_decides_the_verdict() {
    assert_none(
        "only core decides the verdict: src/ and words/src read the Assessment (its outcome, \
         rule, strength) and never call scoring::outcome/strength or Rule::of, nor compare a \
         score with a threshold, so the page, its words and the method can never disagree",
        &verdict_decided(&rust(&["src", "words/src"])),
    );
}

#[test]
fn one_navigation_door() {
    let doors = navigation_doors(&rust(&["src"]));
    assert!(
        doors.len() == 1,
        "one navigation door: src/ must call use_navigate() exactly once, so every change of \
         address goes through one function; found {}:\n  {}",
        doors.len(),
        doors.join("\n  ")
    );
}

#[test]
fn no_file_is_too_long() {
    let sources = [
        rust(&["src", "core/src", "core/build", "words/src", "xtask/src"]),
        rust(&["core/tests", "words/tests", "xtask/tests"]),
        vec![file("core/build.rs")],
    ]
    .concat();
    assert_none(
        "a source file over 600 lines must say in its first 5 lines why it is \"long because\"",
        &too_long(&sources),
    );
}

#[test]
fn addresses_are_spelled_once() {
    let segments = page_segments(&file("core/src/routes.rs").1);
    assert!(
        ["quiz", "results", "roles", "compare", "history", "method", "check"]
            .iter()
            .all(|s| segments.iter().any(|t| t == s)),
        "the route table's pages were not read: {segments:?}"
    );
    assert_none(
        "a page's address is spelled only in core/src/routes.rs: src/ and words/src link with \
         `Route::..href(..)`, so renaming a page is one edit",
        &addresses_spelled(&segments, &rust(&["src", "words/src"])),
    );
}

// --- Each rule catches a breach -----------------------------------------------------------------

mod rules_can_fail {
    use super::*;

    fn one(path: &str, text: &str) -> Vec<(String, String)> {
        vec![(path.to_string(), text.to_string())]
    }

    fn manifest(text: &str) -> (String, String) {
        ("x/Cargo.toml".to_string(), text.to_string())
    }

    #[test]
    fn reading_rust_tells_code_from_comments_and_strings() {
        let text = "let a = \"// no comment\"; // web_sys::X\nlet q = '\"'; let l: &'a str;\n\
                    let r = r#\"x\"y\"#; /* a /* b */ c */ z('\\'', \"e\\\"f\");";
        let source = read(text);
        let strings: Vec<_> = source
            .strings
            .iter()
            .map(|(l, s)| (*l, s.as_str()))
            .collect();
        assert_eq!(strings, [(1, "// no comment"), (3, "x\"y"), (3, "e\\\"f")]);
        assert!(!source.code.contains("web_sys") && !source.uncommented.contains("web_sys"));
        assert!(!source.code.contains("no comment") && source.uncommented.contains("no comment"));
        assert!(source.code.contains("&'a str") && source.code.contains(" z("));
        assert!(!source.code.contains(" b ") && !source.code.contains(" c "));
        assert_eq!(source.code.lines().count(), 3);
        let uses =
            imports("use a::{b::{self, c as d}, e::*};\nuse f;\nfn g() -> impl T + use<'a> {}");
        let paths: Vec<_> = uses.iter().map(|(l, p)| (*l, p.join("::"))).collect();
        assert_eq!(
            paths,
            [
                (1, "a::b".into()),
                (1, "a::b::c".into()),
                (1, "a::e::*".into()),
                (2, "f".into())
            ]
        );
    }

    #[test]
    fn core_is_pure_catches() {
        let bad = manifest("[package]\nname = \"x\"\n[target.'cfg(x = \"y\")'.dependencies]\nweb-sys = \"0.3\"\n\
             [dependencies.leptos_router]\nversion = \"1\"\n[dev-dependencies]\ngloo-timers = \"1\"\n\
             js = { package = \"js-sys\", version = \"1\" }\n");
        let breaches = impure(&bad, &[]);
        assert_eq!(breaches.len(), 4, "{breaches:?}");
        assert!(breaches[0].starts_with("x/Cargo.toml:4:"), "{breaches:?}");
        let good = manifest("[dependencies]\n[dev-dependencies]\nproptest = { version = \"1\", features = [\"std\"] }\n");
        let code = one("core/src/a.rs", "//! Unlike leptos, this is pure.\nfn f() -> &'static str { \"web_sys\" }\n\nuse leptos::prelude::*;\n");
        assert_eq!(impure(&good, &code), ["core/src/a.rs:4: `leptos`"]);
    }

    #[test]
    fn only_the_browser_module_catches() {
        let text = "// web_sys::Event in a comment\nlet s = \"js_sys::\";\nlet e: web_sys::Event = x;\nuse wasm_bindgen::JsCast;\n";
        assert_eq!(
            browser_outside_browser(&one("src/pages/a.rs", text)),
            [
                "src/pages/a.rs:3: `web_sys`",
                "src/pages/a.rs:4: `wasm_bindgen`"
            ]
        );
        assert!(browser_outside_browser(&one("src/browser/a.rs", text)).is_empty());
    }

    #[test]
    fn only_words_fills_templates_catches() {
        let text = "v.fill(0);\nlet a = text::A.fill([&n]);\nlet b = ui::B\n    .fill(\n        [&n]);\n\
                    // text::C.fill([x])\nlet c = s.replace(\"{name}\", n);\nlet d = s.replace(\"a\", \"b\");\n";
        assert_eq!(
            templates_filled(&one("src/a.rs", text)),
            [
                "src/a.rs:2: fills a template: `.fill([`",
                "src/a.rs:4: fills a template: `.fill([`",
                "src/a.rs:7: fills a placeholder by hand: `.replace(\"{`"
            ]
        );
        // xtask fills its own pages' `{placeholders}` freely; only `.fill([` is the templates'.
        assert_eq!(templates_filled(&one("xtask/src/a.rs", text)).len(), 2);
    }

    #[test]
    fn xtask_knows_no_words_catches() {
        let text = "use crossroads_core::{json, prose::{text as sentence, ui}};\nlet n = prose::LANGUAGES;\n\
                    let m = prose::text::NAME.get();\nlet s = crossroads_words::outcome(o);\n";
        assert_eq!(
            words_in_xtask(&one("xtask/src/a.rs", text)),
            [
                "xtask/src/a.rs:3: `prose::text::`",
                "xtask/src/a.rs:1: imports `prose::text`",
                "xtask/src/a.rs:1: imports `prose::ui`"
            ]
        );
    }

    #[test]
    fn only_core_decides_the_verdict_catches() {
        let bad = "use crossroads_core::scoring::{outcome, Outcome, Strength};\nuse crossroads_core::scoring::*;\n\
                   let o = scoring::strength(m, t);\nif m >= PULL && t < CLOSE {}\nlet far = STRONG_PULL > m;\n\
                   let r = Rule::of(m, t);\n";
        assert_eq!(
            verdict_decided(&one("src/a.rs", bad)),
            [
                "src/a.rs:3: `scoring::strength(`",
                "src/a.rs:6: `Rule::of(`",
                "src/a.rs:1: imports `scoring::outcome`",
                "src/a.rs:2: imports `scoring::*`",
                "src/a.rs:4: compares a score with `PULL`",
                "src/a.rs:4: compares a score with `CLOSE`",
                "src/a.rs:5: compares a score with `STRONG_PULL`",
            ]
        );
        let good = "use crossroads_core::scoring::{Outcome, Strength, PULL};\npub fn strength(s: Strength) -> &'static str { x }\n\
                    let a = crate::outcome(o); let b = fixed(PULL, 0);\nview! { <text y=PULL>\"x\"</text> }\n\
                    match r { Rule::NeitherPulls => whole(PULL), _ => CLEAR_PULL_NAME }\n// m > PULL\n";
        assert_eq!(
            verdict_decided(&one("words/src/a.rs", good)),
            Vec::<String>::new()
        );
    }

    #[test]
    fn one_navigation_door_catches() {
        let text = "use leptos_router::hooks::use_navigate;\nlet go = use_navigate();\n// use_navigate()\n";
        assert_eq!(
            navigation_doors(&one("src/a.rs", text)),
            ["src/a.rs:2: `use_navigate()`"]
        );
        let two = [
            one("src/a.rs", text),
            one("src/b.rs", "let n = use_navigate();"),
        ]
        .concat();
        assert_eq!(navigation_doors(&two).len(), 2);
    }

    #[test]
    fn no_file_is_too_long_catches() {
        let long = "fn f() {}\n".repeat(MAX_LINES + 1);
        let excused = format!("//! A table.\n//!\n//! It is long because the table is.\n{long}");
        let at_most = "fn f() {}\n".repeat(MAX_LINES);
        let sources = [
            one("a.rs", &long),
            one("b.rs", &excused),
            one("c.rs", &at_most),
        ]
        .concat();
        let breaches = too_long(&sources);
        assert_eq!(breaches.len(), 1, "{breaches:?}");
        assert!(
            breaches[0].starts_with("a.rs:601: 601 lines"),
            "{breaches:?}"
        );
    }

    #[test]
    fn addresses_are_spelled_once_catches() {
        let segments = page_segments(
            "const PAGES: [(&str, Route); 2] = [\n    (\"quiz\", Route::Quiz),\n    (\"roles\", Route::Roles),\n];\nlet x = \"/elsewhere\";",
        );
        assert_eq!(segments, ["quiz", "roles"]);
        let text = "view! { <a href=\"/quiz\">\"Start\"</a> }\nlet r = format!(\"{base}/roles/{slug}\");\n\
                    let q = \"/quiz?q=1\";\nlet ok = [\"/\", \"/quizzes\", \"quiz\", \"roles and quiz\"];\n// \"/quiz\"\n";
        assert_eq!(
            addresses_spelled(&segments, &one("src/a.rs", text)),
            [
                "src/a.rs:1: spells the address of /quiz (\"/quiz\"); use `Route`",
                "src/a.rs:2: spells the address of /roles (\"{base}/roles/{slug}\"); use `Route`",
                "src/a.rs:3: spells the address of /quiz (\"/quiz?q=1\"); use `Route`",
            ]
        );
    }
}
