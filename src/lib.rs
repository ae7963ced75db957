//! Crossroads: the application shell and its routes.
//!
//! Domain logic lives in `crossroads-core`; everything that touches the browser goes through
//! [`browser`]; pages are one routed component per file under [`pages`].

mod browser;
mod components;
mod pages;
#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;
mod state;

use components::{NeedsContent, NoticeBar, SiteFooter, SiteHeader, SkipLink};
use crossroads_core::routes::Route;
use leptos::prelude::*;
use leptos_router::{
    components::Router,
    hooks::use_location,
    location::{BrowserUrl, LocationProvider},
};
use pages::{Check, Compare, History, Home, Method, NotFound, Quiz, Results, RolePage, Roles};

/// Starts the app: mounts [`App`] to the page once the static first paint has been recorded.
pub fn start() {
    browser::report_panics();
    if !browser::install_words() {
        // A page from another build: the pre-rendered copy stays, readable as it is, rather
        // than an app without its words.
        browser::log_error("Crossroads did not start: this page carries another version's words. Reload to get the current version.");
        return;
    }
    browser::after_first_paint_recorded(|| leptos::mount::mount_to_body(App));
}

/// The application in the browser: loads the saved state, takes over from the pre-rendered page
/// (see `state::take_over`) and shows the [`Site`].
#[component]
pub fn App() -> impl IntoView {
    browser::drop_trailing_slash();
    browser::apply_remembered_theme();
    state::provide_state();
    view! { <Site /> }
}

/// Every page's frame: skip link, header, routed main area and footer, the same in the browser
/// and in the build's pre-rendered pages. Pages that show the content's long text wait for it
/// behind [`NeedsContent`]; the home page and history do not.
#[component]
pub fn Site() -> impl IntoView {
    view! {
        <Router base=browser::router_base()>
            <SkipLink />
            <SiteHeader />
            <NoticeBar />
            <main id="main" tabindex="-1">
                <Page />
            </main>
            <SiteFooter />
        </Router>
    }
}

/// The page at the current address, chosen by the route table of `crossroads_core::routes`
/// (the one place a path is spelled). Changes of the query alone keep the page as it is.
#[component]
fn Page() -> impl IntoView {
    let location = use_location();
    let route = Memo::new(move |_| location.pathname.with(|p| Route::parse(p, browser::base())));
    // The router writes a new path into the address bar only once told that its page is in
    // place, which leptos_router's own `<Routes>` would do.
    let history = use_context::<BrowserUrl>();
    let progress = state::use_progress();
    Effect::new(move |opened: Option<()>| {
        location.pathname.track();
        // A link followed from the pre-rendered quiz before its text arrived: the page it
        // opens is the app's.
        if opened.is_some() {
            state::take_over(progress);
        }
        if let Some(history) = &history {
            history.ready_to_complete();
        }
    });
    move || match route.get() {
        Some(Route::Home) => view! { <Home /> }.into_any(),
        Some(Route::Quiz) => view! { <NeedsContent><Quiz /></NeedsContent> }.into_any(),
        Some(Route::Results) => view! { <NeedsContent><Results /></NeedsContent> }.into_any(),
        Some(Route::Roles) => view! { <NeedsContent><Roles /></NeedsContent> }.into_any(),
        Some(Route::Role(slug)) => {
            view! { <NeedsContent><RolePage slug=slug.clone() /></NeedsContent> }.into_any()
        }
        Some(Route::Compare) => view! { <NeedsContent><Compare /></NeedsContent> }.into_any(),
        Some(Route::History) => view! { <History /> }.into_any(),
        Some(Route::Method) => view! { <NeedsContent><Method /></NeedsContent> }.into_any(),
        Some(Route::Check) => view! { <NeedsContent><Check /></NeedsContent> }.into_any(),
        None => view! { <NotFound /> }.into_any(),
    }
}
