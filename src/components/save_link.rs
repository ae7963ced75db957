//! Copying a link that carries the quiz answers.

use crate::{browser, state::use_progress};
use crossroads_core::prose::text;
use crossroads_core::routes::Route;
use crossroads_core::{link, quiz::questions};
use leptos::{prelude::*, task::spawn_local};

/// A button that copies a link to the current answers; the link also appears in a text box so
/// it can be copied by hand where the clipboard is refused.
#[component]
pub fn SaveLink() -> impl IntoView {
    let progress = use_progress();
    let shown = RwSignal::new(None::<String>);
    let status = RwSignal::new("");
    let copy = move |_| {
        let url = format!(
            "{}#{}",
            browser::absolute(&browser::link(&Route::Quiz)),
            progress.with_untracked(|d| link::encode(questions(), &d.answers, &d.background))
        );
        shown.set(Some(url.clone()));
        spawn_local(async move {
            status.set(if browser::files::copy_text(&url).await {
                crossroads_core::prose::text::LINK_COPIED.get()
            } else {
                crossroads_core::prose::text::LINK_COPY_BY_HAND.get()
            });
        });
    };
    view! {
        <div class="save-link">
            <button type="button" class="button" on:click=copy>{text::COPY_A_LINK_TO_MY.get()}</button>
            <p class="fine-print" role="status">{move || status.get()}</p>
            {move || shown.get().map(|url| view! {
                <label class="field">
                    <span>{text::YOUR_PROGRESS_LINK.get()}</span>
                    <input type="text" readonly value=url on:focus=|ev| {
                        if let Some(input) = browser::files::input_of(&ev) {
                            input.select();
                        }
                    } />
                </label>
            }.into_any())}
        </div>
    }
}
