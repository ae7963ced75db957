//! Reusable pieces shared by several pages.

mod bullets;
mod charts;
mod layout;
mod needs_content;
mod notices;
mod role_card;
mod salary;
mod save_link;
mod scroll_table;
mod shortlist;
mod track_badge;

pub use bullets::Bullets;
pub use charts::{ScorePlot, ThemeBreakdown};
pub use layout::{SiteFooter, SiteHeader, SkipLink};
pub use needs_content::NeedsContent;
pub use notices::NoticeBar;
pub use role_card::RoleCard;
pub use salary::{SalaryChart, SalaryStrip};
pub use save_link::SaveLink;
pub use scroll_table::ScrollTable;
pub use shortlist::{ShortlistPanel, ShortlistToggle};
pub use track_badge::TrackBadge;
