//! The text layer: the domain (`crossroads_core`) decides and returns facts; this crate says
//! them in the language whose text is installed (`crossroads_core::prose`), filling the
//! content's sentence templates (`content/ui.toml`, `content/text.toml` and their translations)
//! with numbers written the way that language writes them. Each language's templates carry their
//! own word order and agreement, and the fragments that fill a slot
//! (`track_in_sentence_management`...) are chosen by each language to fit its own templates. What
//! this crate still assumes of a language: sentences are separated by a space, labels and skill
//! names are lower-cased (as ASCII) inside a sentence, and `plural_one` is enough for its plurals;
//! all true of English and Spanish.

mod fill;
mod labels;
pub mod method;
mod notes;
mod pages;
mod result;

pub use fill::Fill;
pub use labels::*;
pub use notes::*;
pub use pages::*;
pub use result::*;

use crossroads_core::{
    format::fixed,
    prose::{text, ui, Prose, Template},
    quiz::{Agreement, Answer, Question, QuestionKind},
    scoring::{Confidence, Outcome, Strength},
    TrackKind,
};

/// A result's name: "Management track", "Hybrid path"...
pub fn outcome(o: Outcome) -> &'static str {
    match o {
        Outcome::Management => ui::OUTCOME_MANAGEMENT.get(),
        Outcome::Technical => ui::OUTCOME_TECHNICAL.get(),
        Outcome::Leadership => ui::OUTCOME_LEADERSHIP.get(),
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
        Outcome::Leadership => text::AREA_LEADERSHIP.get(),
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
        (Answer::Pick(s), QuestionKind::Choice { options }) => options
            .iter()
            .find(|(o, _)| *o == s)
            .map_or(text::NO_VALID_ANSWER.get(), |(_, p)| p.get()),
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

/// Whole US dollars as this language writes them, the currency always named: `US$162,252`,
/// `162 252 USD`.
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

/// Items joined as a list: "a, b and c"; in Spanish "creatividad e innovación", since the
/// content says which beginnings of the last item change the conjunction (`list_and_sound_*`).
pub fn list(items: &[&str]) -> String {
    joined(
        items,
        text::LIST_AND,
        text::LIST_AND_SOUND,
        text::LIST_AND_SOUND_STARTS,
    )
}

/// Items offered as alternatives: "a, b or c"; in Spanish "siete u ocho" (`list_or_sound_*`).
pub fn either(items: &[&str]) -> String {
    joined(
        items,
        text::LIST_OR,
        text::LIST_OR_SOUND,
        text::LIST_OR_SOUND_STARTS,
    )
}

/// `items` joined by commas and, before the last, `usual`; or `sound` when the last begins as
/// one of `starts` says (space-separated beginnings, "!" before one that keeps `usual`; the
/// longest that fits decides, so "!hie" overrides "hi"). Compared after ASCII lower-casing, as
/// everywhere in the app: a beginning with an accented capital is listed as such.
fn joined(items: &[&str], usual: Template<2>, sound: Template<2>, starts: Prose) -> String {
    let [rest @ .., last] = items else {
        return String::new();
    };
    if rest.is_empty() {
        return (*last).to_string();
    }
    let word = last.to_ascii_lowercase();
    let changes = starts
        .get()
        .split(' ')
        .map(|start| match start.strip_prefix('!') {
            Some(keeps) => (keeps, false),
            None => (start, true),
        })
        .filter(|(start, _)| !start.is_empty() && word.starts_with(start))
        .max_by_key(|(start, _)| start.len())
        .is_some_and(|(_, changes)| changes);
    if changes { sound } else { usual }.fill([&rest.join(", "), last])
}

/// How many roles the list shows after filtering: "Showing 3 of 12 roles.".
pub fn roles_showing(n: usize, count: usize) -> String {
    plural(n, text::ROLES_SHOWING_ONE, text::ROLES_SHOWING_OTHER)
        .fill([&n.to_string(), &count.to_string()])
}

/// How far weighing moved a role from its usual place (`was` and `now` count from 0): "Up 2
/// places from its usual position.", "In its usual place.".
pub fn moved(was: usize, now: usize) -> String {
    let (n, one, other) = match was.cmp(&now) {
        std::cmp::Ordering::Equal => return text::IN_USUAL_PLACE.get().to_string(),
        std::cmp::Ordering::Greater => (was - now, text::MOVED_UP_ONE, text::MOVED_UP_OTHER),
        std::cmp::Ordering::Less => (now - was, text::MOVED_DOWN_ONE, text::MOVED_DOWN_OTHER),
    };
    plural(n, one, other).fill([&n.to_string()])
}

/// A role's number under the weights, summed: "74 = fit 70 (track 72, skills 64) + 4
/// preference points" (`points` signed, rounded to whole points as shown).
pub fn preference_points(total: f64, parts: &str, points: f64) -> String {
    let shown = whole(points.abs());
    let n = shown.parse().unwrap_or(0);
    let sign = if points < 0.0 && n > 0 {
        "\u{2212}"
    } else {
        "+"
    };
    plural(
        n,
        text::PREFERENCE_POINTS_ONE,
        text::PREFERENCE_POINTS_OTHER,
    )
    .fill([&whole(total), parts, sign, &shown])
}

/// How many of the described pieces of recent work are complete: "2 of 3 complete. ...".
pub fn recent_status(complete: usize, count: usize) -> String {
    let (c, n) = (complete.to_string(), count.to_string());
    if complete == count {
        plural(
            count,
            text::RECENT_ALL_COMPLETE_ONE,
            text::RECENT_ALL_COMPLETE_OTHER,
        )
        .fill([&c, &n])
    } else {
        text::RECENT_SOME_COMPLETE.fill([&c, &n])
    }
}

/// How many roles are chosen for comparison, out of at most `max`, and what to do next.
pub fn roles_chosen(n: usize, max: usize) -> String {
    match n {
        0 => text::NO_ROLES_CHOSEN.get().to_string(),
        1 => text::ONE_ROLE_CHOSEN.get().to_string(),
        n if n >= max => text::ROLES_CHOSEN_MOST.fill([&n.to_string()]),
        n => text::ROLES_CHOSEN.fill([&n.to_string()]),
    }
}

/// What starting over clears: "This clears your 12 answers and ...".
pub fn quiz_clears(answered: usize) -> String {
    plural(answered, text::QUIZ_CLEARS_ONE, text::QUIZ_CLEARS_OTHER).fill([&answered.to_string()])
}

/// What an import brought in, counting the finished attempts.
pub fn imported(attempts: usize) -> String {
    plural(attempts, ui::IMPORTED_COUNT_ONE, ui::IMPORTED_COUNT_OTHER).fill([&attempts.to_string()])
}

/// The gap between the two scores over the attempts, oldest first: across all of them from
/// the first to the last, or of the only one; empty without attempts.
pub fn gaps(management_minus_technical: &[f64]) -> String {
    match management_minus_technical {
        [] => String::new(),
        [only] => ui::GAP_ONE.fill([&gap(*only)]),
        [first, .., last] => ui::GAP_ACROSS.fill([
            &management_minus_technical.len().to_string(),
            &gap(*first),
            &gap(*last),
        ]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crossroads_core::prose::in_language;

    #[test]
    fn numbers_are_written_the_way_each_language_writes_them() {
        assert_eq!(usd(162_252), "US$162,252");
        assert_eq!(usd(999), "US$999");
        assert_eq!(number(4.166, 1), "4.2");
        in_language("es", || {
            assert_eq!(usd(162_252), "162\u{a0}252\u{a0}USD");
            assert_eq!(number(4.166, 1), "4,2");
            assert_eq!(whole(62.5), "63");
        });
    }

    #[test]
    fn lists_join_in_each_language() {
        assert_eq!(list(&["a", "b", "c"]), "a, b and c");
        assert_eq!(list(&["a"]), "a");
        assert_eq!(list(&[]), "");
        assert_eq!(either(&["seven", "eight"]), "seven or eight");
        in_language("es", || {
            assert_eq!(list(&["a", "b"]), "a y b");
            assert_eq!(list(&["a"]), "a");
            assert_eq!(either(&["a", "b", "c"]), "a, b o c");
        });
    }

    #[test]
    fn spanish_changes_the_conjunction_before_the_same_sound() {
        let es = |f: fn(&[&str]) -> String, items: &[&str]| {
            in_language("es", || f(items)).expect("Spanish is compiled in")
        };
        assert_eq!(
            es(list, &["creatividad", "innovación"]),
            "creatividad e innovación"
        );
        assert_eq!(es(list, &["geografía", "historia"]), "geografía e historia");
        assert_eq!(es(list, &["padres", "hijos"]), "padres e hijos");
        assert_eq!(
            es(list, &["Química", "Informática"]),
            "Química e Informática"
        );
        // "hie-" and "hia-" start with another sound: the usual "y" stays.
        assert_eq!(es(list, &["agua", "hielo"]), "agua y hielo");
        assert_eq!(es(list, &["diptongo", "hiato"]), "diptongo y hiato");
        assert_eq!(es(list, &["siete", "ocho"]), "siete y ocho");
        assert_eq!(es(either, &["siete", "ocho"]), "siete u ocho");
        assert_eq!(es(either, &["mujeres", "hombres"]), "mujeres u hombres");
        assert_eq!(
            es(either, &["uno", "otro", "ninguno"]),
            "uno, otro o ninguno"
        );
        assert_eq!(
            es(either, &["creatividad", "innovación"]),
            "creatividad o innovación"
        );
        // English has no such change.
        assert_eq!(
            list(&["creativity", "innovation"]),
            "creativity and innovation"
        );
        assert_eq!(list(&["history", "hiatus"]), "history and hiatus");
        assert_eq!(either(&["seven", "eight"]), "seven or eight");
        assert_eq!(either(&["one", "other"]), "one or other");
    }
}
