//! URL path rules for deploying the app at a host's root or under a sub-path.

/// The path part of the deployment's base URL, without its trailing slash: `""` for a root deployment,
/// `"/crossroads"` for one under `/crossroads/`.
pub fn base_path(href: &str) -> String {
    let path = match href.find("://") {
        Some(scheme) => {
            let rest = &href[scheme + 3..];
            rest.find('/').map_or("", |i| &rest[i..])
        }
        None => href,
    };
    path.trim_end_matches('/').to_string()
}

/// The scheme and host of a full address (`https://example.org` of
/// `https://example.org/crossroads/`), or `""` for a path alone.
pub fn origin(href: &str) -> &str {
    match href.find("://") {
        Some(scheme) => {
            let rest = scheme + 3;
            href[rest..].find('/').map_or(href, |i| &href[..rest + i])
        }
        None => "",
    }
}

/// `path` without its trailing slashes, or `None` when there is nothing to change. The site's
/// own root (`base` + `/`) keeps its slash: that is the canonical address of the home page.
pub fn without_trailing_slash<'a>(path: &'a str, base: &str) -> Option<&'a str> {
    let trimmed = path.trim_end_matches('/');
    if trimmed.len() == path.len() || trimmed.is_empty() || trimmed == base {
        None
    } else {
        Some(trimmed)
    }
}

/// The same page under another base: `path` (an address below `from`) moved below `to`, with
/// the query `search` (given with or without its `?`). The language switch uses it to go from
/// `/es/roles/x` to `/roles/x`; a home page keeps its slash.
pub fn rebased(path: &str, search: &str, from: &str, to: &str) -> String {
    let rest = path.strip_prefix(from).unwrap_or("/");
    let rest = if rest.is_empty() { "/" } else { rest };
    match search.trim_start_matches('?') {
        "" => format!("{to}{rest}"),
        query => format!("{to}{rest}?{query}"),
    }
}

/// `?a=1&b=x%20y` from pairs, added to `out`, percent-encoding values; nothing when there are
/// none.
pub fn push_query<'a>(out: &mut String, params: impl IntoIterator<Item = (&'a str, &'a str)>) {
    let mut separator = '?';
    for (key, value) in params {
        out.push(separator);
        out.push_str(key);
        out.push('=');
        encode_into(out, value);
        separator = '&';
    }
}

/// Percent-encodes everything but unreserved characters (RFC 3986); keeps `,` readable, as
/// it separates role slugs.
fn encode_into(out: &mut String, value: &str) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    for b in value.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b',' => {
                out.push(b as char)
            }
            _ => {
                out.push('%');
                out.push(char::from(HEX[usize::from(b >> 4)]));
                out.push(char::from(HEX[usize::from(b & 15)]));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rebasing_keeps_the_page() {
        for (path, from, to, moved) in [
            ("/", "", "/es", "/es/"),
            ("/es/", "/es", "", "/"),
            ("/es", "/es", "", "/"),
            ("/quiz", "", "/es", "/es/quiz"),
            (
                "/es/roles/civil-engineer",
                "/es",
                "",
                "/roles/civil-engineer",
            ),
            (
                "/crossroads/",
                "/crossroads",
                "/crossroads/es",
                "/crossroads/es/",
            ),
            (
                "/crossroads/es/check",
                "/crossroads/es",
                "/crossroads",
                "/crossroads/check",
            ),
            (
                "/crossroads/no/such",
                "/crossroads",
                "/crossroads/es",
                "/crossroads/es/no/such",
            ),
            (
                "/elsewhere",
                "/crossroads",
                "/crossroads/es",
                "/crossroads/es/",
            ),
        ] {
            assert_eq!(
                rebased(path, "", from, to),
                moved,
                "{path} from {from} to {to}"
            );
        }
        // The router hands the query over without its `?`, the browser with it.
        for search in ["roles=a,b&x=1", "?roles=a,b&x=1"] {
            assert_eq!(
                rebased("/compare", search, "", "/es"),
                "/es/compare?roles=a,b&x=1"
            );
        }
        assert_eq!(rebased("/es/quiz", "?", "/es", ""), "/quiz");
    }

    #[test]
    fn origins() {
        assert_eq!(origin("/crossroads/"), "");
        assert_eq!(origin(""), "");
        assert_eq!(
            origin("https://example.org/crossroads/"),
            "https://example.org"
        );
        assert_eq!(origin("http://127.0.0.1:4180/"), "http://127.0.0.1:4180");
        assert_eq!(origin("https://example.org"), "https://example.org");
    }

    #[test]
    fn base_paths() {
        assert_eq!(base_path(""), "");
        assert_eq!(base_path("/"), "");
        assert_eq!(base_path("/crossroads/"), "/crossroads");
        assert_eq!(
            base_path("http://localhost:8080/crossroads/"),
            "/crossroads"
        );
        assert_eq!(base_path("https://example.org"), "");
    }

    #[test]
    fn trailing_slashes() {
        assert_eq!(
            without_trailing_slash("/roles/civil-engineer/", ""),
            Some("/roles/civil-engineer")
        );
        assert_eq!(without_trailing_slash("/roles", ""), None);
        assert_eq!(without_trailing_slash("/", ""), None);
        assert_eq!(without_trailing_slash("/crossroads/", "/crossroads"), None);
        assert_eq!(
            without_trailing_slash("/crossroads/quiz/", "/crossroads"),
            Some("/crossroads/quiz")
        );
        assert_eq!(
            without_trailing_slash("/crossroads/quiz", "/crossroads"),
            None
        );
    }

    #[test]
    fn query_strings_are_encoded() {
        let query_string = |pairs: &[(&str, &str)]| {
            let mut out = String::new();
            push_query(&mut out, pairs.iter().copied());
            out
        };
        assert_eq!(query_string(&[]), "");
        assert_eq!(
            query_string(&[("track", "management"), ("q", "R&D lead é")]),
            "?track=management&q=R%26D%20lead%20%C3%A9"
        );
        assert_eq!(query_string(&[("roles", "a,b")]), "?roles=a,b");
    }
}
