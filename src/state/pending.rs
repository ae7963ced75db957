//! A progress link that arrives in the address: applied at once, or held until the person
//! chooses between it and the answers they already have.

use super::{Notice, Notices, Progress};
use crate::browser;
use crossroads_core::{
    link,
    progress::{LinkArrival, PendingLink},
    quiz::questions,
};
use leptos::prelude::*;

/// Reads a progress link in the address's fragment, if there is one, and applies it or holds it.
pub(super) fn apply_link(progress: Progress, notices: Notices, pending: Pending) {
    let fragment = browser::take_fragment();
    if !link::is_progress_link(&fragment) {
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
