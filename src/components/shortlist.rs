//! The role shortlist: a toggle for any role and the list itself.

use crate::{browser, state::use_progress};
use crossroads_core::prose::text;
use crossroads_core::routes::{Address, Key, Route};
use crossroads_core::{explore::MAX_COMPARE, role, Role};
use leptos::prelude::*;

/// A toggle button that adds the role to the shortlist or takes it off.
#[component]
pub fn ShortlistToggle(
    /// The role to toggle.
    role: &'static Role,
) -> impl IntoView {
    let progress = use_progress();
    let on = move || progress.shortlisted(role.slug);
    view! {
        <button
            type="button"
            class="shortlist-toggle"
            aria-pressed=move || if on() { "true" } else { "false" }
            on:click=move |_| progress.change(|d| d.toggle_shortlist(role.slug))
        >
            <span aria-hidden="true" class="star">{move || if on() { "\u{2605}" } else { "\u{2606}" }}</span>
            {text::SHORTLIST.get()}
            <span class="sr-only">" " {role.title.get()}</span>
        </button>
    }
}

/// The shortlisted roles with links, remove buttons and a way to compare them.
#[component]
pub fn ShortlistPanel() -> impl IntoView {
    let progress = use_progress();
    let list = move || progress.with(|d| d.shortlist.clone());
    move || {
        let slugs = list();
        (!slugs.is_empty()).then(|| {
            let compare = slugs.iter().take(MAX_COMPARE).copied().collect::<Vec<_>>().join(",");
            view! {
                <section class="shortlist" aria-labelledby="shortlist-heading">
                    <h2 id="shortlist-heading">{text::YOUR_SHORTLIST.get()}</h2>
                    <ul class="chips">
                        {slugs
                            .into_iter()
                            .filter_map(role)
                            .map(|r| view! {
                                <li>
                                    <a href=browser::link(&Route::role(r.slug))>{r.title.get()}</a>
                                    <button
                                        type="button"
                                        class="chip-remove"
                                        aria-label=crossroads_words::remove_from_shortlist(r.title.get())
                                        on:click=move |_| progress.change(|d| d.toggle_shortlist(r.slug))
                                    >
                                        "\u{00d7}"
                                    </button>
                                </li>
                            })
                            .collect_view()}
                    </ul>
                    {compare.contains(',').then(|| view! {
                        <p><a href=browser::link_to(&Address::new(Route::Compare).with(Key::Roles, compare.clone()))>{text::COMPARE_YOUR_SHORTLIST.get()}</a></p>
                    })}
                </section>
            }.into_any()
        })
    }
}
