//! App-wide state, one concern per file, shared through context with `use_*()` accessors.
//!
//! [`Progress`] holds everything a person would hate to lose (answers, step, finished attempts,
//! shortlist) as one signal mirrored to localStorage; [`Notices`] the messages about storage,
//! links and connectivity that the layout shows; [`Pending`] a progress link waiting for the
//! person to choose between it and their answers; [`Content`] whether the content's long text
//! (loaded after the first screen) has arrived.

mod content;
mod notices;
mod pace;
mod pending;
mod progress;

pub use content::{use_content, use_prerendering, Content, ContentState, Prerendering};
pub use notices::{use_notices, Notice, Notices};
pub use pace::{Chosen, Pace, Pause};
pub use pending::{use_pending_link, Pending};
pub use progress::{take_over, use_progress, AnswerSink, Progress};

use progress::{load, take_early};

use crate::browser;
use crossroads_core::{
    persist::Persist,
    progress::Saved,
    quiz::questions,
    routes::{quiz_param, Address, Key, Route},
};
use leptos::prelude::*;
use pending::apply_link;

/// Provides every piece of state, once, for whatever renders the app: in the browser, what
/// this device keeps; in the native pre-render (and native tests), a first visit's.
pub fn provide_state() {
    if cfg!(target_arch = "wasm32") {
        in_the_browser();
    } else {
        first_visit();
    }
}

/// The state in the browser: loads what is stored, applies a progress link, and keeps storage
/// and other tabs in step.
fn in_the_browser() {
    let content = Content(RwSignal::new(ContentState::Loading));
    provide_context(content);
    content.load();
    let notices = Notices(RwSignal::new(Vec::new()));
    provide_context(notices);
    let (initial, persist) = load(notices);
    let progress = Progress::new(initial, persist);
    provide_context(progress);
    let route = browser::route();
    // Taken before the router reads the address, which it then names the step in.
    if take_early(progress) && matches!(route, Some(Route::Quiz)) {
        let step = progress.with_untracked(|d| d.step);
        let param = quiz_param(step, questions().len());
        browser::replace_address(&browser::link_to(
            &Address::new(Route::Quiz).with(Key::Question, param),
        ));
    }
    if route.is_some_and(|r| r.preloads_prose()) {
        // The pre-rendered page stays, hiding the app's copy (see `style/main.css`), until the
        // content's text is here: sooner would put "Loading the page…" where there was a
        // question someone may be about to tap.
        Effect::new(move |done: Option<bool>| {
            let now = done == Some(true) || content.0.get() != ContentState::Loading;
            if now && done != Some(true) {
                take_over(progress);
            }
            now
        });
    } else {
        take_over(progress);
    }
    let pending = Pending(RwSignal::new(None));
    provide_context(pending);
    apply_link(progress, notices, pending);
    browser::on_hash_change(move || apply_link(progress, notices, pending));
    browser::on_connectivity(move |online| {
        if online {
            notices.dismiss(&Notice::Offline);
        } else {
            notices.show(Notice::Offline);
        }
    });
    browser::worker::register(move || notices.show(Notice::UpdateReady));
    progress.keep_in_storage(notices);
}

/// The state of a first visit, which the pre-rendered pages show: nothing saved, no notice,
/// and the content's text at hand (read from the build, not fetched).
fn first_visit() {
    provide_context(Prerendering);
    provide_context(Content(RwSignal::new(ContentState::Ready)));
    provide_context(Notices(RwSignal::new(Vec::new())));
    provide_context(Progress::new(Saved::new(), Persist::MemoryOnly));
    provide_context(Pending(RwSignal::new(None)));
}
