//! Proposals put to a general assembly: their kind (which selects the majority and quorum rule)
//! and state, and the checks before a statute amendment is voted on (`statute`). Pure: the store
//! reads the facts, this decides.

use crate::domain::msg::msg;
use std::fmt;
use std::str::FromStr;

use chrono::NaiveDate;
use serde::Serialize;

use super::DomainError;
use super::meeting::agenda::Decides;
use super::rules::decide::Question;

pub mod board;
pub mod statute;

/// What a proposal is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    #[default]
    Ordinary,
    /// An amendment of the statutes (BW 2:42–43).
    Statutes,
    Dissolution,
    Budget,
    /// The annual accounts (BW 2:48).
    Accounts,
    /// Discharge of the board, decided apart from the accounts.
    Discharge,
    Appointment,
    Other,
    /// Dismissal of a board member (BW 2:37; `board_dismissal_majority`).
    #[serde(rename = "board-dismissal")]
    BoardDismissal,
    /// Suspension of a board member; it lapses after `board_suspension_max_days` unless a
    /// dismissal follows (model statutes).
    #[serde(rename = "board-suspension")]
    BoardSuspension,
}

impl Kind {
    pub const ALL: [Kind; 10] = [
        Kind::Ordinary,
        Kind::Statutes,
        Kind::Dissolution,
        Kind::Budget,
        Kind::Accounts,
        Kind::Discharge,
        Kind::Appointment,
        Kind::Other,
        Kind::BoardDismissal,
        Kind::BoardSuspension,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Ordinary => "ordinary",
            Kind::Statutes => "statutes",
            Kind::Dissolution => "dissolution",
            Kind::Budget => "budget",
            Kind::Accounts => "accounts",
            Kind::Discharge => "discharge",
            Kind::Appointment => "appointment",
            Kind::Other => "other",
            Kind::BoardDismissal => "board-dismissal",
            Kind::BoardSuspension => "board-suspension",
        }
    }

    /// A dismissal or suspension names the board member it is about (`--member N`).
    pub fn about_board_member(self) -> bool {
        matches!(self, Kind::BoardDismissal | Kind::BoardSuspension)
    }

    /// The question a vote on it answers, which selects the quorum and majority keys. At the
    /// second meeting after a first one without quorum (rules.md B10) a statute amendment is
    /// decided under the second meeting's rules.
    pub fn question(self, second_meeting: bool) -> Question {
        match self {
            Kind::Statutes if second_meeting => Question::StatuteAmendmentSecondMeeting,
            Kind::Statutes => Question::StatuteAmendment,
            Kind::Dissolution => Question::Dissolution,
            Kind::BoardDismissal | Kind::BoardSuspension => Question::BoardDismissal,
            _ => Question::Ordinary,
        }
    }

    /// What the agenda item that puts it to the meeting decides (selects the notice period).
    pub fn decides(self) -> Decides {
        match self {
            Kind::Statutes => Decides::StatuteAmendment,
            Kind::Dissolution => Decides::Dissolution,
            _ => Decides::Ordinary,
        }
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Kind {
    type Err = DomainError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let s = s.trim();
        Kind::ALL
            .into_iter()
            .find(|k| k.as_str() == s)
            .ok_or_else(|| {
                let names: Vec<&str> = Kind::ALL.iter().map(|k| k.as_str()).collect();
                DomainError::invalid_said(
                    "kind",
                    msg!("proposal-kind-unknown", given = s, names = names.join(", ")),
                )
            })
    }
}

/// Where a proposal stands. The votes part moves it to voting and decided.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    #[default]
    Draft,
    Withdrawn,
    Voting,
    Decided,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Draft => "draft",
            Status::Withdrawn => "withdrawn",
            Status::Voting => "voting",
            Status::Decided => "decided",
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
        match s.trim() {
            "draft" => Ok(Status::Draft),
            "withdrawn" => Ok(Status::Withdrawn),
            "voting" => Ok(Status::Voting),
            "decided" => Ok(Status::Decided),
            other => Err(DomainError::invalid_said(
                "status",
                msg!("proposal-status-unknown", given = other),
            )),
        }
    }
}

