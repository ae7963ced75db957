//! localStorage, the only persistent store the app uses. Blocked storage (a SecurityError
//! when the page merely asks for it) and a full quota both come back as errors, never panics.

use wasm_bindgen::{closure::Closure, JsCast};
use web_sys::Storage;

/// Why storage could not be used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StorageError {
    /// Blocked by the browser's settings, or not there at all.
    Unavailable,
    /// The quota is used up.
    Full,
}

fn local() -> Result<Storage, StorageError> {
    leptos::prelude::window()
        .local_storage()
        .ok()
        .flatten()
        .ok_or(StorageError::Unavailable)
}

/// The value under `key`, if any.
pub fn get(key: &str) -> Result<Option<String>, StorageError> {
    local()?
        .get_item(key)
        .map_err(|_| StorageError::Unavailable)
}

/// Stores `value` under `key`; on failure nothing that was stored before is lost.
pub fn set(key: &str, value: &str) -> Result<(), StorageError> {
    local()?.set_item(key, value).map_err(|e| {
        let name = e
            .dyn_ref::<web_sys::DomException>()
            .map(|e| e.name())
            .unwrap_or_default();
        if name == "QuotaExceededError" || name == "NS_ERROR_DOM_QUOTA_REACHED" {
            StorageError::Full
        } else {
            StorageError::Unavailable
        }
    })
}

/// Removes `key`.
pub fn remove(key: &str) -> Result<(), StorageError> {
    local()?
        .remove_item(key)
        .map_err(|_| StorageError::Unavailable)
}

/// Calls `on_change` with the new value whenever another tab changes `key` (the `storage`
/// event never fires in the tab that wrote). Lives as long as the page.
pub fn watch(key: &'static str, on_change: impl Fn(Option<String>) + 'static) {
    let listener =
        Closure::<dyn Fn(web_sys::StorageEvent)>::new(move |ev: web_sys::StorageEvent| {
            // A `null` key means the other tab cleared all of storage.
            if ev.key().is_none_or(|k| k == key) {
                on_change(ev.new_value());
            }
        });
    _ = leptos::prelude::window()
        .add_event_listener_with_callback("storage", listener.as_ref().unchecked_ref());
    listener.forget();
}
