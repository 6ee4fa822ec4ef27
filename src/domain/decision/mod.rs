//! The decision register (issue 11): what a decision is, how its code is made, what a vote's
//! result in law is, and which status changes are allowed. Pure: the store reads and writes.

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
            other => Err(DomainError::invalid(
                "status",
                format!(
                    "'{other}' is not a decision status; choose one of {}",
                    Status::NAMES.join(", ")
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
        return Err(DomainError::invalid(
            "date",
            format!(
                "{} is before the decision was taken ({}); a status holds from the day of the decision or later",
                c.on, c.decided_on
            ),
        ));
    }
    match (c.from, c.to) {
        (AwaitingDeed, InForce) | (Adopted | AwaitingDeed | InForce, Superseded) => Ok(()),
        (Rejected, _) => Err(DomainError::Refused(format!(
            "a rejected decision cannot become {}: nothing was decided to put in force or replace",
            c.to
        ))),
        (Superseded, _) => Err(DomainError::Refused(
            "the decision is superseded already; a superseded decision keeps that status".into(),
        )),
        (Adopted, InForce) => Err(DomainError::Refused(
            "the decision needs no notarial deed: it is in force since it was adopted (only an adopted statute amendment awaits its deed, BW 2:43)".into(),
        )),
        (from, to) if from == to => Err(DomainError::Refused(format!(
            "the decision is {from} already"
        ))),
        (from, to) => Err(DomainError::Refused(format!(
            "a decision cannot go from {from} to {to}; allowed: awaiting-deed to in-force, and adopted, awaiting-deed or in-force to superseded"
        ))),
    }
}

#[cfg(test)]
mod tests;
