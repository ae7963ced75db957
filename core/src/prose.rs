//! The product's words, kept apart from its structure (ids, tracks, salaries, scales), in two
//! tables per language:
//!
//! - the prose: the content's long text (role descriptions, duties, track summaries, quiz
//!   statements, plan steps, the method page) and the longer interface sentences
//!   (`content/text.toml`). The browser's first screen needs none of it, so the app fetches it
//!   as one file ([`file_name`], written next to the app by `cargo xtask post-build`) and hands it
//!   to [`install`]; pages that show prose wait for it. That keeps about a third of the
//!   content's bytes out of the first load.
//! - the words (`content/ui.toml`): what any page may show at once. Every page carries them
//!   (`cargo xtask post-build` writes them into it), and the app installs them before it mounts
//!   ([`install_words`]).
//!
//! Each language has its own copy of both with the same pieces in the same order (English from
//! `content/*`, a translation from `content/<code>/`), so `Prose(n)` and `Word(n)` name the same
//! piece in every language. Native builds (tests, tools, pre-rendering) compile every language in
//! and read one per thread ([`in_language`]); the browser holds the one language it installed.

use crate::{failure::FileError, fnv::hash};
use std::sync::OnceLock;

/// One piece of prose: entry `n` of the prose file. [`Prose::get`] gives the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Prose(pub u16);

/// One of the first screen's words or sentences: entry `n` of the words. [`Word::get`] gives
/// the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Word(pub u16);

/// A piece of text in either table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Piece {
    Prose(Prose),
    Word(Word),
}

impl Piece {
    /// The text, with any slots still marked.
    pub fn get(self) -> &'static str {
        match self {
            Piece::Prose(p) => p.get(),
            Piece::Word(w) => w.get(),
        }
    }
}

/// A sentence with `N` slots (its `{placeholders}` in `content/`, numbered by the build in
/// the order its doc comment gives), so each language may put them where its grammar wants.
/// Only the words layer fills one (`crossroads_words::Fill`): the domain names sentences and
/// never builds them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Template<const N: usize>(pub Piece);

/// Marks a slot in a template's text: this character, then the slot's number (one digit).
pub const SLOT: char = '\u{1}';

include!(concat!(env!("OUT_DIR"), "/prose.rs"));

/// Separates the entries of a language file: a control character no content may contain.
pub const SEPARATOR: char = '\u{1e}';

/// The content's languages by code, English first.
pub const LANGUAGES: [&str; PROSE_LANGUAGES.len()] = PROSE_LANGUAGES;

/// The id of the element in which every page carries its words, as one JSON string.
pub const WORDS_ELEMENT: &str = "words";

/// The prose file of the language the words are in, to fetch (`cargo xtask post-build` writes
/// every language's file next to the app; a visitor downloads only their own).
pub fn file_name() -> &'static str {
    PROSE_FILES[language()].0
}

/// The folder of a language's pages in the build, below the site's root: `""` for English,
/// `"es"` for Spanish.
pub fn language_folder(language: usize) -> &'static str {
    match language {
        0 => "",
        n => LANGUAGES.get(n).copied().unwrap_or_default(),
    }
}

/// Where a language's pages live for a site at `root` (no final slash: `""`, `"/crossroads"`,
/// `"https://example.org"`): the root itself for English, `"/crossroads/es"` for Spanish.
pub fn language_base(root: &str, language: usize) -> String {
    match language_folder(language) {
        "" => root.to_string(),
        folder => format!("{root}/{folder}"),
    }
}

/// The index in [`LANGUAGES`] of the language with this code.
pub fn language_index(code: &str) -> Option<usize> {
    LANGUAGES.iter().position(|c| *c == code)
}

/// The language the text is in, as an index into [`LANGUAGES`]: in the browser, the language
/// of the words the page carried (English until they are installed).
pub fn language() -> usize {
    #[cfg(target_arch = "wasm32")]
    return LANGUAGE.get().copied().unwrap_or(0);
    #[cfg(not(target_arch = "wasm32"))]
    return CURRENT.with(std::cell::Cell::get);
}

/// The language of the installed words.
#[cfg(target_arch = "wasm32")]
static LANGUAGE: OnceLock<usize> = OnceLock::new();

/// The installed language's prose and words (the browser holds one language).
#[cfg(target_arch = "wasm32")]
static PROSE: OnceLock<Vec<&'static str>> = OnceLock::new();
#[cfg(target_arch = "wasm32")]
static WORDS: OnceLock<Vec<&'static str>> = OnceLock::new();

/// Every language's prose and words, split into pieces (outside the browser all are compiled in).
#[cfg(not(target_arch = "wasm32"))]
static PROSE: OnceLock<Vec<Vec<&'static str>>> = OnceLock::new();
#[cfg(not(target_arch = "wasm32"))]
static WORDS: OnceLock<Vec<Vec<&'static str>>> = OnceLock::new();

