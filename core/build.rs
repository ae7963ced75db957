//! Compiles `content/*.toml` into static Rust data, so the shipped wasm carries the content but
//! no TOML parser. Shape errors (a missing field, an unknown track) fail the build with the file
//! and field named; the finer rules live in `tests/content.rs`.

use serde::Deserialize;
use std::{env, fmt::Write as _, fs, path::Path};

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
    salary: u32,
    summary: String,
    description: String,
    duties: Vec<String>,
    skills: Vec<String>,
    qualifications: Vec<String>,
    path: String,
    counterpart: String,
    #[serde(default)]
    bridge: bool,
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
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct QuizFile {
    theme: Vec<RawTheme>,
    question: Vec<RawQuestion>,
    reflect: RawReflect,
}

/// A `[[question]]`, told apart by its `kind`; the file's order is the order asked.
#[derive(Deserialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
enum RawQuestion {
    Statement(RawStatement),
    Choice(RawChoice),
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTheme {
    id: String,
    name: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawStatement {
    id: String,
    theme: String,
    scale: String,
    keyed: String,
    #[serde(default)]
    skills: Vec<String>,
    /// Offers "Does not apply to me" as well.
    #[serde(default)]
    na: bool,
    /// On a reversed statement: the ordinary statement it contradicts.
    #[serde(default)]
    opposite: Option<String>,
    text: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawChoice {
    id: String,
    theme: String,
    text: String,
    management: String,
    technical: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawReflect {
    questions: Vec<String>,
}

/// The long text of the content, collected while the structure is emitted: each piece becomes
/// `Prose(n)` in the generated code and entry `n` of `prose.txt` (see `src/prose.rs`).
#[derive(Default)]
struct ProseTable(Vec<String>);

impl ProseTable {
    fn add(&mut self, text: &str) -> String {
        assert!(
            !text.contains('\u{1e}'),
            "content may not contain the control character U+001E"
        );
        self.0.push(text.to_string());
        format!("Prose({})", self.0.len() - 1)
    }

    fn list(&mut self, items: &[String]) -> String {
        let inner: Vec<String> = items.iter().map(|s| self.add(s)).collect();
        format!("&[{}]", inner.join(", "))
    }
}

/// FNV-1a, as `prose::hash` computes it.
fn hash(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

fn main() {
    // Read when the script runs, not when it is compiled: a build script reused from another
    // checkout of the same crate must still read this checkout's content.
    let manifest = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let content = Path::new(&manifest).join("../content");
    let mut prose = ProseTable::default();
    let mut out = String::new();
    emit_roles(&mut out, &mut prose, &read(&content.join("roles.toml")));
    emit_tracks(&mut out, &mut prose, &read(&content.join("tracks.toml")));
    let mut quiz = String::new();
    emit_quiz(&mut quiz, &mut prose, &read(&content.join("quiz.toml")));
    let mut plan = String::new();
    emit_plan(&mut plan, &mut prose, &read(&content.join("plan.toml")));
    let method = prose.add(read(&content.join("method.html")).trim_end());
    let ui = emit_text(&mut prose, &read(&content.join("text.toml")));
    let text = prose.0.join("\u{1e}");
    let hash = hash(&text);
    let prose_rs = format!(
        "/// The method page's template (`content/method.html`).\n\
         pub const METHOD: Prose = {method};\n\
         /// Hash of the prose file, checked when the browser installs it.\n\
         pub const HASH: u64 = {hash};\n\
         /// Where the build puts the prose file, next to the app.\n\
         pub const FILE_NAME: &str = \"content-{hash:016x}.txt\";\n\
         /// The interface's longer sentences (`content/text.toml`).\n\
         pub mod text {{\n    use super::Prose;\n{ui}}}\n"
    );
    let out_dir = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let out_dir = Path::new(&out_dir);
    fs::write(out_dir.join("content.rs"), out).expect("write generated content");
    fs::write(out_dir.join("quiz.rs"), quiz).expect("write generated quiz");
    fs::write(out_dir.join("plan.rs"), plan).expect("write generated plan");
    fs::write(out_dir.join("prose.rs"), prose_rs).expect("write generated prose index");
    fs::write(out_dir.join("prose.txt"), text).expect("write prose");
    println!("cargo:rerun-if-changed={}", content.display());
}

/// `content/text.toml`: one `pub const KEY: Prose` per sentence, sorted by key.
fn emit_text(prose: &mut ProseTable, text: &str) -> String {
    let table: std::collections::BTreeMap<String, String> = parse("text.toml", text);
    let mut out = String::new();
    let mut keys = String::new();
    for (key, sentence) in table {
        assert!(
            !key.is_empty() && key.bytes().all(|b| b.is_ascii_lowercase() || b == b'_'),
            "content/text.toml: the key {key:?} must be lower-case words joined by underscores"
        );
        assert!(
            !sentence.trim().is_empty(),
            "content/text.toml: {key} is empty"
        );
        let _ = writeln!(
            out,
            "    /// `{key}` in content/text.toml.\n    pub const {}: Prose = {};",
            key.to_ascii_uppercase(),
            prose.add(&sentence)
        );
        let _ = write!(keys, "({key:?}, {}), ", key.to_ascii_uppercase());
    }
    let _ = writeln!(
        out,
        "    /// Every key with its sentence, for the translation tests.\n    \
         pub const ALL: &[(&str, Prose)] = &[{keys}];"
    );
    out
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
            "Role {{ slug: {:?}, title: {:?}, track: {track}, salary: {}, summary: {}, \
             description: {}, duties: {}, skills: {}, qualifications: {}, path: {}, \
             counterpart: {:?}, bridge: {}, traits: {} }},",
            r.slug,
            r.title,
            r.salary,
            prose.add(&r.summary),
            prose.add(&r.description),
            prose.list(&r.duties),
            list(&r.skills),
            prose.list(&r.qualifications),
            prose.add(&r.path),
            r.counterpart,
            r.bridge,
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
            prose.add(&t.why)
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

fn emit_tracks(out: &mut String, prose: &mut ProseTable, text: &str) {
    let file: TracksFile = parse("tracks.toml", text);
    out.push_str("/// Both tracks, in the order of `content/tracks.toml`.\npub static TRACKS: &[Track] = &[\n");
    for t in &file.track {
        let kind = track_kind(&t.slug, "tracks.toml");
        writeln!(
            out,
            "Track {{ kind: {kind}, name: {:?}, tagline: {:?}, summary: {}, skills: {}, \
             qualifications: {}, suits: {}, advance: {}, top_jobs: {}, risks: {} }},",
            t.name,
            t.tagline,
            prose.add(&t.summary),
            list(&t.skills),
            prose.list(&t.qualifications),
            prose.add(&t.suits),
            prose.list(&t.advance),
            list(&t.top_jobs),
            prose.list(&t.risks),
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
            "grow-manager" => "ExperimentKind::GrowManager",
            other => panic!(
                "plan.toml, experiment {:?}: kind {other:?} is not one of \"try-management\", \
                 \"grow-technical\", \"tech-lead\", \"people-lead\", \"way-back\", \"grow-manager\"",
                e.id
            ),
        };
        writeln!(
            out,
            "Experiment {{ id: {:?}, kind: {kind}, phase: {}, theme: {:?}, title: {}, how: {}, notice: {} }},",
            e.id,
            e.phase,
            e.theme,
            prose.add(&e.title),
            prose.add(&e.how),
            prose.add(&e.notice),
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
            prose.add(&p.text)
        )
        .unwrap();
    }
    out.push_str("];\n");
    writeln!(
        out,
        "/// What is said with every plan.\nstatic ADVICE: Advice = Advice {{ reversible: {}, keep_current: {} }};",
        prose.add(&file.advice.reversible),
        prose.add(&file.advice.keep_current),
    )
    .unwrap();
}

/// Questions keep the file's order, statements and choices interleaved as written, so the
/// order in `quiz.toml` is the order people see.
fn emit_quiz(out: &mut String, prose: &mut ProseTable, text: &str) {
    let file: QuizFile = parse("quiz.toml", text);
    out.push_str("/// The themes questions are grouped under.\npub static THEMES: &[Theme] = &[\n");
    for t in &file.theme {
        writeln!(out, "Theme {{ id: {:?}, name: {:?} }},", t.id, t.name).unwrap();
    }
    out.push_str("];\n");

    out.push_str(
        "/// Every question, in the order asked.\npub static QUESTIONS: &[Question] = &[\n",
    );
    for question in &file.question {
        match question {
            RawQuestion::Statement(s) => {
                let context = format!("quiz.toml, statement {:?}", s.id);
                let keyed = match s.keyed.as_str() {
                    "agree" => "Keyed::Agree",
                    "disagree" => "Keyed::Disagree",
                    other => {
                        panic!("{context}: keyed must be \"agree\" or \"disagree\", not {other:?}")
                    }
                };
                writeln!(
                    out,
                    "Question {{ id: {:?}, theme: {:?}, text: {}, kind: QuestionKind::Statement {{ \
                     scale: {}, keyed: {keyed}, skills: {}, not_applicable: {}, opposite: {:?} }} }},",
                    s.id,
                    s.theme,
                    prose.add(&s.text),
                    track_kind(&s.scale, &context),
                    list(&s.skills),
                    s.na,
                    s.opposite,
                )
                .unwrap();
            }
            RawQuestion::Choice(c) => {
                writeln!(
                    out,
                    "Question {{ id: {:?}, theme: {:?}, text: {}, kind: QuestionKind::Choice {{ \
                     management: {}, technical: {} }} }},",
                    c.id,
                    c.theme,
                    prose.add(&c.text),
                    prose.add(&c.management),
                    prose.add(&c.technical),
                )
                .unwrap();
            }
        }
    }
    out.push_str("];\n");
    writeln!(
        out,
        "/// Questions to ask yourself before deciding.\npub static REFLECT: &[Prose] = {};",
        prose.list(&file.reflect.questions)
    )
    .unwrap();
}
