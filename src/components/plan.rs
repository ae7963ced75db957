//! Try before you switch: the 30/60/90-day plan under a result, built for where the person
//! stands today, and its day count on the home page (see `crossroads_core::plan`).

use crate::{browser, state::use_progress};
use crossroads_core::{
    background::Position,
    fit::door_roles,
    plan::{advice, steps, themes_to_probe, Experiment, DAYS, MAX_NOTE, PHASES},
    prose::{text, ui},
    quiz::themes,
    routes::{Address, Fragment, Route},
    scoring::Assessment,
};
use leptos::prelude::*;
use std::sync::Arc;

/// The plan for a result and for where the person stands today: its experiments month by
/// month, each with a tick, what to notice and a note; the day count; and how to move back if
/// the other side does not suit.
#[component]
pub fn PlanSection(
    /// The result the plan is for.
    assessment: Arc<Assessment>,
    /// What the person does today, or [`Position::ASSUMED`] when they did not say.
    position: Position,
    /// Whether `position` was assumed because the person did not say.
    assumed: bool,
) -> impl IntoView {
    let progress = use_progress();
    let plan = steps(&assessment, position);
    let probes = themes_to_probe(&assessment);
    let name = |id: &str| {
        themes()
            .iter()
            .find(|t| t.id == id)
            .map(|t| t.name.get().to_ascii_lowercase())
    };
    let against: Vec<String> = probes
        .iter()
        .filter(|p| p.against)
        .take(2)
        .filter_map(|p| name(p.theme))
        .collect();
    let unclear: Vec<String> = probes
        .iter()
        .take(2)
        .filter_map(|p| name(p.theme))
        .collect();
    let intro = crossroads_words::plan_intro(position, assessment.outcome, &against, &unclear);
    let assumed = assumed.then(|| {
        view! {
            <p class="plan-intro plan-assumed">
                {text::PLAN_ASSUMED.get()}
            </p>
        }
    });
    let day = move || {
        let today = browser::now_iso();
        progress.with(|d| d.plan.day(&today))
    };
    let months = PHASES
        .into_iter()
        .map(|phase| {
            let month: Vec<&'static Experiment> =
                plan.iter().copied().filter(|e| e.phase == phase).collect();
            view! {
                <h3>{crossroads_words::plan_days(phase)}</h3>
                <ul class="plan-steps">
                    {month.into_iter().map(|e| view! { <PlanStep step=e /> }).collect_view()}
                </ul>
            }
        })
        .collect_view();
    let doors = door_roles(assessment.outcome);
    let bridges = (!doors.is_empty()).then(|| {
        view! {
            <p>
                {crossroads_words::door_roles_lead(assessment.outcome)}
                {doors
                    .into_iter()
                    .map(|r| view! { <a href=browser::link(&Route::role(r.slug))>{r.title.get()}</a> " " })
                    .collect_view()}
            </p>
        }
    });
    view! {
        <section id=Fragment::Plan.id() class="plan" aria-labelledby="plan-heading">
            <h2 id="plan-heading">{text::TRY_BEFORE_YOU_SWITCH_A.get()}</h2>
            <p class="plan-intro">{intro}</p>
            {assumed}
            {move || match day() {
                None => view! {
                    <p>
                        <button
                            type="button"
                            class="button button-primary"
                            on:click=move |_| {
                                let today = browser::now_iso();
                                progress.change(|d| d.plan.start(&today));
                            }
                        >
                            {text::START_THE_PLAN_TODAY.get()}
                        </button>
                    </p>
                }
                .into_any(),
                Some(day) if day > DAYS => view! { <PlanDone /> }.into_any(),
                Some(day) => view! { <p class="plan-day" role="status">{crossroads_words::plan_day(day)}</p> }.into_any(),
            }}
            {months}
            {bridges}
            // Folded under their headings: read once, when the person is weighing the switch.
            <div class="plan-advice">
                <details>
                    <summary><h3>{text::IF_THE_OTHER_SIDE_DOES.get()}</h3></summary>
                    <p>{advice().reversible.get()}</p>
                </details>
                <details>
                    <summary><h3>{text::KEEPING_YOUR_TECHNICAL_SKILLS_AS.get()}</h3></summary>
                    <p>{advice().keep_current.get()}</p>
                </details>
            </div>
        </section>
    }
}

