//! The one place that talks to the browser directly. Every call degrades quietly: a missing
//! `window` or `document` (which only a broken embedding would cause) never panics the app.

pub mod files;
mod navigate;
pub mod storage;
pub mod worker;

pub use navigate::{address_of, use_go, Move};

use crossroads_core::{
    prose,
    routes::{Address, Route},
    store::THEME_KEY,
};
use leptos::prelude::*;

/// Where this language's pages live, without a trailing slash: `""` for English at a host's
/// root, `"/es"` for Spanish, `"/crossroads/es"` under a sub-path. The router and every link
/// work below it.
pub fn router_base() -> String {
    base().to_string()
}

/// The link to a page in the page's language (`/crossroads/es/roles`). `<A>` does not add the
/// router's base to absolute paths itself.
pub fn link(route: &Route) -> String {
    route.href(base())
}

/// The link to an address with a query or a fragment, in the page's language.
pub fn link_to(address: &Address) -> String {
    address.href(base())
}

/// A file of the build (`sw.js`, the content's text), shared by every language, at the
/// deployment's root.
pub fn asset(name: &str) -> String {
    format!("{}/{name}", root())
}

/// The address of the page at `path` (in this page's language) in `language`, with the query
/// `search` (with or without its `?`: the router's location drops it).
pub fn in_language(language: usize, path: &str, search: &str) -> String {
    let to = prose::language_base(root(), language);
    crossroads_core::paths::rebased(path, search, base(), &to)
}

/// Remembers `language` as the person's choice (kept apart from progress, like the theme).
pub fn remember_language(language: usize) {
    if let Some(code) = prose::LANGUAGES.get(language) {
        _ = storage::set(crossroads_core::store::LANGUAGE_KEY, code);
    }
}

/// Sends a panic (always a bug) to the console with its message and place. Smaller than
/// console_error_panic_hook, which also formats a JavaScript stack (0.85 kB of brotli).
pub fn report_panics() {
    std::panic::set_hook(Box::new(|info| {
        let place = info
            .location()
            .map(|l| format!(" at {}:{}", l.file(), l.line()))
            .unwrap_or_default();
        let message = info.payload_as_str().unwrap_or("(no message)");
        web_sys::console::error_1(
            &format!("Crossroads stopped on an internal error{place}: {message}").into(),
        );
    }));
}

/// The deployment's root natively, when the build pre-renders the pages.
#[cfg(not(target_arch = "wasm32"))]
pub static STATIC_BASE: std::sync::OnceLock<String> = std::sync::OnceLock::new();

/// Where the site is deployed, without a trailing slash: `""` at a host's root,
/// `"/crossroads"` under a sub-path.
#[cfg(not(target_arch = "wasm32"))]
pub fn root() -> &'static str {
    STATIC_BASE.get().map_or("", String::as_str)
}

/// This language's base below the root (see [`router_base`]).
#[cfg(not(target_arch = "wasm32"))]
pub fn base() -> &'static str {
    static BASES: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    let bases = BASES.get_or_init(|| {
        (0..prose::LANGUAGES.len())
            .map(|i| prose::language_base(root(), i))
            .collect()
    });
    bases.get(prose::language()).map_or("", String::as_str)
}

/// Where the site is deployed, read once: it cannot change while the page lives. The build
/// writes its `public_url` into `<meta name="crossroads-base">` (not `<base>`, which the
/// security policy forbids).
#[cfg(target_arch = "wasm32")]
pub fn root() -> &'static str {
    static ROOT: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    ROOT.get_or_init(|| {
        let href = document()
            .query_selector("meta[name=crossroads-base]")
            .ok()
            .flatten()
            .and_then(|meta| meta.get_attribute("content"))
            .unwrap_or_default();
        crossroads_core::paths::base_path(&href)
    })
}

/// This language's base below the root (see [`router_base`]), once the words are installed.
#[cfg(target_arch = "wasm32")]
pub fn base() -> &'static str {
    static BASE: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    BASE.get_or_init(|| prose::language_base(root(), prose::language()))
}

/// Static hosts answer `/roles/x` with a redirect to `/roles/x/` (the folder holding that
/// route's copy of the app shell). Routes have no trailing slash, so drop it before routing.
pub fn drop_trailing_slash() {
    let location = window().location();
    let Ok(path) = location.pathname() else {
        return;
    };
    if let Some(trimmed) = crossroads_core::paths::without_trailing_slash(&path, base()) {
        let search = location.search().unwrap_or_default();
        let hash = location.hash().unwrap_or_default();
        replace_address(&format!("{trimmed}{search}{hash}"));
    }
}

/// Sets the document title as "<page> · Crossroads", following `page` when it changes.
pub fn use_title(page: impl Fn() -> String + 'static) {
    #[cfg(not(target_arch = "wasm32"))]
    STATIC_TITLE.with_borrow_mut(|title| *title = page());
    Effect::new(move |_| document().set_title(&format!("{} · Crossroads", page())));
}

#[cfg(not(target_arch = "wasm32"))]
thread_local! {
    /// The title the page being pre-rendered asked for (effects do not run natively).
    pub static STATIC_TITLE: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
}

