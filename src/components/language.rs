//! The way between the site's languages: a switch in the header of every page.

use crate::browser;
use crossroads_core::prose::{self, LANGUAGES, LANGUAGE_NAME};
use leptos::prelude::*;
use leptos_router::hooks::use_location;

/// A link to this page in the next of the site's languages, named in that language; following
/// it remembers the choice. The words are installed once per page, so the switch loads the
/// page afresh.
#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let location = use_location();
    let i = (prose::language() + 1) % LANGUAGES.len();
    let href = move || browser::in_language(i, &location.pathname.get(), &location.search.get());
    let code = LANGUAGES[i];
    view! {
        // rel=external: the router would otherwise keep the page and its words.
        <a class="language-switch" href=href rel="external" hreflang=code lang=code on:click=move |_| browser::remember_language(i)>
            <span class="language-code" aria-hidden="true">{code}</span>
            <span class="language-name">{LANGUAGE_NAME[i]}</span>
        </a>
    }
}
