//! Every translation under `content/<lang>/` holds the same pieces of text as the English
//! content, keyed by the same ids, with the same placeholders and nothing empty; and it holds
//! only text, so ids, scales, keying and figures live once, in the English files.
//!
//! The English side is read from the domain's own data (what the build compiled from
//! `content/*.toml`), never parsed again here; only the translations are parsed.

use crossroads_core::{
    background::Position,
    content::{roles, track},
    plan::{advice, experiments, purpose},
    prose::{self, Prose, LANGUAGES},
    quiz::{questions, reflect, themes, QuestionKind},
    scoring::Outcome,
    TrackKind,
};
use std::{
    collections::BTreeSet,
    fs,
    path::{Path, PathBuf},
};
use toml::{Table, Value};

/// The languages besides English, by folder name: every `content/<code>/` the build found.
fn translations() -> &'static [&'static str] {
    &LANGUAGES[1..]
}

fn folder(lang: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../content")
        .join(lang)
}

fn read(lang: &str, file: &str) -> String {
    let path = folder(lang).join(file);
    fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

fn table(lang: &str, file: &str) -> Table {
    read(lang, file)
        .parse()
        .unwrap_or_else(|e| panic!("content/{lang}/{file} is not valid TOML: {e}"))
}

/// The `{name}` placeholders of a text, as a set.
fn placeholders(text: &str) -> BTreeSet<&str> {
    text.split('{')
        .skip(1)
        .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
        .filter(|name| {
            !name.is_empty() && name.bytes().all(|b| b.is_ascii_lowercase() || b == b'_')
        })
        .collect()
}

/// Collects what is wrong with one translation, so a run lists every problem at once.
struct Check {
    lang: &'static str,
    problems: Vec<String>,
    /// Pieces of text compared.
    compared: usize,
}

impl Check {
    fn new(lang: &'static str) -> Self {
        Check {
            lang,
            problems: Vec::new(),
            compared: 0,
        }
    }

    fn fail(&mut self, at: &str, what: impl std::fmt::Display) {
        self.problems
            .push(format!("content/{}/{at}: {what}", self.lang));
    }

    /// The table under `key` in `parent`, or a problem.
    fn sub<'a>(&mut self, parent: &'a Table, at: &str, key: &str) -> Option<&'a Table> {
        match parent.get(key) {
            Some(Value::Table(t)) => Some(t),
            Some(_) => {
                self.fail(at, format_args!("{key} must be a table"));
                None
            }
            None => {
                self.fail(at, format_args!("{key} is missing"));
                None
            }
        }
    }

    /// One translated text against its English.
    fn same_shape(&mut self, at: &str, english: &str, translated: &str) {
        self.compared += 1;
        if translated.trim().is_empty() {
            self.fail(at, "is empty");
        }
        if placeholders(english) != placeholders(translated) {
            self.fail(
                at,
                format_args!(
                    "placeholders {:?} differ from the English {:?}",
                    placeholders(translated),
                    placeholders(english)
                ),
            );
        }
    }

    fn text(&mut self, table: &Table, at: &str, key: &str, english: &str) {
        match table.get(key) {
            Some(Value::String(t)) => self.same_shape(&format!("{at}.{key}"), english, t),
            Some(_) => self.fail(at, format_args!("{key} must be text")),
            None => self.fail(at, format_args!("{key} is missing")),
        }
    }

    fn list(&mut self, table: &Table, at: &str, key: &str, english: &[&str]) {
        let Some(Value::Array(items)) = table.get(key) else {
            return self.fail(at, format_args!("{key} must be a list"));
        };
        if items.len() != english.len() {
            return self.fail(
                at,
                format_args!(
                    "{key} has {} items, the English {}",
                    items.len(),
                    english.len()
                ),
            );
        }
        for (i, (item, english)) in items.iter().zip(english).enumerate() {
            match item {
                Value::String(t) => self.same_shape(&format!("{at}.{key}[{i}]"), english, t),
                _ => self.fail(at, format_args!("{key}[{i}] must be text")),
            }
        }
    }

    /// Nothing in `table` but `keys`: a translation carries no structure of its own.
    fn only(&mut self, table: &Table, at: &str, keys: &[&str]) {
        for key in table.keys() {
            if !keys.contains(&key.as_str()) {
                self.fail(
                    at,
                    format_args!("{key} is not a text of the English (ids, scales, keying and figures stay in the English file)"),
                );
            }
        }
    }

    fn finish(self, file: &str) {
        println!(
            "content/{}/{file}: {} pieces of text match the English",
            self.lang, self.compared
        );
        assert!(
            self.problems.is_empty(),
            "{} problems:\n{}",
            self.problems.len(),
            self.problems.join("\n")
        );
    }
}

