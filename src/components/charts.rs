//! Accessible SVG charts for the result page. Each carries its numbers in text as well.

use crossroads_core::{
    format::{self, fixed},
    scoring::{Band, ThemeScore},
};
use leptos::prelude::*;

/// The two scale scores as a point on a plane: technical across, management up.
#[component]
pub fn ScorePlot(
    /// Management pull, 0-100.
    management: f64,
    /// Technical pull, 0-100.
    technical: f64,
) -> impl IntoView {
    let (x, y) = (30.0 + technical * 2.0, 230.0 - management * 2.0);
    let description = format!(
        "Management pull {} out of 100, technical pull {} out of 100.",
        fixed(management, 0),
        fixed(technical, 0)
    );
    view! {
        <figure class="score-plot">
            <svg viewBox="0 0 250 260" role="img" aria-labelledby="plot-title plot-desc">
                <title id="plot-title">"Your two scores"</title>
                <desc id="plot-desc">{description.clone()}</desc>
                <rect class="quad quad-management" x="30" y="30" width="100" height="100" />
                <rect class="quad quad-hybrid" x="130" y="30" width="100" height="100" />
                <rect class="quad quad-undecided" x="30" y="130" width="100" height="100" />
                <rect class="quad quad-technical" x="130" y="130" width="100" height="100" />
                <text class="quad-label" x="80" y="84">"Management"</text>
                <text class="quad-label" x="180" y="84">"Hybrid"</text>
                <text class="quad-label" x="80" y="184">"Undecided"</text>
                <text class="quad-label" x="180" y="184">"Technical"</text>
                <line class="axis" x1="30" y1="230" x2="230" y2="230" />
                <line class="axis" x1="30" y1="30" x2="30" y2="230" />
                <text class="axis-label" x="130" y="252">"Technical pull →"</text>
                <text class="axis-label" x="12" y="130" transform="rotate(-90 12 130)">"Management pull →"</text>
                <circle class="you" cx=fixed(x, 1) cy=fixed(y, 1) r="8" />
            </svg>
            <figcaption>{description}</figcaption>
        </figure>
    }
}

/// The lean on a line from technical to management, with its uncertainty band.
#[component]
pub fn LeanBand(
    /// The lean and its interval.
    band: Band,
) -> impl IntoView {
    let at = |v: f64| 20.0 + (v + 100.0) * 1.4;
    let summary = format!(
        "Your lean is {}, likely between {} and {}.",
        format::lean(band.lean),
        format::lean(band.low),
        format::lean(band.high)
    );
    view! {
        <figure class="lean-band">
            <svg viewBox="0 0 320 64" role="img" aria-label=summary.clone()>
                <line class="axis" x1="20" y1="30" x2="300" y2="30" />
                <line class="middle" x1="160" y1="14" x2="160" y2="46" />
                <rect
                    class="band"
                    x=fixed(at(band.low), 1)
                    y="20"
                    width=fixed(at(band.high) - at(band.low), 1)
                    height="20"
                    rx="4"
                />
                <circle class="you" cx=fixed(at(band.lean), 1) cy="30" r="6" />
                <text class="end-label" x="20" y="60">"Technical"</text>
                <text class="end-label end" x="300" y="60">"Management"</text>
            </svg>
            <figcaption>
                {summary}
                {band.crosses_middle().then_some(" The band crosses the middle: the lean could go either way.")}
            </figcaption>
        </figure>
    }
}

/// Each theme's management and technical subscores as bars, with the numbers in the table.
#[component]
pub fn ThemeBreakdown(
    /// One row per theme.
    themes: Vec<ThemeScore>,
) -> impl IntoView {
    let cell = |score: Option<f64>, class: &'static str| {
        match score {
        Some(s) => view! {
            <td>
                <span class="bar-cell">
                    <span class=format!("bar {class}") style:width=format!("{}%", fixed(s, 0))></span>
                </span>
                <span class="bar-value">{fixed(s, 0)}</span>
            </td>
        }
        .into_any(),
        None => view! { <td>"–"</td> }.into_any(),
    }
    };
    view! {
        <table class="theme-table">
            <caption>"Pull towards each track by theme, out of 100"</caption>
            <thead>
                <tr>
                    <th scope="col">"Theme"</th>
                    <th scope="col">"Management"</th>
                    <th scope="col">"Technical"</th>
                </tr>
            </thead>
            <tbody>
                {themes
                    .into_iter()
                    .map(|t| view! {
                        <tr>
                            <th scope="row">{t.theme.name}</th>
                            {cell(t.management, "bar-management")}
                            {cell(t.technical, "bar-technical")}
                        </tr>
                    })
                    .collect_view()}
            </tbody>
        </table>
    }
}
