//! The person's progress: one signal mirrored to localStorage, changed only through
//! `crossroads_core::progress::Saved`'s methods.

use super::{Notice, Notices};
use crate::browser::{self, storage, storage::StorageError};
use crossroads_core::{
    persist::{self, Opening, Persist, Stored, Written},
    progress::{Advance, Saved},
    quiz::questions,
    quiz::Answer,
    store::{self, BACKUP_PREFIX, EARLY_KEY, KEY},
};
use leptos::prelude::*;

/// Where a question form reads and writes answers: a small door, so that the form does not
/// know whose answers they are (the person's own today; another kind of answerer implements it
/// for its own). A trait rather than callbacks: the form is built once per kind of answerer,
/// and the person's own costs nothing over calling [`Progress`] directly.
pub trait AnswerSink: Copy + Send + Sync + 'static {
    /// The answer given at a step, tracked.
    fn given(&self, step: usize) -> Option<Answer>;
    /// Records an answer at a step.
    fn give(&self, step: usize, answer: Answer);
    /// "Next": what it did.
    fn advance(&self) -> Advance;
    /// Moves to a step.
    fn go_to(&self, step: usize);
}

impl AnswerSink for Progress {
    fn given(&self, step: usize) -> Option<Answer> {
        self.with(|d| d.answers.get(step).copied().flatten())
    }

    fn give(&self, step: usize, answer: Answer) {
        self.change(|d| d.answer(step, answer));
    }

    fn advance(&self) -> Advance {
        Progress::advance(self)
    }

    fn go_to(&self, step: usize) {
        self.change(|d| d.set_step(step));
    }
}

/// The person's progress and its persistence.
#[derive(Clone, Copy)]
pub struct Progress {
    /// Everything that is saved: read with [`Progress::with`], changed with
    /// [`Progress::change`], so every change goes through `Saved`'s own rules.
    data: RwSignal<Saved>,
    persist: StoredValue<Persist>,
    /// What was last written (or read from another tab), to skip saves that change nothing.
    last_saved: StoredValue<Saved>,
}

impl Progress {
    /// Progress starting from `saved`, kept as `persist` says.
    pub(super) fn new(saved: Saved, persist: Persist) -> Self {
        Progress {
            data: RwSignal::new(saved.clone()),
            persist: StoredValue::new(persist),
            last_saved: StoredValue::new(saved),
        }
    }

    /// Reads the progress, tracked.
    pub fn with<T>(&self, f: impl FnOnce(&Saved) -> T) -> T {
        self.data.with(f)
    }

    /// Reads the progress without tracking it.
    pub fn with_untracked<T>(&self, f: impl FnOnce(&Saved) -> T) -> T {
        self.data.with_untracked(f)
    }

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

    /// Saves every change (skipping those that change nothing) and takes in what another tab
    /// saves, telling `notices` when storage fails.
    pub(super) fn keep_in_storage(self, notices: Notices) {
        let progress = self;
        Effect::new(move |_| {
            let data = progress.data.get();
            let due = progress.last_saved.with_value(|last| {
                persist::needs_saving(progress.persist.get_value(), last, &data)
            });
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

        if progress.persist.get_value() == Persist::Normal {
            storage::watch(KEY, move |value| {
                if let Some(saved) = persist::from_other_tab(questions(), value.as_deref()) {
                    // Taken as already saved, so the two tabs do not echo each other's writes.
                    progress.last_saved.set_value(saved.clone());
                    progress.data.set(saved);
                }
            });
        }
    }
}

pub(super) fn load(notices: Notices) -> (Saved, Persist) {
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

/// Takes in the answer chosen on the pre-rendered quiz while the app was on its way (see
/// `store::EARLY_KEY`); `true` when there was one.
pub(super) fn take_early(progress: Progress) -> bool {
    let Ok(Some(early)) = storage::get(EARLY_KEY) else {
        return false;
    };
    _ = storage::remove(EARLY_KEY);
    let mut taken = false;
    progress.change(|d| taken = d.take_early(&early));
    taken
}

/// Replaces the pre-rendered page with the app's (from `provide_state`, or when the person
/// leaves it by a link first), taking in first a choice made on it since the app started.
pub fn take_over(progress: Progress) {
    if !browser::remove_static_shell() {
        return;
    }
    if take_early(progress) {
        browser::focus_by_id("question-legend");
    }
}

/// The person's progress.
pub fn use_progress() -> Progress {
    expect_context::<Progress>()
}