fn texts(list: &[Prose]) -> Vec<&'static str> {
    prose::texts(list)
}

#[test]
fn every_role_and_track_has_its_text_and_nothing_else() {
    for &lang in translations() {
        let file = table(lang, "roles.toml");
        let mut check = Check::new(lang);
        check.only(&file, "roles.toml", &["role"]);
        let Some(all) = check.sub(&file, "roles.toml", "role") else {
            return check.finish("roles.toml");
        };
        let slugs: Vec<&str> = roles().iter().map(|r| r.slug).collect();
        check.only(all, "roles.toml [role]", &slugs);
        for r in roles() {
            let at = format!("roles.toml [role.{}]", r.slug);
            let Some(t) = check.sub(all, &at, r.slug) else {
                continue;
            };
            check.only(
                t,
                &at,
                &[
                    "title",
                    "summary",
                    "description",
                    "duties",
                    "skills",
                    "qualifications",
                    "path",
                    "traits",
                ],
            );
            check.text(t, &at, "title", r.title.get());
            check.text(t, &at, "summary", r.summary.get());
            check.text(t, &at, "description", r.description.get());
            check.list(t, &at, "duties", &texts(r.duties));
            check.list(t, &at, "skills", r.skills);
            check.list(t, &at, "qualifications", &texts(r.qualifications));
            check.text(t, &at, "path", r.path.get());
            let tr = &r.traits;
            let whys = [
                ("pressure", &tr.pressure),
                ("security", &tr.security),
                ("hands_on", &tr.hands_on),
                ("people", &tr.people),
                ("family", &tr.family),
                ("learning", &tr.learning),
            ];
            let at = format!("{at}.traits");
            if let Some(traits) = check.sub(t, &at, "traits") {
                check.only(traits, &at, &whys.map(|(k, _)| k));
                for (key, item) in whys {
                    check.text(traits, &at, key, item.why.get());
                }
            }
        }
        check.finish("roles.toml");

        let file = table(lang, "tracks.toml");
        let mut check = Check::new(lang);
        check.only(&file, "tracks.toml", &["track"]);
        let Some(all) = check.sub(&file, "tracks.toml", "track") else {
            return check.finish("tracks.toml");
        };
        check.only(all, "tracks.toml [track]", &["management", "technical"]);
        for kind in TrackKind::ALL {
            let at = format!("tracks.toml [track.{}]", kind.slug());
            let english = track(kind);
            let Some(t) = check.sub(all, &at, kind.slug()) else {
                continue;
            };
            check.only(
                t,
                &at,
                &[
                    "name",
                    "tagline",
                    "summary",
                    "skills",
                    "qualifications",
                    "suits",
                    "advance",
                    "risks",
                    "leadership_risks",
                ],
            );
            check.text(t, &at, "name", english.name.get());
            check.text(t, &at, "tagline", english.tagline.get());
            check.text(t, &at, "summary", english.summary.get());
            check.list(t, &at, "skills", english.skills);
            check.list(t, &at, "qualifications", &texts(english.qualifications));
            check.text(t, &at, "suits", english.suits.get());
            check.list(t, &at, "advance", &texts(english.advance));
            check.list(t, &at, "risks", &texts(english.risks));
            if !english.leadership_risks.is_empty() {
                check.list(t, &at, "leadership_risks", &texts(english.leadership_risks));
            }
        }
        check.finish("tracks.toml");
    }
}

