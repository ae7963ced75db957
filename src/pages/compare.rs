//! `/compare`: the two tracks side by side.

use crate::browser;
use crossroads_core::{role, track, TrackKind};
use leptos::prelude::*;

/// A side-by-side table of the management and technical tracks.
#[component]
pub fn Compare() -> impl IntoView {
    browser::use_title(|| "Compare the tracks".into());
    let [m, t] = TrackKind::ALL.map(track);
    let list = |items: &'static [&'static str]| {
        view! { <ul>{items.iter().map(|i| view! { <li>{*i}</li> }).collect_view()}</ul> }
    };
    let jobs = |slugs: &'static [&'static str]| {
        let titles: Vec<&str> = slugs
            .iter()
            .filter_map(|s| role(s))
            .map(|r| r.title)
            .collect();
        view! { <ul>{titles.into_iter().map(|i| view! { <li>{i}</li> }).collect_view()}</ul> }
    };
    view! {
        <section class="wrap">
            <h1>"Compare the tracks"</h1>
            <div class="table-scroll">
                <table class="compare-table">
                    <caption>"The management and technical tracks side by side"</caption>
                    <thead>
                        <tr>
                            <td></td>
                            <th scope="col">{m.name}</th>
                            <th scope="col">{t.name}</th>
                        </tr>
                    </thead>
                    <tbody>
                        <tr><th scope="row">"Skills needed"</th><td>{list(m.skills)}</td><td>{list(t.skills)}</td></tr>
                        <tr><th scope="row">"Qualifications"</th><td>{list(m.qualifications)}</td><td>{list(t.qualifications)}</td></tr>
                        <tr><th scope="row">"Who it suits"</th><td>{m.suits}</td><td>{t.suits}</td></tr>
                        <tr><th scope="row">"How to advance"</th><td>{list(m.advance)}</td><td>{list(t.advance)}</td></tr>
                        <tr><th scope="row">"Top jobs"</th><td>{jobs(m.top_jobs)}</td><td>{jobs(t.top_jobs)}</td></tr>
                    </tbody>
                </table>
            </div>
        </section>
    }
}
