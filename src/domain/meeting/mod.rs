//! General assemblies (algemene ledenvergadering): the meeting, its states and the checks the
//! statutes and the law put on it. Pure: the store reads the facts, this decides; callers pass
//! the rules in force on the meeting's date and today's date.

use std::fmt;
use std::str::FromStr;

use chrono::{Datelike as _, Months, NaiveDate, NaiveDateTime, NaiveTime};
use serde::Serialize;

use super::DomainError;
use super::decision::standing::OpenProblem;
use super::msg::{Arg, Msg, msg};
use super::rules::Rules;

pub mod agenda;
pub mod convocation;
pub mod document;
pub mod door;
pub mod ics;
pub mod notice;
pub mod proxy;
pub mod quorum;
pub mod request;
pub mod voter;
pub mod when;

/// The kind of general meeting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    #[default]
    Regular,
    /// The jaarvergadering: annual report and accounts (BW 2:48).
    Annual,
    Extraordinary,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Regular => "regular",
            Kind::Annual => "annual",
            Kind::Extraordinary => "extraordinary",
        }
    }
}

impl FromStr for Kind {
    type Err = DomainError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim() {
            "regular" => Ok(Kind::Regular),
            "annual" => Ok(Kind::Annual),
            "extraordinary" => Ok(Kind::Extraordinary),
            other => Err(DomainError::invalid_said(
                "kind",
                msg!("meeting-kind-unknown", given = other),
            )),
        }
    }
}

/// Where a meeting stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum State {
    Planned,
    Convened,
    Open,
    Closed,
    Cancelled,
}

impl State {
    pub fn as_str(self) -> &'static str {
        match self {
            State::Planned => "planned",
            State::Convened => "convened",
            State::Open => "open",
            State::Closed => "closed",
            State::Cancelled => "cancelled",
        }
    }
}

impl fmt::Display for State {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A new meeting, as `meeting new` gives it.
#[derive(Debug, Clone)]
pub struct NewMeeting {
    pub title: String,
    pub starts_at: NaiveDateTime,
    pub ends_at: Option<NaiveTime>,
    pub location: Option<String>,
    pub kind: Kind,
    pub second_of: Option<i64>,
}

/// Changes by `meeting edit`; None leaves a field as it is.
#[derive(Debug, Clone, Default)]
pub struct MeetingEdit {
    pub title: Option<String>,
    pub starts_at: Option<NaiveDateTime>,
    pub ends_at: Option<NaiveTime>,
    pub location: Option<String>,
    pub kind: Option<Kind>,
}

/// A meeting as the store holds it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Meeting {
    pub id: i64,
    pub title: String,
    pub starts_at: NaiveDateTime,
    pub ends_at: Option<NaiveTime>,
    pub location: Option<String>,
    pub kind: Kind,
    pub second_of: Option<i64>,
    pub convened_on: Option<NaiveDate>,
    pub channel: Option<String>,
    pub notice_given: Option<i64>,
    pub notice_required: Option<u32>,
    pub notice_key: Option<String>,
    pub notice_forced: bool,
    /// The start of the rules version the meeting is held under, once pinned.
    pub rules_from: Option<NaiveDate>,
    pub rules_digest: Option<String>,
    pub opened_at: Option<String>,
    pub closed_at: Option<String>,
    pub cancelled_at: Option<String>,
    pub cancel_reason: Option<String>,
    pub created_at: String,
    /// Why it was opened past its checks with --force (its decisions are voidable).
    pub open_forced: Vec<OpenProblem>,
    /// Why an opened meeting did not take place, or what the chair noted at closing.
    pub close_note: Option<String>,
}

impl Meeting {
    pub fn date(&self) -> NaiveDate {
        self.starts_at.date()
    }

    pub fn state(&self) -> State {
        if self.cancelled_at.is_some() {
            State::Cancelled
        } else if self.closed_at.is_some() {
            State::Closed
        } else if self.opened_at.is_some() {
            State::Open
        } else if self.convened_on.is_some() {
            State::Convened
        } else {
            State::Planned
        }
    }

    /// A convened meeting keeps the date its convocation named: a new date is a new meeting,
    /// convened again (the notice was given for the day in the letter).
    pub fn check_new_date(&self, starts_at: Option<NaiveDateTime>) -> Result<(), DomainError> {
        if starts_at.is_some_and(|d| d != self.starts_at) && self.convened_on.is_some() {
            return Err(DomainError::said(msg!(
                "meeting-convened-date-fixed",
                meeting = self.id,
                at = self.starts_at
            )));
        }
        Ok(())
    }

