//! `/results`: the explained outcome of the quiz.

use crate::{
    browser,
    components::{
        use_page_weights, BackgroundFields, Bullets, Fold, PlanSection, RankWhy, SaveLink,
        ScorePlot, ThemeBreakdown, TrackBadge, WeightsPanel,
    },
    state::use_progress,
};
use crossroads_core::prose::ui;
use crossroads_core::routes::{Address, Key, Route, SIX_MONTHS};
use crossroads_core::{
    fit::{listed_for, match_roles, Listed},
    prose::text,
    quiz::reflect,
    roles,
    scoring::{Assessment, Confidence, WhyGroup},
    track, TrackKind,
};
use leptos::prelude::*;
use std::sync::Arc;

/// How many matching roles to suggest.
const TOP_ROLES: usize = 5;

/// The quiz result and its explanation, or the way back to the quiz when it is unfinished.
#[component]
pub fn Results() -> impl IntoView {
    let progress = use_progress();
    let assessment = Memo::new(move |_| progress.with(|d| d.assessment().map(Arc::new)));
    browser::use_title(move || {
        assessment
            .get()
            .map_or(text::YOUR_RESULT.get().to_string(), |a| {
                crossroads_words::result_title(a.outcome)
            })
    });
    // Pre-rendered, the first visit's words wait behind the check for saved progress (a native
    // branch only: the app knows what is saved).
    #[cfg(not(target_arch = "wasm32"))]
    if crate::state::use_prerendering() {
        return view! {
            <section class="wrap">
                <h1>{text::YOUR_RESULT.get()}</h1>
                <crate::components::NeedsSavedProgress>{no_result()}</crate::components::NeedsSavedProgress>
            </section>
        }
        .into_any();
    }
    (move || match assessment.get() {
        Some(a) => view! { <Report assessment=a /> }.into_any(),
        None => view! {
            <section class="wrap">
                <h1>{text::YOUR_RESULT.get()}</h1>
                {no_result()}
            </section>
        }
        .into_any(),
    })
    .into_any()
}

/// What the result page says before every question is answered.
fn no_result() -> impl IntoView {
    view! {
        <p>{text::RESULT_APPEARS_HERE.get()}</p>
        <p><a href=browser::link(&Route::Quiz) class="button button-primary">{text::GO_TO_THE_QUIZ.get()}</a></p>
    }
}

/// The full report for one assessment.
#[component]
fn Report(
    /// The scored quiz.
    assessment: Arc<Assessment>,
) -> impl IntoView {
    let a = assessment;
    let rest = RwSignal::new(false);
    browser::after_next_paint(move || rest.set(true));
    let details = a.clone();

    view! {
        <article class=format!("wrap report report-{}", a.outcome.slug())>
            <p class="eyebrow">{text::YOUR_RESULT.get()}</p>
            <h1>{crossroads_words::outcome(a.outcome)}</h1>
            <p class="lede">{crossroads_words::headline(&a)}</p>
            <Notes assessment=a.clone() />
            <p class="next-step">
                <strong>{text::NEXT_STEP.get()}</strong>
                <a href="#plan-heading">{text::THE_DAY_PLAN.get()}</a>
                {text::NEXT_STEP_REST.get()}
            </p>
            <p class="report-actions">
                <button type="button" class="button" on:click=|_| browser::print()>{text::PRINT_THIS_SUMMARY.get()}</button>
                <a href=browser::link(&Route::Check) class="button">{text::CHECK_YOUR_ANSWERS.get()}</a>
                <a href=browser::link(&Route::History) class="button">{ui::YOUR_HISTORY.get()}</a>
            </p>
            <nav class="toc" aria-labelledby="toc-heading">
                <h2 id="toc-heading">{text::ON_THIS_PAGE.get()}</h2>
                <ul>
                    {[
                        ("scores-heading", text::YOUR_TWO_SCORES.get()),
                        ("recent-summary-heading", text::YOUR_LAST_SIX_MONTHS.get()),
                        ("why-heading", text::WHY_THIS_RESULT.get()),
                        ("roles-heading", text::ROLES_THAT_FIT.get()),
                        ("plan-heading", text::YOUR_PLAN.get()),
                        ("tracks-heading", text::THE_TWO_PATHS.get()),
                    ]
                    .into_iter()
                    .map(|(id, name)| view! { <li><a href=format!("#{id}")>{name}</a></li> })
                    .collect_view()}
                </ul>
            </nav>
            // The body renders one frame after the verdict has painted: laying out the whole
            // report at once made "See my result" miss the 100 ms budget at 4x CPU (measured
            // with `cargo xtask bench`).
            {move || rest.get().then(|| view! { <ReportBody assessment=details.clone() /> }.into_any())}
        </article>
    }
}

