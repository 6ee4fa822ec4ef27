//! Minutes (notulen, rules.md A34): which meeting may approve them, what a seal is, and when
//! notes and action items may still be written. Pure: the store reads the meetings and seals,
//! this decides.

use crate::domain::msg::msg;
use chrono::NaiveDate;

use crate::domain::DomainError;
use crate::domain::journal::sha256_hex;
use crate::domain::meeting::{Meeting, State};
use crate::domain::rules::types::MinutesAdoption;

pub mod facts;

pub use facts::Facts;

/// How the meeting approved them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ApprovedBy {
    /// By the vote named (a vote on the proposal to approve the minutes).
    Vote(i64),
    /// Without a vote counted (bij acclamatie): not the same as unanimously.
    Acclamation,
}

impl ApprovedBy {
    pub fn name(self) -> &'static str {
        match self {
            ApprovedBy::Vote(_) => "vote",
            ApprovedBy::Acclamation => "acclamation",
        }
    }
}

/// The SHA-256 a seal keeps: of the UTF-8 bytes of the text, exactly as stored.
pub fn seal_digest(text: &str) -> String {
    sha256_hex(text.as_bytes())
}

/// Whether `text` is still what was sealed as `sha256`.
pub fn seal_holds(text: &str, sha256: &str) -> bool {
    seal_digest(text) == sha256
}

/// May the minutes of `of` be approved at meeting `at`, under `minutes_adopted_by` of the rules
/// `of` was held under? The meeting approved must have been held, and closed unless it approves
/// its own minutes; the approving meeting must be held (open or closed) and not before it.
pub fn check_approval(
    adopted_by: MinutesAdoption,
    of: &Meeting,
    at: &Meeting,
) -> Result<(), DomainError> {
    match of.state() {
        State::Cancelled => {
            return Err(DomainError::said(msg!(
                "minutes-approve-cancelled",
                meeting = of.id
            )));
        }
        State::Planned | State::Convened => {
            return Err(DomainError::said(msg!(
                "minutes-approve-not-held",
                meeting = of.id
            )));
        }
        State::Open | State::Closed => {}
    }
    match at.state() {
        State::Cancelled => {
            return Err(DomainError::said(msg!(
                "minutes-approve-at-cancelled",
                meeting = at.id
            )));
        }
        State::Planned | State::Convened => {
            return Err(DomainError::said(msg!(
                "minutes-approve-at-not-open",
                meeting = at.id
            )));
        }
        State::Open | State::Closed => {}
    }
    if at.id == of.id {
        if adopted_by != MinutesAdoption::SameMeeting {
            return Err(DomainError::said(msg!(
                "minutes-approve-same-meeting",
                rule = adopted_by.name(),
                meeting = of.id
            )));
        }
        return Ok(());
    }
    if at.starts_at <= of.starts_at {
        return Err(DomainError::said(msg!(
            "minutes-approve-earlier",
            at = at.id,
            at_start = super::meeting::when::iso_minutes(at.starts_at),
            meeting = of.id,
            start = super::meeting::when::iso_minutes(of.starts_at)
        )));
    }
    if of.state() != State::Closed {
        return Err(DomainError::said(msg!(
            "minutes-approve-still-open",
            meeting = of.id
        )));
    }
    Ok(())
}

/// May a note be written for the minutes of `m`? Not for a cancelled meeting; after the seal only
/// as a correction, which a new approval takes in.
/// When in the meeting a note was said, as `--at` gives it: a time on the meeting's day ("20.15",
/// "20:15 uur") or a date with a time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Said {
    Time(chrono::NaiveTime),
    At(chrono::NaiveDateTime),
}

impl std::str::FromStr for Said {
    type Err = DomainError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        use crate::domain::meeting::when::{parse_datetime, parse_time};
        let s = s.trim();
        parse_time(s)
            .map(Said::Time)
            .or_else(|_| parse_datetime(s).map(Said::At))
            .map_err(|_| {
                DomainError::invalid_said("at", msg!("minutes-said-not-a-time", given = s))
            })
    }
}

impl Said {
    /// The moment in meeting `m`.
    pub fn in_meeting(self, m: &Meeting) -> chrono::NaiveDateTime {
        match self {
            Said::Time(t) => m.date().and_time(t),
            Said::At(at) => at,
        }
    }
}

pub fn check_note(m: &Meeting, sealed: bool, correction: bool) -> Result<(), DomainError> {
    if m.state() == State::Cancelled {
        return Err(DomainError::said(match m.cancel_reason.as_deref() {
            Some(reason) => msg!("minutes-note-cancelled", meeting = m.id, reason = reason),
            None => msg!("minutes-note-cancelled-no-reason", meeting = m.id),
        }));
    }
    if sealed && !correction {
        return Err(DomainError::said(msg!(
            "minutes-note-sealed",
            meeting = m.id
        )));
    }
    if !sealed && correction {
        return Err(DomainError::invalid_said(
            "correction",
            msg!("minutes-note-not-sealed", meeting = m.id),
        ));
    }
    Ok(())
}

/// May an action item be added to the minutes of `m`?
pub fn check_action(m: &Meeting, sealed: bool) -> Result<(), DomainError> {
    check_note(m, false, false)?;
    if sealed {
        return Err(DomainError::said(msg!(
            "minutes-action-sealed",
            meeting = m.id
        )));
    }
    Ok(())
}

/// An action's due date must not lie before the meeting that agreed it.
pub fn check_due(m: &Meeting, due: Option<NaiveDate>) -> Result<(), DomainError> {
    match due {
        Some(d) if d < m.date() => Err(DomainError::invalid_said(
            "due",
            msg!(
                "minutes-action-due-before",
                due = d,
                meeting = m.id,
                date = m.date()
            ),
        )),
        _ => Ok(()),
    }
}

