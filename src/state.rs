//! App-wide state, shared through context with `use_*()` accessors.
//!
//! [`Progress`] holds everything a person would hate to lose (answers, step, finished attempts,
//! shortlist) as one signal mirrored to localStorage. [`Notices`] holds the messages about
//! storage, links and connectivity that the layout shows; [`Pending`] holds a progress link
//! waiting for the person to choose between it and their answers. [`Content`] says whether the
//! content's long text (loaded after the first screen) has arrived.

use crate::browser::{self, storage, storage::StorageError};
use crossroads_core::{
    failure::FileError,
    link::{self, Carried, LinkError},
    persist::{self, Opening, Persist, Stored, Written},
    progress::{Advance, LinkArrival, PendingLink, Saved},
    prose,
    quiz::questions,
    routes::{quiz_param, Address, Key, Route},
    store::{self, ReadError, BACKUP_PREFIX, EARLY_KEY, KEY},
};
use leptos::prelude::*;

/// A message about the app's state, shown under the header until dismissed.
#[derive(Debug, Clone, PartialEq)]
pub enum Notice {
    /// Storage is blocked: work continues in memory.
    StorageBlocked,
    /// A save failed (quota); what was saved before is intact.
    SaveFailed,
    /// Stored data was unreadable; it is kept under `backup_key`.
    CorruptRestored {
        backup_key: String,
        reason: ReadError,
    },
    /// Stored data is from a newer version; it is left untouched.
    NewerData { version: u32 },
    /// A progress link could not be read.
    LinkInvalid(LinkError),
    /// A progress link was applied, with what carried over from a link of an earlier
    /// question set.
    LinkApplied(Option<Carried>),
    /// Data came in from an imported file.
    Imported,
    /// The network is gone; the app keeps working.
    Offline,
    /// A new version is installed and waits for a reload.
    UpdateReady,
}

/// The person's progress and its persistence.
#[derive(Clone, Copy)]
pub struct Progress {
    /// Everything that is saved.
    pub data: RwSignal<Saved>,
    persist: StoredValue<Persist>,
    /// What was last written (or read from another tab), to skip saves that change nothing.
    last_saved: StoredValue<Saved>,
}

/// The notices on screen.
#[derive(Clone, Copy)]
pub struct Notices(pub RwSignal<Vec<Notice>>);

impl Notices {
    /// Shows `notice` once.
    pub fn show(&self, notice: Notice) {
        self.0.update(|list| {
            if !list.contains(&notice) {
                list.push(notice);
            }
        });
    }

    /// Removes `notice`.
    pub fn dismiss(&self, notice: &Notice) {
        self.0.update(|list| list.retain(|n| n != notice));
    }
}

impl Progress {
    /// The question on screen, tracked.
    pub fn step(&self) -> usize {
        self.data.with(|d| d.step)
    }

    /// How many questions have an answer, tracked.
    pub fn answered(&self) -> usize {
        self.data.with(Saved::answered)
    }

    /// Whether every question has an answer, tracked.
    pub fn complete(&self) -> bool {
        self.data.with(Saved::complete)
    }

    /// Whether the role is on the shortlist, tracked.
    pub fn shortlisted(&self, slug: &str) -> bool {
        self.data.with(|d| d.shortlisted(slug))
    }

    /// Applies one of [`Saved`]'s changes; the persistence Effect saves the result.
    pub fn change(&self, change: impl FnOnce(&mut Saved)) {
        self.data.update(change);
    }

    /// "Next" in the quiz (see [`Saved::advance`]); a refused step changes nothing.
    pub fn advance(&self) -> Advance {
        let now = browser::now_iso();
        self.data
            .try_maybe_update(|d| {
                let done = d.advance(&now);
                (done != Advance::NeedsAnswer, done)
            })
            .unwrap_or(Advance::NeedsAnswer)
    }

    /// The whole progress as an export file.
    pub fn export(&self) -> String {
        self.data
            .with_untracked(|d| store::write(questions(), d, &browser::now_iso()))
    }

    /// Deletes everything, here and in storage.
    pub fn delete_all(&self) {
        self.data.set(Saved::new());
        self.last_saved.set_value(Saved::new());
        if self.persist.get_value() == Persist::Normal {
            _ = storage::remove(KEY);
        }
    }
}

