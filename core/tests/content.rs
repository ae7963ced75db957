//! Rules the content files must keep. A non-programmer editing `content/*.toml` learns here,
//! by name, what they broke.

use crossroads_core::{content::Trait, prose::Prose, role, roles, track, TrackKind};
use std::collections::HashSet;

/// The average salaries exactly as the two source articles state them.
const ARTICLE_SALARIES: [(&str, u32); 12] = [
    ("Engineering Director", 162_252),
    ("Research and Development (R&D) Manager", 117_507),
    ("Process Engineering Manager", 124_640),
    ("Quality Manager", 91_357),
    ("Engineering Operations Manager", 122_682),
    ("Engineering Lead", 84_927),
    ("Mechanical Engineer", 95_300),
    ("Chemical Engineer", 105_550),
    ("Civil Engineer", 88_050),
    ("Software Engineer", 109_020),
    ("Electrical Engineer", 101_780),
    ("Systems Architect", 103_764),
];

#[test]
fn thirteen_roles_with_unique_slugs() {
    assert_eq!(roles().len(), 13);
    let slugs: HashSet<_> = roles().iter().map(|r| r.slug).collect();
    assert_eq!(slugs.len(), roles().len(), "two roles share a slug");
}

#[test]
fn slugs_are_url_safe() {
    for r in roles() {
        assert!(
            !r.slug.is_empty()
                && r.slug
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
                && !r.slug.starts_with('-')
                && !r.slug.ends_with('-'),
            "slug {:?} must be lowercase letters, digits and single hyphens",
            r.slug
        );
    }
}

#[test]
fn six_roles_per_track_and_one_that_leads_without_reports() {
    // The twelve roles of the source articles, six per track, and the senior technical
    // leadership role they do not describe (so it has no salary).
    for kind in TrackKind::ALL {
        let n = roles()
            .iter()
            .filter(|r| r.track == kind && r.salary.is_some())
            .count();
        assert_eq!(n, 6, "{kind:?} has {n} roles from the articles");
    }
    let beyond: Vec<_> = roles().iter().filter(|r| r.salary.is_none()).collect();
    assert_eq!(beyond.len(), 1);
    let staff = beyond[0];
    assert!(staff.track == TrackKind::Technical && staff.leads && !staff.bridge);
    // The roles that carry technical leadership: it, the architect and the engineering lead.
    let leads: HashSet<_> = roles().iter().filter(|r| r.leads).map(|r| r.slug).collect();
    assert_eq!(
        leads,
        HashSet::from([staff.slug, "systems-architect", "engineering-lead"])
    );
}

#[test]
fn every_salary_matches_the_articles() {
    for (title, salary) in ARTICLE_SALARIES {
        let found = roles()
            .iter()
            .find(|r| r.title.get() == title)
            .unwrap_or_else(|| panic!("no role titled {title:?}"));
        assert_eq!(found.salary, Some(salary), "salary of {title}");
    }
    // Every other role is one the articles give no figure for, and says so by having none.
    for r in roles() {
        if !ARTICLE_SALARIES.iter().any(|(t, _)| *t == r.title.get()) {
            assert_eq!(
                r.salary, None,
                "{} has a salary the articles do not give",
                r.slug
            );
        }
    }
}

#[test]
fn management_roles_are_the_articles_management_roles() {
    let management: HashSet<_> = roles()
        .iter()
        .filter(|r| r.track == TrackKind::Management)
        .map(|r| r.title.get())
        .collect();
    let expected: HashSet<_> = ARTICLE_SALARIES[..6].iter().map(|(t, _)| *t).collect();
    assert_eq!(management, expected);
}

