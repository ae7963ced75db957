//! Every rule about when progress is saved and what may overwrite it. The browser layer only
//! carries these decisions out (reading and writing localStorage, showing notices).

use crate::{
    progress::Saved,
    quiz::Question,
    store::{self, Loaded},
    weigh::Weights,
};

/// How saving behaves, decided when the page loads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Persist {
    /// Saves to storage.
    Normal,
    /// Storage is unusable or holds data this version must not overwrite: memory only.
    MemoryOnly,
}

/// What the person is told when the page loads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Opening {
    /// Nothing to tell.
    Quiet,
    /// Storage is blocked: work continues in memory.
    StorageBlocked,
    /// The stored data is from a newer version: left untouched, work continues in memory.
    Newer { version: u32 },
    /// The stored data was unreadable and is kept under the backup key.
    CorruptKept { reason: crate::store::ReadError },
    /// The stored data was unreadable and could not be backed up, so it must not be
    /// overwritten: work continues in memory.
    CorruptUnkept,
}

/// What storage held when the page loaded.
#[derive(Debug, Clone, PartialEq)]
pub enum Stored<'a> {
    /// Storage could not be read at all.
    Blocked,
    /// Its value (or nothing).
    Value(Option<&'a str>),
}

/// The progress to start with, how to save it, and what to tell the person. `back_up` keeps
/// an unreadable value aside and says whether it could; it is called only for such a value.
pub fn open(
    questions: &[Question],
    stored: Stored<'_>,
    back_up: impl FnOnce(&str) -> bool,
) -> (Saved, Persist, Opening) {
    let raw = match stored {
        Stored::Blocked => return (Saved::new(), Persist::MemoryOnly, Opening::StorageBlocked),
        Stored::Value(raw) => raw,
    };
    match store::load(questions, raw) {
        Loaded::Empty => (Saved::new(), Persist::Normal, Opening::Quiet),
        Loaded::Ready(saved) => (saved, Persist::Normal, Opening::Quiet),
        Loaded::Newer { version } => (
            Saved::new(),
            Persist::MemoryOnly,
            Opening::Newer { version },
        ),
        Loaded::Corrupt { reason } => {
            if raw.is_some_and(back_up) {
                (
                    Saved::new(),
                    Persist::Normal,
                    Opening::CorruptKept { reason },
                )
            } else {
                (Saved::new(), Persist::MemoryOnly, Opening::CorruptUnkept)
            }
        }
    }
}

/// Whether `now` must be written: saving is on and something changed since `last` was
/// written (or read from another tab).
pub fn needs_saving(persist: Persist, last: &Saved, now: &Saved) -> bool {
    persist == Persist::Normal && last != now
}

/// How a write went.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Written {
    Ok,
    /// Storage is full; what was saved before is intact.
    Full,
    /// Storage has become unusable.
    Unavailable,
}

/// Saving after a write: a full storage keeps trying (the person is told); an unusable one
/// stops it.
pub fn after_write(written: Written) -> Persist {
    match written {
        Written::Ok | Written::Full => Persist::Normal,
        Written::Unavailable => Persist::MemoryOnly,
    }
}

/// What another tab wrote, if this tab should take it: readable progress or its deletion.
/// Anything this tab cannot read (newer or damaged) is left to that tab, and changes nothing
/// here.
pub fn from_other_tab(questions: &[Question], value: Option<&str>) -> Option<Saved> {
    match store::load(questions, value) {
        Loaded::Ready(saved) => Some(saved),
        Loaded::Empty => Some(Saved::new()),
        Loaded::Newer { .. } | Loaded::Corrupt { .. } => None,
    }
}

/// The weights a page shows, and whether to save them and write them into its address.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PageWeights {
    pub shown: Weights,
    /// Weights to save and put into the address in today's form (`None`: leave both).
    pub write: Option<Weights>,
}

