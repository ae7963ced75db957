//! `/roles/:slug`: one role in depth.

use crate::{browser, components::TrackBadge};
use crossroads_core::{format::usd, role};
use leptos::{either::Either, prelude::*};
use leptos_router::{components::A, hooks::use_params_map};

/// One role's page, or a helpful not-found message for an unknown slug.
#[component]
pub fn RolePage() -> impl IntoView {
    let params = use_params_map();
    let found = Memo::new(move |_| params.read().get("slug").and_then(|s| role(&s)));
    browser::use_title(move || {
        found
            .get()
            .map_or("Role not found", |r| r.title)
            .to_string()
    });
    move || match found.get() {
        Some(r) => Either::Left(view! {
            <article class="wrap role-page">
                <p class="crumbs"><A href=browser::href("/roles")>"All roles"</A></p>
                <h1>{r.title}</h1>
                <p class="role-meta">
                    <TrackBadge track=r.track />
                    <span class="salary">{usd(r.salary)} " average salary"</span>
                </p>
                <p class="lede">{r.description}</p>
                <h2>"Main duties"</h2>
                <ul>{r.duties.iter().map(|d| view! { <li>{*d}</li> }).collect_view()}</ul>
            </article>
        }),
        None => Either::Right(view! {
            <section class="wrap">
                <h1>"Role not found"</h1>
                <p>"We have no role at this address. It may have been mistyped or renamed."</p>
                <p><A href=browser::href("/roles") attr:class="button button-primary">"See all twelve roles"</A></p>
            </section>
        }),
    }
}
