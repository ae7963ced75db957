//! The text layer: the domain (`crossroads_core`) decides and returns facts; this crate says
//! them in the language whose text is installed (`crossroads_core::prose`), filling the
//! content's sentence templates (`content/ui.toml`, `content/text.toml` and their translations)
//! with numbers written the way that language writes them. Each language's templates carry their
//! own word order and agreement, and the fragments that fill a slot
//! (`track_in_sentence_management`...) are chosen by each language to fit its own templates. What
//! this crate still assumes of a language: sentences are separated by a space, labels and skill
//! names are lower-cased (as ASCII) inside a sentence, and `plural_one` is enough for its plurals;
//! all true of English and Spanish.

mod labels;
mod result;

pub use labels::*;
pub use result::*;

use crossroads_core::{
    format::fixed,
    prose::{text, ui},
    quiz::{Agreement, Answer, Question, QuestionKind},
    scoring::{Confidence, Outcome, Strength},
    TrackKind,
};

/// A result's name: "Management track", "Hybrid path"...
pub fn outcome(o: Outcome) -> &'static str {
    match o {
        Outcome::Management => ui::OUTCOME_MANAGEMENT.get(),
        Outcome::Technical => ui::OUTCOME_TECHNICAL.get(),
        Outcome::Hybrid => ui::OUTCOME_HYBRID.get(),
        Outcome::Undecided => ui::OUTCOME_UNDECIDED.get(),
    }
}

/// An outcome's area on the result's plot, short enough to fit inside it.
pub fn area(o: Outcome) -> &'static str {
    match o {
        Outcome::Hybrid => text::AREA_HYBRID.get(),
        Outcome::Undecided => text::AREA_UNDECIDED.get(),
        Outcome::Management => text::AREA_MANAGEMENT.get(),
        Outcome::Technical => text::AREA_TECHNICAL.get(),
    }
}

/// A track's short name, for badges and table cells.
pub fn track(t: TrackKind) -> &'static str {
    match t {
        TrackKind::Management => ui::TRACK_MANAGEMENT.get(),
        TrackKind::Technical => ui::TRACK_TECHNICAL.get(),
    }
}

/// How far to trust the result: "High confidence"...
pub fn confidence(c: Confidence) -> &'static str {
    match c {
        Confidence::Low => text::CONFIDENCE_LOW.get(),
        Confidence::Medium => text::CONFIDENCE_MEDIUM.get(),
        Confidence::High => text::CONFIDENCE_HIGH.get(),
    }
}

/// An answer on the agreement scale: "Strongly agree"...
pub fn agreement(a: Agreement) -> &'static str {
    match a {
        Agreement::StronglyDisagree => text::AGREEMENT_STRONGLY_DISAGREE.get(),
        Agreement::Disagree => text::AGREEMENT_DISAGREE.get(),
        Agreement::Neutral => text::AGREEMENT_NEUTRAL.get(),
        Agreement::Agree => text::AGREEMENT_AGREE.get(),
        Agreement::StronglyAgree => text::AGREEMENT_STRONGLY_AGREE.get(),
    }
}

/// "Does not apply to me", the answer some statements also offer.
pub fn not_applicable() -> &'static str {
    text::NOT_APPLICABLE.get()
}

/// How an answer reads next to its question.
pub fn answer(question: &Question, answer: Answer) -> &'static str {
    match (answer, &question.kind) {
        (Answer::Agreement(a), _) => agreement(a),
        (
            Answer::Pick(t),
            QuestionKind::Choice {
                management,
                technical,
            },
        ) => match t {
            TrackKind::Management => management.get(),
            TrackKind::Technical => technical.get(),
        },
        (Answer::NotApplicable, _) => not_applicable(),
        (Answer::Pick(_), QuestionKind::Statement { .. }) => text::NO_VALID_ANSWER.get(),
    }
}

