//! `/check`: every answer by theme, each with a link that opens its question and comes back
//! here once it is answered (the "check your answers" pattern).

use crate::{
    browser,
    components::{NeedsSavedProgress, WayOnLink},
    state::{use_prerendering, use_progress},
};
use crossroads_core::prose::text;
use crossroads_core::quiz::{questions, themes};
use crossroads_core::routes::{Address, Fragment, Key, Route, BACK_TO_CHECK};
use leptos::prelude::*;
use leptos_router::hooks::use_location;

/// The list of answers grouped by theme, then the way on: the result or the rest of the quiz.
#[component]
pub fn Check() -> impl IntoView {
    let progress = use_progress();
    let hash = use_location().hash;
    let prerendering = use_prerendering();
    browser::use_title(|| text::CHECK_YOUR_ANSWERS.get().into());
    // A snapshot: changing an answer opens the quiz, which comes back to a fresh one.
    let body = move || {
        let answers = progress.with_untracked(|d| d.answers.clone());
        let total = questions().len();
        let answered = answers.iter().flatten().count();
        // Back from a changed answer: its row, in view and focused (a pre-rendered page has
        // no address to read).
        if !prerendering {
            browser::focus_by_id(hash.get_untracked().trim_start_matches('#'));
        }
        let groups = themes()
            .iter()
            .map(|theme| {
                let rows = questions()
                    .iter()
                    .enumerate()
                    .filter(|(_, q)| q.theme == theme.id)
                    .map(|(i, q)| {
                        let text = q.text.get();
                        let given = answers.get(i).copied().flatten();
                        let href = browser::link_to(
                            &Address::new(Route::Quiz)
                                .with(Key::Question, (i + 1).to_string())
                                .with(Key::Then, BACK_TO_CHECK),
                        );
                        let verb = if given.is_some() { text::CHANGE.get() } else { text::ANSWER_VERB.get() };
                        let name = crossroads_words::check_link(i + 1, text, given.is_some());
                        view! {
                            <div class="check-row" id=Fragment::CheckRow(i + 1).id() tabindex="-1">
                                <dt>{text}</dt>
                                <dd>{given.map_or(text::NOT_ANSWERED_YET.get(), |a| crossroads_words::answer(q, a))}</dd>
                                <dd class="check-change">
                                    <a href=href aria-label=name>{verb}</a>
                                </dd>
                            </div>
                        }
                    })
                    .collect_view();
                view! {
                    <h2>{theme.name.get()}</h2>
                    <dl class="check-list">{rows}</dl>
                }
            })
            .collect_view();
        view! {
            <p>{crossroads_words::check_answered(answered, total)}</p>
            <p class="cta-row"><WayOnLink /></p>
            {groups}
        }
    };
    view! {
        <section class="wrap answers-check">
            <h1>{text::CHECK_YOUR_ANSWERS.get()}</h1>
            <NeedsSavedProgress>{body}</NeedsSavedProgress>
        </section>
    }
}
