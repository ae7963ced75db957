//! Accessible SVG charts for the result page. Each carries its numbers in text as well.

use super::Fold;
use crate::browser;
use crossroads_core::prose::{text, ui};
use crossroads_core::routes::Route;
use crossroads_core::{
    format::fixed,
    scoring::{place_you, regions, Anchor, Assessment, Frame, ThemeScore, PULL},
};
use leptos::prelude::*;
use std::sync::Arc;

/// The two scale scores as a point on a plane (technical across, management up), over the
/// areas where each verdict is given, drawn from the scoring's own rules.
#[component]
pub fn ScorePlot(
    /// The result whose scores the dot shows.
    assessment: Arc<Assessment>,
) -> impl IntoView {
    let (x, y) = (Frame::x, Frame::y);
    let description = crossroads_words::plot_description(&assessment);
    let regions = regions(assessment.leadership);
    let names = regions
        .each_ref()
        .map(|r| crossroads_words::area(r.outcome).chars().count());
    let areas = regions
        .into_iter()
        .map(|r| {
            let points: Vec<String> = r
                .corners
                .iter()
                .map(|&(t, m)| format!("{},{}", fixed(x(t), 1), fixed(y(m), 1)))
                .collect();
            let (lx, ly) = Frame::name_at(r.outcome);
            let name = crossroads_words::area(r.outcome);
            view! {
                <polygon class=format!("area area-{}", r.outcome.slug()) points=points.join(" ") />
                <text class="area-label" x=fixed(lx, 1) y=fixed(ly, 1)>{name}</text>
            }
        })
        .collect_view();
    let you = crossroads_words::plot_you(assessment.face_value, assessment.carries_verdict());
    let (management, technical) = (assessment.management, assessment.technical);
    let spot = place_you(management, technical, you.chars().count(), names);
    let anchor = match spot.anchor {
        Anchor::Start => "start",
        Anchor::Middle => "middle",
        Anchor::End => "end",
    };
    // The rotated axis label sits below the y tick at PULL so the two never overlap.
    view! {
        <figure class="score-plot">
            <svg viewBox="0 0 250 260" role="img" aria-labelledby="plot-title plot-desc">
                <title id="plot-title">{text::YOUR_TWO_SCORES.get()}</title>
                <desc id="plot-desc">{description.clone()}</desc>
                {areas}
                <line class="axis" x1="30" y1="230" x2="230" y2="230" />
                <line class="axis" x1="30" y1="30" x2="30" y2="230" />
                <text class="tick" x="30" y="242">"0"</text>
                <text class="tick" x=fixed(x(PULL), 1) y="242">{fixed(PULL, 0)}</text>
                <text class="tick" x="230" y="242">"100"</text>
                <text class="axis-label" x="130" y="256">{text::TECHNICAL_PULL.get()}</text>
                <text class="tick tick-y" x="26" y=fixed(y(PULL) + 3.0, 1)>{fixed(PULL, 0)}</text>
                <text class="tick tick-y" x="26" y="33">"100"</text>
                <text class="axis-label" x="12" y="172" transform="rotate(-90 12 172)">{text::MANAGEMENT_PULL.get()}</text>
                <circle class="you" cx=fixed(x(technical), 1) cy=fixed(y(management), 1) r="7" />
                // Named in words too: a dot on the corner of three areas is hard to place.
                <text class="you-label" x=fixed(spot.x, 1) y=fixed(spot.y, 1) text-anchor=anchor>{you}</text>
            </svg>
            <figcaption>
                {description}
                {text::PLOT_RULES_LEAD.get()}
                <a href=browser::link(&Route::Method)>{text::HOW_THE_SCORE_WORKS_C.get()}</a>
                "."
            </figcaption>
        </figure>
    }
}

/// Each theme's management, technical and leadership subscores as bars, with the numbers in
/// the table.
#[component]
pub fn ThemeBreakdown(
    /// One row per theme.
    themes: Vec<ThemeScore>,
) -> impl IntoView {
    let cell = |score: Option<f64>, class: &'static str| {
        match score {
        Some(s) => view! {
            <td role="cell">
                // Every bar shares one 0-100 scale (the columns are equal), with a mark at
                // the pull a track's score needs.
                <span class="bar-cell">
                    <span class=format!("bar {class}") style:width=format!("{}%", fixed(s, 0))></span>
                    <span class="bar-mark" style:left=format!("{}%", fixed(PULL, 0))></span>
                </span>
                <span class="bar-value">{fixed(s, 0)}</span>
            </td>
        }
        .into_any(),
        None => view! { <td role="cell">"–"</td> }.into_any(),
    }
    };
    // Secondary to the plot above it: on a phone, one tap away (issue 34).
    view! {
        <Fold class="themes-fold" summary=text::THEMES_FOLD.get().to_string()>
        <table role="table" class="theme-table">
            <caption>{crossroads_words::themes_caption()}</caption>
            <thead role="rowgroup">
                <tr role="row">
                    <th role="columnheader" scope="col">{text::THEME.get()}</th>
                    <th role="columnheader" scope="col">{ui::TRACK_MANAGEMENT.get()}</th>
                    <th role="columnheader" scope="col">{ui::TRACK_TECHNICAL.get()}</th>
                    <th role="columnheader" scope="col">{ui::SCORE_LEADERSHIP.get()}</th>
                </tr>
            </thead>
            <tbody role="rowgroup">
                {themes
                    .into_iter()
                    .map(|t| view! {
                        <tr role="row">
                            <th role="rowheader" scope="row">{t.theme.name.get()}</th>
                            {cell(t.management, "bar-management")}
                            {cell(t.technical, "bar-technical")}
                            {cell(t.leadership, "bar-leadership")}
                        </tr>
                    })
                    .collect_view()}
            </tbody>
        </table>
        </Fold>
    }
}