#[test]
fn every_question_has_its_text_and_no_keying() {
    for &lang in translations() {
        let file = table(lang, "quiz.toml");
        let mut check = Check::new(lang);
        check.only(
            &file,
            "quiz.toml",
            &["theme", "statement", "choice", "reflect"],
        );
        if let Some(t) = check.sub(&file, "quiz.toml", "theme") {
            let ids: Vec<&str> = themes().iter().map(|t| t.id).collect();
            check.only(t, "quiz.toml [theme]", &ids);
            for theme in themes() {
                check.text(t, "quiz.toml [theme]", theme.id, theme.name.get());
            }
        }
        let statements: Vec<_> = questions()
            .iter()
            .filter(|q| matches!(q.kind, QuestionKind::Statement { .. }))
            .collect();
        if let Some(t) = check.sub(&file, "quiz.toml", "statement") {
            let ids: Vec<&str> = statements.iter().map(|q| q.id).collect();
            check.only(t, "quiz.toml [statement]", &ids);
            for q in &statements {
                check.text(t, "quiz.toml [statement]", q.id, q.text.get());
            }
        }
        if let Some(all) = check.sub(&file, "quiz.toml", "choice") {
            let choices: Vec<_> = questions()
                .iter()
                .filter_map(|q| match &q.kind {
                    QuestionKind::Choice { options } => Some((q, options)),
                    QuestionKind::Statement { .. } => None,
                })
                .collect();
            let ids: Vec<&str> = choices.iter().map(|(q, ..)| q.id).collect();
            check.only(all, "quiz.toml [choice]", &ids);
            for (q, options) in choices {
                let at = format!("quiz.toml [choice.{}]", q.id);
                if let Some(t) = check.sub(all, &at, q.id) {
                    let [a, b] = options.map(|(s, _)| s.slug());
                    check.only(t, &at, &["text", a, b]);
                    check.text(t, &at, "text", q.text.get());
                    for (s, p) in options {
                        check.text(t, &at, s.slug(), p.get());
                    }
                }
            }
        }
        if let Some(t) = check.sub(&file, "quiz.toml", "reflect") {
            check.only(t, "quiz.toml [reflect]", &["questions"]);
            check.list(t, "quiz.toml [reflect]", "questions", &texts(reflect()));
        }
        check.finish("quiz.toml");
    }
}

#[test]
fn every_plan_step_purpose_and_advice_has_its_text() {
    for &lang in translations() {
        let file = table(lang, "plan.toml");
        let mut check = Check::new(lang);
        check.only(&file, "plan.toml", &["purpose", "advice", "experiment"]);
        if let Some(all) = check.sub(&file, "plan.toml", "purpose") {
            let positions: Vec<&str> = Position::ALL.iter().map(|p| p.slug()).collect();
            check.only(all, "plan.toml [purpose]", &positions);
            let outcomes: Vec<&str> = Outcome::ALL.iter().map(|o| o.slug()).collect();
            for position in Position::ALL {
                let at = format!("plan.toml [purpose.{}]", position.slug());
                let Some(by_outcome) = check.sub(all, &at, position.slug()) else {
                    continue;
                };
                check.only(by_outcome, &at, &outcomes);
                for outcome in Outcome::ALL {
                    let at = format!("{at}.{}", outcome.slug());
                    if let Some(t) = check.sub(by_outcome, &at, outcome.slug()) {
                        check.only(t, &at, &["text"]);
                        check.text(t, &at, "text", purpose(position, outcome));
                    }
                }
            }
        }
        if let Some(t) = check.sub(&file, "plan.toml", "advice") {
            check.only(t, "plan.toml [advice]", &["reversible", "keep_current"]);
            check.text(
                t,
                "plan.toml [advice]",
                "reversible",
                advice().reversible.get(),
            );
            check.text(
                t,
                "plan.toml [advice]",
                "keep_current",
                advice().keep_current.get(),
            );
        }
        if let Some(all) = check.sub(&file, "plan.toml", "experiment") {
            let ids: Vec<&str> = experiments().iter().map(|e| e.id).collect();
            check.only(all, "plan.toml [experiment]", &ids);
            for e in experiments() {
                let at = format!("plan.toml [experiment.{}]", e.id);
                if let Some(t) = check.sub(all, &at, e.id) {
                    check.only(t, &at, &["title", "how", "notice"]);
                    check.text(t, &at, "title", e.title.get());
                    check.text(t, &at, "how", e.how.get());
                    check.text(t, &at, "notice", e.notice.get());
                }
            }
        }
        check.finish("plan.toml");
    }
}

