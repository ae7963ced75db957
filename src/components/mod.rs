//! Reusable pieces shared by several pages.

mod background;
mod bullets;
mod charts;
mod finish;
mod fold;
mod language;
mod layout;
mod needs_content;
mod notices;
mod plan;
mod role_card;
mod salary;
mod save_link;
mod saved_progress;
mod scroll_table;
mod shortlist;
mod track_badge;
mod weights;

pub use background::BackgroundFields;
pub use bullets::Bullets;
pub use charts::{ScorePlot, ThemeBreakdown};
pub use finish::WayOnLink;
pub use fold::Fold;
pub use language::LanguageSwitch;
pub use layout::{SiteFooter, SiteHeader, SkipLink};
pub use needs_content::NeedsContent;
pub use notices::NoticeBar;
pub use plan::{PlanSection, PlanStatus};
pub use role_card::RoleCard;
pub use salary::{SalaryChart, SalaryStrip};
pub use save_link::SaveLink;
pub use saved_progress::NeedsSavedProgress;
pub use scroll_table::ScrollTable;
pub use shortlist::{ShortlistPanel, ShortlistToggle};
pub use track_badge::TrackBadge;
pub use weights::{use_page_weights, RankWhy, WeightsPanel};
