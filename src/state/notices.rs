//! The messages about the app's state that the layout shows under the header.

use crossroads_core::{
    link::{Carried, LinkError},
    store::ReadError,
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

/// The notices on screen.
pub fn use_notices() -> Notices {
    expect_context::<Notices>()
}
