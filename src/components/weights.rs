//! "What matters to you": the panel that weighs roles (see `crossroads_core::weigh`), and
//! where its weights live: in the page's address (`?pref=4000300`), so a weighted ranking can
//! be bookmarked and shared, and in the saved progress, so they come back on the next visit.
//! Links made before "No preference" existed carry `?w=`, read the old way.

use crate::{
    browser::{self, Move},
    state::use_progress,
};
use crossroads_core::prose::text;
use crossroads_core::{
    persist,
    routes::{Key, Route},
    weigh::{Concern, Ranked, Weights, TOP_STEP},
};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// The weights of a page and a way to change them.
#[derive(Clone, Copy)]
pub struct PageWeights {
    /// The link's weights when it has them, else the saved weights.
    pub weights: Memo<Weights>,
    /// Saves new weights and writes them into the address (replacing the history entry, so
    /// back does not step through every notch).
    pub set: Callback<Weights>,
}

/// The weights of the page at `route`, whose other query parameters are kept as they are.
pub fn use_page_weights(route: Route) -> PageWeights {
    let params = use_query_map();
    let progress = use_progress();
    let decide = move || {
        let saved = progress.with(|d| d.weights);
        params.with(|p| {
            persist::page_weights(
                p.get_str(Key::Weights.name()),
                p.get_str(Key::OldWeights.name()),
                saved,
            )
        })
    };
    let weights = Memo::new(move |_| decide().shown);
    let go = browser::use_go();
    let set = Callback::new(move |next: Weights| {
        progress.change(|d| d.weights = next);
        let address = params
            .with_untracked(|p| browser::address_of(route.clone(), p))
            .set(Key::OldWeights, None)
            .set(Key::Weights, (!next.is_neutral()).then(|| next.to_param()));
        go(&address, Move::ReplaceInPlace);
    });
    // Weights that came back from storage go into the address too, so the page as shown can
    // be bookmarked or shared.
    Effect::new(move |_| {
        if let Some(w) = untrack(decide).write {
            set.run(w);
        }
    });
    PageWeights { weights, set }
}

/// Seven five-step sliders with their values in words, and a reset, behind a disclosure. Native range inputs:
/// arrow keys move them, and screen readers hear the step's words.
#[component]
pub fn WeightsPanel(
    /// The weights shown and how to change them.
    page: PageWeights,
    /// What the weights do on this page, in a sentence.
    what_it_does: crossroads_core::prose::Prose,
) -> impl IntoView {
    let PageWeights { weights, set } = page;
    view! {
        // Folded until used: seven sliders took two phone screens before the first role. A
        // page whose weights are set (from the address or storage) opens with them shown.
        <details class="card weights-panel" prop:open=!weights.get_untracked().is_neutral()>
            <summary id="weights-heading">{text::SORT_BY_WHAT_MATTERS_TO.get()}</summary>
            <p class="fine-print">
                {format!("{what_it_does} {}", crossroads_core::prose::text::WEIGHTS_STEPS)}
            </p>
            <div class="weights-grid">
                {Concern::ALL
                    .into_iter()
                    .map(|concern| {
                        let id = format!("weight-{}", concern.key());
                        let step = move || usize::from(weights.get().get(concern));
                        view! {
                            <div class="weight">
                                <label for=id.clone()>{crossroads_words::concern(concern)}</label>
                                <input
                                    id=id.clone()
                                    type="range"
                                    min="0"
                                    max=TOP_STEP.to_string()
                                    step="1"
                                    prop:value=move || step().to_string()
                                    aria-valuetext=move || crossroads_words::weigh_step(weights.get().get(concern))
                                    on:input=move |ev| {
                                        let Some(slider) = browser::files::input_of(&ev) else {
                                            return;
                                        };
                                        // The slider has moved already; ranking twelve roles
                                        // again can wait for that frame to be painted. It then
                                        // takes the slider's value as it is by that time: a value
                                        // read at the key press would set the slider back if
                                        // another press came before the paint.
                                        browser::after_next_paint(move || {
                                            let value = slider.value().parse().unwrap_or(0);
                                            set.run(weights.get_untracked().with(concern, value));
                                        });
                                    }
                                />
                                <output for=id aria-hidden="true">{move || crossroads_words::weigh_step(weights.get().get(concern))}</output>
                            </div>
                        }
                    })
                    .collect_view()}
            </div>
            <p>
                <button
                    type="button"
                    class="button"
                    disabled=move || weights.get().is_neutral()
                    on:click=move |_| set.run(Weights::default())
                >
                    {text::RESET_USUAL_ORDER.get()}
                </button>
            </p>
        </details>
    }
}

/// Why a role sits where it does under the weights: how far it moved and the traits that
/// weigh most for this person.
#[component]
pub fn RankWhy(
    /// The role's place in the weighted ranking.
    ranked: Ranked,
    /// Its place in that ranking (0 is first).
    now: usize,
) -> impl IntoView {
    let moved = crossroads_words::moved(ranked.was, now);
    view! {
        <div class="rank-why">
            <p class="moved">{moved}</p>
            <ul>{ranked.weighed.reasons.into_iter().map(|r| view! { <li>{crossroads_words::reason(r, ranked.weighed.role)}</li> }).collect_view()}</ul>
        </div>
    }
}
