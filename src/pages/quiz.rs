//! `/quiz`: the self-assessment, one question per screen, then the optional last-six-months
//! check. Each step has its own address (`/quiz?q=12`, `/quiz?q=six-months`), so Back, Forward
//! and a reload keep the person where they were.

use crate::{
    browser::{self, Move},
    components::{BackgroundFields, NeedsSavedProgress, SaveLink, WayOnLink},
    state::{use_prerendering, use_progress, AnswerSink, Chosen, Pace, Pause},
};
use crossroads_core::routes::{
    quiz_param, quiz_step, Address, Fragment, Key, Route, BACK_TO_CHECK,
};
use crossroads_core::{
    progress::{Advance, Step},
    prose::text,
    quiz::{answer_id, options, questions, themes, Answer, QuestionKind},
    recent::{WorkKind, MAX_CHARS, MAX_ITEMS, SATISFACTION_TOP},
};
use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_query_map};

/// What the quiz page shows before the questions when answers are already there.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Intro {
    /// Part-way through: continue or start over.
    Resume,
    /// Every question answered: see the result, check the answers, or start over.
    Finished,
    /// Start over was pressed: confirm before discarding answers.
    ConfirmRestart,
}

/// The step the quiz address names, if any (see [`quiz_step`]).
fn addressed_step() -> Memo<Option<usize>> {
    let query = use_query_map();
    let total = questions().len();
    Memo::new(move |_| {
        query.with(|q| {
            quiz_step(
                q.get_str(Key::Question.name()),
                q.get_str(Key::OldStep.name()),
                total,
            )
        })
    })
}

/// The quiz page: the resume panel when answers exist, then the questions.
#[component]
pub fn Quiz() -> impl IntoView {
    let progress = use_progress();
    let addressed = addressed_step().get_untracked().is_some();
    let intro = RwSignal::new(match progress.with_untracked(|d| d.answered()) {
        // An address that names a step opens it, as a reload or Forward expects.
        _ if addressed => None,
        0 => None,
        n if n == questions().len() => Some(Intro::Finished),
        _ => Some(Intro::Resume),
    });
    if use_prerendering() {
        // Which question is open is only known once the saved progress is read.
        browser::use_title(|| text::CAREER_PATH_QUIZ.get().into());
    }
    view! {
        <section class="wrap quiz">
            <h1>{text::CAREER_PATH_QUIZ.get()}</h1>
            <NeedsSavedProgress>
                {move || match intro.get() {
                    Some(panel) => view! { <IntroPanel panel intro /> }.into_any(),
                    None => view! { <Steps /> }.into_any(),
                }}
            </NeedsSavedProgress>
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
        progress.change(|d| d.restart());
        intro.set(None);
    };
    let body = match panel {
        Intro::Resume => view! {
            <h2>{text::WELCOME_BACK.get()}</h2>
            <p>{crossroads_words::quiz_answered_saved(answered, total)}</p>
            <p class="cta-row">
                <button type="button" class="button button-primary" on:click=move |_| intro.set(None)>
                    {crossroads_words::quiz_continue(progress.step().min(total - 1) + 1, total)}
                </button>
                <button type="button" class="button" on:click=move |_| intro.set(Some(Intro::ConfirmRestart))>{text::START_OVER.get()}</button>
            </p>
        }
        .into_any(),
        Intro::Finished => view! {
            <h2>{text::YOU_HAVE_ANSWERED_EVERY_QUESTION.get()}</h2>
            <p>{text::QUIZ_FINISHED_LEDE.get()}</p>
            <p class="cta-row">
                <WayOnLink />
                <a href=browser::link(&Route::Check) class="button">{text::CHECK_YOUR_ANSWERS.get()}</a>
                <button type="button" class="button" on:click=move |_| intro.set(Some(Intro::ConfirmRestart))>{text::START_OVER.get()}</button>
            </p>
        }
        .into_any(),
        Intro::ConfirmRestart => view! {
            <h2>{text::START_OVER_C.get()}</h2>
            <p>{crossroads_words::quiz_clears(answered)}</p>
            <p class="cta-row">
                <button type="button" class="button button-danger" on:click=restart>{text::YES_CLEAR_MY_ANSWERS.get()}</button>
                <button type="button" class="button" on:click=move |_| {
                    let complete = progress.complete();
                    intro.set(Some(if complete { Intro::Finished } else { Intro::Resume }));
                }>{text::NO_KEEP_THEM.get()}</button>
            </p>
        }
        .into_any(),
    };
    view! { <div class="card intro-panel" role="group" aria-label=text::SAVED_ANSWERS.get()>{body}</div> }
}

