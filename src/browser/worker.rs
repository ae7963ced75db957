//! The service worker: registration, noticing a new version, and switching to it on request.

use std::cell::RefCell;
use wasm_bindgen::{closure::Closure, JsCast};
use wasm_bindgen_futures::JsFuture;
use web_sys::{ServiceWorkerRegistration, ServiceWorkerState};

thread_local! {
    static REGISTRATION: RefCell<Option<ServiceWorkerRegistration>> = const { RefCell::new(None) };
}

/// Registers `sw.js` for the whole site and calls `on_update` when a new version is installed
/// and waiting. Release builds only: a worker caching `trunk serve` builds would serve stale
/// files during development.
pub fn register(on_update: impl Fn() + Clone + 'static) {
    if cfg!(debug_assertions) {
        return;
    }
    let navigator = leptos::prelude::window().navigator();
    if !js_sys::Reflect::has(&navigator, &"serviceWorker".into()).unwrap_or(false) {
        return;
    }
    let container = navigator.service_worker();
    let options = web_sys::RegistrationOptions::new();
    // One worker for every language's pages.
    options.set_scope(&format!("{}/", super::root()));
    let promise = container.register_with_options(&super::asset("sw.js"), &options);
    leptos::task::spawn_local(async move {
        let Ok(registration) = JsFuture::from(promise).await else {
            return;
        };
        let registration: ServiceWorkerRegistration = registration.unchecked_into();
        let controlled = move || {
            leptos::prelude::window()
                .navigator()
                .service_worker()
                .controller()
                .is_some()
        };
        if registration.waiting().is_some() && controlled() {
            on_update();
        }
        let watched = registration.clone();
        let found = Closure::<dyn Fn()>::new(move || {
            let Some(installing) = watched.installing() else {
                return;
            };
            let worker = installing.clone();
            let on_update = on_update.clone();
            let changed = Closure::<dyn Fn()>::new(move || {
                // The first install has no controller yet: that is not an update.
                if worker.state() == ServiceWorkerState::Installed && controlled() {
                    on_update();
                }
            });
            installing.set_onstatechange(Some(changed.as_ref().unchecked_ref()));
            changed.forget();
        });
        registration.set_onupdatefound(Some(found.as_ref().unchecked_ref()));
        found.forget();
        REGISTRATION.with(|r| *r.borrow_mut() = Some(registration));
    });
}

/// Activates the waiting version and reloads once it controls the page.
pub fn activate_update() {
    let container = leptos::prelude::window().navigator().service_worker();
    let reload = Closure::<dyn Fn()>::new(|| {
        _ = leptos::prelude::window().location().reload();
    });
    container.set_oncontrollerchange(Some(reload.as_ref().unchecked_ref()));
    reload.forget();
    REGISTRATION.with(|r| {
        if let Some(waiting) = r.borrow().as_ref().and_then(|r| r.waiting()) {
            _ = waiting.post_message(&"skip-waiting".into());
        }
    });
}
