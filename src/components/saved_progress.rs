//! The gate in front of what depends on progress saved on the reader's device.

use leptos::prelude::*;

/// Shows its content in the app. A pre-rendered page carries two versions, and its first script
/// shows one before the page paints (see `xtask/src/postbuild/`, `saved_script`): a quiet
/// status line for a reader with saved progress, whose page the build cannot know, and the
/// first visit's page, true at once, for everyone else (and its question answerable, see the
/// quiz's script).
#[component]
pub fn NeedsSavedProgress(
    /// What the page shows once the saved progress is read.
    children: ChildrenFn,
) -> impl IntoView {
    #[cfg(not(target_arch = "wasm32"))]
    if crate::state::use_prerendering() {
        use crossroads_core::prose::text;
        return view! {
            <div class="if-saved">
                <p class="loading" role="status">{text::LOADING_YOUR_SAVED_PROGRESS.get()}</p>
            </div>
            <div class="if-new">{children()}</div>
            // Only a pre-rendered copy seen without scripts shows this.
            <noscript>
                <p class="no-script">{text::SAVED_NEEDS_SCRIPT.get()}</p>
            </noscript>
        }
        .into_any();
    }
    children().into_any()
}
