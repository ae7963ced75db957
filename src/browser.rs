//! The one place that talks to the browser directly. Every call degrades quietly: a missing
//! `window` or `document` (which only a broken embedding would cause) never panics the app.

use leptos::prelude::*;

/// Where the site is deployed, without a trailing slash: `""` at a host's root, `"/crossroads"`
/// under a sub-path. Trunk writes the build's `public_url` into `<base href>`, so one source of
/// truth serves asset URLs and routes alike.
pub fn router_base() -> String {
    let href = document()
        .query_selector("base[href]")
        .ok()
        .flatten()
        .and_then(|base| base.get_attribute("href"))
        .unwrap_or_default();
    crossroads_core::paths::base_path(&href)
}

/// Static hosts answer `/roles/x` with a redirect to `/roles/x/` (the folder holding that
/// route's copy of the app shell). Routes have no trailing slash, so drop it before routing.
pub fn drop_trailing_slash() {
    let location = window().location();
    let Ok(path) = location.pathname() else {
        return;
    };
    if let Some(trimmed) = crossroads_core::paths::without_trailing_slash(&path, &router_base()) {
        let search = location.search().unwrap_or_default();
        let hash = location.hash().unwrap_or_default();
        let url = format!("{trimmed}{search}{hash}");
        if let Ok(history) = window().history() {
            _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
        }
    }
}

/// Sets the document title as "<page> · Crossroads", following `page` when it changes.
pub fn use_title(page: impl Fn() -> String + 'static) {
    Effect::new(move |_| document().set_title(&format!("{} · Crossroads", page())));
}

/// Moves keyboard focus to the main region, for the skip link.
pub fn focus_main() {
    if let Some(main) = document().get_element_by_id("main") {
        use wasm_bindgen::JsCast;
        if let Ok(main) = main.dyn_into::<web_sys::HtmlElement>() {
            _ = main.focus();
        }
    }
}
