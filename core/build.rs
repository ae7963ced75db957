//! Compiles `content/*.toml` into static Rust data, so the shipped wasm carries the content but
//! no TOML parser. Shape errors (a missing field, an unknown track) fail the build with the file
//! and field named; the finer rules live in `tests/content.rs`.

#[path = "src/fnv.rs"]
mod fnv;
#[path = "build/quiz.rs"]
mod quiz;
#[path = "build/text.rs"]
mod text;

use quiz::{emit_earlier_sets, emit_quiz};
use serde::Deserialize;
use std::{env, fmt::Write as _, fs, path::Path};
use text::*;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RolesFile {
    role: Vec<RawRole>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRole {
    slug: String,
    title: String,
    track: String,
    /// Left out where the source articles give no figure.
    #[serde(default)]
    salary: Option<u32>,
    summary: String,
    description: String,
    duties: Vec<String>,
    skills: Vec<String>,
    qualifications: Vec<String>,
    path: String,
    counterpart: String,
    #[serde(default)]
    bridge: bool,
    #[serde(default)]
    leads: bool,
    traits: RawTraits,
}

/// How a role fares on what people weigh (see the head of `content/roles.toml`).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTraits {
    pressure: RawTrait,
    security: RawTrait,
    hands_on: RawTrait,
    people: RawTrait,
    family: RawTrait,
    learning: RawTrait,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTrait {
    level: u8,
    /// "sources" (the source articles) or "reading" (Crossroads' own reading).
    basis: String,
    why: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PlanFile {
    purpose: Vec<RawPurpose>,
    advice: RawAdvice,
    experiment: Vec<RawExperiment>,
}

/// What the plan for one position and result is for.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPurpose {
    position: String,
    outcome: String,
    text: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawAdvice {
    reversible: String,
    keep_current: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawExperiment {
    id: String,
    kind: String,
    phase: u32,
    theme: String,
    title: String,
    how: String,
    notice: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TracksFile {
    track: Vec<RawTrack>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTrack {
    slug: String,
    name: String,
    tagline: String,
    summary: String,
    skills: Vec<String>,
    qualifications: Vec<String>,
    suits: String,
    advance: Vec<String>,
    top_jobs: Vec<String>,
    risks: Vec<String>,
    /// The technical track's: the risks of leading technical work without reports.
    #[serde(default)]
    leadership_risks: Vec<String>,
}

/// The content files under `content/` (and, for a translation, `content/<code>/`).
const ROLES: &str = "roles.toml";
const TRACKS: &str = "tracks.toml";
const QUIZ: &str = "quiz.toml";
const PLAN: &str = "plan.toml";
const METHOD: &str = "method.html";
const TEXT: &str = "text.toml";
const UI: &str = "ui.toml";

/// The translation folders: `content/<code>/` for a lower-case language code, sorted.
fn translations(content: &Path) -> std::collections::BTreeSet<std::path::PathBuf> {
    fs::read_dir(content)
        .expect("read content/")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| {
            p.is_dir()
                && p.file_name().and_then(|n| n.to_str()).is_some_and(|n| {
                    (2..=3).contains(&n.len()) && n.bytes().all(|b| b.is_ascii_lowercase())
                })
        })
        .collect()
}

fn main() {
    // Read when the script runs, not when it is compiled: a build script reused from another
    // checkout of the same crate must still read this checkout's content.
    let manifest = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let content = Path::new(&manifest).join("../content");
    let mut prose = ProseTable::default();
    // The first screen's words: a table of their own, which every page carries.
    let mut words = ProseTable::default();
    let mut out = String::new();
    emit_roles(&mut out, &mut prose, &read(&content.join(ROLES)));
    emit_tracks(
        &mut out,
        &mut prose,
        &mut words,
        &read(&content.join(TRACKS)),
    );
    let mut quiz = String::new();
    let asked = emit_quiz(&mut quiz, &mut prose, &read(&content.join(QUIZ)));
    let earlier_path = Path::new(&manifest).join("earlier-sets.txt");
    let earlier = emit_earlier_sets(&asked, &read(&earlier_path));
    let mut plan = String::new();
    emit_plan(&mut plan, &mut prose, &read(&content.join(PLAN)));
    let method = prose.add(at(METHOD, &[]), read(&content.join(METHOD)).trim_end());
    let text = emit_keyed(&mut prose, TEXT, "Prose", &read(&content.join(TEXT)));
    let ui = emit_keyed(&mut words, UI, "Word", &read(&content.join(UI)));
    let out_dir = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let out_dir = Path::new(&out_dir);
    let (prose_files, _) = emit_languages(&prose, "prose", &content, out_dir);
    let (mut word_files, languages) = emit_languages(&words, "words", &content, out_dir);
    word_files += &emit_in_every_language(
        &words,
        &languages,
        "language_name",
        "Each language's name, in that language, in the order of the languages.",
    );
    let prose_rs = format!(
        "/// The method page's template (`content/method.html`).\n\
         pub const METHOD: Prose = {method};\n\
         {prose_files}\
         {word_files}\
         /// The interface's longer sentences (`content/text.toml`), in the prose file.\n\
         pub mod text {{\n    use super::{{Piece, Prose, Template}};\n{text}}}\n\
         /// The first screen's words and sentences (`content/ui.toml`), carried by every page.\n\
         pub mod ui {{\n    use super::{{Piece, Template, Word}};\n{ui}}}\n"
    );
    fs::write(out_dir.join("content.rs"), out).expect("write generated content");
    fs::write(out_dir.join("quiz.rs"), quiz).expect("write generated quiz");
    fs::write(out_dir.join("earlier_sets.rs"), earlier).expect("write generated earlier sets");
    println!("cargo:rerun-if-changed={}", earlier_path.display());
    fs::write(out_dir.join("plan.rs"), plan).expect("write generated plan");
    fs::write(out_dir.join("prose.rs"), prose_rs).expect("write generated prose index");
    println!("cargo:rerun-if-changed={}", content.display());
}

fn read(path: &Path) -> String {
    println!("cargo:rerun-if-changed={}", path.display());
    fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

fn parse<T: for<'de> Deserialize<'de>>(name: &str, text: &str) -> T {
    toml::from_str(text).unwrap_or_else(|e| panic!("content/{name} is not valid: {e}"))
}

fn track_kind(slug: &str, context: &str) -> &'static str {
    match slug {
        "management" => "TrackKind::Management",
        "technical" => "TrackKind::Technical",
        other => panic!("{context}: unknown track {other:?} (use \"management\" or \"technical\")"),
    }
}

/// `{:?}` of a `str` is a valid Rust string literal, escapes included.
fn list(items: &[String]) -> String {
    let inner: Vec<String> = items.iter().map(|s| format!("{s:?}")).collect();
    format!("&[{}]", inner.join(", "))
}

fn emit_roles(out: &mut String, prose: &mut ProseTable, text: &str) {
    let file: RolesFile = parse("roles.toml", text);
    out.push_str(
        "/// Every role, in the order of `content/roles.toml`.\npub static ROLES: &[Role] = &[\n",
    );
    for r in &file.role {
        let track = track_kind(&r.track, &format!("roles.toml, role {:?}", r.slug));
        writeln!(
            out,
            "Role {{ slug: {:?}, title: {}, track: {track}, salary: {}, summary: {}, \
             description: {}, duties: {}, skills: {}, skill_names: {}, qualifications: {}, \
             path: {}, counterpart: {:?}, bridge: {}, leads: {}, traits: {} }},",
            r.slug,
            prose.add(at(ROLES, &["role", &r.slug, "title"]), &r.title),
            r.salary
                .map_or("None".to_string(), |s| format!("Some({s})")),
            prose.add(at(ROLES, &["role", &r.slug, "summary"]), &r.summary),
            prose.add(at(ROLES, &["role", &r.slug, "description"]), &r.description),
            prose.list(at(ROLES, &["role", &r.slug, "duties"]), &r.duties),
            list(&r.skills),
            prose.list(at(ROLES, &["role", &r.slug, "skills"]), &r.skills),
            prose.list(
                at(ROLES, &["role", &r.slug, "qualifications"]),
                &r.qualifications
            ),
            prose.add(at(ROLES, &["role", &r.slug, "path"]), &r.path),
            r.counterpart,
            r.bridge,
            r.leads,
            traits(prose, &r.slug, &r.traits),
        )
        .unwrap();
    }
    out.push_str("];\n");
}

/// A role's traits as Rust; the levels' range is checked by `core/tests/content.rs`.
fn traits(prose: &mut ProseTable, slug: &str, t: &RawTraits) -> String {
    let mut one = |name: &str, t: &RawTrait| {
        let from_sources = match t.basis.as_str() {
            "sources" => true,
            "reading" => false,
            other => panic!(
                "roles.toml, role {slug:?}, trait {name}: basis {other:?} is not \"sources\" or \"reading\""
            ),
        };
        format!(
            "Trait {{ level: {}, why: {}, from_sources: {from_sources} }}",
            t.level,
            prose.add(at(ROLES, &["role", slug, "traits", name]), &t.why)
        )
    };
    format!(
        "Traits {{ pressure: {}, security: {}, hands_on: {}, people: {}, family: {}, learning: {} }}",
        one("pressure", &t.pressure),
        one("security", &t.security),
        one("hands_on", &t.hands_on),
        one("people", &t.people),
        one("family", &t.family),
        one("learning", &t.learning)
    )
}

/// Both tracks; their names and taglines go to the first screen's words (the home page shows
/// them before the prose arrives).
fn emit_tracks(out: &mut String, prose: &mut ProseTable, words: &mut ProseTable, text: &str) {
    let file: TracksFile = parse("tracks.toml", text);
    out.push_str("/// Both tracks, in the order of `content/tracks.toml`.\npub static TRACKS: &[Track] = &[\n");
    for t in &file.track {
        let kind = track_kind(&t.slug, "tracks.toml");
        writeln!(
            out,
            "Track {{ kind: {kind}, name: Word({}), tagline: Word({}), summary: {}, skills: {}, \
             skill_names: {}, qualifications: {}, suits: {}, advance: {}, top_jobs: {}, \
             risks: {}, leadership_risks: {} }},",
            words.number(at(TRACKS, &["track", &t.slug, "name"]), &t.name),
            words.number(at(TRACKS, &["track", &t.slug, "tagline"]), &t.tagline),
            prose.add(at(TRACKS, &["track", &t.slug, "summary"]), &t.summary),
            list(&t.skills),
            prose.list(at(TRACKS, &["track", &t.slug, "skills"]), &t.skills),
            prose.list(
                at(TRACKS, &["track", &t.slug, "qualifications"]),
                &t.qualifications
            ),
            prose.add(at(TRACKS, &["track", &t.slug, "suits"]), &t.suits),
            prose.list(at(TRACKS, &["track", &t.slug, "advance"]), &t.advance),
            list(&t.top_jobs),
            prose.list(at(TRACKS, &["track", &t.slug, "risks"]), &t.risks),
            prose.list(
                at(TRACKS, &["track", &t.slug, "leadership_risks"]),
                &t.leadership_risks
            ),
        )
        .unwrap();
    }
    out.push_str("];\n");
}

/// The plan's experiments in the file's order, and its advice; the rules are checked by
/// `core/tests/plan.rs`.
fn emit_plan(out: &mut String, prose: &mut ProseTable, text: &str) {
    let file: PlanFile = parse("plan.toml", text);
    out.push_str("/// Every experiment, in the order of `content/plan.toml`.\nstatic EXPERIMENTS: &[Experiment] = &[\n");
    for e in &file.experiment {
        let kind = match e.kind.as_str() {
            "try-management" => "ExperimentKind::TryManagement",
            "grow-technical" => "ExperimentKind::GrowTechnical",
            "tech-lead" => "ExperimentKind::TechLead",
            "people-lead" => "ExperimentKind::PeopleLead",
            "way-back" => "ExperimentKind::WayBack",
            "direct" => "ExperimentKind::Direct",
            "grow-manager" => "ExperimentKind::GrowManager",
            other => panic!(
                "plan.toml, experiment {:?}: kind {other:?} is not one of \"try-management\", \
                 \"grow-technical\", \"tech-lead\", \"people-lead\", \"way-back\", \"grow-manager\", \"direct\"",
                e.id
            ),
        };
        writeln!(
            out,
            "Experiment {{ id: {:?}, kind: {kind}, phase: {}, theme: {:?}, title: {}, how: {}, notice: {} }},",
            e.id,
            e.phase,
            e.theme,
            prose.add(at(PLAN, &["experiment", &e.id, "title"]), &e.title),
            prose.add(at(PLAN, &["experiment", &e.id, "how"]), &e.how),
            prose.add(at(PLAN, &["experiment", &e.id, "notice"]), &e.notice),
        )
        .unwrap();
    }
    out.push_str("];\n");
    out.push_str("/// What each plan is for, by position and outcome slug.\nstatic PURPOSES: &[(&str, &str, Prose)] = &[\n");
    for p in &file.purpose {
        writeln!(
            out,
            "({:?}, {:?}, {}),",
            p.position,
            p.outcome,
            prose.add(
                at(PLAN, &["purpose", &p.position, &p.outcome, "text"]),
                &p.text
            )
        )
        .unwrap();
    }
    out.push_str("];\n");
    writeln!(
        out,
        "/// What is said with every plan.\nstatic ADVICE: Advice = Advice {{ reversible: {}, keep_current: {} }};",
        prose.add(at(PLAN, &["advice", "reversible"]), &file.advice.reversible),
        prose.add(at(PLAN, &["advice", "keep_current"]), &file.advice.keep_current),
    )
    .unwrap();
}
