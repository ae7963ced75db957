//! Salary charts: all roles grouped by track, and one role's place among them.

use crossroads_core::{
    explore::{max_salary, salary_rank, track_average, RoleQuery},
    format::{fixed, ordinal, usd},
    roles, Role, TrackKind,
};
use leptos::prelude::*;

const WIDTH: f64 = 480.0;
const ROW: f64 = 40.0;
const GROUP_HEAD: f64 = 34.0;

/// Every role's average salary as horizontal bars grouped by track, with each track's mean
/// marked; the same numbers follow as a table for screen readers and print.
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
        let top = y;
        y += GROUP_HEAD;
        let heading = y - 12.0;
        let rows: Vec<_> = group
            .iter()
            .map(|r| {
                let row_y = y;
                y += ROW;
                view! {
                    <text class="bar-label" x="0" y=fixed(row_y + 12.0, 1)>{r.title}</text>
                    <rect class=format!("bar-{}", track.slug()) x="0" y=fixed(row_y + 18.0, 1) width=fixed(scale(r.salary), 1) height="14" rx="3" />
                    <text class="bar-amount" x=fixed(scale(r.salary) + 6.0, 1) y=fixed(row_y + 30.0, 1)>{usd(r.salary)}</text>
                }
            })
            .collect();
        let avg = track_average(track);
        let avg_x = fixed(scale(avg), 1);
        parts.push(view! {
            <line class="avg-line" x1=avg_x.clone() x2=avg_x.clone() y1=fixed(top + GROUP_HEAD - 4.0, 1) y2=fixed(y, 1) />
            <text class="group-label" x="0" y=fixed(heading, 1)>{format!("{} track", track.label())}</text>
            {rows}
            <text class="avg-label" x=fixed(scale(avg) + 4.0, 1) y=fixed(top + GROUP_HEAD - 6.0, 1)>{format!("average {}", usd(avg))}</text>
        });
    }
    let height = y + 4.0;
    let summary = format!(
        "Average salaries of the twelve roles. Management track average {}, technical track average {}.",
        usd(track_average(TrackKind::Management)),
        usd(track_average(TrackKind::Technical))
    );
    view! {
        <figure class="salary-chart">
            <svg viewBox=format!("0 0 {} {}", fixed(WIDTH, 0), fixed(height, 0)) role="img" aria-label=summary.clone()>
                {parts}
            </svg>
            <figcaption>{summary}</figcaption>
        </figure>
        // A table ignores a 1px width, so the visually hidden box is a wrapper around it.
        <div class="sr-only print-table">
        <table>
            <caption>"Average salary by role"</caption>
            <thead>
                <tr><th scope="col">"Role"</th><th scope="col">"Track"</th><th scope="col">"Average salary"</th></tr>
            </thead>
            <tbody>
                {roles()
                    .iter()
                    .map(|r| view! {
                        <tr><th scope="row">{r.title}</th><td>{r.track.label()}</td><td>{usd(r.salary)}</td></tr>
                    })
                    .collect_view()}
                {TrackKind::ALL
                    .iter()
                    .map(|t| view! {
                        <tr><th scope="row">{format!("{} track average", t.label())}</th><td>{t.label()}</td><td>{usd(track_average(*t))}</td></tr>
                    })
                    .collect_view()}
            </tbody>
        </table>
        </div>
    }
}

/// One role's salary among all twelve: a dot per role on one line, this one highlighted.
#[component]
pub fn SalaryStrip(
    /// The role to place.
    role: &'static Role,
) -> impl IntoView {
    let min = roles().iter().map(|r| r.salary).min().unwrap_or(0);
    let max = max_salary();
    let at = |s: u32| 12.0 + f64::from(s - min) / f64::from((max - min).max(1)) * 456.0;
    let rank = salary_rank(role);
    let avg = track_average(role.track);
    let text = format!(
        "{} ranks {} of {} roles by average salary ({}). The {} track averages {}.",
        role.title,
        ordinal(rank),
        roles().len(),
        usd(role.salary),
        role.track.label().to_ascii_lowercase(),
        usd(avg)
    );
    view! {
        <figure class="salary-strip">
            <svg viewBox="0 0 480 58" role="img" aria-label=text.clone()>
                <line class="axis" x1="12" y1="24" x2="468" y2="24" />
                {roles()
                    .iter()
                    .filter(|r| r.slug != role.slug)
                    .map(|r| view! {
                        <circle class=format!("dot dot-{}", r.track.slug()) cx=fixed(at(r.salary), 1) cy="24" r="5" />
                    })
                    .collect_view()}
                <circle class="dot-you" cx=fixed(at(role.salary), 1) cy="24" r="9" />
                <text class="strip-end" x="12" y="52">{usd(min)}</text>
                <text class="strip-end end" x="468" y="52">{usd(max)}</text>
            </svg>
            <figcaption>{text}</figcaption>
        </figure>
    }
}