/// The step on screen: a question, or the six-months check after the last one.
#[component]
fn Steps() -> impl IntoView {
    let progress = use_progress();
    let go = browser::use_go();
    let total = questions().len();
    let step = Memo::new(move |_| progress.step().min(total));
    let named = move || Step::of(step.get(), questions());
    let on_check = Memo::new(move |_| named() == Step::SixMonths);
    let addressed = addressed_step();
    // Back, Forward and links move the quiz to the step their address names...
    Effect::new(move |_| {
        if let Some(s) = addressed.get() {
            if s != progress.with_untracked(|d| d.step) {
                progress.change(|d| d.set_step(s));
            }
        }
    });
    // ...and each step the quiz moves to gets an address of its own (a new history entry). A
    // bare `/quiz` (the first screen, or the header's link from inside the quiz) takes the
    // current step's address in its place, so Back never lands on a screen that does not move.
    let location = use_location();
    Effect::new(move |previous: Option<usize>| {
        let now = step.get();
        let at = addressed.get();
        // Leaving the quiz also empties its query, for the moment before this page goes.
        let here = location
            .pathname
            .with_untracked(|p| Route::parse(p, browser::base()) == Some(Route::Quiz));
        let moved = previous.is_some_and(|p| p != now);
        if here && ((moved && at != Some(now)) || at.is_none()) {
            let address = Address::new(Route::Quiz).with(Key::Question, quiz_param(now, total));
            go(&address, if moved { Move::Push } else { Move::Replace });
        }
        now
    });
    // Focus follows the step after the first screen, so keyboard and screen-reader users land
    // on the new question rather than on the button they pressed.
    Effect::new(move |previous: Option<usize>| {
        let now = step.get();
        if previous.is_some_and(|p| p != now) {
            browser::focus_by_id(match Step::of(now, questions()) {
                Step::SixMonths => "recent-heading",
                Step::Question(_) => "question-legend",
            });
        }
        now
    });
    let position = move |s: usize| crossroads_words::quiz_position(s + 1, total);
    // A pre-rendered page keeps the quiz's name: the question a returning reader is on is
    // not known yet.
    if !use_prerendering() {
        browser::use_title(move || match named() {
            Step::SixMonths => text::YOUR_LAST_SIX_MONTHS.get().to_string(),
            Step::Question(s) => position(s),
        });
    }
    view! {
        {move || (step.get() == 0).then(|| view! {
            <p class="quiz-intro">{text::QUIZ_INTRO.get()}</p>
        })}
        <div class="quiz-progress">
            <p id="quiz-position" aria-live="polite">
                {move || match named() {
                    Step::SixMonths => text::LAST_STEP_OPTIONAL.get().to_string(),
                    Step::Question(s) => position(s),
                }}
            </p>
            // A native bar: the pre-rendered page may not carry inline styles (the security policy).
            <progress class="progress-track" aria-hidden="true" max=total + 1 value=move || step.get() + 1></progress>
        </div>
        // Keyed on the kind of step, not the step: moving between questions updates the one
        // QuestionForm in place instead of building a new one (measured: Next and Back).
        {move || if on_check.get() {
            view! { <SixMonths /> }.into_any()
        } else {
            view! { <QuestionForm step sink=progress /> }.into_any()
        }}
        // Asked at the start and never scored: they shape the plan and the roles offered.
        {move || (step.get() == 0).then(|| view! {
            <details class="about-you">
                <summary>{text::ABOUT_YOU_OPTIONAL.get()}</summary>
                <p class="fine-print">{text::ABOUT_YOU_NOTE.get()}</p>
                <BackgroundFields id="about-you" />
            </details>
        })}
        <SaveLink />
    }
}