/// Loads what is stored, applies a progress link, and keeps storage and other tabs in step.
/// Called once by `App`.
pub fn provide_state() {
    let content = Content(RwSignal::new(ContentState::Loading));
    provide_context(content);
    content.load();
    let notices = Notices(RwSignal::new(Vec::new()));
    provide_context(notices);
    let (initial, persist) = load(notices);
    let progress = Progress {
        data: RwSignal::new(initial.clone()),
        persist: StoredValue::new(persist),
        last_saved: StoredValue::new(initial),
    };
    provide_context(progress);
    let route = browser::route();
    // Taken before the router reads the address, which it then names the step in.
    if take_early(progress) && matches!(route, Some(Route::Quiz)) {
        let step = progress.data.with_untracked(|d| d.step);
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

    Effect::new(move |_| {
        let data = progress.data.get();
        let due = progress
            .last_saved
            .with_value(|last| persist::needs_saving(progress.persist.get_value(), last, &data));
        if !due {
            return;
        }
        let written =
            match storage::set(KEY, &store::write(questions(), &data, &browser::now_iso())) {
                Ok(()) => Written::Ok,
                Err(StorageError::Full) => Written::Full,
                Err(StorageError::Unavailable) => Written::Unavailable,
            };
        progress.persist.set_value(persist::after_write(written));
        match written {
            Written::Ok => {
                progress.last_saved.set_value(data);
                notices.dismiss(&Notice::SaveFailed);
            }
            Written::Full => notices.show(Notice::SaveFailed),
            Written::Unavailable => notices.show(Notice::StorageBlocked),
        }
    });

    if persist == Persist::Normal {
        storage::watch(KEY, move |value| {
            if let Some(saved) = persist::from_other_tab(questions(), value.as_deref()) {
                // Taken as already saved, so the two tabs do not echo each other's writes.
                progress.last_saved.set_value(saved.clone());
                progress.data.set(saved);
            }
        });
    }
}

/// The state of a first visit, for pre-rendering the pages natively: nothing saved, no notice,
/// and the content's text at hand (read from the build, not fetched).
#[cfg(not(target_arch = "wasm32"))]
pub fn provide_static_state() {
    provide_context(Prerendering);
    provide_context(Content(RwSignal::new(ContentState::Ready)));
    provide_context(Notices(RwSignal::new(Vec::new())));
    provide_context(Progress {
        data: RwSignal::new(Saved::new()),
        persist: StoredValue::new(Persist::MemoryOnly),
        last_saved: StoredValue::new(Saved::new()),
    });
    provide_context(Pending(RwSignal::new(None)));
}

fn load(notices: Notices) -> (Saved, Persist) {
    let raw = storage::get(KEY);
    let stored = match &raw {
        Ok(raw) => Stored::Value(raw.as_deref()),
        Err(_) => Stored::Blocked,
    };
    let backup_key = format!("{BACKUP_PREFIX}{}", browser::now_iso());
    let (saved, persist, opening) = persist::open(questions(), stored, |raw| {
        storage::set(&backup_key, raw).is_ok()
    });
    match opening {
        Opening::Quiet => {}
        Opening::StorageBlocked => notices.show(Notice::StorageBlocked),
        Opening::Newer { version } => notices.show(Notice::NewerData { version }),
        Opening::CorruptKept { reason } => {
            notices.show(Notice::CorruptRestored { backup_key, reason })
        }
        // Without a backup the damaged value must not be overwritten.
        Opening::CorruptUnkept => notices.show(Notice::SaveFailed),
    }
    (saved, persist)
}

fn apply_link(progress: Progress, notices: Notices, pending: Pending) {
    let fragment = browser::take_fragment();
    if !fragment.starts_with("#q") {
        return;
    }
    match link::read(questions(), &fragment) {
        Err(e) => notices.show(Notice::LinkInvalid(e)),
        Ok(from_link) => {
            let mut arrival = None;
            progress.change(|d| arrival = Some(d.receive_link(from_link)));
            match arrival {
                Some(LinkArrival::Applied { carried }) => {
                    pending.0.set(None);
                    notices.show(Notice::LinkApplied(carried));
                }
                Some(LinkArrival::Conflict(link)) => pending.0.set(Some(link)),
                None => {}
            }
        }
    }
}

/// Takes in the answer chosen on the pre-rendered quiz while the app was on its way (see
/// `store::EARLY_KEY`); `true` when there was one.
fn take_early(progress: Progress) -> bool {
    let Ok(Some(early)) = storage::get(EARLY_KEY) else {
        return false;
    };
    _ = storage::remove(EARLY_KEY);
    let mut taken = false;
    progress.change(|d| taken = d.take_early(&early));
    taken
}

/// Replaces the pre-rendered page with the app's (from [`provide_state`], or when the person
/// leaves it by a link first), taking in first a choice made on it since the app started.
pub fn take_over(progress: Progress) {
    if !browser::remove_static_shell() {
        return;
    }
    if take_early(progress) {
        browser::focus_by_id("question-legend");
    }
}

/// A progress link whose answers differ from the saved ones, until the person chooses.
#[derive(Clone, Copy)]
pub struct Pending(pub RwSignal<Option<PendingLink>>);

impl Pending {
    /// Takes the link's answers after all.
    pub fn accept(self, progress: Progress, notices: Notices) {
        if let Some(link) = self.0.get_untracked() {
            let mut carried = None;
            progress.change(|d| carried = d.accept_link(link));
            notices.show(Notice::LinkApplied(carried));
        }
        self.0.set(None);
    }
}

/// The pending progress link, if any.
pub fn use_pending_link() -> Pending {
    expect_context::<Pending>()
}

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

/// The person's progress.
pub fn use_progress() -> Progress {
    expect_context::<Progress>()
}

/// The notices on screen.
pub fn use_notices() -> Notices {
    expect_context::<Notices>()
}
