//! `/compare`: the two tracks side by side, then any two or three roles (`?roles=a,b,c`).

use crate::browser::Move;
use crate::{
    browser,
    components::{Bullets, ScrollTable, TrackBadge},
};
use crossroads_core::routes::{Address, Key, Route};
use crossroads_core::{
    explore::{ComparePick, MAX_COMPARE},
    prose::text,
    role, roles, track, Role, TrackKind,
};
use crossroads_words::track_range;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// The track comparison, the role picker and the chosen roles side by side.
#[component]
pub fn Compare() -> impl IntoView {
    browser::use_title(|| text::COMPARE_THE_TRACKS.get().into());
    let params = use_query_map();
    let pick = Memo::new(move |_| {
        params.with(|p| ComparePick::parse(p.get_str(Key::Roles.name()).unwrap_or_default()))
    });
    let go = browser::use_go();
    let toggle = move |slug: &'static str| {
        let value = pick.get_untracked().toggled(slug).to_value();
        let address =
            Address::new(Route::Compare).set(Key::Roles, (!value.is_empty()).then_some(value));
        go(&address, Move::PushInPlace);
    };

    view! {
        <section class="wrap compare">
            <h1>{text::COMPARE_THE_TRACKS.get()}</h1>
            <p class="lede">{text::COMPARE_LEDE.get()}</p>
            <TrackSummaries />
            <TrackTable />
            <section aria-labelledby="pick-heading">
                <h2 id="pick-heading">{text::COMPARE_ROLES.get()}</h2>
                <fieldset class="role-picker">
                    <legend>{crossroads_words::compare_choose(MAX_COMPARE)}</legend>
                    {TrackKind::ALL
                        .into_iter()
                        .map(|kind| {
                            let toggle = toggle.clone();
                            view! {
                                <div class="picker-group">
                                    <p class="picker-track"><TrackBadge track=kind /></p>
                                    {roles()
                                        .iter()
                                        .filter(|r| r.track == kind)
                                        .map(|r| {
                                            let toggle = toggle.clone();
                                            let chosen = move || pick.get().roles.iter().any(|c| c.slug == r.slug);
                                            let id = format!("pick-{}", r.slug);
                                            let label_for = id.clone();
                                            view! {
                                                <div class="check">
                                                    <input
                                                        type="checkbox"
                                                        id=id
                                                        prop:checked=chosen
                                                        prop:disabled=move || { !chosen() && pick.get().roles.len() >= MAX_COMPARE }
                                                        on:change=move |_| toggle(r.slug)
                                                    />
                                                    <label for=label_for>{r.title.get()}</label>
                                                </div>
                                            }
                                        })
                                        .collect_view()}
                                </div>
                            }
                        })
                        .collect_view()}
                </fieldset>
                <p class="picker-status" aria-live="polite">
                    {move || crossroads_words::roles_chosen(pick.get().roles.len(), MAX_COMPARE)}
                </p>
                {move || {
                    let ignored = pick.get().ignored;
                    (!ignored.is_empty()).then(|| view! {
                        <p class="note" role="status">
                            {crossroads_words::compare_ignored(MAX_COMPARE, &ignored)}
                        </p>
                    }.into_any())
                }}
                {move || {
                    let chosen = pick.get().roles;
                    (chosen.len() >= 2).then(|| view! { <RoleTable roles=chosen /> }.into_any())
                }}
            </section>
        </section>
    }
}

/// Each track in a short paragraph, before the details.
#[component]
fn TrackSummaries() -> impl IntoView {
    view! {
        <div class="card-grid track-summaries">
            {TrackKind::ALL
                .into_iter()
                .map(|kind| {
                    let t = track(kind);
                    let id = format!("summary-{}", kind.slug());
                    let labelled_by = id.clone();
                    view! {
                        <section class=format!("card track-card track-{}", kind.slug()) aria-labelledby=labelled_by>
                            <TrackBadge track=kind />
                            <h2 id=id>{t.name.get()}</h2>
                            <p class="track-tagline">{t.tagline.get()}</p>
                            <p>{t.summary.get()}</p>
                        </section>
                    }
                })
                .collect_view()}
        </div>
    }
}

