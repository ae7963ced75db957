//! Whether the content's long text is here (it is fetched after the first screen), and
//! whether the page is being pre-rendered.

use crate::browser;
use crossroads_core::{failure::FileError, prose};
use leptos::prelude::*;

/// Where the content's long text is: pages that show it wait for [`ContentState::Ready`].
#[derive(Debug, Clone, PartialEq)]
pub enum ContentState {
    Loading,
    Ready,
    /// The download failed or brought another version's text.
    Failed(FileError),
}

/// The content's long text, fetched once after the first screen (see `crossroads_core::prose`).
#[derive(Clone, Copy)]
pub struct Content(pub RwSignal<ContentState>);

impl Content {
    /// Fetches and installs the text, unless it is already there.
    pub fn load(self) {
        if prose::ready() {
            self.0.set(ContentState::Ready);
            return;
        }
        self.0.set(ContentState::Loading);
        leptos::task::spawn_local(async move {
            let path = browser::asset(prose::file_name());
            let state = match browser::files::fetch_text(&path)
                .await
                .and_then(prose::install)
            {
                Ok(()) => ContentState::Ready,
                Err(reason) => ContentState::Failed(reason),
            };
            self.0.set(state);
        });
    }
}

/// The content's long text.
pub fn use_content() -> Content {
    expect_context::<Content>()
}

/// Present while the build pre-renders pages: nothing saved on the reader's device is known.
#[derive(Clone, Copy)]
pub struct Prerendering;

/// Whether the page is being pre-rendered at build time rather than shown by the app.
pub fn use_prerendering() -> bool {
    // Known at compile time in the browser, so the pre-render-only views stay out of the wasm.
    cfg!(not(target_arch = "wasm32")) && use_context::<Prerendering>().is_some()
}
