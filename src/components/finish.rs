//! The way on from a set of answers: its result once it is complete, else the next open question.

use crate::{browser, state::use_progress};
use crossroads_core::prose::text;
use crossroads_core::routes::{Address, Key, Route};
use leptos::prelude::*;

/// "See my result" when every question is answered, else "Continue the quiz" at the first open
/// question. Following it to the result records the answers as an attempt in the history (once
/// per set of answers), so a result reached from the check page is kept too.
#[component]
pub fn WayOnLink() -> impl IntoView {
    let progress = use_progress();
    let open = progress.with_untracked(|d| d.first_open());
    let (href, label) = match open {
        None => (browser::link(&Route::Results), text::SEE_MY_RESULT.get()),
        Some(i) => (
            browser::link_to(&Address::new(Route::Quiz).with(Key::Question, (i + 1).to_string())),
            text::CONTINUE_THE_QUIZ.get(),
        ),
    };
    // The router follows the link after this handler has run; unfinished answers record nothing.
    let finish = move |_| {
        let now = browser::now_iso();
        progress.change(|d| {
            d.finish(&now);
        });
    };
    view! { <a href=href class="button button-primary" on:click=finish>{label}</a> }
}
