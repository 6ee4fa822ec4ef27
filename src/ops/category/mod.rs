//! `quorum category add | list | edit`: member categories, which decide who is a member in law,
//! who has a vote and with what weight.

mod add;
mod edit;
mod list;

pub use add::add;
pub use edit::edit;
pub use list::list;
