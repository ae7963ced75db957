//! Putting a sentence together: a template's slots filled with their values, in the order the
//! content file's comment gives. The one place in the workspace that does it.

use crossroads_core::prose::{Template, SLOT};

/// Fills a template's slots, in order.
pub trait Fill<const N: usize> {
    /// The sentence with its slots filled.
    fn fill(self, args: [&str; N]) -> String;
}

impl<const N: usize> Fill<N> for Template<N> {
    fn fill(self, args: [&str; N]) -> String {
        fill_slots(self.0.get(), &args)
    }
}

/// `text` with each slot mark replaced by its argument (an unknown slot by nothing).
fn fill_slots(text: &str, args: &[&str]) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    let mut rest = text;
    while let Some(at) = rest.find(SLOT) {
        out.push_str(&rest[..at]);
        let slot = rest
            .as_bytes()
            .get(at + 1)
            .map_or(0, |d| usize::from(d.wrapping_sub(b'0')));
        out.push_str(args.get(slot).copied().unwrap_or(""));
        rest = rest.get(at + 2..).unwrap_or("");
    }
    out.push_str(rest);
    out
}
