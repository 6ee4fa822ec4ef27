//! `quorum db backup | restore | check`: a safe copy of the database, putting one back, and
//! SQLite's own checks. (`db path` needs no database.)

mod backup;
mod check;
mod restore;

pub use backup::{BackedUp, backup};
pub use check::check;
pub use restore::{Restored, restore};
