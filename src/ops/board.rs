//! The board (issue 30): recording seats with the decision that appointed or ended them, the
//! sitting board on a date, the retirement schedule, and the board changes to report to the
//! Handelsregister.

use chrono::NaiveDate;
use serde::Serialize;

use crate::domain::DomainError;
use crate::domain::member::Member;
use crate::domain::office::{self, Role};
use crate::domain::roll::Status;
use crate::domain::rules::types::LegalCapacity;
use crate::store::offices::{NewSeat, ReportRow, SeatRow};
use crate::store::{Actor, ReadTx, Store, WriteTx};

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
        (Some(_), true) => Err(DomainError::invalid(
            "decision",
            "give either the decision or --before-quorum, not both",
        )
        .into()),
        (None, false) => Err(DomainError::invalid(
            "decision",
            "name the decision that decided this (a code from `quorum decisions`), or --before-quorum for history from before quorum",
        )
        .into()),
        (None, true) => Ok(None),
        (Some(code), false) => {
            let d = crate::ops::decision::find(tx, code)?;
            if matches!(
                d.status,
                crate::domain::decision::Status::Rejected | crate::domain::decision::Status::Superseded
            ) || d.outcome == crate::domain::decision::Outcome::Rejected
            {
                return Err(DomainError::invalid(
                    "decision",
                    format!(
                        "decision {} is {}; only a decision that stands can appoint or dismiss",
                        d.code, d.status
                    ),
                )
                .into());
            }
            if d.decided_on.as_str() > on.to_string().as_str() {
                return Err(DomainError::invalid(
                    "decision",
                    format!(
                        "decision {} was taken on {}, after {on}; a seat cannot change before its decision",
                        d.code, d.decided_on
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
            format!("is {} on {on}", status.as_str())
        } else {
            format!("is in category '{}', which is not a membership", m.category)
        };
        return Err(crate::exit::hinted(
            format!(
                "member {} {why}: board members are appointed from the members (BW 2:37 lid 1; the statutes may allow outsiders, which quorum does not record yet)",
                m.number
            ),
            "record the membership first (`quorum member add` / `member rejoin`), or choose a member",
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
        return Err(DomainError::Refused(format!(
            "member {} already holds seat {} ({}) from {since}; use `quorum board role` to change the role",
            s.number, s.id, s.role
        ))
        .into());
    }
    if let Some(u) = until
        && u <= since
    {
        return Err(DomainError::invalid("until", format!("{u} is not after {since}")).into());
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

/// What `board add` asks.
#[derive(Debug, Clone)]
pub struct Add {
    pub number: i64,
    pub role: Role,
    pub since: NaiveDate,
    pub until: Option<NaiveDate>,
    pub grounds: Grounds,
}

/// `board add`: a member appointed to the board by a decision (or before quorum).
pub fn add(store: &mut Store, actor: &Actor, a: &Add) -> anyhow::Result<SeatView> {
    store.write(actor, |tx| {
        let m = tx.member(a.number)?;
        check_member(tx, &m, a.since)?;
        let decision = decision_of(tx, &a.grounds, a.since)?;
        if let Some(s) = tx.sitting_seat(m.id, &a.since.to_string())? {
            let v = view(tx, &s)?;
            if !v.re_eligible {
                let rules = rules_for(tx, a.since)?;
                return Err(crate::exit::hinted(
                    format!(
                        "member {} has served {} consecutive term(s) and is not re-eligible (board_max_terms = {})",
                        a.number,
                        v.terms,
                        match rules.board_max_terms {
                            crate::domain::rules::Count::Unlimited => "unlimited".to_string(),
                            crate::domain::rules::Count::AtMost(n) => n.to_string(),
                        }
                    ),
                    "end the seat with `quorum board end`, or appoint another member",
                ));
            }
        }
        let grounds = match &a.grounds.decision {
            Some(c) => format!("decision {c}"),
            None => "before quorum".to_string(),
        };
        let id = appoint(
            tx,
            m.id,
            a.role,
            a.since,
            a.until,
            decision,
            None,
            a.grounds.before_quorum,
            &grounds,
        )?;
        view(tx, &written(tx, m.id, id)?)
    })
}

/// Seat `id` of member id `member_id`, just written.
fn written(tx: &ReadTx<'_>, member_id: i64, id: i64) -> anyhow::Result<SeatRow> {
    tx.board_seats(Some(member_id))?
        .into_iter()
        .find(|s| s.id == id)
        .ok_or_else(|| anyhow::anyhow!("seat {id} not found after writing it"))
}

fn sitting_or_refuse(tx: &ReadTx<'_>, number: i64, on: NaiveDate) -> anyhow::Result<SeatRow> {
    let m = tx.member(number)?;
    tx.sitting_seat(m.id, &on.to_string())?.ok_or_else(|| {
        crate::exit::hinted(
            format!("member {number} has no seat on the board on {on}"),
            "`quorum board --on DATE` lists the board on a date",
        )
    })
}

/// `board end`: a seat ends on `on` (resigned, dismissed, retired).
pub fn end(
    store: &mut Store,
    actor: &Actor,
    number: i64,
    on: NaiveDate,
    decision: Option<&str>,
) -> anyhow::Result<(SeatView, Option<String>)> {
    store.write(actor, |tx| {
        let s = sitting_or_refuse(tx, number, on)?;
        if s.since == on.to_string() {
            return Err(DomainError::invalid(
                "on",
                format!(
                    "seat {} begins on {on}; a seat ends after the day it begins",
                    s.id
                ),
            )
            .into());
        }
        let d = named_decision(tx, decision, on)?;
        let report = report_of(tx, on, false)?;
        let grounds = decision.map_or(
            "no decision named: a resignation or the end of the term".to_string(),
            |c| format!("decision {c}"),
        );
        tx.end_board_seat(
            &s,
            &on.to_string(),
            d,
            report.as_ref().map(|(d, u)| (d.as_str(), *u)),
            &grounds,
        )?;
        let mut v = view(tx, &s)?;
        v.ended_on = Some(on.to_string());
        Ok((v, report.map(|r| r.0)))
    })
}

/// `board role`: a sitting member continues in another role from `on`.
pub fn role(
    store: &mut Store,
    actor: &Actor,
    number: i64,
    role: Role,
    on: NaiveDate,
    decision: Option<&str>,
) -> anyhow::Result<(SeatView, Option<String>)> {
    store.write(actor, |tx| {
        let s = sitting_or_refuse(tx, number, on)?;
        if s.role == role.as_str() {
            return Err(DomainError::invalid(
                "role",
                format!("member {number} is already {role} on {on}"),
            )
            .into());
        }
        if s.since == on.to_string() {
            return Err(DomainError::invalid(
                "on",
                format!(
                    "seat {} begins on {on}; a role changes after the day the seat begins",
                    s.id
                ),
            )
            .into());
        }
        let d = named_decision(tx, decision, on)?;
        let report = report_of(tx, on, false)?;
        let id = tx.change_board_role(
            &s,
            role.as_str(),
            &on.to_string(),
            d,
            report.as_ref().map(|(d, u)| (d.as_str(), *u)),
        )?;
        Ok((
            view(tx, &written(tx, s.member_id, id)?)?,
            report.map(|r| r.0),
        ))
    })
}

/// `board reported`: a board change reported to the Handelsregister on `on`.
pub fn reported(
    store: &mut Store,
    actor: &Actor,
    id: i64,
    on: NaiveDate,
) -> anyhow::Result<ReportRow> {
    store.write(actor, |tx| {
        let r = tx
            .board_reports(false)?
            .into_iter()
            .find(|r| r.id == id)
            .ok_or_else(|| {
                DomainError::NotFound(format!(
                    "no board change {id} to report; `quorum board reports` lists them"
                ))
            })?;
        if let Some(done) = &r.reported_on {
            return Err(DomainError::Refused(format!(
                "board change {id} was reported on {done} already"
            ))
            .into());
        }
        if on.to_string() < r.changed_on {
            return Err(DomainError::invalid(
                "on",
                format!("{on} is before the change itself ({})", r.changed_on),
            )
            .into());
        }
        let member_id = tx
            .member_id(r.number)?
            .ok_or_else(|| anyhow::anyhow!("member {} not found", r.number))?;
        tx.board_reported(&r, member_id, &on.to_string())?;
        let mut r = r;
        r.reported_on = Some(on.to_string());
        Ok(r)
    })
}