/// Moves keyboard focus to the element with this id (it needs `tabindex` unless it is
/// focusable already). Waits a frame so a view rendered in the same turn exists.
pub fn focus_by_id(id: impl Into<String>) {
    let id: String = id.into();
    request_animation_frame(move || {
        use wasm_bindgen::JsCast;
        if let Some(el) = document()
            .get_element_by_id(&id)
            .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
        {
            _ = el.focus();
        }
    });
}

/// Opens the browser's print dialog; the print stylesheet turns the page into a summary. The
/// disclosures the summary prints open first: a browser that cannot show a closed one's content
/// from the stylesheet (`::details-content`) would print only its summary line.
pub fn print() {
    while let Ok(Some(closed)) = document().query_selector(".fold:not([open]),.fit-why:not([open])")
    {
        if closed.set_attribute("open", "").is_err() {
            break;
        }
    }
    _ = window().print();
}

/// Now, as an ISO 8601 timestamp. Empty when pre-rendering: a first visit shows no date.
pub fn now_iso() -> String {
    if cfg!(not(target_arch = "wasm32")) {
        return String::new();
    }
    js_sys::Date::new_0().to_iso_string().into()
}

/// An ISO timestamp as the page's language writes a date and time ("4 mar 2025, 10:32" on a
/// Spanish page, whatever the browser's own locale: a page in one language with dates in
/// another misreads 3/4 as 3 April); the input unchanged if it is not a date.
pub fn local_date_time(iso: &str) -> String {
    let date = js_sys::Date::new(&iso.into());
    if date.get_time().is_nan() {
        return iso.to_string();
    }
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"dateStyle".into(), &"medium".into());
    let _ = js_sys::Reflect::set(&options, &"timeStyle".into(), &"short".into());
    let language = prose::LANGUAGES
        .get(prose::language())
        .copied()
        .unwrap_or("en");
    date.to_locale_string(language, &options).into()
}

/// The fragment of the address (`#...`), then removes it so a reload does not apply it twice.
pub fn take_fragment() -> String {
    let location = window().location();
    let hash = location.hash().unwrap_or_default();
    if !hash.is_empty() {
        let path = location.pathname().unwrap_or_default();
        let search = location.search().unwrap_or_default();
        if let Ok(history) = window().history() {
            _ = history.replace_state_with_url(
                &wasm_bindgen::JsValue::NULL,
                "",
                Some(&format!("{path}{search}")),
            );
        }
    }
    hash
}

/// The absolute address of a link made by [`link`] or [`link_to`], for links people copy.
pub fn absolute(link: &str) -> String {
    format!("{}{link}", window().location().origin().unwrap_or_default())
}

/// Calls `f` whenever the address's fragment changes without a page load (a link pasted into
/// the address bar of an open tab). Lives as long as the page.
pub fn on_hash_change(f: impl Fn() + 'static) {
    use wasm_bindgen::{closure::Closure, JsCast};
    let listener = Closure::<dyn Fn()>::new(f);
    _ = window().add_event_listener_with_callback("hashchange", listener.as_ref().unchecked_ref());
    listener.forget();
}

/// Calls `f(online)` now and whenever the connection comes or goes. Lives as long as the page.
pub fn on_connectivity(f: impl Fn(bool) + 'static) {
    use wasm_bindgen::{closure::Closure, JsCast};
    f(window().navigator().on_line());
    let f = std::rc::Rc::new(f);
    for (event, online) in [("online", true), ("offline", false)] {
        let f = f.clone();
        let listener = Closure::<dyn Fn()>::new(move || f(online));
        _ = window().add_event_listener_with_callback(event, listener.as_ref().unchecked_ref());
        listener.forget();
    }
}

/// Whether the page shows the dark theme: the remembered choice, else the system's. A
/// pre-rendered page starts light; the stylesheet follows the system until the app mounts.
pub fn dark_theme() -> bool {
    if cfg!(not(target_arch = "wasm32")) {
        return false;
    }
    match storage::get(THEME_KEY).ok().flatten().as_deref() {
        Some("dark") => true,
        Some("light") => false,
        _ => window()
            .match_media("(prefers-color-scheme: dark)")
            .ok()
            .flatten()
            .is_some_and(|m| m.matches()),
    }
}

/// Shows the dark or light theme and, when `remember` is set, keeps the choice.
pub fn set_dark_theme(dark: bool, remember: bool) {
    let theme = if dark { "dark" } else { "light" };
    if let Some(root) = document().document_element() {
        _ = root.set_attribute("data-theme", theme);
    }
    if remember {
        _ = storage::set(THEME_KEY, theme);
    }
}

/// Applies a remembered theme choice at start-up, if there is one.
pub fn apply_remembered_theme() {
    if let Some(theme) = storage::get(THEME_KEY).ok().flatten() {
        set_dark_theme(theme == "dark", false);
    }
}

