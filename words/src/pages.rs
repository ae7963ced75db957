//! The sentences of the pages and components that are not the result's account: the plot's
//! description, captions, counters, accessible names and notices, each filled here so the
//! browser layer only places them.

use crate::{area, outcome, whole};
use crossroads_core::{
    prose::text,
    scoring::{Assessment, Outcome, PULL},
};

/// The plot's description: where the dot is and which area it is in, and, when the answers
/// carry no verdict, that the dot is only the scores at face value.
pub fn plot_description(a: &Assessment) -> String {
    let (m, t) = (&whole(a.management), &whole(a.technical));
    let name = outcome(a.face_value);
    if a.carries_verdict() {
        text::PLOT_VERDICT.fill([m, t, name])
    } else {
        text::PLOT_FACE_VALUE.fill([m, t, name, outcome(Outcome::Undecided)])
    }
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
