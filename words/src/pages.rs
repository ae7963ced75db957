//! The sentences of the pages and components that are not the result's account: the plot's
//! description, captions, counters, accessible names and notices, each filled here so the
//! browser layer only places them.

use crate::{area, outcome, whole, Fill};
use crossroads_core::{
    background::Position,
    failure::FileError,
    link::LinkError,
    plan::{purpose, DAYS},
    prose::{text, ui},
    scoring::{Assessment, Outcome, PULL},
    store::ReadError,
    TrackKind,
};

/// The plot's description: where the dot is and which area it is in, and, when the answers
/// carry no verdict, that the dot is only the scores at face value; then how the leadership
/// score names the area where technical leads.
pub fn plot_description(a: &Assessment) -> String {
    let (m, t) = (&whole(a.management), &whole(a.technical));
    let name = outcome(a.face_value);
    let place = if a.carries_verdict() {
        text::PLOT_VERDICT.fill([m, t, name])
    } else {
        text::PLOT_FACE_VALUE.fill([m, t, name, outcome(Outcome::Undecided)])
    };
    let leadership = text::PLOT_LEADERSHIP.fill([&whole(a.leadership), &whole(PULL)]);
    [place, leadership].join(" ")
}

/// The dot's name on the plot for scores whose own verdict is `face_value`: "You: Hybrid",
/// or "At face value: ..." when the answers carry no verdict.
pub fn plot_you(face_value: Outcome, carries_verdict: bool) -> String {
    if carries_verdict {
        text::PLOT_YOU
    } else {
        text::PLOT_AT_FACE_VALUE
    }
    .fill([area(face_value)])
}

/// The caption of the table of theme subscores, naming the pull a track's score needs.
pub fn themes_caption() -> String {
    text::THEMES_CAPTION.fill([&whole(PULL)])
}

/// A count of questions answered: "You have answered 12 of 40 questions..." on the quiz's
/// welcome back.
pub fn quiz_answered_saved(answered: usize, total: usize) -> String {
    text::QUIZ_ANSWERED_SAVED.fill([&answered.to_string(), &total.to_string()])
}

/// The button that goes on with the quiz at question `n` (counted from 1) of `total`.
pub fn quiz_continue(n: usize, total: usize) -> String {
    text::QUIZ_CONTINUE.fill([&n.to_string(), &total.to_string()])
}

/// Where the quiz is: "Question 3 of 40" (`n` counted from 1).
pub fn quiz_position(n: usize, total: usize) -> String {
    text::QUIZ_POSITION.fill([&n.to_string(), &total.to_string()])
}

/// The name of the `n`th piece of recent work (counted from 1).
pub fn piece_of_work(n: usize) -> String {
    text::PIECE_OF_WORK.fill([&n.to_string()])
}

/// The button that removes the `n`th piece of recent work (counted from 1).
pub fn remove_piece_of_work(n: usize) -> String {
    text::REMOVE_PIECE_OF_WORK.fill([&n.to_string()])
}

/// The check page's link to question `n` (counted from 1), to change its answer or to give one.
pub fn check_link(n: usize, question: &str, answered: bool) -> String {
    if answered {
        text::CHECK_CHANGE
    } else {
        text::CHECK_ANSWER
    }
    .fill([&n.to_string(), question])
}

/// The check page's count of questions answered.
pub fn check_answered(answered: usize, total: usize) -> String {
    text::CHECK_ANSWERED.fill([&answered.to_string(), &total.to_string()])
}

/// The compare page's role picker, naming how many roles it takes at most.
pub fn compare_choose(max: usize) -> String {
    text::COMPARE_CHOOSE.fill([&max.to_string()])
}

/// The roles of a compare link that could not be shown.
pub fn compare_ignored(max: usize, ignored: &[String]) -> String {
    text::COMPARE_IGNORED.fill([&max.to_string(), &ignored.join(", ")])
}

/// The explorer's count with no filter on.
pub fn roles_showing_all(count: usize) -> String {
    text::ROLES_SHOWING_ALL.fill([&count.to_string()])
}

/// The explorer's count, said as ranked by what matters to the person.
pub fn ranked_by_what_matters(count: &str) -> String {
    text::RANKED_BY_WHAT_MATTERS.fill([count])
}

/// The result page's title.
pub fn result_title(o: Outcome) -> String {
    text::RESULT_TITLE.fill([outcome(o)])
}

/// The fold that holds the recent work a person rated.
pub fn work_you_rated(count: usize) -> String {
    text::WORK_YOU_RATED.fill([&count.to_string()])
}

/// A fitting role's number and its parts: "fit 74 (track 80, skills 56)".
pub fn fit_parts(fit: &crossroads_core::fit::RoleMatch) -> String {
    text::FIT_PARTS.fill([
        &whole(fit.fit),
        &whole(fit.track_part),
        &whole(fit.skills_part),
    ])
}