/// A seal of approved minutes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SealRow {
    pub id: i64,
    pub meeting_id: i64,
    pub approved_at: i64,
    pub approved_by: String,
    pub vote_id: Option<i64>,
    pub lang: String,
    pub text: String,
    pub sha256: String,
    pub corrects: Option<i64>,
    pub created_at: String,
    /// The journal entry that recorded it, and the SHA-256 that entry names.
    pub journal_seq: Option<i64>,
    pub journaled_sha256: Option<String>,
}

/// Which actions `actions` lists.
#[derive(Debug, Clone, Copy, Default)]
pub struct ActionFilter {
    pub meeting_id: Option<i64>,
    pub open_only: bool,
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDateTime;

    fn meeting(id: i64, at: &str, opened: bool, closed: bool) -> Meeting {
        Meeting {
            id,
            title: format!("ALV {id}"),
            starts_at: NaiveDateTime::parse_from_str(at, "%Y-%m-%dT%H:%M").unwrap(),
            ends_at: None,
            location: None,
            kind: Default::default(),
            second_of: None,
            convened_on: None,
            channel: None,
            notice_given: None,
            notice_required: None,
            notice_key: None,
            notice_forced: false,
            rules_from: None,
            rules_digest: None,
            opened_at: opened.then(|| format!("{at}:00")),
            closed_at: closed.then(|| format!("{at}:00")),
            cancelled_at: None,
            cancel_reason: None,
            created_at: String::new(),
            open_forced: Vec::new(),
            close_note: None,
        }
    }

    #[test]
    fn a_note_is_said_at_a_time_of_the_meeting_day_or_a_moment() {
        use chrono::{NaiveDate, NaiveTime};
        assert_eq!(
            "20.15".parse::<Said>(),
            Ok(Said::Time(NaiveTime::from_hms_opt(20, 15, 0).unwrap()))
        );
        assert_eq!(
            "15-04-2027 20:15".parse::<Said>(),
            Ok(Said::At(
                NaiveDate::from_ymd_opt(2027, 4, 15)
                    .unwrap()
                    .and_hms_opt(20, 15, 0)
                    .unwrap()
            ))
        );
        assert!("kwart over acht".parse::<Said>().is_err());
        assert!("25.00".parse::<Said>().is_err());
    }

    #[test]
    fn the_next_meeting_approves_the_minutes_of_a_closed_one() {
        let first = meeting(1, "2027-03-14T19:30", true, true);
        let next = meeting(2, "2027-10-10T19:30", true, false);
        assert!(check_approval(MinutesAdoption::NextMeeting, &first, &next).is_ok());
        // Approval at a meeting held before it is refused, also under same_meeting.
        for rule in [MinutesAdoption::NextMeeting, MinutesAdoption::SameMeeting] {
            let e = check_approval(rule, &next, &first).unwrap_err().to_string();
            assert!(e.contains("was held before meeting 2"), "{e}");
        }
    }

    #[test]
    fn the_same_meeting_only_where_the_statutes_say_so() {
        let open = meeting(1, "2027-03-14T19:30", true, false);
        let e = check_approval(MinutesAdoption::NextMeeting, &open, &open)
            .unwrap_err()
            .to_string();
        assert!(e.contains("minutes_adopted_by = next_meeting"), "{e}");
        assert!(check_approval(MinutesAdoption::SameMeeting, &open, &open).is_ok());
    }

    #[test]
    fn both_meetings_must_be_held() {
        let held = meeting(1, "2027-03-14T19:30", true, true);
        let planned = meeting(2, "2027-10-10T19:30", false, false);
        let e = check_approval(MinutesAdoption::NextMeeting, &held, &planned)
            .unwrap_err()
            .to_string();
        assert!(e.contains("quorum meeting open 2"), "{e}");
        let e = check_approval(MinutesAdoption::NextMeeting, &planned, &held)
            .unwrap_err()
            .to_string();
        assert!(e.contains("has not been held"), "{e}");
        let still_open = meeting(1, "2027-03-14T19:30", true, false);
        let later = meeting(2, "2027-10-10T19:30", true, false);
        let e = check_approval(MinutesAdoption::NextMeeting, &still_open, &later)
            .unwrap_err()
            .to_string();
        assert!(e.contains("quorum meeting close 1"), "{e}");
    }

    #[test]
    fn notes_after_the_seal_are_corrections() {
        let m = meeting(1, "2027-03-14T19:30", true, true);
        assert!(check_note(&m, false, false).is_ok());
        assert!(check_note(&m, true, false).is_err());
        assert!(check_note(&m, true, true).is_ok());
        assert!(check_note(&m, false, true).is_err());
        assert!(check_action(&m, true).is_err());
        let mut cancelled = m.clone();
        cancelled.cancelled_at = Some("x".into());
        assert!(check_note(&cancelled, false, false).is_err());
    }

    #[test]
    fn a_changed_byte_breaks_the_seal() {
        let text = "Notulen van de algemene ledenvergadering\n";
        let d = seal_digest(text);
        assert!(seal_holds(text, &d));
        assert!(!seal_holds(
            "Notulen van de algemene ledenvergaderinG\n",
            &d
        ));
        assert_eq!(d.len(), 64);
    }

    #[test]
    fn an_action_is_due_after_its_meeting() {
        let m = meeting(1, "2027-03-14T19:30", true, true);
        let before = NaiveDate::from_ymd_opt(2027, 3, 1);
        assert!(check_due(&m, before).is_err());
        assert!(check_due(&m, NaiveDate::from_ymd_opt(2027, 4, 1)).is_ok());
    }
}
