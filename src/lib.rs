//! Crossroads: the application shell and its routes.
//!
//! Domain logic lives in `crossroads-core`; everything that touches the browser goes through
//! [`browser`]; pages are one routed component per file under [`pages`].

mod browser;
mod components;
mod pages;
mod state;

use components::{NeedsContent, NoticeBar, SiteFooter, SiteHeader, SkipLink};
use leptos::prelude::*;
use leptos_router::{
    components::{Route, Router, Routes},
    path,
};
use pages::{Compare, History, Home, Method, NotFound, Quiz, Results, RolePage, Roles};

/// Starts the app: mounts [`App`] to the page once the static first paint has been recorded.
pub fn start() {
    browser::report_panics();
    browser::after_first_paint_recorded(|| leptos::mount::mount_to_body(App));
}

/// The whole application: skip link, header, routed main area and footer. Pages that show the
/// content's long text wait for it behind [`NeedsContent`]; the home page and history do not.
#[component]
pub fn App() -> impl IntoView {
    browser::remove_static_shell();
    browser::drop_trailing_slash();
    browser::apply_remembered_theme();
    state::provide_state();
    view! {
        <Router base=browser::router_base()>
            <SkipLink />
            <SiteHeader />
            <NoticeBar />
            <main id="main" tabindex="-1">
                <Routes fallback=NotFound>
                    <Route path=path!("/") view=Home />
                    <Route path=path!("/quiz") view=|| view! { <NeedsContent><Quiz /></NeedsContent> } />
                    <Route path=path!("/results") view=|| view! { <NeedsContent><Results /></NeedsContent> } />
                    <Route path=path!("/roles") view=|| view! { <NeedsContent><Roles /></NeedsContent> } />
                    <Route path=path!("/roles/:slug") view=|| view! { <NeedsContent><RolePage /></NeedsContent> } />
                    <Route path=path!("/compare") view=|| view! { <NeedsContent><Compare /></NeedsContent> } />
                    <Route path=path!("/history") view=History />
                    <Route path=path!("/method") view=|| view! { <NeedsContent><Method /></NeedsContent> } />
                </Routes>
            </main>
            <SiteFooter />
        </Router>
    }
}
