//! `/roles`: every role, filtered, searched and sorted through the URL query.

use crate::browser::Move;
use crate::{
    browser,
    components::{use_page_weights, RankWhy, RoleCard, SalaryChart, ShortlistPanel, WeightsPanel},
};
use crossroads_core::routes::{Address, Key, Route};
use crossroads_core::{
    explore::{RoleQuery, Sort},
    prose::text,
    roles,
    weigh::rank,
    TrackKind,
};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// The role list with its track filter, search box and sort menu, and the salary chart.
#[component]
pub fn Roles() -> impl IntoView {
    browser::use_title(|| text::ENGINEERING_ROLES.get().into());
    let params = use_query_map();
    // The URL is the state: every control reads from it and writes back to it, so a filtered
    // view can be bookmarked and back/forward step through earlier filters.
    let query = Memo::new(move |_| {
        params.with(|p| {
            let get = |k: Key| p.get_str(k.name());
            RoleQuery::from_params(get(Key::Track), get(Key::Search), get(Key::Sort))
        })
    });
    let to = browser::use_go();
    let go = move |next: RoleQuery, replace: bool| {
        if next == query.get_untracked() {
            return;
        }
        // The filters keep the weights (see `use_page_weights`) in the address.
        let mut address = Address::new(Route::Roles);
        address.query = next.to_params();
        let weights = params.with_untracked(|p| p.get(Key::Weights.name()));
        let how = if replace {
            Move::ReplaceInPlace
        } else {
            Move::PushInPlace
        };
        to(&address.set(Key::Weights, weights), how);
    };
    let set_track = {
        let go = go.clone();
        move |track: Option<TrackKind>| {
            go(
                RoleQuery {
                    track,
                    ..query.get_untracked()
                },
                false,
            )
        }
    };
    let set_sort = {
        let go = go.clone();
        move |sort: Sort| {
            go(
                RoleQuery {
                    sort,
                    ..query.get_untracked()
                },
                false,
            )
        }
    };
    // Typing replaces the history entry; leaving the box (change) records one, so back does
    // not step through every keystroke.
    let set_text = {
        let go = go.clone();
        move |text: String, replace: bool| {
            go(
                RoleQuery {
                    text,
                    ..query.get_untracked()
                },
                replace,
            )
        }
    };
    let clear = {
        let go = go.clone();
        move |_| go(RoleQuery::default(), false)
    };
    let shown = Memo::new(move |_| query.get().apply());
    let empty = Memo::new(move |_| shown.with(Vec::is_empty));
    let weights = use_page_weights(Route::Roles);
    let track_options = [
        (None, text::ALL_TRACKS.get()),
        (
            Some(TrackKind::Management),
            crossroads_words::track(TrackKind::Management),
        ),
        (
            Some(TrackKind::Technical),
            crossroads_words::track(TrackKind::Technical),
        ),
    ];

    view! {
        <section class="wrap">
            <h1>{text::ENGINEERING_ROLES.get()}</h1>
            <p class="lede">{text::ROLES_LEDE.get()}</p>
            <ShortlistPanel />
            <form class="role-filters" role="search" on:submit=|ev| ev.prevent_default()>
                <fieldset class="segmented">
                    <legend>{text::TRACK.get()}</legend>
                    {track_options
                        .into_iter()
                        .map(|(track, label)| {
                            let set_track = set_track.clone();
                            view! {
                                <label>
                                    <input
                                        type="radio"
                                        name="track"
                                        prop:checked=move || query.get().track == track
                                        on:change=move |_| set_track(track)
                                    />
                                    <span>{label}</span>
                                </label>
                            }
                        })
                        .collect_view()}
                </fieldset>
                <div class="field">
                    <label for="role-search">{text::SEARCH_TITLES_DUTIES_AND_SKILLS.get()}</label>
                    <input
                        id="role-search"
                        type="search"
                        maxlength="100"
                        placeholder=text::E_G_BUDGET_TESTING_LEADERSHIP.get()
                        prop:value=move || query.get().text
                        on:input={
                            let set_text = set_text.clone();
                            move |ev| set_text(event_target_value(&ev), false)
                        }
                        on:change=move |ev| set_text(event_target_value(&ev), true)
                    />
                </div>
                <div class="field">
                    <label for="role-sort">{text::SORT_BY.get()}</label>
                    <select id="role-sort" on:change=move |ev| {
                        let value = event_target_value(&ev);
                        if let Some(sort) = Sort::ALL.into_iter().find(|s| s.slug() == value) {
                            set_sort(sort);
                        }
                    }>
                        {Sort::ALL
                            .into_iter()
                            .map(|s| view! {
                                <option value=s.slug() prop:selected=move || query.get().sort == s>{crossroads_words::sort(s)}</option>
                            })
                            .collect_view()}
                    </select>
                </div>
            </form>
            <WeightsPanel page=weights what_it_does=text::WEIGHTS_ON_ROLES />
            <p class="result-count" aria-live="polite">
                {move || {
                    let n = shown.get().len();
                    let count = if query.get().is_filtered() {
                        crossroads_words::roles_showing(n, roles().len())
                    } else {
                        crossroads_words::roles_showing_all(roles().len())
                    };
                    if weights.weights.get().is_neutral() {
                        count
                    } else {
                        crossroads_words::ranked_by_what_matters(&count)
                    }
                }}
            </p>
            {move || if empty.get() {
                    let clear = clear.clone();
                    view! {
                        <div class="empty-state">
                            <p>{text::NO_ROLE_MATCHES_THESE_FILTERS.get()}</p>
                            <button type="button" class="button" on:click=clear>{text::CLEAR_THE_FILTERS.get()}</button>
                        </div>
                    }.into_any()
            } else {
                view! {
                <ul class="card-grid role-grid">
                    // Twelve cards at most: re-rendered on a filter change rather than diffed
                    // by key, which keeps <For>'s keyed diffing out of the wasm.
                    {move || {
                        let w = weights.weights.get();
                        if w.is_neutral() {
                            shown.get().into_iter().map(|role| view! { <RoleCard role /> }).collect_view().into_any()
                        } else {
                            rank(&w, &shown.get(), None)
                                .into_iter()
                                .enumerate()
                                .map(|(now, ranked)| view! {
                                    <RoleCard role=ranked.weighed.role>
                                        <RankWhy ranked now />
                                    </RoleCard>
                                })
                                .collect_view()
                                .into_any()
                        }
                    }}
                </ul>
                }.into_any()
            }}
            <section aria-labelledby="salary-heading">
                <h2 id="salary-heading">{text::SALARIES_SIDE_BY_SIDE.get()}</h2>
                <SalaryChart />
            </section>
        </section>
    }
}