/// Installs the first screen's words that the page carries (written into every page by the
/// build, see `crossroads_core::prose`); `false` when the page has none of this build's.
pub fn install_words() -> bool {
    use crossroads_core::json;
    document()
        .get_element_by_id(prose::WORDS_ELEMENT)
        .and_then(|e| e.text_content())
        .and_then(|t| json::parse(&t))
        .and_then(|v| v.as_str().map(str::to_string))
        .is_some_and(prose::install_words)
}

/// The route at the address the page was opened at.
pub fn route() -> Option<Route> {
    Route::parse(&window().location().pathname().ok()?, base())
}

/// Puts `url` in the address bar in place of the current entry.
pub fn replace_address(url: &str) {
    if let Ok(history) = window().history() {
        _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(url));
    }
}

/// Says in the console why the app did not start.
pub fn log_error(message: &str) {
    web_sys::console::error_1(&message.into());
}

/// Removes the static first-paint copy of the page (see `index.html`), when the app takes over
/// (`state::take_over`); `false` when it was gone already. No frame shows neither or both: it
/// goes in the task that mounts the app, or, while it stays longer, the stylesheet hides the
/// app's copy.
pub fn remove_static_shell() -> bool {
    let shell = document().get_element_by_id("static-shell");
    if let Some(shell) = &shell {
        shell.remove();
    }
    shell.is_some()
}

/// Runs `f` once Chromium has recorded the largest paint of the static first screen, or at
/// once in browsers that do not measure it.
///
/// While the wasm starts, the main thread is busy right after the first paint. Replacing the
/// static copy before that paint is recorded makes Chromium drop the record and date the
/// largest paint to the app's identical copy, hundreds of milliseconds later (seen in
/// `cargo xtask bench` and reproduced with plain HTML). Waiting costs one task.
pub fn after_first_paint_recorded(f: impl FnOnce() + 'static) {
    use std::{cell::RefCell, rc::Rc};
    use wasm_bindgen::{closure::Closure, JsCast, JsValue};

    const LCP: &str = "largest-contentful-paint";
    let f = Rc::new(RefCell::new(Some(f)));
    let run = move || {
        if let Some(f) = f.borrow_mut().take() {
            f();
        }
    };
    let supported = js_sys::Reflect::get(&window(), &"PerformanceObserver".into())
        .and_then(|class| js_sys::Reflect::get(&class, &"supportedEntryTypes".into()))
        .ok()
        .and_then(|types| types.dyn_into::<js_sys::Array>().ok())
        .is_some_and(|types| types.includes(&LCP.into(), 0));
    if !supported {
        run();
        return;
    }
    let on_entry = {
        let run = run.clone();
        Closure::<dyn FnMut(JsValue, web_sys::PerformanceObserver)>::new(
            move |_, observer: web_sys::PerformanceObserver| {
                observer.disconnect();
                run();
            },
        )
    };
    let Ok(observer) = web_sys::PerformanceObserver::new(on_entry.as_ref().unchecked_ref()) else {
        run();
        return;
    };
    on_entry.forget();
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"type".into(), &LCP.into());
    let _ = js_sys::Reflect::set(&options, &"buffered".into(), &true.into());
    observer.observe(options.unchecked_ref());
    // A tab opened in the background paints nothing until it is shown.
    set_timeout(run, std::time::Duration::from_millis(500));
}

/// Runs `f` once `ms` milliseconds have passed.
pub fn after_pause(ms: u32, f: impl FnOnce() + 'static) {
    set_timeout(f, std::time::Duration::from_millis(u64::from(ms)));
}

/// Calls `f(key, on_control)` for each key pressed anywhere on the page, for as long as the
/// calling component lives, except while focus is in a box that takes typing (text, search, a
/// drop-down). `on_control` says focus is on a button, link or disclosure, whose Enter is theirs.
pub fn on_key_while_mounted(f: impl Fn(web_sys::KeyboardEvent, bool) + 'static) {
    use wasm_bindgen::JsCast;
    // Pre-rendering builds the quiz natively, where there is no page to listen to.
    if cfg!(not(target_arch = "wasm32")) {
        return;
    }
    let handle = window_event_listener(leptos::ev::keydown, move |ev| {
        let tag = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .map(|e| (e.tag_name(), e.get_attribute("type")));
        let (typing, on_control) = match tag.as_ref().map(|(t, ty)| (t.as_str(), ty.as_deref())) {
            Some(("INPUT", ty)) => (ty != Some("radio"), false),
            Some(("SELECT" | "TEXTAREA", _)) => (true, false),
            Some(("BUTTON" | "A" | "SUMMARY", _)) => (false, true),
            _ => (false, false),
        };
        // A held key repeats; it must not run through the quiz on its own.
        if !typing
            && !ev.repeat()
            && !ev.default_prevented()
            && !ev.ctrl_key()
            && !ev.alt_key()
            && !ev.meta_key()
        {
            f(ev, on_control);
        }
    });
    on_cleanup(move || handle.remove());
}

/// Runs `f` after the browser has painted the current frame (a frame, then a task), so work
/// that can wait does not delay the response to an interaction.
pub fn after_next_paint(f: impl FnOnce() + 'static) {
    request_animation_frame(move || set_timeout(f, std::time::Duration::ZERO));
}
