//! The decision register (issue 11): what a decision is, how its code is made, what a vote's
//! result in law is, and which status changes are allowed. Pure: the store reads and writes.

use crate::domain::msg::msg;
use std::fmt;
use std::str::FromStr;

use chrono::NaiveDate;
use serde::Serialize;

use super::DomainError;
use super::lang::Lang;
use super::rules::decide::Verdict;
use super::vote::Declared;
use super::vote::declaration::legal_result;

pub mod standing;

/// Where a status is, in the life of a decision.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Status {
    /// Taken and in effect (an ordinary proposal, an election).
    #[serde(rename = "adopted")]
    Adopted,
    #[serde(rename = "rejected")]
    Rejected,
    /// An adopted statute amendment: in force only at the notarial deed (BW 2:43).
    #[serde(rename = "awaiting-deed")]
    AwaitingDeed,
    #[serde(rename = "in-force")]
    InForce,
    /// Replaced by a later decision, or lapsed after an immediate challenge (BW 2:13 lid 4).
    #[serde(rename = "superseded")]
    Superseded,
}

impl Status {
    pub const NAMES: &'static [&'static str] = &[
        "adopted",
        "rejected",
        "awaiting-deed",
        "in-force",
        "superseded",
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Status::Adopted => "adopted",
            Status::Rejected => "rejected",
            Status::AwaitingDeed => "awaiting-deed",
            Status::InForce => "in-force",
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
        match s.trim().to_ascii_lowercase().replace('_', "-").as_str() {
            "adopted" => Ok(Status::Adopted),
            "rejected" => Ok(Status::Rejected),
            "awaiting-deed" => Ok(Status::AwaitingDeed),
            "in-force" => Ok(Status::InForce),
            "superseded" => Ok(Status::Superseded),
            other => Err(DomainError::invalid_said(
                "status",
                msg!(
                    "decision-status-unknown",
                    given = other,
                    names = Status::NAMES.join(", ")
                ),
            )),
        }
    }
}

/// What was decided.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Outcome {
    Adopted,
    Rejected,
    Elected,
}

impl Outcome {
    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Adopted => "adopted",
            Outcome::Rejected => "rejected",
            Outcome::Elected => "elected",
        }
    }

    /// The status a decision starts with: an adopted statute amendment awaits its notarial
    /// deed (BW 2:43); an election result and any other adopted proposal are adopted.
    pub fn first_status(self, statute_amendment: bool) -> Status {
        match self {
            Outcome::Adopted if statute_amendment => Status::AwaitingDeed,
            Outcome::Adopted | Outcome::Elected => Status::Adopted,
            Outcome::Rejected => Status::Rejected,
        }
    }
}

/// What a decision came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Proposal,
    Election,
    Resolution,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Proposal => "proposal",
            Kind::Election => "election",
            Kind::Resolution => "resolution",
        }
    }
}

/// A decision of the register: its code, what it came from, what it decided, where it is now
/// and how it stands in law.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decision {
    pub id: i64,
    pub code: String,
    pub meeting_id: Option<i64>,
    pub number: i64,
    pub kind: Kind,
    pub vote_id: Option<i64>,
    pub election_id: Option<i64>,
    pub resolution_id: Option<i64>,
    pub proposal_id: Option<i64>,
    pub title: String,
    pub outcome: Outcome,
    pub status: Status,
    pub status_date: String,
    pub superseded_by: Option<i64>,
    /// The day it was taken (the meeting's date, or the day of a resolution's last signature).
    pub decided_on: String,
    pub decided_at: String,
    /// As judged when it was taken (`standing`).
    pub standing: standing::Standing,
    /// The grounds of the standing.
    pub grounds: Vec<standing::Ground>,
    /// The day it was made known (BW 2:15 lid 5).
    pub made_known: Option<String>,
    /// The code of the decision that confirmed it (BW 2:15 lid 6).
    pub confirmed_by: Option<String>,
}

