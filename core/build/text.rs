//! The content's text, collected while the build emits the content's structure: the table of
//! pieces (each one `Prose(n)` in the generated code and entry `n` of each language's file), the
//! sentence templates' slots, and the per-language files with their hashes.

use super::{fnv, parse, read, translations, TEXT, UI};
use std::{fmt::Write as _, fs, path::Path};

/// The long text of the content, collected while the structure is emitted: each piece becomes
/// `Prose(n)` in the generated code and entry `n` of each language's prose file (see
/// `src/prose.rs`). Each piece remembers where a translation keeps it, so every language's file
/// has the same entries in the same order.
#[derive(Default)]
pub(crate) struct ProseTable(Vec<(Place, String)>);

/// Where a piece of text lives in a translation: the file under `content/<lang>/`, the path of
/// table keys to it (empty for a whole file) and, for a list, the item.
pub(crate) struct Place {
    file: &'static str,
    path: Vec<String>,
    item: Option<usize>,
    /// For a sentence template: its placeholders' names, in the order of their slots.
    slots: Vec<String>,
}

/// A place, from its file and the keys leading to it.
pub(crate) fn at(file: &'static str, path: &[&str]) -> Place {
    Place {
        file,
        path: path.iter().map(|k| k.to_string()).collect(),
        item: None,
        slots: Vec::new(),
    }
}

impl ProseTable {
    pub(crate) fn add(&mut self, place: Place, text: &str) -> String {
        assert!(
            !text.contains('\u{1e}'),
            "content may not contain the control character U+001E"
        );
        self.0.push((place, text.to_string()));
        format!("Prose({})", self.0.len() - 1)
    }

    /// Adds a piece and gives its number.
    pub(crate) fn number(&mut self, place: Place, text: &str) -> usize {
        self.add(place, text);
        self.0.len() - 1
    }

    pub(crate) fn list(&mut self, place: Place, items: &[String]) -> String {
        let inner: Vec<String> = items
            .iter()
            .enumerate()
            .map(|(i, s)| {
                let item = Place {
                    file: place.file,
                    path: place.path.clone(),
                    item: Some(i),
                    slots: Vec::new(),
                };
                self.add(item, s)
            })
            .collect();
        format!("&[{}]", inner.join(", "))
    }

    /// The English file: every piece as written in `content/`.
    pub(crate) fn english(&self) -> String {
        let texts: Vec<&str> = self.0.iter().map(|(_, t)| t.as_str()).collect();
        texts.join("\u{1e}")
    }

    /// The file of the translation in `dir`: every piece looked up where its place says. A
    /// piece the translation lacks fails the build, naming it.
    pub(crate) fn translated(&self, dir: &Path) -> String {
        let lang = dir
            .file_name()
            .map_or_else(String::new, |d| d.to_string_lossy().into_owned());
        // Each file read once: TOML files as tables, the method page as its text.
        let mut files: std::collections::BTreeMap<&str, toml::Value> = Default::default();
        let mut texts = Vec::new();
        for (place, _) in &self.0 {
            let name = format!("content/{lang}/{}", place.file);
            let source = files.entry(place.file).or_insert_with(|| {
                let text = read(&dir.join(place.file));
                if place.file.ends_with(".toml") {
                    toml::Value::Table(
                        toml::from_str(&text)
                            .unwrap_or_else(|e| panic!("{name} is not valid: {e}")),
                    )
                } else {
                    toml::Value::String(text.trim_end().to_string())
                }
            });
            let mut value = &*source;
            for key in &place.path {
                value = value
                    .get(key)
                    .unwrap_or_else(|| panic!("{name}: {} is missing", place.path.join(".")));
            }
            if let Some(i) = place.item {
                value = value.get(i).unwrap_or_else(|| {
                    panic!("{name}: {} has no item {}", place.path.join("."), i + 1)
                });
            }
            let text = value
                .as_str()
                .unwrap_or_else(|| panic!("{name}: {} must be text", place.path.join(".")));
            let keyed = place.file == TEXT || place.file == UI;
            let text = if place.slots.is_empty() {
                assert!(
                    !keyed || placeholders(text).is_empty(),
                    "{name}: {} has placeholders {:?}; the English has none",
                    place.path.join("."),
                    placeholders(text)
                );
                text.to_string()
            } else {
                let found = placeholders(text);
                assert!(
                    found.iter().all(|f| place.slots.contains(f)),
                    "{name}: {} has placeholders {found:?}; the English has {:?}",
                    place.path.join("."),
                    place.slots
                );
                slotted(text, &place.slots)
            };
            assert!(
                !text.contains('\u{1e}'),
                "{name} may not contain the control character U+001E"
            );
            texts.push(text);
        }
        texts.join("\u{1e}")
    }
}