#[test]
fn no_field_is_empty() {
    for r in roles() {
        let texts = [
            r.slug,
            r.title.get(),
            r.summary.get(),
            r.description.get(),
            r.path.get(),
            r.counterpart,
        ];
        assert!(
            texts.iter().all(|t| !t.trim().is_empty()),
            "{} has an empty text",
            r.slug
        );
        let prose = |list: &[Prose]| list.iter().map(|p| p.get()).collect::<Vec<_>>();
        for (name, list) in [
            ("duties", prose(r.duties)),
            ("skills", r.skills.to_vec()),
            ("qualifications", prose(r.qualifications)),
        ] {
            assert!(!list.is_empty(), "{} has no {name}", r.slug);
            assert!(
                list.iter().all(|t| !t.trim().is_empty()),
                "{} has an empty item in {name}",
                r.slug
            );
        }
    }
    for kind in TrackKind::ALL {
        let t = track(kind);
        assert!([
            t.name.get(),
            t.tagline.get(),
            t.summary.get(),
            t.suits.get()
        ]
        .iter()
        .all(|s| !s.trim().is_empty()));
        let prose = |list: &[Prose]| list.iter().map(|p| p.get()).collect::<Vec<_>>();
        for list in [
            t.skills.to_vec(),
            prose(t.qualifications),
            prose(t.advance),
            t.top_jobs.to_vec(),
            prose(t.risks),
        ] {
            assert!(
                !list.is_empty() && list.iter().all(|s| !s.trim().is_empty()),
                "{kind:?}"
            );
        }
    }
}

#[test]
fn track_skills_are_the_articles_five() {
    assert_eq!(
        track(TrackKind::Management).skills,
        [
            "Communication",
            "Strategic planning",
            "Decision-making",
            "Leadership",
            "Delegation"
        ]
    );
    assert_eq!(
        track(TrackKind::Technical).skills,
        [
            "Attention to detail",
            "Problem-solving",
            "Analytical thinking",
            "Creativity",
            "Innovation"
        ]
    );
}

#[test]
fn top_jobs_are_the_tracks_own_roles() {
    for kind in TrackKind::ALL {
        let t = track(kind);
        assert_eq!(t.kind, kind);
        let mut seen = HashSet::new();
        for slug in t.top_jobs {
            let r = role(slug).unwrap_or_else(|| panic!("{kind:?} lists unknown role {slug}"));
            assert_eq!(r.track, kind, "{slug} is listed under the wrong track");
            assert!(seen.insert(slug), "{slug} listed twice");
        }
        let own = roles().iter().filter(|r| r.track == kind).count();
        assert_eq!(
            seen.len(),
            own,
            "{kind:?} should list all {own} of its roles"
        );
    }
}

#[test]
fn counterparts_exist_on_the_other_track() {
    for r in roles() {
        let c = r
            .counterpart()
            .unwrap_or_else(|| panic!("{}: unknown counterpart", r.slug));
        assert_eq!(
            c.track,
            r.track.other(),
            "{}'s counterpart {} is on the same track",
            r.slug,
            c.slug
        );
    }
}

#[test]
fn track_slugs_round_trip() {
    for kind in TrackKind::ALL {
        assert_eq!(TrackKind::from_slug(kind.slug()), Some(kind));
        assert_eq!(kind.other().other(), kind);
    }
    assert_eq!(TrackKind::from_slug("Management"), None);
    assert_eq!(TrackKind::from_slug(""), None);
}

#[test]
fn the_prose_file_is_the_one_its_hash_names() {
    use crossroads_core::prose;
    for (i, code) in prose::LANGUAGES.iter().enumerate() {
        let (name, hash) = prose::PROSE_FILES[i];
        let text = prose::file_text(code).expect("every language has its prose");
        assert_eq!(crossroads_core::fnv::hash(text), hash);
        assert_eq!(name, format!("prose-{code}-{hash:016x}.txt"));
        let words = prose::words_text(code).expect("every language has its words");
        assert_eq!(prose::check_words(words), Some(i));
    }
    let text = prose::file_text("en").expect("English");
    assert_eq!(prose::file_name(), prose::PROSE_FILES[0].0);
    assert!(prose::ready());
    // A file from another build is refused, the right one accepted.
    assert!(prose::check(&format!("{text} ")).is_err());
    assert_eq!(prose::check(text), Ok(()));
    // Each language takes its own file and no other, and lives under its own prefix.
    for (i, code) in prose::LANGUAGES.iter().enumerate() {
        prose::in_language(code, || {
            assert_eq!(prose::language(), i);
            assert_eq!(prose::file_name(), prose::PROSE_FILES[i].0);
            for (j, other) in prose::LANGUAGES.iter().enumerate() {
                let theirs = prose::file_text(other).expect("every language has its prose");
                assert_eq!(
                    prose::check(theirs).is_ok(),
                    i == j,
                    "{code} given {other}'s file"
                );
            }
        });
        let prefix = prose::language_base("", i);
        assert_eq!(prefix.is_empty(), i == 0, "English lives at the root");
        if i > 0 {
            assert_eq!(prefix, format!("/{code}"));
        }
        assert!(!prose::LANGUAGE_NAME[i].is_empty());
    }
    let summary = roles()[0].summary;
    assert_eq!(
        Some(summary.get()),
        text.split(prose::SEPARATOR).nth(usize::from(summary.0))
    );
    assert!(!summary.get().is_empty());
}