/// The scores, how firm the verdict is, the last six months, then the details.
#[component]
fn ReportBody(
    /// The scored quiz.
    assessment: Arc<Assessment>,
) -> impl IntoView {
    let a = assessment;
    view! {
        <section class="report-grid" aria-labelledby="scores-heading">
            <h2 id="scores-heading">{text::YOUR_TWO_SCORES.get()}</h2>
            <ScorePlot assessment=a.clone() />
            <ThemeBreakdown themes=a.themes.clone() />
        </section>
        <Firmness assessment=a.clone() />
        <SixMonthsSummary assessment=a.clone() />
        <ReportDetails assessment=a />
    }
}

/// How strong the verdict is, how close to changing, and how each scale's answers agreed,
/// each fact once and linked to the rule behind it.
#[component]
fn Firmness(
    /// The scored quiz.
    assessment: Arc<Assessment>,
) -> impl IntoView {
    let lines = crossroads_words::firmness(&assessment);
    (!lines.is_empty()).then(|| {
        view! {
            <section aria-labelledby="firmness-heading">
                <h2 id="firmness-heading">{text::HOW_FIRM_THIS_RESULT_IS.get()}</h2>
                <ul class="firmness">
                    {lines
                        .into_iter()
                        .map(|l| {
                            let href = format!("{}#{}", browser::link(&Route::Method), l.anchor);
                            view! {
                                <li>
                                    <strong>{format!("{}: ", l.label)}</strong>
                                    {l.text}
                                    " "
                                    <a href=href class="firmness-rule">{l.link}</a>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </section>
        }
    })
}

/// The last-six-months check beside the answers, or the way to add it.
#[component]
fn SixMonthsSummary(
    /// The scored quiz.
    assessment: Arc<Assessment>,
) -> impl IntoView {
    let progress = use_progress();
    let items: Vec<_> = progress.with_untracked(|d| {
        d.recent
            .iter()
            .filter(|w| w.is_complete())
            .cloned()
            .collect()
    });
    let count = items.len();
    let edit = browser::link_to(&Address::new(Route::Quiz).with(Key::Question, SIX_MONTHS));
    view! {
        <section aria-labelledby="recent-summary-heading">
            <h2 id="recent-summary-heading">{text::YOUR_LAST_SIX_MONTHS.get()}</h2>
            {match crossroads_words::stated_vs_revealed(&assessment) {
                Some(text) => view! {
                    <p>{text}</p>
                    // Five pieces of work in the person's own words are most of a phone screen,
                    // and the sentence above already says what they show.
                    <Fold class="recent-notes" summary=crossroads_words::work_you_rated(count)>
                    <ul class="recent-list">
                        {items
                            .into_iter()
                            .map(|w| {
                                let rating = crossroads_words::rating(&w);
                                view! {
                                <li>
                                    // The person's own words: always text, never markup.
                                    <span class="recent-what">{if w.what.is_empty() { text::NO_DESCRIPTION.get().to_string() } else { w.what }}</span>
                                    {format!(" \u{2014} {rating}")}
                                </li>
                            }})
                            .collect_view()}
                    </ul>
                    </Fold>
                    <p><a href=edit.clone()>{text::CHANGE_YOUR_LAST_SIX_MONTHS.get()}</a></p>
                }.into_any(),
                None => view! {
                    <p>{text::SIX_MONTHS_SKIPPED.get()}</p>
                    <p class="screen-only"><a href=edit class="button">{text::ADD_YOUR_LAST_SIX_MONTHS.get()}</a></p>
                }.into_any(),
            }}
        </section>
    }
}

/// One "why" group: a heading and the answers that pulled that way.
#[component]
fn WhyList(
    /// The group: its heading and its answers, largest effect first.
    group: WhyGroup,
) -> impl IntoView {
    let words: Vec<String> = group.effects.iter().map(crossroads_words::effect).collect();
    view! {
        <h3>{crossroads_words::why_heading(&group)}</h3>
        {if group.effects.is_empty() {
            view! { <p class="why-none">{crossroads_words::why_none(&group)}</p> }.into_any()
        } else {
            view! {
                <ol class="why-list">
                    {group.effects
                        .into_iter()
                        .zip(words)
                        .map(|(e, words)| view! {
                            <li>
                                <q>{e.question.text.get()}</q>
                                <span class="why-answer">{text::YOU_ANSWERED.get()} {crossroads_words::answer(e.question, e.answer)} "."</span>
                                <span class="why-effect">{words}</span>
                            </li>
                        })
                        .collect_view()}
                </ol>
            }.into_any()
        }}
    }
}

/// Everything below the scores: why, matching roles, advancing, risks, questions, actions.
#[component]
fn ReportDetails(
    /// The scored quiz.
    assessment: Arc<Assessment>,
) -> impl IntoView {
    let a = assessment;
    let tracks: Vec<TrackKind> = a
        .outcome
        .track()
        .map_or(TrackKind::ALL.to_vec(), |t| vec![t]);
    // Every role by fit; the weights may lift one from below the first few.
    let matches = Arc::new(match_roles(&a, roles()));
    let weights = use_page_weights(Route::Results);
    let progress = use_progress();
    let background = Memo::new(move |_| progress.with(|d| d.background));
    let field = Memo::new(move |_| background.get().field);
    let why = a.why();
    // One track's advice or risks under its own heading.
    let part = |kind: TrackKind, risks: bool| {
        let t = track(kind);
        let heading = match (kind, risks) {
            (TrackKind::Management, false) => text::MOVING_FORWARD_MANAGEMENT,
            (TrackKind::Technical, false) => text::MOVING_FORWARD_TECHNICAL,
            (TrackKind::Management, true) => text::RISKS_MANAGEMENT,
            (TrackKind::Technical, true) => text::RISKS_TECHNICAL,
        };
        view! {
            <h3>{heading.get()}</h3>
            <Bullets items=crossroads_core::prose::texts(if risks { t.risks } else { t.advance }) />
        }
    };

    view! {
            <section aria-labelledby="why-heading">
                <h2 id="why-heading">{text::WHY_THIS_RESULT.get()}</h2>
                <p class="why-summary">{crossroads_words::why_summary(&a)}</p>
                <div class="why-groups">
                    {why.groups
                        .into_iter()
                        .map(|g| view! { <div><WhyList group=g /></div> })
                        .collect_view()}
                </div>
                <details class="all-effects">
                    <summary>{text::EVERY_ANSWER_AND_ITS_EFFECT.get()}</summary>
                    <table>
                        <caption>{text::EFFECTS_CAPTION.get()}</caption>
                        <thead>
                            <tr><th scope="col">{text::QUESTION.get()}</th><th scope="col">{text::YOUR_ANSWER.get()}</th><th scope="col">{text::EFFECT.get()}</th></tr>
                        </thead>
                        <tbody>
                            {a.effects
                                .iter()
                                .map(|e| view! {
                                    <tr>
                                        <td>{e.question.text.get()}</td>
                                        <td>{crossroads_words::answer(e.question, e.answer)}</td>
                                        <td>{crossroads_words::effect(e)}</td>
                                    </tr>
                                })
                                .collect_view()}
                        </tbody>
                    </table>
                </details>
                <p><a href=browser::link(&Route::Method)>{text::HOW_THE_SCORE_WORKS_EVERY.get()}</a></p>
            </section>

            <section class="where-you-stand" aria-labelledby="background-heading">
                <h2 id="background-heading">{text::WHERE_YOU_STAND_C.get()}</h2>
                <p>{text::WHERE_YOU_STAND.get()}</p>
                <BackgroundFields id="where-you-stand" />
            </section>
            <section aria-labelledby="roles-heading">
                <h2 id="roles-heading">{text::ROLES_THAT_FIT.get()}</h2>
                <WeightsPanel page=weights what_it_does=text::WEIGHTS_ON_RESULTS />
                <p class="fine-print roles-note">
                    {text::ROLES_FIT.get()}
                    " "
                    {move || field.get().and_then(|f| f.own_role()).map(|_| text::OWN_FIELD_FIRST.get())}
                    {text::ROLES_SENIOR.get()}
                </p>
                {move || {
                        let (roles, ask_at) = listed_for(&matches, &weights.weights.get(), field.get());
                        // Where the roles of one discipline would have been among the first,
                        // the list asks for the field instead of offering other disciplines.
                        let asks = ask_at.is_some_and(|at| at < TOP_ROLES);
                        let item = |(now, Listed { fit: m, ranked }): (usize, Listed)| {
                            let role = m.role;
                            let parts = crossroads_words::fit_parts(&m);
                            let number = match &ranked {
                                None => parts,
                                Some(r) => crossroads_words::preference_points(r.score, &parts, r.weighed.score),
                            };
                            view! {
                                <li>
                                    <a href=browser::link(&Route::role(role.slug))>{role.title.get()}</a>
                                    " "
                                    <TrackBadge track=role.track />
                                    {m.change_of_field.then(|| view! { <span class="change-of-field">{text::A_CHANGE_OF_FIELD.get()}</span> })}
                                    <span class="fit">{format!(" {number}")}</span>
                                    // One tap away, so the five roles and their fit
                                    // figures stay within a screen on a phone.
                                    <details class="fit-why">
                                        <summary>{text::WHY_IT_FITS.get()}<span class="sr-only">": "{role.title.get()}</span></summary>
                                        <p>{crossroads_words::fit_reason(role, &m.reason)}</p>
                                    </details>
                                    {ranked.map(|ranked| view! { <RankWhy ranked now /> })}
                                </li>
                            }
                        };
                        let items: Vec<_> = roles.into_iter().take(TOP_ROLES).enumerate().map(item).collect();
                        view! {
                            {asks.then(|| view! { <p class="fine-print ask-field">{text::ASK_FIELD_FOR_ROLES.get()}</p> })}
                            <ol class="match-list">{items}</ol>
                        }
                    }}
            </section>

            {
                let a = a.clone();
                move || {
                    let b = background.get();
                    view! {
                        <PlanSection
                            assessment=a.clone()
                            position=b.position_or_assumed()
                            assumed=b.position.is_none()
                        />
                    }
                }
            }

            <section class="tracks" aria-labelledby="tracks-heading">
                <h2 id="tracks-heading">{text::THE_TWO_PATHS.get()}</h2>
                // The same for everyone: kept folded so the page stays about this person.
                <details class="tracks-more">
                    <summary>{text::HOW_EACH_PATH_MOVES_FORWARD.get()}</summary>
                    // How to advance on the result's track (both when there is none), then the
                    // risks of both.
                    {tracks.into_iter().map(|kind| part(kind, false)).collect_view()}
                    {TrackKind::ALL.into_iter().map(|kind| part(kind, true)).collect_view()}
                    <h3>{text::RISKS_LEADERSHIP.get()}</h3>
                    <Bullets items=crossroads_core::prose::texts(track(TrackKind::Technical).leadership_risks) />
                    <h3>{text::BEFORE_YOU_DECIDE_ASK_YOURSELF.get()}</h3>
                    <Bullets items=crossroads_core::prose::texts(reflect()) />
                </details>
                <p><a href=browser::link(&Route::Compare)>{ui::COMPARE_THE_TWO_TRACKS_SIDE.get()}</a></p>
            </section>

            <SaveLink />
    }
}

/// Plain-language notes on how far to trust the result; nothing when confidence is high.
#[component]
fn Notes(
    /// The scored quiz.
    assessment: Arc<Assessment>,
) -> impl IntoView {
    let a = assessment;
    let tone = match a.confidence {
        Confidence::Low => "low",
        Confidence::Medium => "medium",
        Confidence::High => return None,
    };
    Some(view! {
        <aside class=format!("note note-{tone}") aria-label=text::HOW_FAR_TO_TRUST_THIS.get()>
            <p><strong>{crossroads_words::confidence(a.confidence)}</strong></p>
            {crossroads_words::notes(&a)
                .into_iter()
                .map(|n| view! {
                    <p>{n.text}</p>
                    // The example runs to four lines on a phone, where it is one tap away.
                    {n.example.map(|e| view! {
                        <Fold class="note-example" summary=text::ONE_PAIR.get().to_string()>
                            <p>{e}</p>
                        </Fold>
                    })}
                })
                .collect_view()}
        </aside>
    })
}