    /// A closed or cancelled meeting refuses every change; the error says why.
    pub fn check_changeable(&self) -> Result<(), DomainError> {
        self.unchangeable()
            .map_or(Ok(()), |m| Err(DomainError::said(m)))
    }

    /// Why a closed or cancelled meeting takes no more changes, if it is one.
    fn unchangeable(&self) -> Option<Msg> {
        match self.state() {
            State::Cancelled => Some(match self.cancel_reason.as_deref() {
                Some(why) => msg!("meeting-cancelled-no-changes", meeting = self.id, why = why),
                None => msg!(
                    "meeting-cancelled-no-changes",
                    meeting = self.id,
                    why = msg!("no-reason-recorded")
                ),
            }),
            State::Closed => Some(msg!(
                "meeting-closed-no-changes",
                meeting = self.id,
                at = Arg::iso_moment(self.closed_at.as_deref().unwrap_or("?"))
            )),
            _ => None,
        }
    }

    /// The door (check-in, proxies) is open until the meeting closes; after that, corrections
    /// go through the minutes.
    pub fn check_door(&self) -> Result<(), DomainError> {
        match (self.unchangeable(), self.state()) {
            (Some(why), State::Closed) => Err(DomainError::said(msg!(
                "meeting-closed-door",
                why = why,
                meeting = self.id
            ))),
            (Some(why), _) => Err(DomainError::said(why)),
            (None, _) => Ok(()),
        }
    }

    /// What stands in the way of opening at `at`, which --force may override at the meeting's
    /// own risk (its decisions are then voidable, BW 2:15): no convocation on record, or another
    /// day than the meeting was convened for.
    pub fn open_problems(&self, at: NaiveDateTime) -> Vec<OpenProblem> {
        let mut out = Vec::new();
        if self.convened_on.is_none() {
            out.push(OpenProblem::NotConvened);
        }
        if at.date() != self.date() {
            out.push(OpenProblem::OtherDay);
        }
        out
    }

    /// The sentences for `open_problems`, for a refusal or a warning.
    pub fn open_problem_text(&self, p: OpenProblem, at: NaiveDateTime) -> String {
        self.open_problem_msg(p, at).to_string()
    }

    /// `open_problem_text` as a catalogue message, for the reader's language.
    pub fn open_problem_msg(&self, p: OpenProblem, at: NaiveDateTime) -> Msg {
        match p {
            OpenProblem::NotConvened => msg!("meeting-not-convened", meeting = self.id),
            OpenProblem::OtherDay => msg!(
                "meeting-other-day",
                meeting = self.id,
                planned = self.date(),
                on = at.date()
            ),
        }
    }

    /// Only a planned or convened meeting opens.
    pub fn check_openable(&self) -> Result<(), DomainError> {
        self.check_changeable()?;
        if let Some(at) = &self.opened_at {
            return Err(DomainError::said(msg!(
                "meeting-open-already",
                meeting = self.id,
                at = Arg::iso_moment(at)
            )));
        }
        Ok(())
    }

    /// Closing waits for every vote and election round of the meeting to be closed; `open`
    /// names them ("vote 3 on proposal 2 'Begroting'").
    pub fn check_close(&self, open: &[String]) -> Result<(), DomainError> {
        self.check_changeable()?;
        if self.opened_at.is_none() {
            return Err(DomainError::said(msg!(
                "meeting-never-opened",
                meeting = self.id
            )));
        }
        if !open.is_empty() {
            return Err(DomainError::said(msg!(
                "meeting-close-still-open",
                meeting = self.id,
                count = open.len(),
                open = open.join(", ")
            )));
        }
        Ok(())
    }

    /// A meeting that was opened is never cancelled: it is closed, with a note if it did not
    /// take place.
    pub fn check_cancel(&self) -> Result<(), DomainError> {
        self.check_changeable()?;
        if let Some(at) = &self.opened_at {
            return Err(DomainError::said(msg!(
                "meeting-opened-not-cancelled",
                meeting = self.id,
                at = Arg::iso_moment(at)
            )));
        }
        Ok(())
    }

