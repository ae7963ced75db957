//! App-wide state, shared through context with `use_*()` accessors.
//!
//! [`Progress`] holds everything a person would hate to lose (answers, step, finished attempts,
//! shortlist) as one signal mirrored to localStorage. [`Notices`] holds the messages about
//! storage, links and connectivity that the layout shows.

use crate::browser::{self, storage, storage::StorageError};
use crossroads_core::{
    link,
    quiz::{questions, themes, Answer},
    scoring::assess,
    store::{self, Attempt, Loaded, Saved, BACKUP_PREFIX, KEY, MAX_HISTORY},
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
    CorruptRestored { backup_key: String, reason: String },
    /// Stored data is from a newer version; it is left untouched.
    NewerData { version: u32 },
    /// A progress link could not be read.
    LinkInvalid(String),
    /// A progress link was applied.
    LinkApplied,
    /// A progress link differs from the progress in this browser; the person chooses.
    LinkConflict(Vec<Option<Answer>>),
    /// Data came in from an imported file.
    Imported,
    /// The network is gone; the app keeps working.
    Offline,
    /// A new version is installed and waits for a reload.
    UpdateReady,
}

/// How saving behaves, decided when the page loads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Persist {
    /// Saves to localStorage.
    Normal,
    /// Storage is unusable or holds data this version must not overwrite: memory only.
    MemoryOnly,
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

    /// Moves to question `step`.
    pub fn set_step(&self, step: usize) {
        self.data
            .update(|d| d.step = step.min(questions().len() - 1));
    }

    /// Sets the answer to question `index`.
    pub fn answer(&self, index: usize, answer: Answer) {
        self.data.update(|d| {
            if let Some(slot) = d.answers.get_mut(index) {
                *slot = Some(answer);
            }
        });
    }

    /// How many questions have an answer, tracked.
    pub fn answered(&self) -> usize {
        self.data.with(|d| d.answers.iter().flatten().count())
    }

    /// Whether every question has an answer, tracked.
    pub fn complete(&self) -> bool {
        self.data.with(|d| d.answers.iter().all(Option::is_some))
    }

    /// Replaces the answers (from a link) and goes to the first unanswered question.
    pub fn replace_answers(&self, answers: Vec<Option<Answer>>) {
        self.data.update(|d| {
            d.step = answers
                .iter()
                .position(Option::is_none)
                .unwrap_or(answers.len() - 1);
            d.answers = answers;
        });
    }

    /// Clears the answers and goes back to the first question; history and shortlist stay.
    pub fn restart(&self) {
        self.data.update(|d| {
            d.answers = vec![None; questions().len()];
            d.step = 0;
        });
    }

    /// Records the finished quiz in the history, unless the latest attempt has the same answers.
    pub fn finish(&self) {
        self.data.update(|d| {
            if d.history.last().is_some_and(|a| a.answers == d.answers) {
                return;
            }
            let a = assess(questions(), themes(), &d.answers);
            d.history.push(Attempt {
                finished_at: browser::now_iso(),
                answers: d.answers.clone(),
                outcome: a.outcome,
                management: a.management,
                technical: a.technical,
            });
            if d.history.len() > MAX_HISTORY {
                d.history.remove(0);
            }
        });
    }

    /// Deletes the attempt finished at `finished_at`.
    pub fn delete_attempt(&self, finished_at: &str) {
        self.data
            .update(|d| d.history.retain(|a| a.finished_at != finished_at));
    }

    /// Whether the role is on the shortlist, tracked.
    pub fn shortlisted(&self, slug: &str) -> bool {
        self.data.with(|d| d.shortlist.contains(&slug))
    }

    /// Adds the role to the shortlist, or removes it.
    pub fn toggle_shortlist(&self, slug: &'static str) {
        self.data.update(|d| {
            if let Some(i) = d.shortlist.iter().position(|s| *s == slug) {
                d.shortlist.remove(i);
            } else {
                d.shortlist.push(slug);
            }
        });
    }

    /// The whole progress as an export file.
    pub fn export(&self) -> String {
        self.data
            .with_untracked(|d| store::write(questions(), d, &browser::now_iso()))
    }

    /// Replaces everything with `saved` (an import).
    pub fn import(&self, saved: Saved) {
        self.data.set(saved);
    }

    /// Deletes everything, here and in storage.
    pub fn delete_all(&self) {
        self.data.set(empty());
        self.last_saved.set_value(empty());
        if self.persist.get_value() == Persist::Normal {
            _ = storage::remove(KEY);
        }
    }
}