/// The accessible name of the button that takes a role off the shortlist.
pub fn remove_from_shortlist(title: &str) -> String {
    text::REMOVE_FROM_SHORTLIST.fill([title])
}

/// The salary chart's summary: each track's range.
pub fn average_salaries() -> String {
    text::AVERAGE_SALARIES_OF_TWELVE.fill([
        &crate::track_range(TrackKind::Management),
        &crate::track_range(TrackKind::Technical),
    ])
}

/// The accessible name of the button that deletes the attempt finished `when`.
pub fn delete_attempt(when: &str) -> String {
    ui::DELETE_ATTEMPT.fill([when])
}

/// Why an import brought nothing in.
pub fn nothing_imported(reason: &str) -> String {
    ui::NOTHING_IMPORTED.fill([reason])
}

/// Why a page whose text lives in a separate file could not show.
pub fn text_kept_apart(e: FileError) -> String {
    ui::TEXT_KEPT_APART.fill([file_error(e)])
}

/// What went wrong with a file, in one sentence.
pub fn file_error(e: FileError) -> &'static str {
    match e {
        FileError::NoneChosen => ui::NO_FILE_CHOSEN.get(),
        FileError::TooLarge => ui::FILE_TOO_LARGE.get(),
        FileError::Unreadable => ui::FILE_UNREADABLE.get(),
        FileError::DownloadFailed => ui::DOWNLOAD_FAILED_RETRY.get(),
        FileError::AnotherVersion => ui::CONTENT_FROM_ANOTHER_VERSION.get(),
    }
}

/// Saved progress that could not be read, and where the unreadable copy is kept.
pub fn corrupt_restored(reason: &ReadError, backup_key: &str) -> String {
    ui::CORRUPT_RESTORED.fill([crate::read_error(reason).trim_end_matches('.'), backup_key])
}

/// Saved progress in a newer format than this version reads.
pub fn newer_data(version: u32) -> String {
    ui::NEWER_DATA.fill([&version.to_string()])
}

/// A progress link that could not be used, and why.
pub fn link_invalid(e: &LinkError) -> String {
    ui::LINK_INVALID.fill([&crate::link_error(e)])
}

/// Why the plan starts where it does: the themes where the answers pulled against the result
/// (`against`), or else where they pointed least clearly (`unclear`); and what the plan is for.
pub fn plan_intro(
    position: Position,
    o: Outcome,
    against: &[String],
    unclear: &[String],
) -> String {
    let list = |v: &[String]| crate::list(&v.iter().map(String::as_str).collect::<Vec<_>>());
    let why = if against.is_empty() {
        text::PLAN_WHY_UNCLEAR.fill([&list(unclear)])
    } else {
        text::PLAN_WHY_AGAINST.fill([&list(against)])
    };
    text::PLAN_INTRO.fill([purpose(position, o), &why])
}

/// A month of the plan: "Days 31 to 60", for the phase ending on day `to`.
pub fn plan_days(to: u32) -> String {
    text::PLAN_DAYS.fill([&(to - 29).to_string(), &to.to_string()])
}

/// Where the plan is: "Day 12 of 90."
pub fn plan_day(day: u32) -> String {
    text::PLAN_DAY.fill([&day.to_string(), &DAYS.to_string()])
}

/// The hidden end of a step's details summary, naming the step for screen readers.
pub fn notes_on(title: &str) -> String {
    text::NOTES_ON.fill([title])
}

/// The label of a step's notes.
pub fn plan_notes_on(title: &str) -> String {
    text::PLAN_NOTES_ON.fill([title])
}

/// The start of the sentence after the plan's last day.
pub fn plan_days_up() -> String {
    ui::PLAN_DAYS_UP.fill([&DAYS.to_string()])
}

/// The home page's line on a plan under way: its day, and how many steps are ticked.
pub fn plan_status(day: u32, ticked: usize) -> (String, String) {
    (
        ui::PLAN_STATUS_DAY.fill([&day.to_string(), &DAYS.to_string()]),
        crate::plural(
            ticked,
            ui::PLAN_STATUS_TICKED_ONE,
            ui::PLAN_STATUS_TICKED_OTHER,
        )
        .fill([&ticked.to_string()]),
    )
}

/// The quiz's button to the next question.
pub fn next() -> &'static str {
    text::NEXT.get()
}

/// The quiz's last, optional step, as its position line names it.
pub fn last_step() -> &'static str {
    text::LAST_STEP_OPTIONAL.get()
}

/// The button that ends the quiz.
pub fn see_my_result() -> &'static str {
    text::SEE_MY_RESULT.get()
}

/// The not-found page's heading.
pub fn page_not_found() -> &'static str {
    ui::PAGE_NOT_FOUND.get()
}

/// The app's name and description as an installed app shows them.
pub fn manifest() -> (&'static str, &'static str) {
    (text::MANIFEST_NAME.get(), text::MANIFEST_DESCRIPTION.get())
}
