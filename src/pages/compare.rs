//! `/compare`: the two tracks side by side, then any two or three roles (`?roles=a,b,c`).

use crate::{
    browser,
    components::{Bullets, ScrollTable, TrackBadge},
};
use crossroads_core::routes::Route;
use crossroads_core::{
    explore::{ComparePick, MAX_COMPARE},
    prose::text,
    role, roles, track, Role, TrackKind,
};
use crossroads_words::{track_range, usd};
use leptos::prelude::*;
use leptos_router::{
    hooks::{use_navigate, use_query_map},
    NavigateOptions,
};

/// The track comparison, the role picker and the chosen roles side by side.
#[component]
pub fn Compare() -> impl IntoView {
    browser::use_title(|| "Compare the tracks".into());
    let params = use_query_map();
    let pick = Memo::new(move |_| {
        params.with(|p| ComparePick::parse(p.get_str("roles").unwrap_or_default()))
    });
    let navigate = use_navigate();
    let toggle = move |slug: &'static str| {
        let next = pick.get_untracked().toggled(slug);
        let value = next.to_value();
        let params = if value.is_empty() {
            vec![]
        } else {
            vec![("roles", value)]
        };
        // navigate() adds the router's base itself, so the link is made for an empty base.
        navigate(
            &Route::Compare.href_with("", &params),
            NavigateOptions {
                scroll: false,
                ..Default::default()
            },
        );
    };

    view! {
        <section class="wrap compare">
            <h1>"Compare the tracks"</h1>
            <p class="lede">{text::COMPARE_LEDE.get()}</p>
            <TrackSummaries />
            <TrackTable />
            <section aria-labelledby="pick-heading">
                <h2 id="pick-heading">"Compare roles"</h2>
                <fieldset class="role-picker">
                    <legend>{text::COMPARE_CHOOSE.fill([&MAX_COMPARE.to_string()])}</legend>
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
                                                    <label for=label_for>{r.title}</label>
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
                    {move || match pick.get().roles.len() {
                        0 => "No roles chosen yet.".to_string(),
                        1 => "One role chosen: choose another to compare.".to_string(),
                        n if n >= MAX_COMPARE => format!("{n} roles chosen, the most that fit side by side. Untick one to choose another."),
                        n => format!("{n} roles chosen."),
                    }}
                </p>
                {move || {
                    let ignored = pick.get().ignored;
                    (!ignored.is_empty()).then(|| view! {
                        <p class="note" role="status">
                            {text::COMPARE_IGNORED.fill([&MAX_COMPARE.to_string(), &ignored.join(", ")])}
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
                            <h2 id=id>{t.name}</h2>
                            <p class="track-tagline">{t.tagline}</p>
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
                    .map(|r| view! { <li><a href=browser::link(&Route::role(r.slug))>{r.title}</a></li> })
                    .collect_view()}
            </ul>
        }
    };
    view! {
        <ScrollTable id="track-table-caption" caption="The management and technical tracks side by side" class="compare-table">
                <thead role="rowgroup">
                    <tr role="row">
                        <td role="cell"></td>
                        <th role="columnheader" scope="col"><TrackBadge track=TrackKind::Management /> " " {m.name}</th>
                        <th role="columnheader" scope="col"><TrackBadge track=TrackKind::Technical /> " " {t.name}</th>
                    </tr>
                </thead>
                <tbody role="rowgroup">
                    <tr role="row"><th role="rowheader" scope="row">"Skills needed"</th><td role="cell" data-label=m.name><Bullets items=m.skills.to_vec() /></td><td role="cell" data-label=t.name><Bullets items=t.skills.to_vec() /></td></tr>
                    <tr role="row"><th role="rowheader" scope="row">"Qualifications"</th><td role="cell" data-label=m.name><Bullets items=crossroads_core::prose::texts(m.qualifications) /></td><td role="cell" data-label=t.name><Bullets items=crossroads_core::prose::texts(t.qualifications) /></td></tr>
                    <tr role="row"><th role="rowheader" scope="row">"Who it suits"</th><td role="cell" data-label=m.name>{m.suits.get()}</td><td role="cell" data-label=t.name>{t.suits.get()}</td></tr>
                    <tr role="row"><th role="rowheader" scope="row">"How to advance"</th><td role="cell" data-label=m.name><Bullets items=crossroads_core::prose::texts(m.advance) /></td><td role="cell" data-label=t.name><Bullets items=crossroads_core::prose::texts(t.advance) /></td></tr>
                    <tr role="row"><th role="rowheader" scope="row">"Top jobs"</th><td role="cell" data-label=m.name>{jobs(m.top_jobs)}</td><td role="cell" data-label=t.name>{jobs(t.top_jobs)}</td></tr>
                    <tr role="row"><th role="rowheader" scope="row">"Pay (average per role)"</th><td role="cell" data-label=m.name>{track_range(TrackKind::Management)}</td><td role="cell" data-label=t.name>{track_range(TrackKind::Technical)}</td></tr>
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
                {roles.iter().copied().map(|r| view! { <td role="cell" data-label=r.title>{cell(r)}</td> }).collect_view()}
            </tr>
        }
    };
    fn list(items: Vec<&'static str>) -> AnyView {
        view! { <Bullets items /> }.into_any()
    }
    view! {
        <ScrollTable id="role-table-caption" caption="The chosen roles side by side" class="compare-table roles-table">
                <thead role="rowgroup">
                    <tr role="row">
                        <td role="cell"></td>
                        {roles
                            .iter()
                            .copied()
                            .map(|r| view! {
                                <th role="columnheader" scope="col"><a href=browser::link(&Route::role(r.slug))>{r.title}</a></th>
                            })
                            .collect_view()}
                    </tr>
                </thead>
                <tbody role="rowgroup">
                    {row("Track", |r| view! { <TrackBadge track=r.track /> }.into_any(), &roles)}
                    {row("Average salary", |r| view! { <span class="salary">{usd(r.salary)}</span> }.into_any(), &roles)}
                    {row("What it is", |r| r.summary.get().into_any(), &roles)}
                    {row("Main duties", |r| list(crossroads_core::prose::texts(r.duties)), &roles)}
                    {row("Skills", |r| list(r.skills.to_vec()), &roles)}
                    {row("Qualifications", |r| list(crossroads_core::prose::texts(r.qualifications)), &roles)}
                    {row("How people get there", |r| r.path.get().into_any(), &roles)}
                </tbody>
        </ScrollTable>
        <p class="fine-print salary-source">{text::SALARY_SOURCE.get()}</p>
    }
}