fn empty() -> Saved {
    Saved {
        answers: vec![None; questions().len()],
        ..Saved::default()
    }
}

/// Loads what is stored, applies a progress link, and keeps storage and other tabs in step.
/// Called once by `App`.
pub fn provide_state() {
    let notices = Notices(RwSignal::new(Vec::new()));
    provide_context(notices);
    let (initial, persist) = load(notices);
    let progress = Progress {
        data: RwSignal::new(initial.clone()),
        persist: StoredValue::new(persist),
        last_saved: StoredValue::new(initial),
    };
    provide_context(progress);
    apply_link(progress, notices);
    browser::on_hash_change(move || apply_link(progress, notices));
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
        if progress.persist.get_value() != Persist::Normal
            || progress.last_saved.with_value(|s| *s == data)
        {
            return;
        }
        match storage::set(KEY, &store::write(questions(), &data, &browser::now_iso())) {
            Ok(()) => {
                progress.last_saved.set_value(data);
                notices.dismiss(&Notice::SaveFailed);
            }
            Err(StorageError::Full) => notices.show(Notice::SaveFailed),
            Err(StorageError::Unavailable) => {
                progress.persist.set_value(Persist::MemoryOnly);
                notices.show(Notice::StorageBlocked);
            }
        }
    });

    if persist == Persist::Normal {
        storage::watch(KEY, move |value| {
            let saved = match store::load(questions(), value.as_deref()) {
                Loaded::Ready(saved) => saved,
                Loaded::Empty => empty(),
                // The other tab wrote something this tab cannot read; leave both alone.
                Loaded::Newer { .. } | Loaded::Corrupt { .. } => return,
            };
            // Taking the other tab's state as already saved keeps the two from echoing writes.
            progress.last_saved.set_value(saved.clone());
            progress.data.set(saved);
        });
    }
}

fn load(notices: Notices) -> (Saved, Persist) {
    let raw = match storage::get(KEY) {
        Ok(raw) => raw,
        Err(_) => {
            notices.show(Notice::StorageBlocked);
            return (empty(), Persist::MemoryOnly);
        }
    };
    match store::load(questions(), raw.as_deref()) {
        Loaded::Empty => (empty(), Persist::Normal),
        Loaded::Ready(saved) => (saved, Persist::Normal),
        Loaded::Newer { version } => {
            notices.show(Notice::NewerData { version });
            (empty(), Persist::MemoryOnly)
        }
        Loaded::Corrupt { reason } => {
            let backup_key = format!("{BACKUP_PREFIX}{}", browser::now_iso());
            let kept = raw.is_some_and(|raw| storage::set(&backup_key, &raw).is_ok());
            if kept {
                notices.show(Notice::CorruptRestored { backup_key, reason });
                (empty(), Persist::Normal)
            } else {
                // Without a backup the damaged value must not be overwritten.
                notices.show(Notice::SaveFailed);
                (empty(), Persist::MemoryOnly)
            }
        }
    }
}

fn apply_link(progress: Progress, notices: Notices) {
    let fragment = browser::take_fragment();
    if !fragment.starts_with("#q") {
        return;
    }
    match link::decode(questions(), &fragment) {
        Err(e) => notices.show(Notice::LinkInvalid(e.message())),
        Ok(answers) => {
            let mine = progress.data.with_untracked(|d| d.answers.clone());
            if mine.iter().all(Option::is_none) || mine == answers {
                progress.replace_answers(answers);
                notices.show(Notice::LinkApplied);
            } else {
                notices.show(Notice::LinkConflict(answers));
            }
        }
    }
}

/// The person's progress.
pub fn use_progress() -> Progress {
    expect_context::<Progress>()
}

/// The notices on screen.
pub fn use_notices() -> Notices {
    expect_context::<Notices>()
}
