//! `/quiz`: the self-assessment, one question per screen.

use crate::{browser, components::SaveLink, state::use_progress};
use crossroads_core::{
    format::fixed,
    quiz::{questions, themes, Agreement, Answer, QuestionKind},
    TrackKind,
};
use leptos::{either::Either, prelude::*};
use leptos_router::{components::A, hooks::use_navigate};

/// What the quiz page shows before the questions when answers are already there.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Intro {
    /// Part-way through: continue or start over.
    Resume,
    /// Every question answered: see the result, revise, or start over.
    Finished,
    /// Start over was pressed: confirm before discarding answers.
    ConfirmRestart,
}

/// The quiz page: the resume panel when answers exist, then the questions.
#[component]
pub fn Quiz() -> impl IntoView {
    let progress = use_progress();
    let intro = RwSignal::new(
        match progress
            .data
            .with_untracked(|d| d.answers.iter().flatten().count())
        {
            0 => None,
            n if n == questions().len() => Some(Intro::Finished),
            _ => Some(Intro::Resume),
        },
    );
    view! {
        <section class="wrap quiz">
            <h1>"Career path quiz"</h1>
            {move || match intro.get() {
                Some(panel) => Either::Left(view! { <IntroPanel panel intro /> }),
                None => Either::Right(view! { <Questions /> }),
            }}
        </section>
    }
}

/// Continue, see the result, or start over (with a confirmation).
#[component]
fn IntroPanel(
    /// Which panel to show.
    panel: Intro,
    /// Setting it to `None` shows the questions.
    intro: RwSignal<Option<Intro>>,
) -> impl IntoView {
    let progress = use_progress();
    let total = questions().len();
    let answered = progress.answered();
    let restart = move |_| {
        progress.restart();
        intro.set(None);
    };
    let body = match panel {
        Intro::Resume => view! {
            <h2>"Welcome back"</h2>
            <p>{format!("You have answered {answered} of {total} questions. Your answers were saved in this browser.")}</p>
            <p class="cta-row">
                <button type="button" class="button button-primary" on:click=move |_| intro.set(None)>
                    {format!("Continue (question {} of {total})", progress.step() + 1)}
                </button>
                <button type="button" class="button" on:click=move |_| intro.set(Some(Intro::ConfirmRestart))>"Start over"</button>
            </p>
        }
        .into_any(),
        Intro::Finished => view! {
            <h2>"You have answered every question"</h2>
            <p>"Your result is ready. You can also revise an answer or take the quiz again."</p>
            <p class="cta-row">
                <A href=browser::href("/results") attr:class="button button-primary">"See my result"</A>
                <button type="button" class="button" on:click=move |_| intro.set(None)>"Review my answers"</button>
                <button type="button" class="button" on:click=move |_| intro.set(Some(Intro::ConfirmRestart))>"Start over"</button>
            </p>
        }
        .into_any(),
        Intro::ConfirmRestart => view! {
            <h2>"Start over?"</h2>
            <p>{format!("This clears your {answered} answers. Finished results stay in your history.")}</p>
            <p class="cta-row">
                <button type="button" class="button button-danger" on:click=restart>"Yes, clear my answers"</button>
                <button type="button" class="button" on:click=move |_| {
                    let complete = progress.complete();
                    intro.set(Some(if complete { Intro::Finished } else { Intro::Resume }));
                }>"No, keep them"</button>
            </p>
        }
        .into_any(),
    };
    view! { <div class="card intro-panel" role="group" aria-label="Saved answers">{body}</div> }
}