/// One question: a fieldset with native radios, Back and Next. A tap on an answer, or its
/// number key, moves on by itself after a short pause; arrow keys only choose, and Enter moves
/// on, so people who move through the answers with arrows are never carried past a question.
#[component]
fn QuestionForm<S: AnswerSink>(
    /// The question on screen.
    step: Memo<usize>,
    /// Where the answers are read and written.
    sink: S,
) -> impl IntoView {
    let go = browser::use_go();
    let missing = RwSignal::new(false);
    let pace = Pace::new(Pause);
    let query = use_query_map();
    let current_answer_now = move || untrack(|| sink.given(step.get_untracked()));
    let current_answer = move || sink.given(step.get());
    // Next: the following step, or back to the check page when a "Change" link opened this one.
    let go_on = Callback::new(move |()| {
        pace.cancel();
        let returning =
            query.with_untracked(|q| q.get_str(Key::Then.name()) == Some(BACK_TO_CHECK));
        if returning && current_answer_now().is_some() {
            // In place of this question's entry, so Back from the list does not reopen it.
            let row = Fragment::CheckRow(step.get_untracked() + 1);
            go(&Address::new(Route::Check).at(row), Move::Replace);
        } else if sink.advance() == Advance::NeedsAnswer {
            missing.set(true);
            browser::focus_by_id("question-legend");
        }
    });
    let choose = move |answer: Answer, how: Chosen| {
        let at = step.get_untracked();
        sink.give(at, answer);
        missing.set(false);
        pace.chose(how, step, go_on);
    };
    let back = move |_| {
        missing.set(false);
        pace.cancel();
        sink.go_to(step.get_untracked().saturating_sub(1));
    };
    let next = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        go_on.run(());
    };
    // Number keys answer the question on screen from anywhere on the page (no need to reach
    // the question first); Enter moves on unless it belongs to a button, link or disclosure.
    browser::on_key_while_mounted(move |ev, on_control| {
        let key = ev.key();
        if key == "Enter" && !on_control {
            ev.prevent_default();
            go_on.run(());
        } else if let Some(n) = key.parse::<usize>().ok().filter(|n| *n >= 1) {
            let question = questions().get(step.get_untracked());
            if let Some(answer) = question.and_then(|q| options(q).get(n - 1).copied()) {
                ev.prevent_default();
                choose(answer, Chosen::Digit);
            }
        }
    });

    view! {
        <form
            class="question-card"
            novalidate
            on:submit=next
            on:keydown=move |_| pace.key_down()
            on:pointerdown=move |_| pace.pointer_down()
        >
            // Leptos updates the previous question's inputs in place, so every question
            // shares one radio group name: renaming a checked radio into another group
            // would make the browser uncheck its new sibling.
            {move || {
                // The step may already be the six-months check for the moment before this
                // form is replaced.
                let index = step.get().min(questions().len() - 1);
                let question = &questions()[index];
                let theme = themes().iter().find(|t| t.id == question.theme).map_or("", |t| t.name.get());
                let hint = match question.kind {
                    QuestionKind::Statement { .. } => text::HOW_MUCH_DO_YOU_AGREE.get(),
                    QuestionKind::Choice { .. } => text::PICK_THE_CLOSER_ONE.get(),
                };
                view! {
                    <fieldset aria-describedby=move || if missing.get() { "question-hint question-error" } else { "question-hint" }>
                        <legend id="question-legend" tabindex="-1">
                            <span class="question-theme">{theme}</span>
                            <span class="question-text">{question.text.get()}</span>
                        </legend>
                        <p id="question-hint" class="question-hint">{hint}</p>
                        // Said once, where the first answer is chosen: people also pressed
                        // Next after every tap, twice the taps the quiz needs.
                        {(index == 0).then(|| view! { <p id="pace-tip" class="pace-tip">{text::PACE_TIP.get()}</p> })}
                        <div class="options">
                            {options(question)
                                .into_iter()
                                .enumerate()
                                .map(|(i, answer)| {
                                    let label = crossroads_words::answer(question, answer);
                                    let id = answer_id(index, i);
                                    let label_for = id.clone();
                                    let apart = answer == Answer::NotApplicable;
                                    view! {
                                        <label class="option" class:option-apart=apart for=label_for>
                                            <input
                                                type="radio"
                                                id=id
                                                name="answer"
                                                prop:checked=move || current_answer() == Some(answer)
                                                on:change=move |_| choose(answer, pace.changed())
                                                // A tap on the answer already chosen (after Back,
                                                // or from the check page) moves on too.
                                                on:click=move |_| {
                                                    if current_answer_now() == Some(answer) {
                                                        if let Some(how) = pace.clicked_again() {
                                                            choose(answer, how);
                                                        }
                                                    }
                                                }
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
                {move || missing.get().then(|| text::CHOOSE_AN_ANSWER.get())}
            </p>
            <div class="quiz-nav">
                {move || (step.get() > 0).then(|| view! {
                    <button type="button" class="button" on:click=back>{text::BACK.get()}</button>
                })}
                <button type="submit" class="button button-primary">{text::NEXT.get()}</button>
            </div>
            <p class="fine-print keys-tip">{text::KEYS_TIP.get()}</p>
        </form>
    }
}

/// The optional last step: up to five pieces of recent work, each rated and classified.
#[component]
fn SixMonths() -> impl IntoView {
    let progress = use_progress();
    let go = browser::use_go();
    let count = move || progress.with(|d| d.recent.len());
    let complete = move || progress.with(|d| d.recent.iter().filter(|w| w.is_complete()).count());
    let finish = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if progress.advance() == Advance::Finished {
            go(&Address::new(Route::Results), Move::Push);
        }
    };
    let add = move |_| {
        progress.change(|d| {
            d.add_recent();
        });
        let n = progress.with_untracked(|d| d.recent.len());
        browser::focus_by_id(format!("recent-what-{}", n - 1));
    };
    view! {
        <form class="question-card six-months" novalidate on:submit=finish>
            <h2 id="recent-heading" tabindex="-1">{text::YOUR_LAST_SIX_MONTHS.get()}</h2>
            <p>{text::SIX_MONTHS_INTRO.get()}</p>
            <p class="fine-print">{text::SIX_MONTHS_PRIVATE.get()}</p>
            // Re-rendered only when an item is added or removed (each item tracks its own
            // fields); a keyed <For> cost 1.4 kB of brotli for lists of at most five.
            {move || (0..count()).map(|index| view! { <RecentItem index /> }).collect_view()}
            <p class="recent-status" aria-live="polite">
                {move || match (count(), complete()) {
                    (0, _) => text::NO_WORK_ADDED.get().to_string(),
                    (n, c) => crossroads_words::recent_status(c, n),
                }}
            </p>
            <p>
                <button type="button" class="button" on:click=add prop:disabled=move || { count() >= MAX_ITEMS }>
                    {move || if count() >= MAX_ITEMS { text::FIVE_PIECES_ADDED.get() } else { text::ADD_A_PIECE_OF_WORK.get() }}
                </button>
            </p>
            <div class="quiz-nav">
                <button type="button" class="button" on:click=move |_| progress.change(|d| d.set_step(questions().len() - 1))>{text::BACK.get()}</button>
                <button type="submit" class="button button-primary">{text::SEE_MY_RESULT.get()}</button>
            </div>
            <p><a href=browser::link(&Route::Check)>{text::CHECK_YOUR_ANSWERS_FIRST.get()}</a></p>
        </form>
    }
}

/// One piece of recent work: what it was, how satisfying, and what kind.
#[component]
fn RecentItem(
    /// Its place in the list.
    index: usize,
) -> impl IntoView {
    let progress = use_progress();
    let item = move || progress.with(|d| d.recent.get(index).cloned().unwrap_or_default());
    let what_id = format!("recent-what-{index}");
    view! {
        <fieldset class="recent-item">
            <legend>{crossroads_words::piece_of_work(index + 1)}</legend>
            <div class="field">
                <label for=what_id.clone()>{text::WHAT_WAS_IT.get()}</label>
                <input
                    id=what_id
                    type="text"
                    maxlength=MAX_CHARS.to_string()
                    placeholder=text::E_G_RAN_THE_SUPPLIER.get()
                    prop:value=move || item().what
                    // Kept on change rather than on each key, so the cleaning (trimming
                    // spaces) never fights the typing.
                    on:change=move |ev| {
                        let text = event_target_value(&ev);
                        progress.change(|d| d.edit_recent(index, |w| w.what = text));
                    }
                />
            </div>
            <fieldset class="choice-row">
                <legend>{text::HOW_SATISFYING_WAS_IT.get()}</legend>
                {(1..=SATISFACTION_TOP)
                    .map(|rating| {
                        let label = crossroads_words::satisfaction(rating);
                        view! {
                            <label class="pill">
                                <input
                                    type="radio"
                                    name=format!("recent-{index}-satisfaction")
                                    prop:checked=move || item().satisfaction == Some(rating)
                                    on:change=move |_| progress.change(|d| d.edit_recent(index, |w| w.satisfaction = Some(rating)))
                                />
                                <span>{label}</span>
                            </label>
                        }
                    })
                    .collect_view()}
            </fieldset>
            <fieldset class="choice-row">
                <legend>{text::WHAT_WAS_IT_MOSTLY.get()}</legend>
                {WorkKind::ALL
                    .into_iter()
                    .map(|kind| view! {
                        <label class="pill">
                            <input
                                type="radio"
                                name=format!("recent-{index}-kind")
                                prop:checked=move || item().kind == Some(kind)
                                on:change=move |_| progress.change(|d| d.edit_recent(index, |w| w.kind = Some(kind)))
                            />
                            <span>{crossroads_words::work_kind(kind)}</span>
                        </label>
                    })
                    .collect_view()}
            </fieldset>
            <p class="recent-remove">
                <button
                    type="button"
                    class="button button-small"
                    on:click=move |_| progress.change(|d| d.remove_recent(index))
                >
                    {crossroads_words::remove_piece_of_work(index + 1)}
                </button>
            </p>
        </fieldset>
    }
}