/// Which decisions the register lists; all fields empty: every decision.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    pub meeting_id: Option<i64>,
    /// Taken on or after this day.
    pub since: Option<NaiveDate>,
    pub status: Option<Status>,
    /// Text found in the title or the code (case-insensitive).
    pub search: Option<String>,
}

/// One status a decision had, in its history.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatusEntry {
    pub seq: i64,
    pub status: Status,
    pub status_date: String,
    pub at: String,
    pub actor: String,
    pub note: Option<String>,
}

/// A vote's decision: its result in law (`domain::vote::declaration::legal_result`, BW 2:13
/// lid 3) as the register names it. None when the vote took no decision (no quorum, postponed
/// on a tie) or has no result yet.
pub fn vote_outcome(
    result: Option<Verdict>,
    declaration: Option<Declared>,
    decisive: bool,
) -> Option<Outcome> {
    match legal_result(result?, declaration, decisive) {
        Verdict::Adopted => Some(Outcome::Adopted),
        Verdict::Rejected => Some(Outcome::Rejected),
        Verdict::NoQuorum | Verdict::Postponed => None,
    }
}

/// The first part of a code: `ALV-2027-03-14` for a general meeting of a Dutch association
/// (algemene ledenvergadering), `GM-…` in English; `SB-…` (schriftelijk besluit) or `WR-…`
/// (written resolution) for a decision outside a meeting. `nth` > 1 for the second meeting
/// held on one day: `ALV-2027-03-14-2`.
pub fn code_prefix(lang: Lang, in_meeting: bool, on: NaiveDate, nth: u32) -> String {
    let word = match (lang, in_meeting) {
        (Lang::Nl, true) => "ALV",
        (Lang::En, true) => "GM",
        (Lang::Nl, false) => "SB",
        (Lang::En, false) => "WR",
    };
    if nth > 1 {
        format!("{word}-{on}-{nth}")
    } else {
        format!("{word}-{on}")
    }
}

/// The code of decision `number` under `prefix`.
pub fn code(prefix: &str, number: i64) -> String {
    format!("{prefix}/{number}")
}

/// The prefix of a stored code (everything before the last '/').
pub fn prefix_of(code: &str) -> &str {
    code.rsplit_once('/').map_or(code, |(p, _)| p)
}

/// A status change asked for with `decisions set`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Change {
    pub from: Status,
    pub to: Status,
    /// The day the decision was taken.
    pub decided_on: NaiveDate,
    /// The day the new status holds from.
    pub on: NaiveDate,
}

/// Judges a status change: the deed puts an awaiting statute amendment in force, and a later
/// decision supersedes one that is adopted, awaiting its deed or in force. Everything else is
/// refused with the reason.
pub fn check_change(c: &Change) -> Result<(), DomainError> {
    use Status::*;
    if c.on < c.decided_on {
        return Err(DomainError::invalid_said(
            "date",
            msg!(
                "decision-status-before-decided",
                on = c.on,
                decided = c.decided_on
            ),
        ));
    }
    match (c.from, c.to) {
        (AwaitingDeed, InForce) | (Adopted | AwaitingDeed | InForce, Superseded) => Ok(()),
        (Rejected, _) => Err(DomainError::said(msg!(
            "decision-rejected-cannot-become",
            to = msg!("decision-status-word", status = c.to.as_str())
        ))),
        (Superseded, _) => Err(DomainError::said(msg!("decision-superseded-already"))),
        (Adopted, InForce) => Err(DomainError::said(msg!("decision-needs-no-deed"))),
        (from, to) if from == to => Err(DomainError::said(msg!(
            "decision-status-already",
            status = msg!("decision-status-word", status = from.as_str())
        ))),
        (from, to) => Err(DomainError::said(msg!(
            "decision-change-not-allowed",
            from = from.as_str(),
            to = to.as_str()
        ))),
    }
}

#[cfg(test)]
mod tests;
