//! A vote as it was held: opened on a proposal with its grounds pinned, counted or cast, closed
//! with the computed result and the chair's declaration, or superseded by a challenge. The
//! states are enums; the store turns its text into them and refuses a value it does not know.

use crate::domain::msg::msg;
use std::fmt;
use std::str::FromStr;

use crate::domain::DomainError;
use crate::domain::rules::decide::{Question, Tally, Verdict};

use super::{Declared, Method, Split};

/// Where a vote is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Open,
    Closed,
    /// Replaced by a new vote after an immediate challenge (BW 2:13 lid 4).
    Superseded,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Open => "open",
            Status::Closed => "closed",
            Status::Superseded => "superseded",
        }
    }
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Status {
    type Err = DomainError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "open" => Ok(Status::Open),
            "closed" => Ok(Status::Closed),
            "superseded" => Ok(Status::Superseded),
            other => Err(DomainError::invalid_said(
                "status",
                msg!("vote-status-unknown", given = other),
            )),
        }
    }
}

/// A vote with its grounds and, once closed, its result.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Vote {
    pub id: i64,
    pub proposal_id: i64,
    pub meeting_id: i64,
    pub method: Method,
    pub status: Status,
    pub question: Question,
    pub opened_at: String,
    /// The quorum statement when it opened (JSON).
    pub statement: String,
    pub rules_from: String,
    pub rules_values: String,
    pub rules_digest: String,
    pub forced: Option<String>,
    pub tally: Option<Tally>,
    pub present_votes: Option<u64>,
    pub total_votes: Option<u64>,
    pub closed_at: Option<String>,
    /// The computed result.
    pub result: Option<Verdict>,
    pub base: Option<String>,
    pub base_votes: Option<u64>,
    pub threshold: Option<String>,
    pub needed: Option<u64>,
    pub explanation: Option<String>,
    pub declaration: Option<Declared>,
    pub declaration_differs: Option<bool>,
    pub declaration_text: Option<String>,
    pub superseded_by: Option<i64>,
    pub challenged_by: Option<String>,
}

impl Vote {
    pub fn is_open(&self) -> bool {
        self.status == Status::Open
    }

    /// The stored name of the computed result, if closed ("adopted", "no_quorum").
    pub fn result_name(&self) -> Option<&'static str> {
        self.result.map(super::result::verdict_name)
    }

    /// The stored name of the chair's declaration, if any.
    pub fn declaration_name(&self) -> Option<&'static str> {
        self.declaration.map(Declared::name)
    }

    /// A secret ballot's anonymous ballots may be shown only once it is no longer open: a
    /// running count, read after each cast, would tell an observer who sees who casts when how
    /// each voted.
    pub fn ballots_may_be_shown(&self) -> bool {
        self.method == Method::Ballot && !self.is_open()
    }
}

/// One member's votes in a roll call: whose they are, who cast them, and how.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cast {
    pub member_id: i64,
    pub number: i64,
    pub cast_by: i64,
    pub split: Split,
    pub weight: u64,
    pub cast_at: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_round_trip_and_an_unknown_one_is_refused() {
        for s in [Status::Open, Status::Closed, Status::Superseded] {
            assert_eq!(s.as_str().parse::<Status>().unwrap(), s);
        }
        assert!("Open".parse::<Status>().is_err());
        assert!("withdrawn".parse::<Status>().is_err());
    }
}