/// A proposal as the store holds it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Proposal {
    pub id: i64,
    pub meeting_id: Option<i64>,
    pub title: String,
    pub text: Option<String>,
    /// The day the current text was recorded.
    pub text_on: Option<NaiveDate>,
    pub kind: Kind,
    pub by_board: bool,
    pub amends: Option<i64>,
    pub status: Status,
    pub withdrawn_at: Option<String>,
    pub text_open_from: Option<NaiveDate>,
    pub created_at: String,
    /// The board member a dismissal or suspension is about (the member's row id).
    pub member_id: Option<i64>,
    /// That member's number, as the secretary names them.
    pub member_number: Option<i64>,
}

impl Proposal {
    /// Refuses a change unless the proposal is still a draft (`what`: "edited", "withdrawn", …).
    pub fn check_draft(&self, what: &str) -> Result<(), DomainError> {
        match self.status {
            Status::Draft => Ok(()),
            Status::Withdrawn => Err(DomainError::said(msg!(
                "proposal-withdrawn-cannot",
                proposal = self.id,
                what = what.replace(' ', "-")
            ))),
            s => Err(DomainError::said(msg!(
                "proposal-voted-cannot",
                proposal = self.id,
                status = msg!("proposal-status", status = s.as_str()),
                what = what.replace(' ', "-")
            ))),
        }
    }

    /// Refuses an amendment of a withdrawn or decided proposal, or of an amendment.
    pub fn check_amendable(&self) -> Result<(), DomainError> {
        self.check_draft("amended")?;
        if let Some(of) = self.amends {
            return Err(DomainError::said(msg!(
                "proposal-amend-amendment",
                proposal = self.id,
                of = of
            )));
        }
        Ok(())
    }
}

/// A proposal's text, from `--text` or a file: not both, and not empty.
pub fn check_text(text: &str) -> Result<String, DomainError> {
    let t = text.trim_end();
    if t.trim().is_empty() {
        return Err(DomainError::invalid_said(
            "text",
            msg!("proposal-text-empty"),
        ));
    }
    Ok(t.to_string())
}

/// A proposal's title: not empty, one line.
pub fn check_title(title: &str) -> Result<String, DomainError> {
    let t = title.trim();
    if t.is_empty() {
        return Err(DomainError::invalid_said(
            "title",
            msg!("proposal-title-empty"),
        ));
    }
    if t.contains('\n') {
        return Err(DomainError::invalid_said(
            "title",
            msg!("proposal-title-one-line"),
        ));
    }
    Ok(t.to_string())
}

/// Changes by `proposal edit`; None leaves a field as it is.
#[derive(Debug, Clone, Default)]
pub struct ProposalEdit {
    pub title: Option<String>,
    pub text: Option<String>,
    pub kind: Option<Kind>,
    pub text_open_from: Option<NaiveDate>,
}

/// A member who signed a proposal or is excluded from its vote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signer {
    pub member_id: i64,
    pub number: i64,
}