/// The `{name}` placeholders of a sentence, in order of first appearance.
pub(crate) fn placeholders(text: &str) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    for rest in text.split('{').skip(1) {
        if let Some((name, _)) = rest.split_once('}') {
            let is_name =
                !name.is_empty() && name.bytes().all(|b| b.is_ascii_lowercase() || b == b'_');
            if is_name && !names.iter().any(|n| n == name) {
                names.push(name.to_string());
            }
        }
    }
    names
}

/// Marks a slot in a template: this character, then the slot's number as one ASCII digit.
pub(crate) const SLOT: char = '\u{1}';

/// The sentence with each `{name}` replaced by its slot's mark, numbered by `slots`.
pub(crate) fn slotted(text: &str, slots: &[String]) -> String {
    let mut out = text.to_string();
    for (i, name) in slots.iter().enumerate() {
        out = out.replace(&format!("{{{name}}}"), &format!("{SLOT}{i}"));
    }
    out
}

/// Each language's file of `table` (English first, then every translation folder, each with the
/// same pieces in the same order) written to `out_dir` as `<kind>-<code>.txt`, and the Rust that
/// names them: `<KIND>_LANGUAGES`, `<KIND>_FILES` (name and hash) and, outside the browser,
/// `<KIND>_TEXTS`.
pub(crate) fn emit_languages(
    table: &ProseTable,
    kind: &str,
    content: &Path,
    out_dir: &Path,
) -> (String, Vec<(String, String)>) {
    let mut languages = vec![("en".to_string(), table.english())];
    for dir in translations(content) {
        let code = dir
            .file_name()
            .map(|d| d.to_string_lossy().into_owned())
            .unwrap_or_default();
        languages.push((code, table.translated(&dir)));
    }
    let (mut codes, mut files, mut texts) = (String::new(), String::new(), String::new());
    for (code, text) in &languages {
        let hash = fnv::hash(text);
        fs::write(out_dir.join(format!("{kind}-{code}.txt")), text).expect("write a language file");
        let _ = write!(codes, "{code:?}, ");
        let _ = write!(files, "(\"{kind}-{code}-{hash:016x}.txt\", {hash}), ");
        let _ = write!(
            texts,
            "include_str!(concat!(env!(\"OUT_DIR\"), \"/{kind}-{code}.txt\")), "
        );
    }
    let n = languages.len();
    let upper = kind.to_ascii_uppercase();
    let rust = format!(
        "/// The languages of the {kind} by code, English (`content/*`) first, then each\n\
         /// translation folder (`content/<code>/`).\n\
         pub const {upper}_LANGUAGES: [&str; {n}] = [{codes}];\n\
         /// Each language's {kind} file as named next to the app (by its hash), and the hash the\n\
         /// browser checks when it installs it; in the order of the languages.\n\
         pub const {upper}_FILES: [(&str, u64); {n}] = [{files}];\n\
         /// Each language's {kind}, compiled in outside the browser.\n\
         #[cfg(not(target_arch = \"wasm32\"))]\n\
         const {upper}_TEXTS: [&str; {n}] = [{texts}];\n"
    );
    (rust, languages)
}

