//! Crossroads' domain: everything the app knows that does not need a browser.
//!
//! Content is authored in `content/*.toml` and compiled in by `build.rs`; this crate holds no
//! signals and makes no browser calls, so all of it is unit-tested natively in seconds.

pub mod answers;
pub mod background;
pub mod content;
pub mod explore;
pub mod failure;
pub mod fit;
pub mod fnv;
pub mod format;
pub mod json;
pub mod link;
pub mod method;
pub mod order;
pub mod paths;
pub mod persist;
pub mod plan;
pub mod progress;
pub mod prose;
pub mod quiz;
pub mod recent;
pub mod routes;
pub mod scoring;
pub mod store;
pub mod weigh;

pub use content::{role, roles, track, Role, Track, TrackKind};