/// Whether `n` takes the singular form in this language (`plural_one` in `content/ui.toml`).
pub fn is_one(n: usize) -> bool {
    let n = n.to_string();
    ui::PLURAL_ONE.get().split(' ').any(|one| one == n)
}

/// The singular or the plural form for `n`.
pub fn plural<T>(n: usize, one: T, other: T) -> T {
    if is_one(n) {
        one
    } else {
        other
    }
}

/// `x` with `decimals` digits after this language's decimal mark: `4.2`, `4,2`.
pub fn number(x: f64, decimals: u32) -> String {
    let digits = fixed(x, decimals);
    if decimals == 0 {
        digits
    } else {
        digits.replace('.', ui::DECIMAL_MARK.get())
    }
}

/// A score or share as shown: a whole number.
pub fn whole(x: f64) -> String {
    fixed(x, 0)
}

/// `x` with one decimal and its sign always shown: `+1.4`, `-2.0`.
pub fn signed(x: f64) -> String {
    let n = number(x, 1);
    if n.starts_with('-') {
        n
    } else {
        let mut plus = String::from("+");
        plus.push_str(&n);
        plus
    }
}

/// Whole US dollars as this language writes them: `$162,252`, `162 252 USD`.
pub fn usd(amount: u32) -> String {
    let digits = amount.to_string();
    let mark = ui::THOUSANDS_MARK.get();
    let mut grouped = String::with_capacity(digits.len() + digits.len() / 3 * mark.len());
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            grouped.push_str(mark);
        }
        grouped.push(c);
    }
    ui::USD.fill([&grouped])
}

/// The gap between the two scores, naming which is higher and nothing more (a gap is not a
/// verdict): "management 34 points higher", "technical 1 point higher", "level".
pub fn gap(management_minus_technical: f64) -> String {
    let rounded = management_minus_technical.round();
    let points = rounded.abs() as usize;
    let (one, other) = if rounded > 0.0 {
        (ui::GAP_MANAGEMENT_ONE, ui::GAP_MANAGEMENT_OTHER)
    } else {
        (ui::GAP_TECHNICAL_ONE, ui::GAP_TECHNICAL_OTHER)
    };
    if points == 0 {
        return ui::GAP_LEVEL.get().to_string();
    }
    plural(points, one, other).fill([&points.to_string()])
}

/// The adjective for a verdict's strength, in the slot the result's templates give it.
pub fn strength(s: Strength) -> &'static str {
    match s {
        Strength::None | Strength::Slight => text::STRENGTH_SLIGHT.get(),
        Strength::Clear => text::STRENGTH_CLEAR.get(),
        Strength::Strong => text::STRENGTH_STRONG.get(),
    }
}

/// Items joined as a list: "a, b and c".
pub fn list(items: &[&str]) -> String {
    match items {
        [] => String::new(),
        [one] => (*one).to_string(),
        [rest @ .., last] => text::LIST_AND.fill([&rest.join(", "), last]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crossroads_core::prose::in_language;

    #[test]
    fn numbers_are_written_the_way_each_language_writes_them() {
        assert_eq!(usd(162_252), "$162,252");
        assert_eq!(usd(999), "$999");
        assert_eq!(number(4.166, 1), "4.2");
        assert_eq!(signed(4.166), "+4.2");
        assert_eq!(signed(-1.0), "-1.0");
        in_language("es", || {
            assert_eq!(usd(162_252), "162\u{a0}252\u{a0}USD");
            assert_eq!(number(4.166, 1), "4,2");
            assert_eq!(signed(-1.0), "-1,0");
            assert_eq!(whole(62.5), "63");
        });
    }

    #[test]
    fn lists_join_in_each_language() {
        assert_eq!(list(&["a", "b", "c"]), "a, b and c");
        assert_eq!(list(&["a"]), "a");
        assert_eq!(
            in_language("es", || list(&["a", "b"])),
            Some("a y b".into())
        );
    }
}
