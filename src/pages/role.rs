//! `/roles/:slug`: one role in depth.

use crate::{
    browser,
    components::{Bullets, RoleCard, SalaryStrip, ShortlistToggle, TrackBadge},
};
use crossroads_core::prose::ui;
use crossroads_core::routes::{Address, Key, Route};
use crossroads_core::{prose::text, role, Role, TrackKind};
use leptos::prelude::*;

/// One role's page, or a helpful not-found message for an unknown slug.
#[component]
pub fn RolePage(
    /// The role's slug, from the address (`/roles/<slug>`); it may name no role.
    slug: String,
) -> impl IntoView {
    let found = role(&slug);
    browser::use_title(move || {
        found
            .map_or(text::ROLE_NOT_FOUND.get(), |r| r.title.get())
            .to_string()
    });
    {
        match found {
        Some(r) => view! { <RoleDetails role=r /> }.into_any(),
        None => view! {
            <section class="wrap">
                <h1>{text::ROLE_NOT_FOUND.get()}</h1>
                <p>{text::ROLE_NOT_FOUND_LEDE.get()}</p>
                <p><a href=browser::link(&Route::Roles) class="button button-primary">{text::SEE_ALL_TWELVE_ROLES.get()}</a></p>
                <p><a href=browser::link(&Route::Compare)>{text::OR_COMPARE_THE_TWO_TRACKS.get()}</a></p>
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
            <p class="crumbs"><a href=browser::link(&Route::Roles)>{text::ALL_ROLES.get()}</a></p>
            <h1>{role.title.get()}</h1>
            <p class="role-meta">
                <TrackBadge track=role.track />
                <span class="salary">{crossroads_words::salary_shown(role)} {role.salary.map(|_| text::AVERAGE_SALARY_C.get())}</span>
                <ShortlistToggle role=role />
            </p>
            <p class="lede">{role.description.get()}</p>
            <div class="detail-grid">
                <section aria-labelledby="duties-heading">
                    <h2 id="duties-heading">{text::MAIN_DUTIES.get()}</h2>
                    <Bullets items=crossroads_core::prose::texts(role.duties) />
                </section>
                <section aria-labelledby="skills-heading">
                    <h2 id="skills-heading">{text::SKILLS_IT_DRAWS_ON.get()}</h2>
                    <Bullets items=crossroads_core::prose::texts(role.skill_names) class="chips" />
                </section>
                <section aria-labelledby="quals-heading">
                    <h2 id="quals-heading">{text::TYPICAL_QUALIFICATIONS.get()}</h2>
                    <Bullets items=crossroads_core::prose::texts(role.qualifications) />
                </section>
                <section aria-labelledby="path-heading">
                    <h2 id="path-heading">{text::HOW_PEOPLE_GET_THERE.get()}</h2>
                    <p>{role.path.get()}</p>
                </section>
            </div>
            <section aria-labelledby="pay-heading">
                <h2 id="pay-heading">{text::WHERE_THE_SALARY_SITS.get()}</h2>
                <SalaryStrip role=role />
            </section>
            {counterpart.map(|c| view! {
                <section aria-labelledby="other-heading">
                    <h2 id="other-heading">{match c.track { TrackKind::Management => text::OTHER_TRACK_MANAGEMENT, TrackKind::Technical => text::OTHER_TRACK_TECHNICAL }.get()}</h2>
                    <ul class="card-grid"><RoleCard role=c level=3 /></ul>
                </section>
            })}
            <section class="cta-panel" aria-labelledby="quiz-heading">
                <h2 id="quiz-heading">{text::IS_THIS_PATH_FOR_YOU.get()}</h2>
                <p>{text::TAKE_THE_QUIZ_TO_SEE.get()}</p>
                <p class="cta-row">
                    <a href=browser::link(&Route::Quiz) class="button button-primary">{ui::TAKE_THE_QUIZ.get()}</a>
                    <a href=browser::link_to(&Address::new(Route::Compare).with(Key::Roles, format!("{},{}", role.slug, role.counterpart))) class="button">{text::COMPARE_WITH_ITS_COUNTERPART.get()}</a>
                </p>
            </section>
        </article>
    }
}
