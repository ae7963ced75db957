//! `/results`: the explained outcome of the quiz.

use crate::{
    browser,
    components::{Bullets, LeanBand, SaveLink, ScorePlot, ThemeBreakdown, TrackBadge},
    state::use_progress,
};
use crossroads_core::{
    format::{self, fixed},
    quiz::{questions, reflect, themes},
    roles,
    scoring::{assess, match_roles, Assessment, Confidence, Outcome, QualityIssue},
    track, TrackKind,
};
use leptos::{either::Either, prelude::*};
use leptos_router::components::A;

/// How many answers "Why this result" lists before the full list.
const TOP_EFFECTS: usize = 5;
/// How many matching roles to suggest.
const TOP_ROLES: usize = 5;

/// The quiz result and its explanation, or the way back to the quiz when it is unfinished.
#[component]
pub fn Results() -> impl IntoView {
    let progress = use_progress();
    let assessment = Memo::new(move |_| {
        progress.complete().then(|| {
            progress
                .data
                .with(|d| assess(questions(), themes(), &d.answers))
        })
    });
    browser::use_title(move || {
        assessment.get().map_or("Your result".to_string(), |a| {
            format!("Result: {}", a.outcome.heading())
        })
    });
    move || match assessment.get() {
        Some(a) => Either::Left(view! { <Report assessment=a /> }),
        None => Either::Right(view! {
            <section class="wrap">
                <h1>"Your result"</h1>
                <p>"Your result appears here once every question of the quiz is answered."</p>
                <p><A href=browser::href("/quiz") attr:class="button button-primary">"Go to the quiz"</A></p>
            </section>
        }),
    }
}

/// The full report for one assessment.
#[component]
fn Report(
    /// The scored quiz.
    assessment: Assessment,
) -> impl IntoView {
    let a = assessment;
    let headline = match a.outcome {
        Outcome::Management | Outcome::Technical => format!(
            "Your answers show {} lean towards the {} track.",
            a.strength.words(),
            a.outcome.track().map_or("", |t| t.slug())
        ),
        Outcome::Hybrid => "You are strongly drawn to both tracks: a role that mixes leading and doing may suit you best.".to_string(),
        Outcome::Undecided if a.both_low() => {
            "Neither track pulls strongly at the moment.".to_string()
        }
        Outcome::Undecided => "Your pull towards the two tracks is too close to call.".to_string(),
    };
    let rest = RwSignal::new(false);
    browser::after_next_paint(move || rest.set(true));
    let details = a.clone();

    view! {
        <article class=format!("wrap report report-{}", a.outcome.heading().to_ascii_lowercase().replace(' ', "-"))>
            <p class="eyebrow">"Your result"</p>
            <h1>{a.outcome.heading()}</h1>
            <p class="lede">{headline}</p>
            <Notes assessment=a.clone() />
            // The body renders one frame after the verdict has painted: laying out the whole
            // report at once made "See my result" miss the 100 ms budget at 4x CPU (measured
            // with `cargo xtask bench`).
            {move || rest.get().then(|| view! { <ReportBody assessment=details.clone() /> })}
        </article>
    }
}

/// The lean, both scores by theme, then the details.
#[component]
fn ReportBody(
    /// The scored quiz.
    assessment: Assessment,
) -> impl IntoView {
    let a = assessment;
    view! {
        <section aria-labelledby="strength-heading">
            <h2 id="strength-heading">"How strong the lean is"</h2>
            <LeanBand band=a.band />
        </section>

        <section class="report-grid" aria-labelledby="scores-heading">
            <h2 id="scores-heading">"Your two scores"</h2>
            <ScorePlot management=a.management technical=a.technical />
            <ThemeBreakdown themes=a.themes.clone() />
        </section>

        <ReportDetails assessment=a />
    }
}