/// A page's weights from its address and from storage: a link's weights win (so a shared
/// ranking shows as it was shared), in today's form (`current`) or as written before "No
/// preference" existed (`old`, rewritten today's way and saved); without them the saved
/// weights show, and go into the address so the page can be bookmarked as seen.
pub fn page_weights(current: Option<&str>, old: Option<&str>, saved: Weights) -> PageWeights {
    if let Some(w) = current.and_then(Weights::from_param) {
        return PageWeights {
            shown: w,
            write: None,
        };
    }
    if let Some(w) = old.and_then(Weights::from_old_param) {
        return PageWeights {
            shown: w,
            write: Some(w),
        };
    }
    PageWeights {
        shown: saved,
        write: (!saved.is_neutral()).then_some(saved),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{quiz::questions, weigh::Concern};

    #[test]
    fn opening_storage() {
        let qs = questions();
        let never = |_: &str| panic!("nothing to back up");
        assert_eq!(
            open(qs, Stored::Blocked, never),
            (Saved::new(), Persist::MemoryOnly, Opening::StorageBlocked)
        );
        assert_eq!(
            open(qs, Stored::Value(None), never),
            (Saved::new(), Persist::Normal, Opening::Quiet)
        );
        let mut s = Saved::new();
        s.toggle_shortlist("civil-engineer");
        let text = store::write(qs, &s, "t");
        assert_eq!(
            open(qs, Stored::Value(Some(&text)), never),
            (s, Persist::Normal, Opening::Quiet)
        );
        let newer = text.replace(
            &format!("\"version\": {}", store::CURRENT_VERSION),
            "\"version\": 99",
        );
        assert_eq!(
            open(qs, Stored::Value(Some(&newer)), never).2,
            Opening::Newer { version: 99 }
        );
        // Damaged data is kept aside before anything is written over it...
        let mut kept = None;
        let (_, persist, opening) = open(qs, Stored::Value(Some("{oops")), |raw| {
            kept = Some(raw.to_string());
            true
        });
        assert_eq!(kept.as_deref(), Some("{oops"));
        assert_eq!(persist, Persist::Normal);
        assert!(matches!(opening, Opening::CorruptKept { .. }));
        // ...and when it cannot be, it is never overwritten.
        assert_eq!(
            open(qs, Stored::Value(Some("{oops")), |_| false),
            (Saved::new(), Persist::MemoryOnly, Opening::CorruptUnkept)
        );
    }

    #[test]
    fn saving_and_other_tabs() {
        let qs = questions();
        let (a, mut b) = (Saved::new(), Saved::new());
        assert!(!needs_saving(Persist::Normal, &a, &b), "nothing changed");
        b.toggle_shortlist("civil-engineer");
        assert!(needs_saving(Persist::Normal, &a, &b));
        assert!(!needs_saving(Persist::MemoryOnly, &a, &b));
        assert_eq!(after_write(Written::Full), Persist::Normal);
        assert_eq!(after_write(Written::Unavailable), Persist::MemoryOnly);
        let text = store::write(qs, &b, "t");
        assert_eq!(from_other_tab(qs, Some(&text)), Some(b));
        assert_eq!(
            from_other_tab(qs, None),
            Some(Saved::new()),
            "deleted there"
        );
        assert_eq!(from_other_tab(qs, Some("{oops")), None);
    }

    #[test]
    fn weights_from_the_address_and_from_storage() {
        let saved = Weights::default().with(Concern::Family, 3);
        let linked = Weights::default().with(Concern::Pay, 4);
        assert_eq!(
            page_weights(Some(&linked.to_param()), None, saved),
            PageWeights {
                shown: linked,
                write: None
            }
        );
        // An old link: rewritten the new way and saved.
        let old = page_weights(None, Some("4222222"), saved);
        assert_eq!(old.shown, linked);
        assert_eq!(old.write, Some(linked));
        // No link: the saved weights show and go into the address; none saved, nothing.
        assert_eq!(page_weights(None, None, saved).write, Some(saved));
        assert_eq!(page_weights(None, None, Weights::default()).write, None);
        // A mangled value is ignored.
        assert_eq!(page_weights(Some("99"), Some("x"), saved).shown, saved);
    }
}
