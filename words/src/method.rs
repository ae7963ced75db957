//! The "How the score works" page filled in: the content's HTML template with the values of
//! `crossroads_core::method`.

use crossroads_core::format::escape_html;

/// `template` with each `{name}` replaced by its value, escaped for HTML. An unknown name stays
/// as written, braces included, so a typo shows on the page (and fails the content test).
pub fn fill(template: &str, values: &[(&str, String)]) -> String {
    let mut out = String::with_capacity(template.len() + 256);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}').and_then(|close| {
            values
                .iter()
                .find(|(k, _)| *k == &after[..close])
                .map(|(_, v)| (close, v))
        }) {
            Some((close, value)) => {
                out.push_str(&escape_html(value));
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}