    /// Opening can be undone while nothing has been recorded in the meeting; `recorded` says
    /// what has been ("2 check-ins").
    pub fn check_undo_open(&self, recorded: &[String]) -> Result<(), DomainError> {
        self.check_changeable()?;
        if self.opened_at.is_none() {
            return Err(DomainError::said(msg!(
                "meeting-not-open-no-undo",
                meeting = self.id
            )));
        }
        if !recorded.is_empty() {
            return Err(DomainError::said(msg!(
                "meeting-undo-open-recorded",
                meeting = self.id,
                recorded = recorded.join(", ")
            )));
        }
        Ok(())
    }
}

/// The window a second meeting must fall in (rules.md B10): from `second_meeting_min_gap_days`
/// to `second_meeting_window_days` after the first meeting, and after it.
pub fn check_second_meeting(
    rules: &Rules,
    first: &Meeting,
    second: NaiveDateTime,
) -> Result<(), DomainError> {
    let w = rules.second_meeting(first.date());
    if second <= first.starts_at || second.date() < w.earliest || second.date() > w.latest {
        return Err(DomainError::invalid_said(
            "date",
            msg!(
                "second-meeting-outside-window",
                at = second,
                first = first.id,
                first_date = first.date(),
                from = w.earliest.max(first.date()),
                to = w.latest,
                min_gap = rules.second_meeting_min_gap_days,
                window = rules.second_meeting_window_days
            ),
        ));
    }
    Ok(())
}

/// The first day of the financial year that contains `date` (`financial_year_start_month`).
pub fn financial_year_start(rules: &Rules, date: NaiveDate) -> NaiveDate {
    let m = rules.financial_year_start_month.clamp(1, 12);
    let year = if date.month() >= m {
        date.year()
    } else {
        date.year() - 1
    };
    NaiveDate::from_ymd_opt(year, m, 1).unwrap_or(date)
}

/// The end of the last financial year that ended before `date`, and the annual meeting's
/// deadline after it (BW 2:48: `annual_meeting_deadline_months`).
pub fn annual_deadline(rules: &Rules, date: NaiveDate) -> (NaiveDate, NaiveDate) {
    // The year before the one containing `date` ended the day before it started.
    let start = financial_year_start(rules, date);
    let end = start.pred_opt().unwrap_or(start);
    let deadline = start
        .checked_add_months(Months::new(rules.annual_meeting_deadline_months))
        .and_then(|d| d.pred_opt())
        .unwrap_or(start);
    (end, deadline)
}

