//! Accessible SVG charts for the result page. Each carries its numbers in text as well.

use super::Fold;
use crate::browser;
use crossroads_core::prose::{text, ui};
use crossroads_core::routes::Route;
use crossroads_core::{
    format::fixed,
    scoring::{outcome, regions, Outcome, ThemeScore, CLOSE, PULL},
};
use leptos::prelude::*;

/// The two scale scores as a point on a plane (technical across, management up), over the
/// areas where each verdict is given, drawn from the scoring's own rules.
#[component]
pub fn ScorePlot(
    /// Management score, 0-100.
    management: f64,
    /// Technical score, 0-100.
    technical: f64,
    /// Whether the answers carry a verdict; if not, the dot is only the scores at face value.
    carries_verdict: bool,
) -> impl IntoView {
    let x = |t: f64| 30.0 + t * 2.0;
    let y = |m: f64| 230.0 - m * 2.0;
    let verdict = outcome(management, technical);
    let (m, t) = (&fixed(management, 0), &fixed(technical, 0));
    let area = crossroads_words::outcome(verdict);
    let description = if carries_verdict {
        text::PLOT_VERDICT.fill([m, t, area])
    } else {
        text::PLOT_FACE_VALUE.fill([m, t, area, crossroads_words::outcome(Outcome::Undecided)])
    };
    // Where each area's name sits: the middle of its widest part.
    let (p, top) = (PULL, 100.0);
    let label_at = |o: Outcome| match o {
        Outcome::Management => ((p - CLOSE) / 2.0, (p + top) / 2.0),
        Outcome::Technical => ((p + top) / 2.0, (p - CLOSE) / 2.0),
        Outcome::Hybrid => ((p + top) / 2.0, (p + top) / 2.0),
        Outcome::Undecided => (p / 2.0, p / 2.0),
    };
    let areas = regions()
        .into_iter()
        .map(|r| {
            let points: Vec<String> = r
                .corners
                .iter()
                .map(|&(t, m)| format!("{},{}", fixed(x(t), 1), fixed(y(m), 1)))
                .collect();
            let (lt, lm) = label_at(r.outcome);
            let name = crossroads_words::area(r.outcome);
            view! {
                <polygon class=format!("area area-{}", r.outcome.slug()) points=points.join(" ") />
                <text class="area-label" x=fixed(x(lt), 1) y=fixed(y(lm) + 4.0, 1)>{name}</text>
            }
        })
        .collect_view();
    let you = if carries_verdict {
        text::PLOT_YOU
    } else {
        text::PLOT_AT_FACE_VALUE
    }
    .fill([crossroads_words::area(verdict)]);
    // The dot's name goes beside it: under, over, to the side with more room, or a line further
    // under or over, whichever first stays in the picture, clear of the axes and of every area's
    // name (the dot can sit anywhere; the names cannot move). Widths are guessed on the wide
    // side, for the widest common font (bold 12px runs up to about 8.2 units a character, 11px
    // semibold 7.4): a name wider than the picture's room is centred on it.
    let half = you.chars().count() as f64 * 4.1;
    let (dx, dy) = (x(technical), y(management));
    let names = Outcome::ALL.map(|o| {
        let (t, m) = label_at(o);
        let name = crossroads_words::area(o).chars().count() as f64 * 3.7;
        (x(t), y(m) + 4.0, name)
    });
    let centred = if half > 108.0 {
        141.0
    } else {
        dx.max(33.0 + half).min(249.0 - half)
    };
    // Each spot is where the text is anchored, how, and the middle of the box it would fill.
    let fits = |&(_, _, by, mid): &(&str, f64, f64, f64)| {
        (14.0..=222.0).contains(&by)
            && (mid == centred || (33.0 + half..=249.0 - half).contains(&mid))
            && names
                .iter()
                .all(|&(nx, ny, nh)| (ny - by).abs() >= 17.0 || (nx - mid).abs() >= half + nh)
    };
    let (near, far) = if dx > 140.0 {
        (("end", dx - 12.0), ("start", dx + 12.0))
    } else {
        (("start", dx + 12.0), ("end", dx - 12.0))
    };
    let beside = |(anchor, at): (&'static str, f64)| {
        let mid = if anchor == "start" {
            at + half
        } else {
            at - half
        };
        (anchor, at, dy + 4.0, mid)
    };
    let spots = [
        ("middle", centred, dy + 22.0, centred),
        ("middle", centred, dy - 12.0, centred),
        beside(near),
        beside(far),
        ("middle", centred, dy + 34.0, centred),
        ("middle", centred, dy - 24.0, centred),
    ];
    let (anchor, label_x, label_y, _) = spots
        .into_iter()
        .find(|spot| fits(spot))
        .unwrap_or(spots[usize::from(dy > 200.0)]);
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
                <text class="you-label" x=fixed(label_x, 1) y=fixed(label_y, 1) text-anchor=anchor>{you}</text>
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

/// Each theme's management and technical subscores as bars, with the numbers in the table.
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
            <caption>{crossroads_core::prose::text::THEMES_CAPTION.fill([&fixed(PULL, 0)])}</caption>
            <thead role="rowgroup">
                <tr role="row">
                    <th role="columnheader" scope="col">{text::THEME.get()}</th>
                    <th role="columnheader" scope="col">{ui::TRACK_MANAGEMENT.get()}</th>
                    <th role="columnheader" scope="col">{ui::TRACK_TECHNICAL.get()}</th>
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
                        </tr>
                    })
                    .collect_view()}
            </tbody>
        </table>
        </Fold>
    }
}
