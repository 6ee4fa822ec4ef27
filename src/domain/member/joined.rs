//! The first day of a membership period, which may be unknown: a registry taken over from a
//! list without joining dates (Sportlink, AllUnited, a sheet) knows that someone is a member,
//! not since when (issue 29).
//!
//! An unknown start counts as "before anything the registry holds": the member is on the roll
//! of every meeting while the period runs, and no date is ever checked against it (a leaving
//! date, a birth date, a rejoin). Rules that need the length of a membership say what they do
//! with it where they ask (`roll::standing` for the waiting period, `jubilee` for jubilees).

use chrono::NaiveDate;
use serde::{Serialize, Serializer};

use crate::domain::lang::{Lang, t};

/// When a membership period began. `Unknown` sorts before every date, which is what the roll,
/// the periods' order and "the first period" need: only the first period can have it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Joined {
    Unknown,
    On(NaiveDate),
}

impl Joined {
    /// The date, when known.
    pub fn date(self) -> Option<NaiveDate> {
        match self {
            Joined::Unknown => None,
            Joined::On(d) => Some(d),
        }
    }

    pub fn is_known(self) -> bool {
        matches!(self, Joined::On(_))
    }

    /// What the database holds: ISO 8601 text, or NULL for unknown.
    pub fn iso(self) -> Option<String> {
        self.date().map(|d| d.to_string())
    }

    /// The date in ISO 8601, or the word for unknown in the association's language: for
    /// documents and messages, never for the database or an export cell.
    pub fn shown(self, lang: Lang) -> String {
        match self {
            Joined::On(d) => d.to_string(),
            Joined::Unknown => t(lang, UNKNOWN_NL, UNKNOWN_EN),
        }
    }
}

/// What a member built field by field starts with; every command that adds a member sets it.
impl Default for Joined {
    fn default() -> Self {
        Joined::Unknown
    }
}

/// The words a secretary types for an unknown joining date (`--joined unknown`).
pub const UNKNOWN_EN: &str = "unknown";
pub const UNKNOWN_NL: &str = "onbekend";

impl From<NaiveDate> for Joined {
    fn from(d: NaiveDate) -> Self {
        Joined::On(d)
    }
}

impl From<Option<NaiveDate>> for Joined {
    /// The database's NULL is unknown.
    fn from(d: Option<NaiveDate>) -> Self {
        d.map_or(Joined::Unknown, Joined::On)
    }
}

/// `p.joined <= d`: an unknown start lies before every date, so a running period with an unknown
/// start contains every date up to its end.
impl PartialEq<NaiveDate> for Joined {
    fn eq(&self, other: &NaiveDate) -> bool {
        *self == Joined::On(*other)
    }
}

impl PartialOrd<NaiveDate> for Joined {
    fn partial_cmp(&self, other: &NaiveDate) -> Option<std::cmp::Ordering> {
        Some(self.cmp(&Joined::On(*other)))
    }
}

/// JSON: the ISO date, or `null` when unknown.
impl Serialize for Joined {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.date().serialize(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn unknown_lies_before_every_date_and_a_known_date_compares_as_itself() {
        assert!(Joined::Unknown <= d("1900-01-01"));
        assert!(Joined::Unknown < d("1900-01-01"));
        assert!(Joined::Unknown < Joined::On(d("1900-01-01")));
        let j = Joined::On(d("2020-05-01"));
        assert!(j <= d("2020-05-01") && j == d("2020-05-01"));
        assert!(j > d("2020-04-30"));
        assert_ne!(j, d("2020-04-30"));
    }

    #[test]
    fn unknown_is_null_in_json_and_in_the_database_and_a_word_in_documents() {
        assert_eq!(serde_json::to_string(&Joined::Unknown).unwrap(), "null");
        assert_eq!(
            serde_json::to_string(&Joined::On(d("2020-05-01"))).unwrap(),
            "\"2020-05-01\""
        );
        assert_eq!(Joined::Unknown.iso(), None);
        assert_eq!(Joined::from(None), Joined::Unknown);
        assert_eq!(Joined::Unknown.shown(Lang::Nl), "onbekend");
        assert_eq!(Joined::Unknown.shown(Lang::En), "unknown");
        assert_eq!(Joined::On(d("2020-05-01")).shown(Lang::Nl), "2020-05-01");
    }
}
