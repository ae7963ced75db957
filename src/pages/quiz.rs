//! `/quiz`: the self-assessment.

use crate::browser;
use leptos::prelude::*;

/// The self-assessment quiz.
#[component]
pub fn Quiz() -> impl IntoView {
    browser::use_title(|| "Quiz".into());
    view! {
        <section class="wrap">
            <h1>"Career path quiz"</h1>
            <p>"The questions are on their way: this page will soon hold the self-assessment."</p>
        </section>
    }
}
