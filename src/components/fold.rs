//! A disclosure that is open on a wide screen and closed on a phone.

use leptos::prelude::*;

/// Holds what a phone can leave one tap away, where it would cost most of a screen (issue 34).
/// The stylesheet shows it open on wider screens and in print (`.fold`), so it costs no code.
#[component]
pub fn Fold(
    /// Its classes: `fold` and the one that styles it.
    class: &'static str,
    /// What the summary line says.
    summary: String,
    /// What it holds.
    children: Children,
) -> impl IntoView {
    view! {
        <details class=class>
            <summary>{summary}</summary>
            {children()}
        </details>
    }
}