/// `KEY: [&str; N]`, the text of the `content/ui.toml` entry `key` in every language: what
/// a page must say in a language other than its own (the name of each language, in itself).
pub(crate) fn emit_in_every_language(
    words: &ProseTable,
    languages: &[(String, String)],
    key: &str,
    doc: &str,
) -> String {
    let at = words
        .0
        .iter()
        .position(|(place, _)| place.file == UI && place.path == [key])
        .unwrap_or_else(|| panic!("content/{UI} needs the key {key}"));
    let texts: Vec<String> = languages
        .iter()
        .map(|(_, text)| format!("{:?}", text.split('\u{1e}').nth(at).unwrap_or_default()))
        .collect();
    format!(
        "/// {doc}\npub const {}: [&str; {}] = [{}];\n",
        key.to_ascii_uppercase(),
        languages.len(),
        texts.join(", ")
    )
}

/// A keyed file (`content/text.toml`, `content/ui.toml`): one `pub const KEY: {ty}` per
/// sentence, sorted by key, and `ALL`, every key with its piece.
pub(crate) fn emit_keyed(
    table: &mut ProseTable,
    file: &'static str,
    ty: &str,
    text: &str,
) -> String {
    let entries: std::collections::BTreeMap<String, String> = parse(file, text);
    let mut out = String::new();
    let mut keys = String::new();
    for (key, sentence) in &entries {
        assert!(
            !key.is_empty() && key.bytes().all(|b| b.is_ascii_lowercase() || b == b'_'),
            "content/{file}: the key {key:?} must be lower-case words joined by underscores"
        );
        assert!(
            !sentence.trim().is_empty(),
            "content/{file}: {key} is empty"
        );
        assert!(
            key != "all",
            "content/{file}: the key \"all\" is taken (the code lists every key under ALL)"
        );
        // The singular and plural forms of one sentence share their slots, so the app fills
        // either the same way: the plural's placeholders, then any only the singular has.
        let mut slots = Vec::new();
        if let Some(stem) = key.strip_suffix("_one") {
            slots.extend(
                entries
                    .get(&format!("{stem}_other"))
                    .map(|s| placeholders(s))
                    .unwrap_or_default(),
            );
        }
        if let Some(stem) = key.strip_suffix("_other") {
            slots = placeholders(sentence);
            for extra in entries
                .get(&format!("{stem}_one"))
                .map(|s| placeholders(s))
                .unwrap_or_default()
            {
                if !slots.contains(&extra) {
                    slots.push(extra);
                }
            }
        }
        for name in placeholders(sentence) {
            if !slots.contains(&name) {
                slots.push(name);
            }
        }
        let mut place = at(file, &[key]);
        place.slots = slots.clone();
        let n = table.number(place, &slotted(sentence, &slots));
        let piece = format!("{ty}({ty}({n}))");
        let plain = format!("{ty}({n})");
        let name = key.to_ascii_uppercase();
        if slots.is_empty() {
            let _ = writeln!(
                out,
                "    /// `{key}` in content/{file}.\n    pub const {name}: {ty} = {plain};"
            );
            let _ = write!(keys, "({key:?}, Piece::{piece}, 0), ");
        } else {
            let names: Vec<String> = slots.iter().map(|s| format!("`{s}`")).collect();
            let _ = writeln!(
                out,
                "    /// `{key}` in content/{file}; fill with {}.\n    \
                 pub const {name}: Template<{}> = Template(Piece::{piece});",
                names.join(", "),
                slots.len()
            );
            let _ = write!(keys, "({key:?}, Piece::{piece}, {}), ", slots.len());
        }
    }
    let _ = writeln!(
        out,
        "    /// Every key with its piece and how many slots it has, for the translation tests.\n    \
         pub const ALL: &[(&str, Piece, usize)] = &[{keys}];"
    );
    out
}
