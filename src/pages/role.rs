//! `/roles/:slug`: one role in depth.

use crate::{
    browser,
    components::{Bullets, RoleCard, SalaryStrip, ShortlistToggle, TrackBadge},
};
use crossroads_core::routes::Route;
use crossroads_core::{prose::text, role, Role, TrackKind};
use crossroads_words::usd;
use leptos::prelude::*;

/// One role's page, or a helpful not-found message for an unknown slug.
#[component]
pub fn RolePage(
    /// The role's slug, from the address (`/roles/<slug>`); it may name no role.
    slug: String,
) -> impl IntoView {
    let found = role(&slug);
    browser::use_title(move || found.map_or("Role not found", |r| r.title).to_string());
    {
        match found {
        Some(r) => view! { <RoleDetails role=r /> }.into_any(),
        None => view! {
            <section class="wrap">
                <h1>"Role not found"</h1>
                <p>{text::ROLE_NOT_FOUND_LEDE.get()}</p>
                <p><a href=browser::link(&Route::Roles) class="button button-primary">"See all twelve roles"</a></p>
                <p><a href=browser::link(&Route::Compare)>"Or compare the two tracks"</a></p>
            </section>
        }.into_any(),
    }
    }
}

/// Everything about one role.
#[component]
fn RoleDetails(
    /// The role to describe.
    role: &'static Role,
) -> impl IntoView {
    let counterpart = role.counterpart();
    view! {
        <article class=format!("wrap role-page track-{}", role.track.slug())>
            <p class="crumbs"><a href=browser::link(&Route::Roles)>"All roles"</a></p>
            <h1>{role.title}</h1>
            <p class="role-meta">
                <TrackBadge track=role.track />
                <span class="salary">{usd(role.salary)} " average salary"</span>
                <ShortlistToggle role=role />
            </p>
            <p class="lede">{role.description.get()}</p>
            <div class="detail-grid">
                <section aria-labelledby="duties-heading">
                    <h2 id="duties-heading">"Main duties"</h2>
                    <Bullets items=crossroads_core::prose::texts(role.duties) />
                </section>
                <section aria-labelledby="skills-heading">
                    <h2 id="skills-heading">"Skills it draws on"</h2>
                    <Bullets items=role.skills.to_vec() class="chips" />
                </section>
                <section aria-labelledby="quals-heading">
                    <h2 id="quals-heading">"Typical qualifications"</h2>
                    <Bullets items=crossroads_core::prose::texts(role.qualifications) />
                </section>
                <section aria-labelledby="path-heading">
                    <h2 id="path-heading">"How people get there"</h2>
                    <p>{role.path.get()}</p>
                </section>
            </div>
            <section aria-labelledby="pay-heading">
                <h2 id="pay-heading">"Where the salary sits"</h2>
                <SalaryStrip role=role />
            </section>
            {counterpart.map(|c| view! {
                <section aria-labelledby="other-heading">
                    <h2 id="other-heading">{match c.track { TrackKind::Management => text::OTHER_TRACK_MANAGEMENT, TrackKind::Technical => text::OTHER_TRACK_TECHNICAL }.get()}</h2>
                    <ul class="card-grid"><RoleCard role=c level=3 /></ul>
                </section>
            })}
            <section class="cta-panel" aria-labelledby="quiz-heading">
                <h2 id="quiz-heading">"Is this path for you?"</h2>
                <p>"Take the quiz to see which track fits you, and why."</p>
                <p class="cta-row">
                    <a href=browser::link(&Route::Quiz) class="button button-primary">"Take the quiz"</a>
                    <a href=browser::link_with(&Route::Compare, &[("roles", format!("{},{}", role.slug, role.counterpart))]) class="button">"Compare with its counterpart"</a>
                </p>
            </section>
        </article>
    }
}
