//! `/quiz`: the self-assessment, one question per screen.

use crate::{browser, state::use_quiz};
use crossroads_core::{
    quiz::{questions, themes, Agreement, Answer, QuestionKind},
    TrackKind,
};
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

/// The quiz: a fieldset per question with native radios, Back and Next, and progress.
#[component]
pub fn Quiz() -> impl IntoView {
    let quiz = use_quiz();
    let total = questions().len();
    let step = Memo::new(move |_| quiz.step.get().min(total - 1));
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

    let current_answer = move || quiz.answers.with(|a| a.get(step.get()).copied().flatten());
    let choose = move |answer: Answer| {
        quiz.answer(step.get_untracked(), answer);
        missing.set(false);
    };
    let back = move |_| {
        missing.set(false);
        quiz.step.update(|s| *s = s.saturating_sub(1));
    };
    let next = move |ev: web_sys::SubmitEvent| {
        ev.prevent_default();
        if current_answer().is_none() {
            missing.set(true);
            browser::focus_by_id("question-legend");
            return;
        }
        if step.get_untracked() + 1 < total {
            quiz.step.set(step.get_untracked() + 1);
        } else {
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
        <section class="wrap quiz">
            <h1>"Career path quiz"</h1>
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
                        style:width=move || format!("{:.1}%", (step.get() + 1) as f64 / total as f64 * 100.0)
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
        </section>
    }
}
