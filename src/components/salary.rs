//! Salary charts: all roles grouped by track, and one role's place among them.

use crossroads_core::{
    content::track as track_content,
    explore::{max_salary, RoleQuery},
    format::fixed,
    prose::text,
    roles, Role, TrackKind,
};
use crossroads_words::{salary_place, salary_shown, track_range, usd};
use leptos::prelude::*;

const WIDTH: f64 = 480.0;
const ROW: f64 = 40.0;
const GROUP_HEAD: f64 = 34.0;

/// Every role's average salary as horizontal bars grouped by track, with each track's range
/// in words, what the figures are, and why the tracks are not like for like; the same numbers
/// follow as a table for screen readers and print.
#[component]
pub fn SalaryChart() -> impl IntoView {
    let scale = |salary: u32| f64::from(salary) / f64::from(max_salary()) * (WIDTH - 90.0);
    let mut y = 0.0;
    let mut parts = Vec::new();
    for track in TrackKind::ALL {
        let group = RoleQuery {
            track: Some(track),
            ..Default::default()
        }
        .apply();
        y += GROUP_HEAD;
        let heading = y - 12.0;
        let rows: Vec<_> = group
            .iter()
            .map(|r| {
                let row_y = y;
                y += ROW;
                // A role the sources give no figure for gets words, not a bar of made-up length.
                let width = r.salary.map(scale);
                view! {
                    <text class="bar-label" x="0" y=fixed(row_y + 12.0, 1)>{r.title.get()}</text>
                    {width.map(|w| view! {
                        <rect class=format!("bar-{}", track.slug()) x="0" y=fixed(row_y + 18.0, 1) width=fixed(w, 1) height="14" rx="3" />
                    })}
                    <text class="bar-amount" x=fixed(width.map_or(0.0, |w| w + 6.0), 1) y=fixed(row_y + 30.0, 1)>{salary_shown(r)}</text>
                }
            })
            .collect();
        parts.push(view! {
            <text class="group-label" x="0" y=fixed(heading, 1)>{track_content(track).name.get()}</text>
            {rows}
        });
    }
    let height = y + 4.0;
    let summary = crossroads_words::average_salaries();
    view! {
        <figure class="salary-chart">
            <svg viewBox=format!("0 0 {} {}", fixed(WIDTH, 0), fixed(height, 0)) role="img" aria-label=summary.clone()>
                {parts}
            </svg>
            <figcaption>{summary}</figcaption>
        </figure>
        <p class="fine-print salary-source">{text::SALARY_SOURCE.get()}</p>
        <p class="fine-print">{text::TRACK_PAY_CAVEAT.get()}</p>
        // A table ignores a 1px width, so the visually hidden box is a wrapper around it.
        <div class="sr-only print-table">
        <table>
            <caption>{text::AVERAGE_SALARY_BY_ROLE.get()}</caption>
            <thead>
                <tr><th scope="col">{text::ROLE.get()}</th><th scope="col">{text::TRACK.get()}</th><th scope="col">{text::AVERAGE_SALARY.get()}</th></tr>
            </thead>
            <tbody>
                {roles()
                    .iter()
                    .map(|r| view! {
                        <tr><th scope="row">{r.title.get()}</th><td>{crossroads_words::track(r.track)}</td><td>{salary_shown(r)}</td></tr>
                    })
                    .collect_view()}
            </tbody>
        </table>
        </div>
    }
}

/// One role's salary among all the roles with a figure: a dot per role on one line, this one
/// highlighted (a role without a figure has no dot, and the caption says why).
#[component]
pub fn SalaryStrip(
    /// The role to place.
    role: &'static Role,
) -> impl IntoView {
    let min = roles().iter().filter_map(|r| r.salary).min().unwrap_or(0);
    let max = max_salary();
    let at =
        |s: u32| 12.0 + f64::from(s.saturating_sub(min)) / f64::from((max - min).max(1)) * 456.0;
    let text = format!("{} {}", salary_place(role), track_range(role.track));
    view! {
        <figure class="salary-strip">
            <svg viewBox="0 0 480 58" role="img" aria-label=text.clone()>
                <line class="axis" x1="12" y1="24" x2="468" y2="24" />
                {roles()
                    .iter()
                    .filter(|r| r.slug != role.slug)
                    .filter_map(|r| Some((r, r.salary?)))
                    .map(|(r, salary)| view! {
                        <circle class=format!("dot dot-{}", r.track.slug()) cx=fixed(at(salary), 1) cy="24" r="5" />
                    })
                    .collect_view()}
                {role.salary.map(|own| view! { <circle class="dot-you" cx=fixed(at(own), 1) cy="24" r="9" /> })}
                <text class="strip-end" x="12" y="52">{usd(min)}</text>
                <text class="strip-end end" x="468" y="52">{usd(max)}</text>
            </svg>
            <figcaption>{text}</figcaption>
        </figure>
        <p class="fine-print salary-source">{text::SALARY_SOURCE.get()}</p>
    }
}
