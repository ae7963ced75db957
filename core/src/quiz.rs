//! The questions of the self-assessment and the answers a person can give.

use crate::{prose::Prose, TrackKind};

/// A group of questions, used for the breakdown on the result page.
#[derive(Debug, PartialEq, Eq)]
pub struct Theme {
    pub id: &'static str,
    pub name: Prose,
}

/// Which way agreeing with a statement moves its scale.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Keyed {
    /// Agreeing raises the scale.
    Agree,
    /// Agreeing lowers the scale.
    Disagree,
}

/// How a statement reads, whatever its keying: agreeing with a positively worded one says
/// something pleasant about the work or about oneself ("I enjoy...", "I am good at..."),
/// agreeing with a negatively worded one something unpleasant ("...would wear me out").
/// Keying and wording are balanced on each scale, so answering by how a statement sounds
/// cannot build a score.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Wording {
    Positive,
    Negative,
}

/// What a statement measures: the pull towards managing people, towards hands-on technical
/// work, or towards leading technical work without reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Scale {
    Management,
    Technical,
    Leadership,
}

impl Scale {
    /// Every scale, in the order an either-or question shows its options.
    pub const ALL: [Scale; 3] = [Scale::Management, Scale::Leadership, Scale::Technical];

    /// The identifier used in `content/quiz.toml`, stored data and the build's facts.
    pub fn slug(self) -> &'static str {
        match self {
            Scale::Management => "management",
            Scale::Technical => "technical",
            Scale::Leadership => "leadership",
        }
    }

    /// The scale of a track's own pull.
    pub fn of(track: TrackKind) -> Scale {
        match track {
            TrackKind::Management => Scale::Management,
            TrackKind::Technical => Scale::Technical,
        }
    }
}

/// What kind of answer a question takes.
#[derive(Debug, PartialEq, Eq)]
pub enum QuestionKind {
    /// A five-point agreement item that counts towards one scale.
    Statement {
        scale: Scale,
        keyed: Keyed,
        wording: Wording,
        /// Track skills the statement asks the person to rate themselves on.
        skills: &'static [&'static str],
        /// Whether "Does not apply to me" is offered (statements about dependants). That
        /// answer counts towards neither scale.
        not_applicable: bool,
        /// On a reversed statement: the id of the ordinary statement of the same scale that
        /// it contradicts (see `content/quiz.toml`).
        opposite: Option<&'static str>,
    },
    /// An either-or trade-off between two scales' options, shown in [`Scale::ALL`]'s order;
    /// a cross-check only, never part of the scale scores.
    Choice { options: [(Scale, Prose); 2] },
}

/// One question of the quiz.
#[derive(Debug, PartialEq, Eq)]
pub struct Question {
    pub id: &'static str,
    /// Id of a [`Theme`].
    pub theme: &'static str,
    pub text: Prose,
    pub kind: QuestionKind,
}

include!(concat!(env!("OUT_DIR"), "/quiz.rs"));

impl Question {
    /// The scale this question's answer counts on: a statement's own scale, except for a
    /// self-rating (a statement that names skills), which rates skills for role matching and
    /// counts on neither scale; choices count on none either.
    pub fn counts_on(&self) -> Option<Scale> {
        match self.kind {
            QuestionKind::Statement {
                scale, skills: [], ..
            } => Some(scale),
            _ => None,
        }
    }
}

/// How long a chosen answer stays on screen before the next question replaces it, in
/// milliseconds: long enough to see what was picked, short enough to keep the pace of one tap
/// per question. (The benchmark reads it from the build's facts.)
pub const ADVANCE_PAUSE_MS: u32 = 350;

/// The five points of the agreement scale, weakest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Agreement {
    StronglyDisagree,
    Disagree,
    Neutral,
    Agree,
    StronglyAgree,
}

impl Agreement {
    /// All five, in the order they are offered.
    pub const ALL: [Agreement; 5] = [
        Agreement::StronglyDisagree,
        Agreement::Disagree,
        Agreement::Neutral,
        Agreement::Agree,
        Agreement::StronglyAgree,
    ];

    /// 0 (strongly disagree) to 4 (strongly agree).
    pub fn points(self) -> u8 {
        self as u8
    }

    /// The inverse of [`Agreement::points`].
    pub fn from_points(points: u8) -> Option<Self> {
        Self::ALL.get(usize::from(points)).copied()
    }
}

/// One answer to one question.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Answer {
    /// To a statement.
    Agreement(Agreement),
    /// To an either-or choice: the scale whose option was picked.
    Pick(Scale),
    /// "Does not apply to me", to a statement that offers it: counted in neither scale.
    NotApplicable,
}

impl Answer {
    /// Whether this answer fits the question (an agreement for a statement, a pick for a
    /// choice, "does not apply" only where the statement offers it).
    pub fn fits(self, question: &Question) -> bool {
        if let (Answer::Pick(scale), QuestionKind::Choice { options }) = (self, &question.kind) {
            return options.iter().any(|(s, _)| *s == scale);
        }
        matches!(
            (self, &question.kind),
            (Answer::Agreement(_), QuestionKind::Statement { .. })
                | (
                    Answer::NotApplicable,
                    QuestionKind::Statement {
                        not_applicable: true,
                        ..
                    }
                )
        )
    }
}

/// Every answer a question offers, in the order shown (the number keys follow it).
pub fn options(question: &Question) -> Vec<Answer> {
    match question.kind {
        QuestionKind::Statement { not_applicable, .. } => Agreement::ALL
            .iter()
            .map(|a| Answer::Agreement(*a))
            .chain(not_applicable.then_some(Answer::NotApplicable))
            .collect(),
        QuestionKind::Choice { options } => options.map(|(s, _)| Answer::Pick(s)).to_vec(),
    }
}

/// The id of the radio for the `option`-th answer (see [`options`]) to question `index`: the
/// quiz form names its radios so, and a tap on the pre-rendered form is kept by this id (see
/// [`crate::store::EARLY_KEY`]).
pub fn answer_id(index: usize, option: usize) -> String {
    format!("{ANSWER_ID_PREFIX}{index}-{option}")
}

/// What every answer radio's id starts with.
const ANSWER_ID_PREFIX: &str = "answer-";

/// The question and the answer an id of [`answer_id`] names, when it names one of `questions`.
pub fn answer_of_id(questions: &[Question], id: &str) -> Option<(usize, Answer)> {
    let (index, option) = id.strip_prefix(ANSWER_ID_PREFIX)?.split_once('-')?;
    let index: usize = index.parse().ok()?;
    let answer = *options(questions.get(index)?).get(option.parse::<usize>().ok()?)?;
    Some((index, answer))
}

/// The version of the question set. Stored with each finished attempt, so a result scored
/// with earlier questions is never mistaken for one scored with these.
pub const QUESTION_SET: u32 = 5;

/// The questions of the quiz, in order.
pub fn questions() -> &'static [Question] {
    QUESTIONS
}

/// The themes, in the order of the breakdown.
pub fn themes() -> &'static [Theme] {
    THEMES
}

/// Questions worth asking oneself before deciding.
pub fn reflect() -> &'static [Prose] {
    REFLECT
}