/// One experiment: a tick, what to do, what to notice and the person's note.
#[component]
fn PlanStep(
    /// The experiment.
    step: &'static Experiment,
) -> impl IntoView {
    let progress = use_progress();
    let id = step.id;
    let check = format!("plan-{id}");
    let note = format!("plan-note-{id}");
    let kept =
        Memo::new(move |_| progress.with(|d| d.plan.is_done(id) || !d.plan.note(id).is_empty()));
    view! {
        <li class="plan-step">
            <p class="plan-title">
                <input
                    type="checkbox"
                    id=check.clone()
                    prop:checked=move || progress.with(|d| d.plan.is_done(id))
                    on:change=move |_| {
                        let today = browser::now_iso();
                        progress.change(|d| {
                            d.plan.start(&today);
                            d.plan.toggle(id);
                        });
                    }
                />
                <label for=check>{step.title.get()}</label>
            </p>
            // What to do, what to notice and the note stay closed until the step is ticked or
            // has a note: a list of titles keeps the whole plan within a screen or two on a
            // phone, and each step's detail is one tap away.
            <details class="plan-note" prop:open=move || kept.get()>
            <summary>{text::PLAN_DETAILS.get()}<span class="sr-only">{crossroads_words::notes_on(step.title.get())}</span></summary>
            <p class="plan-how">{step.how.get()}</p>
            <p class="plan-notice"><strong>{text::NOTICE.get()}</strong>{step.notice.get()}</p>
            <label class="sr-only" for=note.clone()>{crossroads_words::plan_notes_on(step.title.get())}</label>
            <textarea
                id=note
                rows="2"
                maxlength=MAX_NOTE.to_string()
                prop:value=move || progress.with(|d| d.plan.note(id).to_string())
                on:change=move |ev| {
                    let text = event_target_value(&ev);
                    progress.change(|d| d.plan.set_note(id, &text));
                }
            ></textarea>
            </details>
            // The note as text for print, where a text box would print as an empty frame.
            <p class="plan-note-print">{move || progress.with(|d| d.plan.note(id).to_string())}</p>
        </li>
    }
}

/// After day 90: retake the quiz and compare.
#[component]
fn PlanDone() -> impl IntoView {
    view! {
        <p class="plan-day" role="status">
            {crossroads_words::plan_days_up()}
            <a href=browser::link(&Route::Quiz)>{ui::PLAN_RETAKE.get()}</a>
            {ui::PLAN_COMPARE_IN.get()}
            <a href=browser::link(&Route::History)>{ui::PLAN_YOUR_HISTORY.get()}</a>
            "."
        </p>
    }
}

/// On the home page, once a plan has started: which day it is, or, after day 90, the
/// invitation to retake the quiz.
#[component]
pub fn PlanStatus() -> impl IntoView {
    let progress = use_progress();
    move || {
        let (day, ticked) = progress.with(|d| {
            let day = d
                .plan
                .started
                .is_some()
                .then(|| d.plan.day(&browser::now_iso()))
                .flatten();
            (day, d.plan.done.len())
        });
        day.map(|day| {
            if day > DAYS {
                view! { <div class="card plan-status"><PlanDone /></div> }.into_any()
            } else {
                let status = crossroads_words::plan_status(day, ticked);
                view! {
                    <p class="card plan-status">
                        <a href=browser::link_to(&Address::new(Route::Results).at(Fragment::Plan))>{status.0}</a>
                        {status.1}
                    </p>
                }
                .into_any()
            }
        })
    }
}