/// The two tracks in a table: skills, qualifications, who each suits, advancing, top jobs.
#[component]
fn TrackTable() -> impl IntoView {
    let [m, t] = TrackKind::ALL.map(track);
    let jobs = |slugs: &'static [&'static str]| {
        view! {
            <ul>
                {slugs
                    .iter()
                    .filter_map(|s| role(s))
                    .map(|r| view! { <li><a href=browser::link(&Route::role(r.slug))>{r.title.get()}</a></li> })
                    .collect_view()}
            </ul>
        }
    };
    view! {
        <ScrollTable id="track-table-caption" caption=text::TRACKS_SIDE_BY_SIDE.get() class="compare-table">
                <thead role="rowgroup">
                    <tr role="row">
                        <td role="cell"></td>
                        <th role="columnheader" scope="col"><TrackBadge track=TrackKind::Management /> " " {m.name.get()}</th>
                        <th role="columnheader" scope="col"><TrackBadge track=TrackKind::Technical /> " " {t.name.get()}</th>
                    </tr>
                </thead>
                <tbody role="rowgroup">
                    <tr role="row"><th role="rowheader" scope="row">{text::SKILLS_NEEDED.get()}</th><td role="cell" data-label=m.name.get()><Bullets items=crossroads_core::prose::texts(m.skill_names) /></td><td role="cell" data-label=t.name.get()><Bullets items=crossroads_core::prose::texts(t.skill_names) /></td></tr>
                    <tr role="row"><th role="rowheader" scope="row">{text::QUALIFICATIONS.get()}</th><td role="cell" data-label=m.name.get()><Bullets items=crossroads_core::prose::texts(m.qualifications) /></td><td role="cell" data-label=t.name.get()><Bullets items=crossroads_core::prose::texts(t.qualifications) /></td></tr>
                    <tr role="row"><th role="rowheader" scope="row">{text::WHO_IT_SUITS.get()}</th><td role="cell" data-label=m.name.get()>{m.suits.get()}</td><td role="cell" data-label=t.name.get()>{t.suits.get()}</td></tr>
                    <tr role="row"><th role="rowheader" scope="row">{text::HOW_TO_ADVANCE.get()}</th><td role="cell" data-label=m.name.get()><Bullets items=crossroads_core::prose::texts(m.advance) /></td><td role="cell" data-label=t.name.get()><Bullets items=crossroads_core::prose::texts(t.advance) /></td></tr>
                    <tr role="row"><th role="rowheader" scope="row">{text::TOP_JOBS.get()}</th><td role="cell" data-label=m.name.get()>{jobs(m.top_jobs)}</td><td role="cell" data-label=t.name.get()>{jobs(t.top_jobs)}</td></tr>
                    <tr role="row"><th role="rowheader" scope="row">{text::PAY_AVERAGE_PER_ROLE.get()}</th><td role="cell" data-label=m.name.get()>{track_range(TrackKind::Management)}</td><td role="cell" data-label=t.name.get()>{track_range(TrackKind::Technical)}</td></tr>
                </tbody>
        </ScrollTable>
        <p class="fine-print salary-source">{text::SALARY_SOURCE.get()}</p>
        <p class="fine-print">{text::TRACK_PAY_CAVEAT.get()}</p>
    }
}

/// Chosen roles in columns, one row per aspect.
#[component]
fn RoleTable(
    /// Two or three roles.
    roles: Vec<&'static Role>,
) -> impl IntoView {
    let row = |label: &'static str, cell: fn(&'static Role) -> AnyView, roles: &[&'static Role]| {
        view! {
            <tr role="row">
                <th role="rowheader" scope="row">{label}</th>
                {roles.iter().copied().map(|r| view! { <td role="cell" data-label=r.title.get()>{cell(r)}</td> }).collect_view()}
            </tr>
        }
    };
    fn list(items: Vec<&'static str>) -> AnyView {
        view! { <Bullets items /> }.into_any()
    }
    view! {
        <ScrollTable id="role-table-caption" caption=text::ROLES_SIDE_BY_SIDE.get() class="compare-table roles-table">
                <thead role="rowgroup">
                    <tr role="row">
                        <td role="cell"></td>
                        {roles
                            .iter()
                            .copied()
                            .map(|r| view! {
                                <th role="columnheader" scope="col"><a href=browser::link(&Route::role(r.slug))>{r.title.get()}</a></th>
                            })
                            .collect_view()}
                    </tr>
                </thead>
                <tbody role="rowgroup">
                    {row(text::TRACK.get(), |r| view! { <TrackBadge track=r.track /> }.into_any(), &roles)}
                    {row(text::AVERAGE_SALARY.get(), |r| view! { <span class="salary">{crossroads_words::salary_shown(r)}</span> }.into_any(), &roles)}
                    {row(text::WHAT_IT_IS.get(), |r| r.summary.get().into_any(), &roles)}
                    {row(text::MAIN_DUTIES.get(), |r| list(crossroads_core::prose::texts(r.duties)), &roles)}
                    {row(text::SKILLS.get(), |r| list(crossroads_core::prose::texts(r.skill_names)), &roles)}
                    {row(text::QUALIFICATIONS.get(), |r| list(crossroads_core::prose::texts(r.qualifications)), &roles)}
                    {row(text::HOW_PEOPLE_GET_THERE.get(), |r| r.path.get().into_any(), &roles)}
                </tbody>
        </ScrollTable>
        <p class="fine-print salary-source">{text::SALARY_SOURCE.get()}</p>
    }
}