/// The questions: a fieldset per question with native radios, Back and Next, and progress.
#[component]
fn Questions() -> impl IntoView {
    let progress = use_progress();
    let total = questions().len();
    let step = Memo::new(move |_| progress.step().min(total - 1));
    let missing = RwSignal::new(false);
    let navigate = use_navigate();

    browser::use_title(move || format!("Question {} of {total}", step.get() + 1));
    // Focus follows the question on every step after the first screen, so keyboard and
    // screen-reader users land on the new question rather than on the button they pressed.
    Effect::new(move |previous: Option<usize>| {
        let now = step.get();
        if previous.is_some_and(|p| p != now) {
            browser::focus_by_id("question-legend");
        }
        now
    });

    let current_answer = move || {
        progress
            .data
            .with(|d| d.answers.get(step.get()).copied().flatten())
    };
    let choose = move |answer: Answer| {
        progress.answer(step.get_untracked(), answer);
        missing.set(false);
    };
    let back = move |_| {
        missing.set(false);
        progress.set_step(step.get_untracked().saturating_sub(1));
    };
    let next = move |ev: web_sys::SubmitEvent| {
        ev.prevent_default();
        if current_answer().is_none() {
            missing.set(true);
            browser::focus_by_id("question-legend");
            return;
        }
        if step.get_untracked() + 1 < total {
            progress.set_step(step.get_untracked() + 1);
        } else if !progress.complete() {
            // Back-and-forth can leave an earlier question open: go there rather than finish.
            let first_open = progress
                .data
                .with_untracked(|d| d.answers.iter().position(Option::is_none));
            progress.set_step(first_open.unwrap_or(0));
        } else {
            progress.finish();
            // Unlike `<A>`, navigate() adds the router's base itself.
            navigate("/results", Default::default());
        }
    };
    // Number keys answer the question on screen, but only while focus is inside the quiz.
    let keys = move |ev: web_sys::KeyboardEvent| {
        if ev.ctrl_key() || ev.alt_key() || ev.meta_key() {
            return;
        }
        let Some(n) = ev.key().parse::<usize>().ok().filter(|n| *n >= 1) else {
            return;
        };
        let answer = match questions()[step.get_untracked()].kind {
            QuestionKind::Statement { .. } => {
                Agreement::ALL.get(n - 1).copied().map(Answer::Agreement)
            }
            QuestionKind::Choice { .. } => TrackKind::ALL.get(n - 1).copied().map(Answer::Pick),
        };
        if let Some(answer) = answer {
            ev.prevent_default();
            choose(answer);
        }
    };

    view! {
            <p class="quiz-intro">
                "Answer as you are today, not as you think you should be. "
                "You can go back and change any answer."
            </p>
            <div class="quiz-progress">
                <p id="quiz-position" aria-live="polite">
                    {move || format!("Question {} of {total}", step.get() + 1)}
                </p>
                <div class="progress-track" aria-hidden="true">
                    <div
                        class="progress-fill"
                        style:width=move || format!("{}%", fixed((step.get() + 1) as f64 / total as f64 * 100.0, 1))
                    ></div>
                </div>
            </div>
            <form class="question-card" novalidate on:submit=next on:keydown=keys>
                // Leptos updates the previous question's inputs in place, so every question
                // shares one radio group name: renaming a checked radio into another group
                // would make the browser uncheck its new sibling.
                {move || {
                    let index = step.get();
                    let question = &questions()[index];
                    let theme = themes().iter().find(|t| t.id == question.theme).map_or("", |t| t.name);
                    let options: Vec<(String, Answer)> = match question.kind {
                        QuestionKind::Statement { .. } => Agreement::ALL
                            .iter()
                            .map(|a| (a.label().to_string(), Answer::Agreement(*a)))
                            .collect(),
                        QuestionKind::Choice { management, technical } => vec![
                            (management.to_string(), Answer::Pick(TrackKind::Management)),
                            (technical.to_string(), Answer::Pick(TrackKind::Technical)),
                        ],
                    };
                    let hint = match question.kind {
                        QuestionKind::Statement { .. } => "How much do you agree?",
                        QuestionKind::Choice { .. } => "Pick the one closer to you.",
                    };
                    view! {
                        <fieldset aria-describedby=move || if missing.get() { "question-hint question-error" } else { "question-hint" }>
                            <legend id="question-legend" tabindex="-1">
                                <span class="question-theme">{theme}</span>
                                <span class="question-text">{question.text}</span>
                            </legend>
                            <p id="question-hint" class="question-hint">{hint}</p>
                            <div class="options">
                                {options
                                    .into_iter()
                                    .enumerate()
                                    .map(|(i, (label, answer))| {
                                        let id = format!("answer-{index}-{i}");
                                        let label_for = id.clone();
                                        view! {
                                            <label class="option" for=label_for>
                                                <input
                                                    type="radio"
                                                    id=id
                                                    name="answer"
                                                    prop:checked=move || current_answer() == Some(answer)
                                                    on:change=move |_| choose(answer)
                                                />
                                                <span class="option-key" aria-hidden="true">{i + 1}</span>
                                                <span>{label}</span>
                                            </label>
                                        }
                                    })
                                    .collect_view()}
                            </div>
                        </fieldset>
                    }
                }}
                <p id="question-error" class="field-error" role="alert">
                    {move || missing.get().then_some("Choose an answer to continue.")}
                </p>
                <div class="quiz-nav">
                    <Show when=move || { step.get() > 0 }>
                        <button type="button" class="button" on:click=back>"Back"</button>
                    </Show>
                    <button type="submit" class="button button-primary">
                        {move || if step.get() + 1 == total { "See my result" } else { "Next" }}
                    </button>
                </div>
                <p class="fine-print">"Tip: number keys pick an answer."</p>
            </form>
            <SaveLink />
    }
}
