//! The method page's content: every placeholder filled from the scoring's constants, every tag
//! closed, headings in order, and the numbers on the page are the ones the rules use.

use crossroads_core::method::{template, values};
use crossroads_core::scoring::{CLOSE, HYBRID_GAP, PULL};
use crossroads_words::method::fill;
use crossroads_words::method_page as page;

#[test]
fn every_placeholder_is_known_and_every_value_is_used() {
    let values = values("/crossroads");
    for lang in crossroads_core::prose::LANGUAGES {
        let filled = crossroads_core::prose::in_language(lang, || page("/crossroads")).unwrap();
        assert!(
            !filled.contains('{') && !filled.contains('}'),
            "{lang}: a placeholder is left: {filled}"
        );
    }
    for (name, _) in &values {
        assert!(
            template().contains(&format!("{{{name}}}")),
            "{name} is never used on the page"
        );
    }
}

#[test]
fn the_rules_on_the_page_are_the_ones_the_scoring_uses() {
    let filled = page("");
    assert!(filled.contains(&format!(
        "Management and technical are both {PULL} or more, and\nless than {HYBRID_GAP} points apart."
    )));
    assert!(filled.contains(&format!(
        "points ahead of management, and leadership is {PULL} or more too"
    )));
    assert!(filled.contains(&format!("at least {CLOSE}\npoints ahead of technical")));
    assert!(
        filled.contains("href=\"/quiz\""),
        "links follow the deployment path"
    );
    assert!(page("/crossroads").contains("href=\"/crossroads/results\""));
}

#[test]
fn values_are_escaped_and_unknown_names_stay_visible() {
    let v = vec![("x", "<b>&\"".to_string())];
    assert_eq!(fill("a {x} b", &v), "a &lt;b&gt;&amp;&quot; b");
    assert_eq!(fill("{typo} {x", &v), "{typo} {x");
}

/// The tags of an HTML fragment, in order: (closing?, name). Void elements are not listed.
fn tags(html: &str) -> Vec<(bool, String)> {
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(i) = rest.find('<') {
        let end = rest[i..].find('>').expect("an unclosed tag") + i;
        let inner = &rest[i + 1..end];
        let closing = inner.starts_with('/');
        let name: String = inner
            .trim_start_matches('/')
            .chars()
            .take_while(char::is_ascii_alphanumeric)
            .collect();
        if !["br", "img", "hr"].contains(&name.as_str()) {
            out.push((closing, name));
        }
        rest = &rest[end + 1..];
    }
    out
}

#[test]
fn every_tag_is_closed_and_headings_go_in_order() {
    let mut open: Vec<String> = Vec::new();
    let mut last_heading = 0;
    for (closing, name) in tags(template()) {
        if closing {
            assert_eq!(
                open.pop().as_deref(),
                Some(name.as_str()),
                "</{name}> closes the wrong tag"
            );
        } else {
            if let Some(level) = name.strip_prefix('h').and_then(|d| d.parse::<u32>().ok()) {
                assert!(
                    level <= last_heading + 1,
                    "h{level} follows h{last_heading}"
                );
                last_heading = level;
            }
            open.push(name);
        }
    }
    assert!(open.is_empty(), "left open: {open:?}");
    assert_eq!(template().matches("<h1").count(), 1, "one main heading");
}