#[cfg(not(target_arch = "wasm32"))]
thread_local! {
    /// The language [`Prose::get`] and [`Word::get`] read on this thread, as an index into
    /// [`LANGUAGES`].
    static CURRENT: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// A language's prose file, by its code, for the build to write next to the app.
#[cfg(not(target_arch = "wasm32"))]
pub fn file_text(code: &str) -> Option<&'static str> {
    language_index(code).map(|i| PROSE_TEXTS[i])
}

/// A language's words, by its code, for the build to write into every page.
#[cfg(not(target_arch = "wasm32"))]
pub fn words_text(code: &str) -> Option<&'static str> {
    language_index(code).map(|i| WORDS_TEXTS[i])
}

/// Runs `f` with [`Prose::get`] and [`Word::get`] reading the language `code` on this thread
/// (outside the browser: tests and pre-rendering). `None`, without running `f`, for a
/// language the content does not have.
#[cfg(not(target_arch = "wasm32"))]
pub fn in_language<T>(code: &str, f: impl FnOnce() -> T) -> Option<T> {
    let index = language_index(code)?;
    let before = CURRENT.with(|c| c.replace(index));
    let out = f();
    CURRENT.with(|c| c.set(before));
    Some(out)
}

#[cfg(not(target_arch = "wasm32"))]
fn piece(
    tables: &'static OnceLock<Vec<Vec<&'static str>>>,
    texts: &[&'static str],
    n: u16,
) -> &'static str {
    let all = tables.get_or_init(|| texts.iter().map(|t| t.split(SEPARATOR).collect()).collect());
    all.get(CURRENT.with(std::cell::Cell::get))
        .and_then(|t| t.get(usize::from(n)))
        .copied()
        .unwrap_or("")
}

#[cfg(target_arch = "wasm32")]
fn piece(table: &'static OnceLock<Vec<&'static str>>, n: u16) -> &'static str {
    table
        .get()
        .and_then(|t| t.get(usize::from(n)))
        .copied()
        .unwrap_or("")
}

impl Prose {
    /// The text; empty until the browser build has [`install`]ed the prose.
    pub fn get(self) -> &'static str {
        #[cfg(not(target_arch = "wasm32"))]
        return piece(&PROSE, &PROSE_TEXTS, self.0);
        #[cfg(target_arch = "wasm32")]
        return piece(&PROSE, self.0);
    }
}

impl Word {
    /// The text; empty until the browser build has [`install_words`].
    pub fn get(self) -> &'static str {
        #[cfg(not(target_arch = "wasm32"))]
        return piece(&WORDS, &WORDS_TEXTS, self.0);
        #[cfg(target_arch = "wasm32")]
        return piece(&WORDS, self.0);
    }
}

impl std::fmt::Display for Prose {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.get())
    }
}

/// Whether the prose is there (always, outside the browser).
pub fn ready() -> bool {
    cfg!(not(target_arch = "wasm32")) || PROSE.get().is_some()
}

/// Whether `text` is this build's prose file in the words' language: a file from another build
/// or language (its hash differs) is refused, so a stale copy can never put the wrong words
/// under the right headings.
pub fn check(text: &str) -> Result<(), FileError> {
    if hash(text) == PROSE_FILES[language()].1 {
        Ok(())
    } else {
        Err(FileError::AnotherVersion)
    }
}

/// Whether `text` is this build's words in some language; which one, by its index.
pub fn check_words(text: &str) -> Option<usize> {
    let h = hash(text);
    WORDS_FILES.iter().position(|(_, hash)| *hash == h)
}

/// Takes the fetched prose file, once [`check`]ed.
#[cfg(target_arch = "wasm32")]
pub fn install(text: String) -> Result<(), FileError> {
    check(&text)?;
    let text: &'static str = Box::leak(text.into_boxed_str());
    let _ = PROSE.set(text.split(SEPARATOR).collect());
    Ok(())
}

/// Takes the words the page carries; `false` (nothing installed) when they are not this
/// build's.
#[cfg(target_arch = "wasm32")]
pub fn install_words(text: String) -> bool {
    let Some(language) = check_words(&text) else {
        return false;
    };
    let _ = LANGUAGE.set(language);
    let text: &'static str = Box::leak(text.into_boxed_str());
    WORDS.set(text.split(SEPARATOR).collect()).is_ok()
}

/// Outside the browser every language is compiled in: installing only checks.
#[cfg(not(target_arch = "wasm32"))]
pub fn install(text: String) -> Result<(), FileError> {
    check(&text)
}

/// Outside the browser every language is compiled in: installing only checks.
#[cfg(not(target_arch = "wasm32"))]
pub fn install_words(text: String) -> bool {
    check_words(&text).is_some()
}

/// The texts of several pieces, in order.
pub fn texts(list: &[Prose]) -> Vec<&'static str> {
    list.iter().map(|p| p.get()).collect()
}
