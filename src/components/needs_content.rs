//! The gate in front of pages that show the content's long text.

use crate::state::{use_content, ContentState};
use crossroads_core::prose::ui;
use leptos::prelude::*;

/// Shows its page once the content's text has arrived (at once after the first visit: the
/// service worker keeps it), a status line until then, and a way to retry if it failed.
#[component]
pub fn NeedsContent(
    /// The page.
    children: ChildrenFn,
) -> impl IntoView {
    let content = use_content();
    move || {
        match content.0.get() {
        ContentState::Ready => (children()).into_any(),
        ContentState::Loading => view! {
            <p class="wrap loading" role="status">{ui::LOADING_THE_PAGE.get()}</p>
        }.into_any(),
        ContentState::Failed(reason) => view! {
            <section class="wrap">
                <h1>{ui::THIS_PAGE_COULD_NOT_LOAD.get()}</h1>
                <p role="alert">{crossroads_words::text_kept_apart(reason)}</p>
                <p>
                    <button type="button" class="button button-primary" on:click=move |_| content.load()>
                        {ui::TRY_AGAIN.get()}
                    </button>
                </p>
            </section>
        }.into_any(),
    }
    }
}
