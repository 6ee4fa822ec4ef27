//! The board (issue 30): recording seats with the decision that appointed or ended them, the
//! sitting board on a date, the retirement schedule, and the board changes to report to the
//! Handelsregister.

use crate::domain::msg::msg;
use chrono::NaiveDate;
use serde::Serialize;

use crate::domain::DomainError;
use crate::domain::member::Member;
use crate::domain::office::{self, Role};
use crate::domain::roll::Status;
use crate::domain::rules::types::LegalCapacity;
use crate::store::offices::{NewSeat, ReportRow, SeatRow};
use crate::store::{ReadTx, Store, WriteTx};

mod add;
mod end;
mod reported;
mod role;

pub use add::{Add, add};
pub use end::end;
pub use reported::reported;
pub use role::role;

/// What an appointment or a dismissal was decided by.
#[derive(Debug, Clone, Default)]
pub struct Grounds {
    /// A decision of the register, by code or number.
    pub decision: Option<String>,
    /// History entered by hand, decided before the association used quorum.
    pub before_quorum: bool,
}

/// A seat as `board` lists it.
#[derive(Debug, Clone, Default, Serialize)]
pub struct SeatView {
    pub seat: i64,
    pub member: i64,
    pub name: String,
    pub role: String,
    pub since: String,
    pub term_start: String,
    pub term_end: Option<String>,
    /// The year of the annual meeting the term ends at.
    pub retires_at: Option<i32>,
    /// Consecutive terms served, the current one included.
    pub terms: u32,
    pub re_eligible: bool,
    /// A decision code, "election N" or "before quorum".
    pub appointed_by: String,
    pub ended_on: Option<String>,
}

/// The rules that judge a seat on `d`: those in force then; for history from before the first
/// recorded version, the first version (quorum knows no older statutes).
pub(crate) fn rules_for(
    tx: &ReadTx<'_>,
    d: NaiveDate,
) -> anyhow::Result<crate::domain::rules::Rules> {
    match tx.rules_version_on(d)? {
        Some(v) => tx.rules_of(&v),
        None => match tx.rules_versions()?.first() {
            Some(v) => tx.rules_of(v),
            None => tx.rules_on(d),
        },
    }
}

fn parse(d: &str) -> anyhow::Result<NaiveDate> {
    Ok(d.parse::<NaiveDate>()?)
}

fn grounds_text(s: &SeatRow) -> String {
    match (&s.decision, s.election_id) {
        (Some(code), _) => code.clone(),
        (None, Some(e)) => format!("election {e}"),
        (None, None) => "before quorum".to_string(),
    }
}

/// Consecutive terms in the run of seats `seats` (one member's, oldest first) that ends with
/// `last`: terms follow each other when a seat ended by reappointment or a role change.
fn terms_served(seats: &[SeatRow], last: &SeatRow) -> u32 {
    let mut starts = vec![last.term_start.as_str()];
    let mut current = last.term_start.as_str();
    for s in seats.iter().rev() {
        if s.id == last.id || s.since >= last.since {
            continue;
        }
        let continues = matches!(s.end_reason.as_deref(), Some("reappointed" | "role"))
            && s.ended_on.as_deref() <= Some(current);
        if !continues {
            break;
        }
        if !starts.contains(&s.term_start.as_str()) {
            starts.push(s.term_start.as_str());
        }
        current = s.since.as_str();
    }
    starts.len() as u32
}

/// A seat as listed, its term end from `until` or the rules in force at the term's start.
pub fn view(tx: &ReadTx<'_>, s: &SeatRow) -> anyhow::Result<SeatView> {
    let start = parse(&s.term_start)?;
    let rules = rules_for(tx, start)?;
    let end = match &s.until {
        Some(u) => Some(parse(u)?),
        None => office::term_end(&rules, start),
    };
    let seats = tx.board_seats(Some(s.member_id))?;
    let terms = terms_served(&seats, s);
    Ok(SeatView {
        seat: s.id,
        member: s.number,
        name: s.name.clone(),
        role: s.role.clone(),
        since: s.since.clone(),
        term_start: s.term_start.clone(),
        term_end: end.map(|d| d.to_string()),
        retires_at: end.map(office::retiring_at),
        terms,
        re_eligible: office::re_eligible(&rules, terms),
        appointed_by: grounds_text(s),
        ended_on: s.ended_on.clone(),
    })
}

