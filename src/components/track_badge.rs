//! The coloured label that marks which track a role belongs to.

use crossroads_core::TrackKind;
use leptos::prelude::*;

/// A small pill in the track's colour, used identically on every page.
#[component]
pub fn TrackBadge(
    /// Which track to show.
    track: TrackKind,
) -> impl IntoView {
    view! { <span class=format!("badge badge-{}", track.slug())>{crossroads_words::track(track)}</span> }
}
