//! The quiz's content as Rust: the questions and themes of `content/quiz.toml`, in the order
//! asked, and the earlier question sets of `core/earlier-sets.txt` matched to today's ids.

use super::{at, list, parse, ProseTable, QUIZ};
use serde::Deserialize;
use std::fmt::Write as _;

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
    /// "positive" or "negative": how the statement reads, whatever its keying.
    wording: String,
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
    /// Exactly two of the three scales' options.
    #[serde(default)]
    management: Option<String>,
    #[serde(default)]
    leadership: Option<String>,
    #[serde(default)]
    technical: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawReflect {
    questions: Vec<String>,
}

fn scale(slug: &str, context: &str) -> &'static str {
    match slug {
        "management" => "Scale::Management",
        "technical" => "Scale::Technical",
        "leadership" => "Scale::Leadership",
        other => panic!(
            "{context}: unknown scale {other:?} (use \"management\", \"technical\" or \"leadership\")"
        ),
    }
}

/// The earlier question sets (`core/earlier-sets.txt`) as one byte per question, for
/// `crate::link`: where the question is in today's quiz (`asked`, ids in order), or
/// `EARLIER_GONE` when it is no longer asked, in the low six bits, and the largest digit it
/// took (2, 5 or 6, as 0, 1 or 2) in the top two.
pub(super) fn emit_earlier_sets(asked: &[String], text: &str) -> String {
    assert!(
        asked.len() < 63,
        "earlier-set bytes index at most 62 questions"
    );
    let mut sets: Vec<Vec<u8>> = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let at = || format!("core/earlier-sets.txt, line {}", n + 1);
        let fields: Vec<&str> = line.split_whitespace().collect();
        let [set, id, max] = fields[..] else {
            panic!("{}: expected \"<set> <id> <largest digit>\"", at())
        };
        let set: usize = set
            .parse()
            .unwrap_or_else(|_| panic!("{}: set is a number", at()));
        let max = match max {
            "2" => 0u8,
            "5" => 1,
            "6" => 2,
            other => panic!("{}: the largest digit is 2, 5 or 6, not {other:?}", at()),
        };
        let now = asked.iter().position(|a| a == id).unwrap_or(63) as u8;
        assert!(
            set >= 1 && (set == sets.len() || set == sets.len() + 1),
            "{}: sets come in order, from 1",
            at()
        );
        if set > sets.len() {
            sets.push(Vec::new());
        }
        sets[set - 1].push(max << 6 | now);
    }
    let mut out = String::new();
    for (n, set) in sets.iter().enumerate() {
        writeln!(
            out,
            "/// Question set {}, one byte per question (see `earlier`).\n\
             pub const QUESTION_SET_{}: [u8; {}] = {:?};",
            n + 1,
            n + 1,
            set.len(),
            set
        )
        .unwrap();
    }
    out
}

/// The themes and questions as Rust, returning the questions' ids in order. Questions keep the
/// file's order, statements and choices interleaved as written, so the order in `quiz.toml` is
/// the order people see.
pub(super) fn emit_quiz(out: &mut String, prose: &mut ProseTable, text: &str) -> Vec<String> {
    let file: QuizFile = parse("quiz.toml", text);
    let asked = file
        .question
        .iter()
        .map(|q| match q {
            RawQuestion::Statement(s) => s.id.clone(),
            RawQuestion::Choice(c) => c.id.clone(),
        })
        .collect();
    out.push_str("/// The themes questions are grouped under.\npub static THEMES: &[Theme] = &[\n");
    for t in &file.theme {
        writeln!(
            out,
            "Theme {{ id: {:?}, name: {} }},",
            t.id,
            prose.add(at(QUIZ, &["theme", &t.id]), &t.name)
        )
        .unwrap();
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
                let wording = match s.wording.as_str() {
                    "positive" => "Wording::Positive",
                    "negative" => "Wording::Negative",
                    other => panic!(
                        "{context}: wording must be \"positive\" or \"negative\", not {other:?}"
                    ),
                };
                writeln!(
                    out,
                    "Question {{ id: {:?}, theme: {:?}, text: {}, kind: QuestionKind::Statement {{ \
                     scale: {}, keyed: {keyed}, wording: {wording}, skills: {}, not_applicable: {}, \
                     opposite: {:?} }} }},",
                    s.id,
                    s.theme,
                    prose.add(at(QUIZ, &["statement", &s.id]), &s.text),
                    scale(&s.scale, &context),
                    list(&s.skills),
                    s.na,
                    s.opposite,
                )
                .unwrap();
            }
            RawQuestion::Choice(c) => {
                // Shown in `Scale::ALL`'s order, so a choice's digits follow from its file.
                let options: Vec<String> = [
                    ("management", &c.management),
                    ("leadership", &c.leadership),
                    ("technical", &c.technical),
                ]
                .into_iter()
                .filter_map(|(name, text)| {
                    let text = text.as_ref()?;
                    Some(format!(
                        "({}, {})",
                        scale(name, "quiz.toml"),
                        prose.add(at(QUIZ, &["choice", &c.id, name]), text)
                    ))
                })
                .collect();
                assert!(
                    options.len() == 2,
                    "quiz.toml, choice {:?}: give exactly two of management, leadership and technical",
                    c.id
                );
                writeln!(
                    out,
                    "Question {{ id: {:?}, theme: {:?}, text: {}, kind: QuestionKind::Choice {{ \
                     options: [{}] }} }},",
                    c.id,
                    c.theme,
                    prose.add(at(QUIZ, &["choice", &c.id, "text"]), &c.text),
                    options.join(", "),
                )
                .unwrap();
            }
        }
    }
    out.push_str("];\n");
    writeln!(
        out,
        "/// Questions to ask yourself before deciding.\npub static REFLECT: &[Prose] = {};",
        prose.list(at(QUIZ, &["reflect", "questions"]), &file.reflect.questions)
    )
    .unwrap();
    asked
}
