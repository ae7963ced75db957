//! The content's long text (role descriptions, duties, track summaries, quiz statements, the
//! method page), kept apart from its structure (ids, tracks, salaries, scales).
//!
//! Native builds (tests, tools, pre-rendering) compile the text in. The browser build does not:
//! its first screen needs none of it, so the app fetches one small file (`FILE_NAME`, written
//! next to the app by `cargo xtask post-build`) and hands it to [`install`]; pages that show
//! prose wait for it. That keeps about a third of the content's bytes out of the first load.

use std::sync::OnceLock;

/// One piece of content text: entry `n` of the prose file. [`Prose::get`] gives the words.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Prose(pub u16);

include!(concat!(env!("OUT_DIR"), "/prose.rs"));

/// Separates the entries of the prose file: a control character no content may contain.
pub const SEPARATOR: char = '\u{1e}';

static TABLE: OnceLock<Vec<&'static str>> = OnceLock::new();

#[cfg(not(target_arch = "wasm32"))]
const TEXT: &str = include_str!(concat!(env!("OUT_DIR"), "/prose.txt"));

/// The prose file's contents, for the build to write next to the app.
#[cfg(not(target_arch = "wasm32"))]
pub fn file_text() -> &'static str {
    TEXT
}

#[cfg(not(target_arch = "wasm32"))]
fn table() -> Option<&'static Vec<&'static str>> {
    Some(TABLE.get_or_init(|| TEXT.split(SEPARATOR).collect()))
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

/// Takes the fetched prose file. Refuses text from another build (its hash differs), so
/// a stale copy can never put the wrong words under the right headings.
pub fn install(text: String) -> Result<(), String> {
    if hash(&text) != HASH {
        return Err("the content file belongs to another version of Crossroads".into());
    }
    let text: &'static str = Box::leak(text.into_boxed_str());
    let _ = TABLE.set(text.split(SEPARATOR).collect());
    Ok(())
}

/// The words of each piece, in order.
pub fn texts(list: &[Prose]) -> Vec<&'static str> {
    list.iter().map(|p| p.get()).collect()
}
