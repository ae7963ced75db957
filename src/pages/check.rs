//! `/check`: every answer by theme, each with a link that opens its question and comes back
//! here once it is answered (the "check your answers" pattern).

use crate::{browser, components::NeedsSavedProgress, state::use_progress};
use crossroads_core::routes::{Route, BACK_TO_CHECK, QUESTION_PARAM, THEN_PARAM};
use crossroads_core::{
    format,
    quiz::{questions, themes},
};
use leptos::prelude::*;

/// The list of answers grouped by theme, then the way on: the result or the rest of the quiz.
#[component]
pub fn Check() -> impl IntoView {
    let progress = use_progress();
    browser::use_title(|| "Check your answers".into());
    // Built once: nothing changes the answers while this page is open.
    let list = move || {
        let answers = progress.data.with_untracked(|d| d.answers.clone());
        themes()
            .iter()
            .map(|theme| {
                let rows = questions()
                    .iter()
                    .enumerate()
                    .filter(|(_, q)| q.theme == theme.id)
                    .map(|(i, q)| {
                        let text = q.text.get();
                        let href = browser::link_with(
                            &Route::Quiz,
                            &[
                                (QUESTION_PARAM, (i + 1).to_string()),
                                (THEN_PARAM, BACK_TO_CHECK.into()),
                            ],
                        );
                        let given = answers.get(i).copied().flatten();
                        view! {
                            <div class="check-row" id=format!("check-{}", i + 1)>
                                <dt>{text}</dt>
                                <dd>{given.map_or("Not answered yet", |a| format::answer(q, a))}</dd>
                                <dd class="check-change">
                                    <a href=href>
                                        {if given.is_some() { "Change" } else { "Answer" }}
                                        <span class="sr-only">{format!(" your answer to: {text}")}</span>
                                    </a>
                                </dd>
                            </div>
                        }
                    })
                    .collect_view();
                view! {
                    <h2>{theme.name}</h2>
                    <dl class="check-list">{rows}</dl>
                }
            })
            .collect_view()
    };
    view! {
        <section class="wrap answers-check">
            <h1>"Check your answers"</h1>
            <NeedsSavedProgress>
                {move || {
                    let (answered, total) = (progress.answered(), questions().len());
                    let (next, label) = if answered == total {
                        (Route::Results, "See my result")
                    } else {
                        (Route::Quiz, "Continue the quiz")
                    };
                    view! {
                        <p>{format!("You have answered {answered} of {total} questions. Change any answer and you come straight back here.")}</p>
                        <p class="cta-row"><a href=browser::link(&next) class="button button-primary">{label}</a></p>
                    }
                }}
                {list}
            </NeedsSavedProgress>
        </section>
    }
}
