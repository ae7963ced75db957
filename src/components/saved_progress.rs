//! The gate in front of what depends on progress saved on the reader's device.

use crate::state::use_prerendering;
use crossroads_core::prose::ui;
use leptos::prelude::*;

/// Shows its content in the app. In a pre-rendered page it shows a quiet status line instead:
/// the build cannot know what a returning reader has saved, and a first visit's words ("no
/// finished quiz yet") would be false for them until the app takes over.
#[component]
pub fn NeedsSavedProgress(
    /// What the page shows once the saved progress is read.
    children: ChildrenFn,
) -> impl IntoView {
    if use_prerendering() {
        view! {
            <p class="loading" role="status">{ui::LOADING_YOUR_SAVED_PROGRESS.get()}</p>
            // Only a pre-rendered copy seen without scripts shows this.
            <noscript>
                <p class="no-script">{crossroads_core::prose::ui::SAVED_NEEDS_SCRIPT.get()}</p>
            </noscript>
        }
        .into_any()
    } else {
        children().into_any()
    }
}