/// A member excluded from the vote on a proposal, with the reason.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Exclusion {
    pub member_id: i64,
    pub number: i64,
    pub reason: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_round_trip_and_unknown_ones_name_the_list() {
        for k in Kind::ALL {
            assert_eq!(k.as_str().parse::<Kind>().unwrap(), k);
        }
        let e = "statute".parse::<Kind>().unwrap_err();
        assert_eq!(e.field(), Some("kind"));
        assert!(
            e.to_string().contains("ordinary, statutes, dissolution"),
            "{e}"
        );
    }

    #[test]
    fn the_kind_selects_the_question() {
        assert_eq!(Kind::Statutes.question(false), Question::StatuteAmendment);
        assert_eq!(
            Kind::Statutes.question(true),
            Question::StatuteAmendmentSecondMeeting
        );
        assert_eq!(Kind::Dissolution.question(true), Question::Dissolution);
        for k in [
            Kind::Ordinary,
            Kind::Budget,
            Kind::Accounts,
            Kind::Discharge,
        ] {
            assert_eq!(k.question(false), Question::Ordinary);
            assert_eq!(k.question(true), Question::Ordinary);
        }
        assert_eq!(Kind::Statutes.decides(), Decides::StatuteAmendment);
        assert_eq!(Kind::Appointment.decides(), Decides::Ordinary);
    }

    fn draft() -> Proposal {
        Proposal {
            id: 1,
            meeting_id: None,
            title: "t".into(),
            text: None,
            text_on: None,
            kind: Kind::Ordinary,
            by_board: true,
            amends: None,
            status: Status::Draft,
            withdrawn_at: None,
            text_open_from: None,
            created_at: "2026-01-01T00:00:00Z".into(),
            member_id: None,
            member_number: None,
        }
    }

    #[test]
    fn only_drafts_change() {
        let mut p = draft();
        assert!(p.check_draft("edited").is_ok());
        p.status = Status::Withdrawn;
        assert!(
            p.check_draft("edited")
                .unwrap_err()
                .to_string()
                .contains("withdrawn")
        );
        p.status = Status::Voting;
        assert!(p.check_amendable().is_err());
        let mut a = draft();
        a.amends = Some(7);
        assert!(
            a.check_amendable()
                .unwrap_err()
                .to_string()
                .contains("amend proposal 7")
        );
    }

    #[test]
    fn texts_and_titles_are_not_empty() {
        assert!(check_text(" \n").is_err());
        assert_eq!(check_text("Art. 3\n\n").unwrap(), "Art. 3");
        assert!(check_title("a\nb").is_err());
        assert_eq!(check_title("  Budget 2027 ").unwrap(), "Budget 2027");
    }
}

/// Judges an exclusion from the vote (BW 2:12, rules.md corrections): only where the statutes
/// provide it (`vote_exclusion_enabled`), and only for a decision granting the member a right,
/// or waiving an obligation, other than as member, which `reason` must name. Without a basis it
/// is refused; `force` records it anyway, and the decision is then voidable (BW 2:15). Returns
/// whether the exclusion is forced.
pub fn check_exclusion(
    rules: &crate::domain::rules::Rules,
    reason: Option<&str>,
    force: bool,
) -> Result<bool, DomainError> {
    if reason.is_none_or(|r| r.trim().is_empty()) {
        return Err(DomainError::invalid(
            "reason",
            "name the right granted to the member, or the obligation waived, other than as member (BW 2:12)",
        ));
    }
    match (rules.vote_exclusion_enabled, force) {
        (true, _) => Ok(false),
        (false, true) => Ok(true),
        (false, false) => Err(DomainError::Refused(
            "the statutes provide no exclusion from the vote (rule vote_exclusion_enabled = false, BW 2:12); excluding a member without that basis makes the decision voidable (BW 2:15): record it with --force if the meeting takes that risk, or set the rule where the statutes provide it".into(),
        )),
    }
}

#[cfg(test)]
mod exclusion_tests {
    use super::*;
    use crate::domain::rules::Rules;

    #[test]
    fn an_exclusion_needs_a_statutory_basis_and_a_reason() {
        // rules.md corrections, 2:12: only where the statutes provide it, else voidable.
        let off = Rules::default();
        assert!(!off.vote_exclusion_enabled);
        assert!(check_exclusion(&off, Some("own contract"), false).is_err());
        assert_eq!(check_exclusion(&off, Some("own contract"), true), Ok(true));
        let on = Rules {
            vote_exclusion_enabled: true,
            ..Rules::default()
        };
        assert_eq!(check_exclusion(&on, Some("own contract"), false), Ok(false));
        assert!(check_exclusion(&on, None, false).is_err());
        assert!(check_exclusion(&on, Some("  "), true).is_err());
    }
}
