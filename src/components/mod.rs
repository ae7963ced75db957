//! Reusable pieces shared by several pages.

mod charts;
mod layout;
mod track_badge;

pub use charts::{LeanBand, ScorePlot, ThemeBreakdown};
pub use layout::{SiteFooter, SiteHeader, SkipLink};
pub use track_badge::TrackBadge;
