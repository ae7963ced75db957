//! `/history`: finished attempts, how the lean moved, and the person's control over their data.

use crate::{
    browser,
    components::NeedsSavedProgress,
    state::{use_notices, use_progress, Notice},
};
use crossroads_core::prose::ui;
use crossroads_core::routes::Route;
use crossroads_core::{
    format::fixed,
    progress::Attempt,
    quiz::{questions, QUESTION_SET},
    store,
};
use leptos::{prelude::*, task::spawn_local};

/// Finished attempts with a chart of the lean, and export, import and delete.
#[component]
pub fn History() -> impl IntoView {
    browser::use_title(|| ui::YOUR_HISTORY.get().into());
    let progress = use_progress();
    let history = move || progress.with(|d| d.history.clone());
    view! {
        <section class="wrap history">
            <h1>{ui::YOUR_HISTORY.get()}</h1>
            <p class="lede">{ui::HISTORY_LEDE.get()}</p>
            <NeedsSavedProgress>
            {move || {
                let attempts = history();
                if attempts.is_empty() {
                    view! {
                        <p class="empty-state">
                            {ui::NO_FINISHED_QUIZ_YET.get()}
                            <a href=browser::link(&Route::Quiz)>{ui::TAKE_THE_QUIZ.get()}</a>
                            {ui::AND_YOUR_RESULT_WILL_APPEAR.get()}
                        </p>
                    }.into_any()
                } else {
                    view! {
                        <LeanChart attempts=attempts.clone() />
                        <AttemptTable attempts />
                    }.into_any()
                }
            }}
            <YourData />
            </NeedsSavedProgress>
        </section>
    }
}

/// The lean of each attempt over time: management up, technical down.
#[component]
fn LeanChart(
    /// Oldest first.
    attempts: Vec<Attempt>,
) -> impl IntoView {
    let n = attempts.len();
    let x = move |i: usize| {
        if n == 1 {
            240.0
        } else {
            40.0 + i as f64 * 400.0 / (n - 1) as f64
        }
    };
    let y = |lean: f64| 100.0 - lean * 0.8;
    let leans: Vec<f64> = attempts
        .iter()
        .map(|a| a.management - a.technical)
        .collect();
    let points: Vec<String> = leans
        .iter()
        .enumerate()
        .map(|(i, l)| format!("{},{}", fixed(x(i), 1), fixed(y(*l), 1)))
        .collect();
    let summary = crossroads_words::gaps(&leans);
    view! {
        <figure class="lean-chart">
            <svg viewBox="0 0 480 200" role="img" aria-label=summary.clone()>
                <rect class="lean-half-management" x="30" y="20" width="420" height="80" />
                <rect class="lean-half-technical" x="30" y="100" width="420" height="80" />
                <line class="middle" x1="30" y1="100" x2="450" y2="100" />
                <text class="chart-note" x="36" y="36">{ui::TRACK_MANAGEMENT.get()}</text>
                <text class="chart-note" x="36" y="172">{ui::TRACK_TECHNICAL.get()}</text>
                <polyline class="lean-line" points=points.join(" ") />
                {leans.iter().enumerate().map(|(i, l)| view! {
                    <circle class="you" cx=fixed(x(i), 1) cy=fixed(y(*l), 1) r="6" />
                }).collect_view()}
            </svg>
            <figcaption>{summary}</figcaption>
        </figure>
    }
}

