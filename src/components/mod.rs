//! Reusable pieces shared by several pages.

mod charts;
mod layout;
mod role_card;
mod salary;
mod track_badge;

pub use charts::{LeanBand, ScorePlot, ThemeBreakdown};
pub use layout::{SiteFooter, SiteHeader, SkipLink};
pub use role_card::RoleCard;
pub use salary::{SalaryChart, SalaryStrip};
pub use track_badge::TrackBadge;
