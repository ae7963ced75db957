//! One routed component per file.

mod check;
mod compare;
mod history;
mod home;
mod method;
mod not_found;
mod quiz;
mod results;
mod role;
mod roles;

pub use check::Check;
pub use compare::Compare;
pub use history::History;
pub use home::Home;
pub use method::Method;
pub use not_found::NotFound;
pub use quiz::Quiz;
pub use results::Results;
pub use role::RolePage;
pub use roles::Roles;