/// One row per attempt, newest first, each with a delete button.
#[component]
fn AttemptTable(
    /// Oldest first.
    attempts: Vec<Attempt>,
) -> impl IntoView {
    let progress = use_progress();
    view! {
        <div class="table-scroll" role="region" aria-labelledby="attempts-caption" tabindex="0">
            <table role="table" class="attempts">
                <caption id="attempts-caption">
                    {ui::ATTEMPTS_CAPTION.get()}
                    {attempts
                        .iter()
                        .any(|a| a.question_set < QUESTION_SET)
                        .then(|| ui::EARLIER_QUESTIONS_NOTE.get())}
                </caption>
                <thead role="rowgroup">
                    <tr role="row">
                        <th role="columnheader" scope="col">{ui::FINISHED.get()}</th>
                        <th role="columnheader" scope="col">{ui::RESULT.get()}</th>
                        <th role="columnheader" scope="col">{ui::TRACK_MANAGEMENT.get()}</th>
                        <th role="columnheader" scope="col">{ui::TRACK_TECHNICAL.get()}</th>
                        <th role="columnheader" scope="col">{ui::SCORE_LEADERSHIP.get()}</th>
                        <th role="columnheader" scope="col">{ui::GAP.get()}</th>
                        <th role="columnheader" scope="col"><span class="sr-only">{ui::ACTIONS.get()}</span></th>
                    </tr>
                </thead>
                <tbody role="rowgroup">
                    {attempts
                        .into_iter()
                        .rev()
                        .map(|a| {
                            let when = browser::local_date_time(&a.finished_at);
                            let id = a.finished_at.clone();
                            view! {
                                <tr role="row">
                                    <th role="rowheader" scope="row">{when.clone()}</th>
                                    <td role="cell" data-label=ui::RESULT.get()>
                                        {crossroads_words::outcome(a.outcome)}
                                        {(a.question_set < QUESTION_SET).then(|| view! {
                                            <span class="earlier-set">{ui::EARLIER_QUESTIONS.get()}</span>
                                        })}
                                    </td>
                                    <td role="cell" class="num" data-label=ui::TRACK_MANAGEMENT.get()>{fixed(a.management, 0)}</td>
                                    <td role="cell" class="num" data-label=ui::TRACK_TECHNICAL.get()>{fixed(a.technical, 0)}</td>
                                    <td role="cell" class="num" data-label=ui::SCORE_LEADERSHIP.get()>
                                        {a.leadership.map_or_else(|| "–".to_string(), |l| fixed(l, 0))}
                                        {a.leadership.is_none().then(|| view! { <span class="sr-only">{ui::NOT_MEASURED.get()}</span> })}
                                    </td>
                                    <td role="cell" class="num" data-label=ui::GAP.get()>{crossroads_words::gap(a.management - a.technical)}</td>
                                    <td role="cell">
                                        <button
                                            type="button"
                                            class="button button-small"
                                            aria-label=crossroads_words::delete_attempt(&when)
                                            on:click=move |_| progress.change(|d| d.delete_attempt(&id))
                                        >
                                            {ui::DELETE.get()}
                                        </button>
                                    </td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        </div>
    }
}

/// Export, import and delete everything.
#[component]
fn YourData() -> impl IntoView {
    let progress = use_progress();
    let notices = use_notices();
    let message = RwSignal::new(None::<(bool, String)>);
    let confirming = RwSignal::new(false);
    let export = move |_| {
        let day = browser::now_iso().chars().take(10).collect::<String>();
        let ok = browser::files::download(&format!("crossroads-{day}.json"), &progress.export());
        message.set(Some((
            ok,
            if ok {
                ui::DOWNLOADED.get().to_string()
            } else {
                ui::DOWNLOAD_FAILED.get().to_string()
            },
        )));
    };
    let import = move |ev: leptos::ev::Event| {
        spawn_local(async move {
            let outcome = match browser::files::take_chosen(&ev).await {
                None => return,
                Some(Ok(text)) => {
                    store::read(questions(), &text).map_err(|e| crossroads_words::read_error(&e))
                }
                Some(Err(e)) => Err(crossroads_words::file_error(e).to_string()),
            };
            match outcome {
                Ok(saved) => {
                    let n = saved.history.len();
                    progress.change(|d| *d = saved);
                    notices.show(Notice::Imported);
                    message.set(Some((true, crossroads_words::imported(n))));
                }
                Err(reason) => {
                    // A success banner from an earlier import would now mislead: the error
                    // takes its place, and focus moves to it so it is seen and read out.
                    notices.dismiss(&Notice::Imported);
                    message.set(Some((false, crossroads_words::nothing_imported(&reason))));
                    browser::focus_by_id("data-message");
                }
            }
        });
    };
    let delete = move |_| {
        progress.delete_all();
        confirming.set(false);
        message.set(Some((true, ui::ALL_DELETED.get().to_string())));
    };
    view! {
        <section class="your-data" aria-labelledby="data-heading">
            <h2 id="data-heading">{ui::YOUR_DATA.get()}</h2>
            <p>{ui::YOUR_DATA_LEDE.get()}</p>
            <div class="data-actions">
                <button type="button" class="button" on:click=export>{ui::EXPORT_MY_DATA.get()}</button>
                <label class="button file-button">
                    {ui::IMPORT_A_FILE.get()}
                    <input type="file" accept=".json,application/json" class="sr-only" on:change=import />
                </label>
                <button type="button" class="button button-danger" on:click=move |_| confirming.set(true)>{ui::DELETE_ALL_MY_DATA.get()}</button>
            </div>
            <p class="fine-print">{ui::IMPORTING_REPLACES_WHAT_THIS_BROWSER.get()}</p>
            {move || confirming.get().then(|| view! {
                <div class="card confirm" role="group" aria-label=ui::CONFIRM_DELETION.get()>
                    <p><strong>{ui::DELETE_CONFIRM_QUESTION.get()}</strong> " " {ui::DELETE_CONFIRM_WARNING.get()}</p>
                    <p class="cta-row">
                        <button type="button" class="button button-danger" on:click=delete>{ui::YES_DELETE_EVERYTHING.get()}</button>
                        <button type="button" class="button" on:click=move |_| confirming.set(false)>{ui::CANCEL.get()}</button>
                    </p>
                </div>
            })}
            {move || message.get().map(|(ok, text)| view! {
                <p id="data-message" tabindex="-1" class=if ok { "data-message ok" } else { "data-message error" } role=if ok { "status" } else { "alert" }>{text}</p>
            }.into_any())}
        </section>
    }
}
