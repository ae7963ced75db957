//! The content's long text (role descriptions, duties, track summaries, quiz statements, the
//! method page), kept apart from its structure (ids, tracks, salaries, scales).
//!
//! Each language has its own prose file with the same pieces in the same order (English from
//! `content/*`, a translation from `content/<code>/`), so `Prose(n)` names the same piece in
//! every language. Native builds (tests, tools, pre-rendering) compile every language in and
//! read one per thread ([`in_language`]). The browser build does not: its first screen needs
//! none of it, so the app fetches one small file (`FILE_NAME`, written next to the app by
//! `cargo xtask post-build`) and hands it to [`install`]; pages that show prose wait for it.
//! That keeps about a third of the content's bytes out of the first load.

use std::sync::OnceLock;

/// One piece of content text: entry `n` of the prose file. [`Prose::get`] gives the words.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Prose(pub u16);

include!(concat!(env!("OUT_DIR"), "/prose.rs"));

/// Separates the entries of the prose file: a control character no content may contain.
pub const SEPARATOR: char = '\u{1e}';

/// The installed language's text (the browser holds one language).
#[cfg(target_arch = "wasm32")]
static TABLE: OnceLock<Vec<&'static str>> = OnceLock::new();

/// Every language's text, split into its pieces (outside the browser all are compiled in).
#[cfg(not(target_arch = "wasm32"))]
static TABLES: OnceLock<Vec<Vec<&'static str>>> = OnceLock::new();

#[cfg(not(target_arch = "wasm32"))]
thread_local! {
    /// The language [`Prose::get`] reads on this thread, as an index into [`LANGUAGES`].
    static CURRENT: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// The English prose file's name and hash: the one the browser build installs.
pub const FILE_NAME: &str = FILES[0].0;
const HASH: u64 = FILES[0].1;

/// A language's prose file, by its code, for the build to write next to the app.
#[cfg(not(target_arch = "wasm32"))]
pub fn file_text(code: &str) -> Option<&'static str> {
    LANGUAGES.iter().position(|c| *c == code).map(|i| TEXTS[i])
}

/// Runs `f` with [`Prose::get`] reading the language `code` on this thread (outside the
/// browser: tests and pre-rendering). `None`, without running `f`, for a language the content
/// does not have.
#[cfg(not(target_arch = "wasm32"))]
pub fn in_language<T>(code: &str, f: impl FnOnce() -> T) -> Option<T> {
    let index = LANGUAGES.iter().position(|c| *c == code)?;
    let before = CURRENT.with(|c| c.replace(index));
    let out = f();
    CURRENT.with(|c| c.set(before));
    Some(out)
}

#[cfg(not(target_arch = "wasm32"))]
fn table() -> Option<&'static Vec<&'static str>> {
    let tables =
        TABLES.get_or_init(|| TEXTS.iter().map(|t| t.split(SEPARATOR).collect()).collect());
    tables.get(CURRENT.with(std::cell::Cell::get))
}

#[cfg(target_arch = "wasm32")]
fn table() -> Option<&'static Vec<&'static str>> {
    TABLE.get()
}

impl Prose {
    /// The words; empty until the browser build has [`install`]ed the text.
    pub fn get(self) -> &'static str {
        table()
            .and_then(|t| t.get(usize::from(self.0)))
            .copied()
            .unwrap_or("")
    }
}

impl std::fmt::Display for Prose {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.get())
    }
}

/// Whether the text is there (always, outside the browser).
pub fn ready() -> bool {
    table().is_some()
}

/// A 64-bit FNV-1a hash: enough to tell one build's text from another's.
pub fn hash(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// Whether `text` is this build's English prose file: a file from another build (its hash
/// differs) is refused, so a stale copy can never put the wrong words under the right headings.
pub fn check(text: &str) -> Result<(), String> {
    if hash(text) == HASH {
        Ok(())
    } else {
        Err("the content file belongs to another version of Crossroads".into())
    }
}

/// Takes the fetched prose file, once [`check`]ed.
#[cfg(target_arch = "wasm32")]
pub fn install(text: String) -> Result<(), String> {
    check(&text)?;
    let text: &'static str = Box::leak(text.into_boxed_str());
    let _ = TABLE.set(text.split(SEPARATOR).collect());
    Ok(())
}

/// The words of each piece, in order.
pub fn texts(list: &[Prose]) -> Vec<&'static str> {
    list.iter().map(|p| p.get()).collect()
}
