//! `/roles`: every role at a glance.

use crate::{browser, components::TrackBadge};
use crossroads_core::{format::usd, roles};
use leptos::prelude::*;
use leptos_router::components::A;

/// The list of all twelve roles.
#[component]
pub fn Roles() -> impl IntoView {
    browser::use_title(|| "Engineering roles".into());
    view! {
        <section class="wrap">
            <h1>"Engineering roles"</h1>
            <p class="lede">"Twelve roles, six on each track, with what they pay on average."</p>
            <ul class="card-grid role-grid">
                {roles()
                    .iter()
                    .map(|r| {
                        view! {
                            <li class="card role-card">
                                <TrackBadge track=r.track />
                                <h2><A href=browser::href(&format!("/roles/{}", r.slug))>{r.title}</A></h2>
                                <p class="salary">{usd(r.salary)}</p>
                                <p>{r.summary}</p>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </section>
    }
}
