//! Reusable pieces shared by several pages.

mod layout;
mod track_badge;

pub use layout::{SiteFooter, SiteHeader, SkipLink};
pub use track_badge::TrackBadge;
