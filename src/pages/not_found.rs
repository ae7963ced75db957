//! Any path no route matches.

use crate::browser;
use crossroads_core::prose::ui;
use crossroads_core::routes::Route;
use leptos::prelude::*;

/// A friendly dead end with ways back.
#[component]
pub fn NotFound() -> impl IntoView {
    browser::use_title(|| ui::PAGE_NOT_FOUND.get().into());
    view! {
        <section class="wrap">
            <h1>{ui::PAGE_NOT_FOUND.get()}</h1>
            <p>{crossroads_core::prose::ui::NOT_FOUND_LEDE.get()}</p>
            <ul class="link-list">
                <li><a href=browser::link(&Route::Home)>{ui::GO_TO_THE_HOME_PAGE.get()}</a></li>
                <li><a href=browser::link(&Route::Quiz)>{ui::TAKE_THE_QUIZ.get()}</a></li>
                <li><a href=browser::link(&Route::Roles)>{ui::BROWSE_THE_ROLES.get()}</a></li>
            </ul>
        </section>
    }
}