/// The board sitting on `on`, chair, secretary and treasurer first.
pub fn board_on(tx: &ReadTx<'_>, on: NaiveDate) -> anyhow::Result<Vec<SeatView>> {
    let on_s = on.to_string();
    let mut out = Vec::new();
    for s in tx.board_seats(None)? {
        let sitting = s.since <= on_s && s.ended_on.as_deref().is_none_or(|e| e > on_s.as_str());
        if sitting {
            out.push(view(tx, &s)?);
        }
    }
    let rank = |r: &str| Role::NAMES.iter().position(|n| *n == r).unwrap_or(9);
    out.sort_by(|a, b| {
        rank(&a.role)
            .cmp(&rank(&b.role))
            .then(a.since.cmp(&b.since))
            .then(a.member.cmp(&b.member))
    });
    Ok(out)
}

/// The retirement schedule (rooster van aftreden): the sitting board on `on`, by the annual
/// meeting each retires at.
pub fn schedule(tx: &ReadTx<'_>, on: NaiveDate) -> anyhow::Result<Vec<SeatView>> {
    let mut rows = board_on(tx, on)?;
    rows.sort_by(|a, b| {
        a.term_end
            .is_none()
            .cmp(&b.term_end.is_none())
            .then(a.term_end.cmp(&b.term_end))
            .then(a.member.cmp(&b.member))
    });
    Ok(rows)
}

/// The board members who retire at the annual meeting held on `on`: the sitting board whose
/// term ends at that year's annual meeting (`board schedule`'s `retires_at`).
pub fn retiring_at_meeting(tx: &ReadTx<'_>, on: NaiveDate) -> anyhow::Result<Vec<SeatView>> {
    use chrono::Datelike as _;
    Ok(schedule(tx, on)?
        .into_iter()
        .filter(|s| s.retires_at == Some(on.year()))
        .collect())
}

/// The decision a seat is recorded under: its id, checked to be a decision taken on or before
/// `on`; None for history before quorum.
pub(crate) fn decision_of(
    tx: &ReadTx<'_>,
    g: &Grounds,
    on: NaiveDate,
) -> anyhow::Result<Option<i64>> {
    match (&g.decision, g.before_quorum) {
        (Some(_), true) => {
            Err(DomainError::invalid_said("decision", msg!("board-decision-or-before")).into())
        }
        (None, false) => {
            Err(DomainError::invalid_said("decision", msg!("board-decision-needed")).into())
        }
        (None, true) => Ok(None),
        (Some(code), false) => {
            let d = crate::ops::decision::find(tx, code)?;
            if matches!(
                d.status,
                crate::domain::decision::Status::Rejected
                    | crate::domain::decision::Status::Superseded
            ) || d.outcome == crate::domain::decision::Outcome::Rejected
            {
                return Err(DomainError::invalid_said(
                    "decision",
                    msg!(
                        "board-decision-not-standing",
                        code = d.code.as_str(),
                        status = msg!("decision-status-word", status = d.status.as_str())
                    ),
                )
                .into());
            }
            if d.decided_on.as_str() > on.to_string().as_str() {
                return Err(DomainError::invalid_said(
                    "decision",
                    msg!(
                        "board-decision-after",
                        code = d.code.as_str(),
                        decided = crate::ops::decision::day_arg(&d.decided_on),
                        on = on
                    ),
                )
                .into());
            }
            Ok(Some(d.id))
        }
    }
}

/// The decision an end or a role change names, if it names one.
fn named_decision(
    tx: &ReadTx<'_>,
    decision: Option<&str>,
    on: NaiveDate,
) -> anyhow::Result<Option<i64>> {
    match decision {
        Some(c) => decision_of(
            tx,
            &Grounds {
                decision: Some(c.to_string()),
                before_quorum: false,
            },
            on,
        ),
        None => Ok(None),
    }
}

/// The report of a board change on `on` (Handelsregister, and the UBO register for a vereniging
/// with full legal capacity); None for history before quorum.
fn report_of(
    tx: &ReadTx<'_>,
    on: NaiveDate,
    before_quorum: bool,
) -> anyhow::Result<Option<(String, bool)>> {
    if before_quorum {
        return Ok(None);
    }
    let rules = rules_for(tx, on)?;
    Ok(Some((
        office::report_due(on).to_string(),
        rules.legal_capacity == LegalCapacity::Full,
    )))
}

/// Refuses a person who is not a member on `on` (BW 2:37 lid 1).
fn check_member(tx: &ReadTx<'_>, m: &Member, on: NaiveDate) -> anyhow::Result<()> {
    let status = m.status_on(on);
    let in_law = tx.category(&m.category)?.is_some_and(|(_, c)| c.is_member);
    if !matches!(status, Status::Active | Status::Suspended) || !in_law {
        let why = if in_law {
            msg!("board-why-status", status = status.as_str(), on = on)
        } else {
            msg!("board-why-category", category = m.category.as_str())
        };
        return Err(crate::exit::hinted(
            msg!("board-not-a-member", number = m.number, why = why),
            msg!("board-not-a-member-hint"),
        ));
    }
    Ok(())
}