#[test]
fn every_role_has_every_trait_in_range_with_a_reason() {
    use crossroads_core::weigh::{Concern, TOP_LEVEL};
    for r in roles() {
        for concern in Concern::ALL.into_iter().filter(|c| *c != Concern::Pay) {
            let t = concern
                .trait_of(r)
                .expect("every concern but pay is a trait");
            assert!(
                (1..=TOP_LEVEL).contains(&t.level),
                "{}: {concern:?} level {} is not 1 to {TOP_LEVEL}",
                r.slug,
                t.level
            );
            let why = t.why.get();
            assert!(
                why.len() >= 20 && why.ends_with('.'),
                "{}: {concern:?} needs a one-line reason ending in a full stop: {why:?}",
                r.slug
            );
        }
    }
}

#[test]
fn traits_follow_the_source_on_pay_and_pressure() {
    // The source: management pays more and carries more pressure. The traits may disagree
    // for one role, not for a track.
    let mean = |track: TrackKind| {
        let rs: Vec<_> = roles().iter().filter(|r| r.track == track).collect();
        rs.iter()
            .map(|r| f64::from(r.traits.pressure.level))
            .sum::<f64>()
            / rs.len() as f64
    };
    assert!(mean(TrackKind::Management) > mean(TrackKind::Technical));
    let people = |r: &crossroads_core::Role| r.traits.people.level;
    assert!(roles()
        .iter()
        .filter(|r| r.track == TrackKind::Technical && !r.bridge && !r.leads)
        .all(|r| people(r) == 1));
    // Leading without reports guides people but manages none: more than a hands-on role,
    // less than any management role.
    let least_managing = roles()
        .iter()
        .filter(|r| r.track == TrackKind::Management)
        .map(people)
        .min()
        .unwrap_or(0);
    assert!(roles()
        .iter()
        .filter(|r| r.track == TrackKind::Technical && r.leads && !r.bridge)
        .all(|r| people(r) > 1 && people(r) < least_managing));
}

/// Every trait of every role, with its name, for the rules below.
fn all_traits() -> Vec<(&'static crossroads_core::Role, &'static str, &'static Trait)> {
    roles()
        .iter()
        .flat_map(|r| {
            let t = &r.traits;
            [
                ("pressure", &t.pressure),
                ("security", &t.security),
                ("hands_on", &t.hands_on),
                ("people", &t.people),
                ("family", &t.family),
                ("learning", &t.learning),
            ]
            .map(|(name, t)| (r, name, t))
        })
        .collect()
}

#[test]
fn every_trait_says_whether_it_rests_on_the_sources() {
    // `basis` is required by the build; here: both grounds are in use, and a why leaves its
    // ground to the app, which adds it to the sentence (so it never cites one wrongly).
    let traits = all_traits();
    assert_eq!(traits.len(), roles().len() * 6);
    assert!(traits.iter().any(|(_, _, t)| t.from_sources));
    assert!(traits.iter().any(|(_, _, t)| !t.from_sources));
    for (r, name, t) in traits {
        let why = t.why.get().to_ascii_lowercase();
        assert!(
            !why.contains("source") && !why.contains("article") && !why.contains("crossroads"),
            "{}: the {name} why names its own ground; say basis = \"sources\" or \"reading\" \
             instead: {why:?}",
            r.slug
        );
    }
}

