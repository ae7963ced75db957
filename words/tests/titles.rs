//! Technical titles that Spanish-speaking workplaces keep in English stay in English in the
//! Spanish text, marked as foreign words: translated, "principal engineer" read as "the main
//! engineering department" and "chief engineer" as a management post.

/// Every Spanish content file, by name.
const SPANISH: [(&str, &str); 7] = [
    ("quiz.toml", include_str!("../../content/es/quiz.toml")),
    ("ui.toml", include_str!("../../content/es/ui.toml")),
    ("text.toml", include_str!("../../content/es/text.toml")),
    ("roles.toml", include_str!("../../content/es/roles.toml")),
    ("plan.toml", include_str!("../../content/es/plan.toml")),
    ("tracks.toml", include_str!("../../content/es/tracks.toml")),
    ("method.html", include_str!("../../content/es/method.html")),
];

/// The text of a file without its comments (which may name a mistake to avoid).
fn text(file: &str) -> String {
    file.lines()
        .filter(|l| !l.trim_start().starts_with('#'))
        .collect::<Vec<_>>()
        .join("\n")
        .to_lowercase()
}

#[test]
fn technical_titles_are_neither_translated_nor_left_unmarked() {
    let mut titles = 0;
    for (name, file) in SPANISH {
        let text = text(file);
        for wrong in [
            "ingeniería principal",
            "jefatura de ingeniería",
            "ingeniero jefe",
        ] {
            assert!(
                !text.contains(wrong),
                "content/es/{name} translates a technical title as {wrong:?}"
            );
        }
        for title in ["staff engineer", "principal engineer", "chief engineer"] {
            for (at, _) in text.match_indices(title) {
                titles += 1;
                let marked = text[..at].ends_with('«') || text[..at].ends_with("<i lang=\"en\">");
                assert!(
                    marked,
                    "content/es/{name}: {title:?} is not marked as English"
                );
            }
        }
    }
    assert!(
        titles > 0,
        "the Spanish text names the senior technical titles"
    );
}
