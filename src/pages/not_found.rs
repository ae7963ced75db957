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
            <p>"There is nothing at this address. The link may be old or mistyped."</p>
            <ul class="link-list">
                <li><a href=browser::link(&Route::Home)>"Go to the home page"</a></li>
                <li><a href=browser::link(&Route::Quiz)>"Take the quiz"</a></li>
                <li><a href=browser::link(&Route::Roles)>"Browse the roles"</a></li>
            </ul>
        </section>
    }
}
