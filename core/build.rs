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

fn main() {
    let content = Path::new(env!("CARGO_MANIFEST_DIR")).join("../content");
    let mut out = String::new();
    emit_roles(&mut out, &read(&content.join("roles.toml")));
    emit_tracks(&mut out, &read(&content.join("tracks.toml")));
    let dest = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("content.rs");
    fs::write(dest, out).expect("write generated content");
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

fn emit_roles(out: &mut String, text: &str) {
    let file: RolesFile = parse("roles.toml", text);
    out.push_str(
        "/// Every role, in the order of `content/roles.toml`.\npub static ROLES: &[Role] = &[\n",
    );
    for r in &file.role {
        let track = track_kind(&r.track, &format!("roles.toml, role {:?}", r.slug));
        writeln!(
            out,
            "Role {{ slug: {:?}, title: {:?}, track: {track}, salary: {}, summary: {:?}, \
             description: {:?}, duties: {}, skills: {}, qualifications: {}, path: {:?}, \
             counterpart: {:?} }},",
            r.slug,
            r.title,
            r.salary,
            r.summary,
            r.description,
            list(&r.duties),
            list(&r.skills),
            list(&r.qualifications),
            r.path,
            r.counterpart,
        )
        .unwrap();
    }
    out.push_str("];\n");
}

fn emit_tracks(out: &mut String, text: &str) {
    let file: TracksFile = parse("tracks.toml", text);
    out.push_str("/// Both tracks, in the order of `content/tracks.toml`.\npub static TRACKS: &[Track] = &[\n");
    for t in &file.track {
        let kind = track_kind(&t.slug, "tracks.toml");
        writeln!(
            out,
            "Track {{ kind: {kind}, name: {:?}, tagline: {:?}, summary: {:?}, skills: {}, \
             qualifications: {}, suits: {:?}, advance: {}, top_jobs: {}, risks: {} }},",
            t.name,
            t.tagline,
            t.summary,
            list(&t.skills),
            list(&t.qualifications),
            t.suits,
            list(&t.advance),
            list(&t.top_jobs),
            list(&t.risks),
        )
        .unwrap();
    }
    out.push_str("];\n");
}
