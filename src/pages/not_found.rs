//! Any path no route matches.

use crate::browser;
use crossroads_core::routes::Route;
use leptos::prelude::*;
use leptos_router::components::A;

/// A friendly dead end with ways back.
#[component]
pub fn NotFound() -> impl IntoView {
    browser::use_title(|| "Page not found".into());
    view! {
        <section class="wrap">
            <h1>"Page not found"</h1>
            <p>"There is nothing at this address. The link may be old or mistyped."</p>
            <ul class="link-list">
                <li><A href=browser::link(&Route::Home)>"Go to the home page"</A></li>
                <li><A href=browser::link(&Route::Quiz)>"Take the quiz"</A></li>
                <li><A href=browser::link(&Route::Roles)>"Browse the roles"</A></li>
            </ul>
        </section>
    }
}