/// Records a seat of member id `member_id` from `since`; a member already sitting is reappointed
/// (the sitting seat ends, the new term begins). Shared by `board add` and board elections.
#[allow(clippy::too_many_arguments)]
pub fn appoint(
    tx: &WriteTx<'_>,
    member_id: i64,
    role: Role,
    since: NaiveDate,
    until: Option<NaiveDate>,
    decision_id: Option<i64>,
    election_id: Option<i64>,
    before_quorum: bool,
    grounds: &str,
) -> anyhow::Result<i64> {
    let since_s = since.to_string();
    let sitting = tx.sitting_seat(member_id, &since_s)?;
    if let Some(s) = &sitting
        && s.since == since_s
    {
        return Err(DomainError::said(msg!(
            "board-seat-already",
            number = s.number,
            seat = s.id,
            role = s.role.as_str(),
            since = since
        ))
        .into());
    }
    if let Some(u) = until
        && u <= since
    {
        return Err(DomainError::invalid_said(
            "until",
            msg!("date-not-after", date = u, after = since),
        )
        .into());
    }
    let same_role = sitting.as_ref().is_some_and(|s| s.role == role.as_str());
    let report = if same_role {
        // A reappointment in the same role changes nothing the Handelsregister holds.
        None
    } else {
        report_of(tx, since, before_quorum)?
    };
    tx.add_board_seat(&NewSeat {
        member_id,
        role: role.as_str(),
        since: &since_s,
        term_start: &since_s,
        until: until.map(|u| u.to_string()).as_deref(),
        decision_id,
        election_id,
        before_quorum,
        continues: sitting.as_ref().map(|s| s.id),
        report: report.as_ref().map(|(d, u)| (d.as_str(), *u)),
        grounds,
    })
}

/// Seat `id` of member id `member_id`, just written.
fn written(tx: &ReadTx<'_>, member_id: i64, id: i64) -> anyhow::Result<SeatRow> {
    tx.board_seats(Some(member_id))?
        .into_iter()
        .find(|s| s.id == id)
        .ok_or_else(|| crate::exit::Failed(msg!("board-seat-vanished", seat = id)).into())
}

fn sitting_or_refuse(tx: &ReadTx<'_>, number: i64, on: NaiveDate) -> anyhow::Result<SeatRow> {
    let m = tx.member(number)?;
    tx.sitting_seat(m.id, &on.to_string())?.ok_or_else(|| {
        crate::exit::hinted(
            msg!("board-no-seat", number = number, on = on),
            msg!("board-no-seat-hint"),
        )
    })
}

/// A seat as a writing command left it, with the board change it leaves to report.
#[derive(Debug)]
pub struct SeatChange {
    pub seat: SeatView,
    /// The day the change is to be reported by, where it is to be reported.
    pub due: Option<String>,
    /// The change goes to the UBO register too.
    pub ubo: bool,
}

/// The unreported change seat `seat` has, if any.
fn open_report_of(tx: &ReadTx<'_>, seat: i64) -> anyhow::Result<Option<ReportRow>> {
    Ok(tx
        .board_reports(true)?
        .into_iter()
        .rfind(|r| r.seat_id == seat))
}

/// A board change to report to the Handelsregister, as `board reports` lists it (stable CSV
/// columns and JSON keys).
#[derive(Debug, Default, Serialize)]
pub struct ReportView {
    pub id: i64,
    pub member: i64,
    pub name: String,
    pub role: String,
    pub change: String,
    pub changed_on: String,
    pub due: String,
    pub ubo: bool,
    pub reported_on: Option<String>,
}

impl From<ReportRow> for ReportView {
    fn from(r: ReportRow) -> Self {
        ReportView {
            id: r.id,
            member: r.number,
            name: r.name,
            role: r.role,
            change: r.change,
            changed_on: r.changed_on,
            due: r.due,
            ubo: r.ubo,
            reported_on: r.reported_on,
        }
    }
}

/// `board [--on DATE]`: the board sitting on `on`.
pub fn sitting(store: &mut Store, on: NaiveDate) -> anyhow::Result<Vec<SeatView>> {
    store.read(|tx| board_on(tx, on))
}

/// `board schedule [--on DATE]`.
pub fn retirement_schedule(store: &mut Store, on: NaiveDate) -> anyhow::Result<Vec<SeatView>> {
    store.read(|tx| schedule(tx, on))
}

/// `board reports [--open]`.
pub fn reports(store: &mut Store, open: bool) -> anyhow::Result<Vec<ReportView>> {
    let rows = store.read(|tx| tx.board_reports(open))?;
    Ok(rows.into_iter().map(ReportView::from).collect())
}
