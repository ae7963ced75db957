//! A disclosure that a phone keeps closed and a wider screen shows open.

use leptos::prelude::*;

/// Holds what a phone can leave one tap away, where it would cost most of a screen (issue 34).
/// The stylesheet (`.fold`) shows it open on wider screens and on paper where the browser can
/// show a closed disclosure's content (`::details-content`); elsewhere it is a working disclosure.
#[component]
pub fn Fold(
    /// The class that styles this one, beside `fold`.
    class: &'static str,
    /// What the summary line says.
    summary: String,
    /// What it holds.
    children: Children,
) -> impl IntoView {
    view! {
        <details class=format!("fold {class}")>
            <summary>{summary}</summary>
            {children()}
        </details>
    }
}