/// Keys a translation may spell as the English: formats, and words a language shares.
fn same_as_english(lang: &str) -> &'static [&'static str] {
    match lang {
        "es" => &[
            "plural_one",
            "rating",
            "fit_end",
            "agreement_neutral",
            "field_civil",
            "field_software",
        ],
        _ => &["plural_one", "rating", "fit_end"],
    }
}

/// A keyed sentence: its key, its piece and how many slots it has.
type Keyed = (&'static str, prose::Piece, usize);

#[test]
fn every_interface_sentence_has_its_text_and_its_slots() {
    let keyed: [(&str, &[Keyed]); 2] =
        [("text.toml", prose::text::ALL), ("ui.toml", prose::ui::ALL)];
    for &lang in translations() {
        for (name, all) in keyed {
            let file = table(lang, name);
            let mut check = Check::new(lang);
            let keys: Vec<&str> = all.iter().map(|(k, ..)| *k).collect();
            check.only(&file, name, &keys);
            for (key, piece, slots) in all {
                let Some(Value::String(translated)) = file.get(*key) else {
                    check.fail(name, format_args!("{key} is missing or not text"));
                    continue;
                };
                check.compared += 1;
                // A number mark may be a space (a no-break one, in Spanish); nothing else may.
                let blank = translated.trim().is_empty() && !key.ends_with("_mark");
                if translated.is_empty() || blank {
                    check.fail(name, format_args!("{key} is empty"));
                }
                // The build numbers the slots by the English names and refuses any other name,
                // so the same count means the same placeholders. A singular form may leave out
                // the count it is singular for, in any language.
                let used = placeholders(translated).len();
                let english = piece.get().matches(prose::SLOT).count();
                let fits = if key.ends_with("_one") {
                    used <= *slots
                } else {
                    used == english && english == *slots
                };
                if !fits {
                    check.fail(
                        name,
                        format_args!(
                            "{key} has {:?}; the English has {slots} of them",
                            placeholders(translated)
                        ),
                    );
                }
                let marks = |t: &str| t.matches(prose::SLOT).count();
                let read = prose::in_language(lang, || piece.get()).unwrap_or_default();
                // An English copy left behind reads as untranslated.
                if read == piece.get() && !same_as_english(lang).contains(key) {
                    check.fail(name, format_args!("{key} is still the English {read:?}"));
                }
                if marks(read) != marks(piece.get()) {
                    check.fail(
                        name,
                        format_args!("{key} reads with other slots than the English"),
                    );
                }
            }
            check.finish(name);
        }
    }
}

/// The tags of an HTML fragment with their attributes, in order, and its placeholders.
fn markup(html: &str) -> (Vec<&str>, BTreeSet<&str>) {
    let tags = html
        .split('<')
        .skip(1)
        .filter_map(|rest| rest.split_once('>').map(|(tag, _)| tag))
        .collect();
    (tags, placeholders(html))
}

#[test]
fn the_method_page_keeps_every_tag_anchor_and_placeholder() {
    for &lang in translations() {
        let english = prose::METHOD.get();
        let translated = read(lang, "method.html");
        let (en_tags, en_slots) = markup(english);
        let (tags, slots) = markup(&translated);
        println!(
            "content/{lang}/method.html: {} tags and {} placeholders match the English",
            tags.len(),
            slots.len()
        );
        assert_eq!(
            tags, en_tags,
            "content/{lang}/method.html: its tags and attributes differ from the English"
        );
        assert_eq!(
            slots, en_slots,
            "content/{lang}/method.html: its placeholders differ"
        );
        assert!(
            translated.len() * 2 > english.len(),
            "content/{lang}/method.html looks cut short"
        );
    }
}

#[test]
fn each_language_reads_its_own_text_through_the_same_pieces() {
    for &lang in translations() {
        let file = table(lang, "roles.toml");
        for r in roles() {
            let translated = file["role"][r.slug]["summary"].as_str();
            let read = prose::in_language(lang, || r.summary.get());
            assert_eq!(read, translated, "{lang}: the summary of {}", r.slug);
            assert_ne!(
                read,
                Some(r.summary.get()),
                "{lang}: {} reads as English",
                r.slug
            );
        }
        let method = prose::in_language(lang, || prose::METHOD.get());
        assert_eq!(
            method.map(str::trim_end),
            Some(read(lang, "method.html").trim_end())
        );
    }
    assert_eq!(prose::in_language("xx", || ()), None, "no such language");
}
