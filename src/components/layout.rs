//! The frame around every page.

use crate::browser;
use crossroads_core::prose::ui;
use crossroads_core::routes::Route;
use leptos::prelude::*;
use leptos_router::hooks::use_location;

/// First focusable element: jumps keyboard users past the navigation.
#[component]
pub fn SkipLink() -> impl IntoView {
    // The router would take the fragment link for a navigation (and a history entry), so the
    // jump is done by hand.
    view! {
        <a
            class="skip-link"
            href="#main"
            on:click=|ev| {
                ev.prevent_default();
                browser::focus_by_id("main");
            }
        >
            {ui::SKIP_TO_CONTENT.get()}
        </a>
    }
}

/// Site name and the main navigation, which marks the current section with `aria-current`.
#[component]
pub fn SiteHeader() -> impl IntoView {
    let location = use_location();
    let current = Memo::new(move |_| location.pathname.with(|p| Route::parse(p, browser::base())));
    view! {
        <header class="site-header">
            <div class="wrap header-row">
                <a href=browser::link(&Route::Home) class="brand">
                    <svg class="brand-mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
                        <path d="M16 30V17M16 17 6 7M16 17 26 7" />
                        <path d="M3 7h6M3 7v6M29 7h-6M29 7v6" />
                    </svg>
                    <span>"Crossroads"</span>
                </a>
                <div class="header-tools">
                <nav aria-label=ui::MAIN.get()>
                    <ul class="nav-list">
                        {[(Route::Quiz, ui::NAV_QUIZ), (Route::Roles, ui::NAV_ROLES), (Route::Compare, ui::NAV_COMPARE), (Route::History, ui::NAV_HISTORY)]
                            .into_iter()
                            .map(|(route, name)| {
                                let href = browser::link(&route);
                                view! {
                                    <li>
                                        <a href=href aria-current=move || current.get().is_some_and(|c| c.section() == route).then_some("page")>{name.get()}</a>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                </nav>
                <super::LanguageSwitch />
                <ThemeToggle />
                </div>
            </div>
        </header>
    }
}

/// What the site is and the promise that nothing leaves the browser.
#[component]
pub fn SiteFooter() -> impl IntoView {
    view! {
        <footer class="site-footer">
            <div class="wrap">
                <p>{ui::FOOTER_ABOUT.get()}</p>
                <p>{ui::FOOTER_PRIVACY.get()}</p>
                <p><a href=browser::link(&Route::Method)>{ui::HOW_THE_SCORE_WORKS.get()}</a></p>
            </div>
        </footer>
    }
}

/// Switches between the light and dark themes; the choice is remembered.
#[component]
pub fn ThemeToggle() -> impl IntoView {
    let dark = RwSignal::new(browser::dark_theme());
    view! {
        <button
            type="button"
            class="theme-toggle"
            aria-pressed=move || if dark.get() { "true" } else { "false" }
            on:click=move |_| {
                dark.update(|d| *d = !*d);
                browser::set_dark_theme(dark.get_untracked(), true);
            }
        >
            <span aria-hidden="true">{move || if dark.get() { "\u{263e} " } else { "\u{2600} " }}</span>
            <span class="theme-toggle-label">{ui::DARK_THEME.get()}</span>
        </button>
    }
}
