//! Any path no route matches.

use crate::browser;
use crossroads_core::routes::Route;
use leptos::prelude::*;

/// A friendly dead end with ways back.
#[component]
pub fn NotFound() -> impl IntoView {
    browser::use_title(|| "Page not found".into());
    view! {
        <section class="wrap">
            <h1>"Page not found"</h1>
            <p>{crossroads_core::prose::ui::NOT_FOUND_LEDE.get()}</p>
            <ul class="link-list">
                <li><a href=browser::link(&Route::Home)>"Go to the home page"</a></li>
                <li><a href=browser::link(&Route::Quiz)>"Take the quiz"</a></li>
                <li><a href=browser::link(&Route::Roles)>"Browse the roles"</a></li>
            </ul>
        </section>
    }
}
