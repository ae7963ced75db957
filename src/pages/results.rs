//! `/results`: the explained outcome of the quiz.

use crate::browser;
use leptos::prelude::*;
use leptos_router::components::A;

/// The quiz result and its explanation.
#[component]
pub fn Results() -> impl IntoView {
    browser::use_title(|| "Your result".into());
    view! {
        <section class="wrap">
            <h1>"Your result"</h1>
            <p>"Finish the quiz to see which track suits you, and why."</p>
            <p><A href="/quiz" attr:class="button button-primary">"Go to the quiz"</A></p>
        </section>
    }
}