#[test]
fn every_management_role_warns_the_next_post_can_be_hard_to_find() {
    // The source: managers can have a hard time finding their next job.
    for r in roles().iter().filter(|r| r.track == TrackKind::Management) {
        let s = &r.traits.security;
        let why = s.why.get().to_ascii_lowercase();
        assert!(
            why.contains("next")
                && (why.contains("post") || why.contains("job"))
                && (why.contains("hard") || why.contains("slow")),
            "{}: the security why must say a lost management post can be hard or slow to \
             replace: {why:?}",
            r.slug
        );
        assert!(s.from_sources, "{}: security rests on the sources", r.slug);
        assert!(s.level <= 3, "{}: security {} is above 3", r.slug, s.level);
    }
}

#[test]
fn every_technical_role_warns_skills_can_date_within_ten_years() {
    // The source: technical skills in demand today can be worthless within ten years.
    for r in roles().iter().filter(|r| r.track == TrackKind::Technical) {
        let s = &r.traits.security;
        let why = s.why.get().to_ascii_lowercase();
        assert!(
            why.contains("skills") && why.contains("ten years") && why.contains("date"),
            "{}: the security why must say technical skills can date within about ten years: \
             {why:?}",
            r.slug
        );
        assert!(s.from_sources, "{}: security rests on the sources", r.slug);
        assert!(s.level <= 3, "{}: security {} is above 3", r.slug, s.level);
    }
}

#[test]
fn no_bridge_role_claims_more_security_than_three() {
    // Nothing in the sources makes a role that mixes both tracks safer than either.
    let bridges: Vec<_> = roles().iter().filter(|r| r.bridge).collect();
    assert!(!bridges.is_empty());
    for r in bridges {
        assert!(
            r.traits.security.level <= 3,
            "{}: security {} is above 3",
            r.slug,
            r.traits.security.level
        );
    }
}

#[test]
fn pressure_from_the_sources_is_higher_in_management() {
    // Where a pressure level rests on the sources (management carries more pressure), every
    // management role's is above every technical role's.
    let sourced = |track: TrackKind| -> Vec<u8> {
        roles()
            .iter()
            .filter(|r| r.track == track && r.traits.pressure.from_sources)
            .map(|r| r.traits.pressure.level)
            .collect()
    };
    let (management, technical) = (
        sourced(TrackKind::Management),
        sourced(TrackKind::Technical),
    );
    assert_eq!(
        management.len(),
        6,
        "every management role's pressure rests on the sources"
    );
    assert!(
        management.iter().min() > technical.iter().max(),
        "management {management:?}, technical {technical:?}"
    );
}

#[test]
fn the_language_switch_keeps_every_page_and_its_query_both_ways() {
    use crossroads_core::{paths::rebased, prose, routes::Route};
    let mut checked = 0;
    for root in ["", "/crossroads"] {
        for route in Route::all() {
            for search in ["", "roles=civil-engineer,engineering-lead"] {
                for from in 0..prose::LANGUAGES.len() {
                    for to in 0..prose::LANGUAGES.len() {
                        let (a, b) = (
                            prose::language_base(root, from),
                            prose::language_base(root, to),
                        );
                        let there = rebased(&route.href(&a), search, &a, &b);
                        let (path, query) = there.split_once('?').unwrap_or((&there, ""));
                        assert_eq!(Route::parse(path, &b), Some(route.clone()), "{there}");
                        assert_eq!(query, search, "{there}");
                        let back = rebased(path, query, &b, &a);
                        let here = route.href(&a);
                        let query = if search.is_empty() {
                            String::new()
                        } else {
                            format!("?{search}")
                        };
                        assert_eq!(back, format!("{here}{query}"));
                        checked += 1;
                    }
                }
            }
        }
    }
    println!("language switch: {checked} page, query and language pairs go there and back");
}