/// Everything below the scores: why, matching roles, advancing, risks, questions, actions.
#[component]
fn ReportDetails(
    /// The scored quiz.
    assessment: Assessment,
) -> impl IntoView {
    let a = assessment;
    let tracks: Vec<TrackKind> = a
        .outcome
        .track()
        .map_or(TrackKind::ALL.to_vec(), |t| vec![t]);
    let matches: Vec<_> = match_roles(&a, roles())
        .into_iter()
        .take(TOP_ROLES)
        .collect();
    let top_effects: Vec<_> = a
        .effects
        .iter()
        .filter(|e| e.lean != 0.0)
        .take(TOP_EFFECTS)
        .cloned()
        .collect();

    view! {
            <section aria-labelledby="why-heading">
                <h2 id="why-heading">"Why this result"</h2>
                {if top_effects.is_empty() {
                    Either::Left(view! {
                        <p class="why-none">
                            "None of your answers moved the result away from the middle: every statement was answered Neutral."
                        </p>
                    })
                } else {
                    Either::Right(view! { <p>"The answers that moved your result most:"</p> })
                }}
                <ol class="why-list">
                    {top_effects
                        .into_iter()
                        .map(|e| view! {
                            <li>
                                <q>{e.question.text}</q>
                                <span class="why-answer">" You answered: " {format::answer(e.question, e.answer)} "."</span>
                                <span class="why-effect">{format::lean_effect(e.lean)}</span>
                            </li>
                        })
                        .collect_view()}
                </ol>
                <details class="all-effects">
                    <summary>"Every answer and its effect"</summary>
                    <table>
                        <caption>"Effects add up to your lean; either-or questions are a cross-check only and have no effect."</caption>
                        <thead>
                            <tr><th scope="col">"Question"</th><th scope="col">"Your answer"</th><th scope="col">"Effect"</th></tr>
                        </thead>
                        <tbody>
                            {a.effects
                                .iter()
                                .map(|e| view! {
                                    <tr>
                                        <td>{e.question.text}</td>
                                        <td>{format::answer(e.question, e.answer)}</td>
                                        <td class="num">{format::lean_effect(e.lean)}</td>
                                    </tr>
                                })
                                .collect_view()}
                        </tbody>
                    </table>
                </details>
            </section>

            <section aria-labelledby="roles-heading">
                <h2 id="roles-heading">"Roles that fit"</h2>
                <ol class="match-list">
                    {matches
                        .into_iter()
                        .map(|m| view! {
                            <li>
                                <A href=browser::href(&format!("/roles/{}", m.role.slug))>{m.role.title}</A>
                                " "
                                <TrackBadge track=m.role.track />
                                <span class="fit">{format!(" {}% fit", fixed(m.fit, 0))}</span>
                                <p>{m.reason}</p>
                            </li>
                        })
                        .collect_view()}
                </ol>
            </section>

            <section aria-labelledby="advance-heading">
                <h2 id="advance-heading">"How to move forward"</h2>
                {tracks
                    .into_iter()
                    .map(|kind| {
                        let t = track(kind);
                        view! {
                            <h3>{format!("On the {}", t.name.to_ascii_lowercase())}</h3>
                            <Bullets items=t.advance />
                        }
                    })
                    .collect_view()}
            </section>

            <section aria-labelledby="risks-heading">
                <h2 id="risks-heading">"The risks of each path"</h2>
                <div class="two-col">
                    {TrackKind::ALL
                        .into_iter()
                        .map(|kind| {
                            let t = track(kind);
                            view! {
                                <div>
                                    <h3>{t.name}</h3>
                                    <Bullets items=t.risks />
                                </div>
                            }
                        })
                        .collect_view()}
                </div>
            </section>

            <section aria-labelledby="reflect-heading">
                <h2 id="reflect-heading">"Questions to ask yourself"</h2>
                <Bullets items=reflect() />
            </section>

            <p class="report-actions">
                <button type="button" class="button button-primary" on:click=|_| browser::print()>"Print this summary"</button>
                <A href=browser::href("/quiz") attr:class="button">"Change answers or start over"</A>
                <A href=browser::href("/history") attr:class="button">"Your history"</A>
            </p>
            <SaveLink />
    }
}

/// Plain-language notes on how far to trust the result.
#[component]
fn Notes(
    /// The scored quiz.
    assessment: Assessment,
) -> impl IntoView {
    let a = assessment;
    let mut notes: Vec<String> = a
        .issues
        .iter()
        .map(|issue| match issue {
            QualityIssue::Incomplete { answered, total } => {
                format!("You answered {answered} of {total} statements, so part of the picture is missing.")
            }
            QualityIssue::SameAnswer(answer) => format!(
                "You gave the same answer ({}) to every statement, so the result cannot tell what matters more to you.",
                answer.label()
            ),
            QualityIssue::MostlyNeutral { share } => format!(
                "{}% of your answers were Neutral, so the result rests on very few real preferences.",
                fixed(share * 100.0, 0)
            ),
        })
        .collect();
    if let Some(check) = a.cross_check.filter(|c| c.disagrees) {
        notes.push(format!(
            "Your either-or choices pointed the other way ({} management, {} technical) from your statements. Weigh this result with care.",
            check.management, check.technical
        ));
    }
    let label = match a.confidence {
        Confidence::Low => "Low confidence",
        Confidence::Medium => "Medium confidence",
        Confidence::High => return None,
    };
    Some(view! {
        <aside class=format!("note note-{}", label.split(' ').next().unwrap_or_default().to_ascii_lowercase()) aria-label="How far to trust this result">
            <p><strong>{label}</strong></p>
            {if notes.is_empty() {
                Either::Left(view! { <p>"The band around your lean crosses the middle, so the lean is tentative."</p> })
            } else {
                Either::Right(notes.into_iter().map(|n| view! { <p>{n}</p> }).collect_view())
            }}
        </aside>
    })
}
