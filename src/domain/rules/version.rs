//! A version of the rules as stored, and what a change to the versions did: the values a
//! `rules set` or `rules import` reports, owned here so the command line and the store share them
//! without the command line naming the store.

use chrono::NaiveDate;

use super::KeyChange;

/// One version of the rules: in force from `valid_from` until the next version starts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RulesVersion {
    pub id: i64,
    pub valid_from: NaiveDate,
    pub note: Option<String>,
    /// RFC 3339: when the version was recorded.
    pub created_at: String,
}

/// What a change did, for the status lines.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RulesChanged {
    pub valid_from: NaiveDate,
    /// Set when a new version was started: the start of the version it copied.
    pub copied_from: Option<NaiveDate>,
    pub changes: Vec<KeyChange>,
    /// Versions that start later and keep their own values.
    pub later: Vec<NaiveDate>,
    /// The note of an existing version was replaced.
    pub note_changed: bool,
}

impl RulesChanged {
    /// The rules already had these values: no version started, no key or note changed.
    pub fn is_unchanged(&self) -> bool {
        self.changes.is_empty() && self.copied_from.is_none() && !self.note_changed
    }
}
