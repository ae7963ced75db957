//! A role at a glance, as used in lists.

use crate::{
    browser,
    components::{ShortlistToggle, TrackBadge},
};
use crossroads_core::prose::text;
use crossroads_core::routes::Route;
use crossroads_core::Role;
use leptos::prelude::*;

/// Title (linking to the role), track badge, average salary and a one-line summary.
#[component]
pub fn RoleCard(
    /// The role to show.
    role: &'static Role,
    /// Heading level of the title, so the card fits the page's outline.
    #[prop(default = 2)]
    level: u8,
    /// More about the card's place in a list (why it ranks where it does).
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView {
    let title = view! { <a href=browser::link(&Route::role(role.slug))>{role.title.get()}</a> };
    view! {
        <li class=format!("card role-card track-{}", role.track.slug())>
            <div class="card-top">
                <TrackBadge track=role.track />
                <ShortlistToggle role=role />
            </div>
            {if level == 3 {
                view! { <h3>{title}</h3> }.into_any()
            } else {
                view! { <h2>{title}</h2> }.into_any()
            }}
            <p class="salary">
                {crossroads_words::salary_shown(role)}
                {role.salary.map(|_| view! { " " <span class="salary-note">{text::AVERAGE_SALARY_C.get()}</span> })}
            </p>
            <p>{role.summary.get()}</p>
            {children.map(|c| c())}
        </li>
    }
}
