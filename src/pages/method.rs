//! `/method`: how the score works. The page is content (`content/method.html`) filled in by
//! `crossroads_core::method` from the scoring's own constants; as one block of trusted markup
//! it costs the wasm only its text, not a view tree.

use crate::browser;
use leptos::prelude::*;

/// The scales, keying, verdict rules, strength, confidence and what the quiz is not.
#[component]
pub fn Method() -> impl IntoView {
    browser::use_title(|| crossroads_core::prose::ui::HOW_THE_SCORE_WORKS.get().into());
    // Trusted: written by us, with every inserted value escaped by `crossroads_words::method::fill`.
    view! { <article class="wrap method" inner_html=crossroads_words::method_page(browser::base())></article> }
}
