//! What `member list` selects and in which order: passed by the use case to the store, which
//! reads the registry that way.

use chrono::NaiveDate;

use crate::domain::roll::Selection;

/// Order of `member list`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SortBy {
    /// Family name without prefix, then given name (Dutch register order).
    #[default]
    Name,
    Number,
    /// Start of the current or last membership period.
    Joined,
}

/// Filters for listing members.
#[derive(Debug, Clone, Default)]
pub struct MemberFilter {
    /// The date status is judged on.
    pub on: NaiveDate,
    /// Judged by the voting roll's status (`domain::roll`), never a second time in SQL.
    pub status: Selection,
    pub category: Option<String>,
    /// Case- and accent-insensitive text in number, names, e-mail or city.
    pub search: Option<String>,
    pub sort: SortBy,
}