/// A warning for an annual meeting held after its deadline, naming the deadline.
pub fn annual_warning(rules: &Rules, date: NaiveDate) -> Option<String> {
    let (end, deadline) = annual_deadline(rules, date);
    (date > deadline).then(|| {
        format!(
            "an annual meeting on {date} is after the deadline of {deadline}: the financial year ended {end}, and annual_meeting_deadline_months = {} (BW 2:48; the general meeting may extend it)",
            rules.annual_meeting_deadline_months
        )
    })
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn a_convened_meeting_keeps_its_date() {
        let mut m = meeting("2027-03-14T19:30");
        let later = when::parse_datetime("2027-03-21T19:30").ok();
        assert!(
            m.check_new_date(later).is_ok(),
            "not convened yet: any date"
        );
        m.convened_on = Some(d("2027-02-20"));
        assert!(m.check_new_date(None).is_ok());
        assert!(
            m.check_new_date(Some(m.starts_at)).is_ok(),
            "the same date is no change"
        );
        let e = m.check_new_date(later).unwrap_err().to_string();
        assert!(e.contains("convened for 2027-03-14T19:30"), "{e}");
        assert!(e.contains("needs a new convocation"), "{e}");
    }

    pub(crate) fn meeting(at: &str) -> Meeting {
        Meeting {
            id: 1,
            title: "ALV".into(),
            starts_at: when::parse_datetime(at).unwrap(),
            ends_at: None,
            location: None,
            kind: Kind::Extraordinary,
            second_of: None,
            convened_on: None,
            channel: None,
            notice_given: None,
            notice_required: None,
            notice_key: None,
            notice_forced: false,
            rules_from: None,
            rules_digest: None,
            opened_at: None,
            closed_at: None,
            cancelled_at: None,
            cancel_reason: None,
            created_at: String::new(),
            open_forced: Vec::new(),
            close_note: None,
        }
    }

    /// A convocation names a place and an agenda (issue 27).
    #[test]
    fn a_meeting_without_place_or_agenda_lacks_both() {
        let mut m = meeting("2027-04-15T20:00");
        assert_eq!(convocation::missing(&m, &[]), vec!["place", "agenda"]);
        m.location = Some("  ".into());
        assert_eq!(convocation::missing(&m, &[]), vec!["place", "agenda"]);
        m.location = Some("Buurthuis De Kring".into());
        assert_eq!(convocation::missing(&m, &[]), vec!["agenda"]);
    }

    #[test]
    fn example_2_second_meeting_window() {
        // Meeting 1 on 14 March 2027; the second meeting within 28 days.
        let rules = Rules::default();
        let first = meeting("2027-03-14T19:30");
        let at = |s| when::parse_datetime(s).unwrap();
        assert!(check_second_meeting(&rules, &first, at("2027-04-11T19:30")).is_ok());
        assert!(check_second_meeting(&rules, &first, at("2027-03-28T19:30")).is_ok());
        let err = check_second_meeting(&rules, &first, at("2027-04-12T19:30")).unwrap_err();
        assert!(
            err.to_string().contains("second_meeting_window_days = 28"),
            "{err}"
        );
        assert!(err.to_string().contains("to 2027-04-11"), "{err}");
        assert!(check_second_meeting(&rules, &first, at("2027-03-14T19:00")).is_err());
        let gap = Rules {
            second_meeting_min_gap_days: 7,
            ..Rules::default()
        };
        assert!(check_second_meeting(&gap, &first, at("2027-03-20T19:30")).is_err());
        assert!(check_second_meeting(&gap, &first, at("2027-03-21T19:30")).is_ok());
    }

    #[test]
    fn annual_deadline_is_six_months_after_the_year() {
        let rules = Rules::default();
        assert_eq!(
            annual_deadline(&rules, d("2027-03-14")),
            (d("2026-12-31"), d("2027-06-30"))
        );
        assert!(annual_warning(&rules, d("2027-06-30")).is_none());
        let w = annual_warning(&rules, d("2027-07-01")).unwrap();
        assert!(w.contains("deadline of 2027-06-30"), "{w}");
        let july = Rules {
            financial_year_start_month: 7,
            ..Rules::default()
        };
        assert_eq!(
            annual_deadline(&july, d("2027-03-14")),
            (d("2026-06-30"), d("2026-12-31"))
        );
    }

    #[test]
    fn a_meeting_opens_as_convened_and_closes_with_nothing_open() {
        let mut m = meeting("2027-03-14T19:30");
        let at = |s| when::parse_datetime(s).unwrap();
        assert_eq!(
            m.open_problems(at("2027-03-13T19:30")),
            vec![OpenProblem::NotConvened, OpenProblem::OtherDay]
        );
        m.convened_on = Some(d("2027-02-28"));
        assert!(m.open_problems(at("2027-03-14T19:35")).is_empty());
        assert!(m.check_cancel().is_ok());
        assert!(
            m.check_close(&[])
                .unwrap_err()
                .to_string()
                .contains("never opened")
        );
        m.opened_at = Some("2027-03-14T19:35".into());
        assert!(m.check_openable().is_err());
        assert!(m.check_cancel().unwrap_err().to_string().contains("--note"));
        let e = m
            .check_close(&["vote 2 on proposal 1 'Begroting'".into()])
            .unwrap_err();
        assert!(e.to_string().contains("vote 2 on proposal 1"), "{e}");
        assert!(m.check_close(&[]).is_ok());
        assert!(m.check_undo_open(&["1 check-in".into()]).is_err());
        assert!(m.check_undo_open(&[]).is_ok());
    }

    #[test]
    fn closed_and_cancelled_meetings_refuse_changes() {
        let mut m = meeting("2027-03-14T19:30");
        assert_eq!(m.state(), State::Planned);
        assert!(m.check_changeable().is_ok());
        m.cancelled_at = Some("2027-03-01T10:00:00Z".into());
        m.cancel_reason = Some("venue unavailable".into());
        assert!(
            m.check_changeable()
                .unwrap_err()
                .to_string()
                .contains("venue unavailable")
        );
        m.cancelled_at = None;
        m.opened_at = Some("x".into());
        m.closed_at = Some("2027-03-14T21:45:00Z".into());
        assert_eq!(m.state(), State::Closed);
        assert!(
            m.check_changeable()
                .unwrap_err()
                .to_string()
                .contains("closed")
        );
    }
}
