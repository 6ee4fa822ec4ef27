//! Offices (migration 23): board seats, board changes to report, the audit committee of a year,
//! and a meeting's guests. Every change is journaled; the rules are in `domain::office`.

use rusqlite::{OptionalExtension as _, params};
use serde_json::json;

use super::{Change, ReadTx, WriteTx};
use crate::domain::journal::action;
use crate::domain::text::full_name;

/// A member's number and name as a row shows them ("" after erasure).
const WHO: &str = "m.number, m.given_name, m.name_prefix, m.family_name";

/// Reads `WHO` from column `at` on, and the organisation's name from the column `org` (every
/// query that uses `who` selects `m.organisation AS org` last).
fn who(r: &rusqlite::Row<'_>, at: usize) -> rusqlite::Result<(i64, String)> {
    if let Some(org) = r.get::<_, Option<String>>("org")? {
        return Ok((r.get(at)?, org));
    }
    let g: Option<String> = r.get(at + 1)?;
    let p: Option<String> = r.get(at + 2)?;
    let f: Option<String> = r.get(at + 3)?;
    Ok((
        r.get(at)?,
        full_name(g.as_deref(), p.as_deref(), f.as_deref()),
    ))
}

/// A seat on the board as stored, with the codes of its decisions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SeatRow {
    pub id: i64,
    pub member_id: i64,
    pub number: i64,
    pub name: String,
    pub role: String,
    pub since: String,
    pub term_start: String,
    pub until: Option<String>,
    pub decision: Option<String>,
    pub election_id: Option<i64>,
    pub before_quorum: bool,
    pub ended_on: Option<String>,
    pub end_reason: Option<String>,
    pub end_decision: Option<String>,
}

const SEAT_SELECT: &str =
    "SELECT s.id, s.member_id, m.number, m.given_name, m.name_prefix, m.family_name,
        s.role, s.since, s.term_start, s.until, d.code, s.election_id, s.before_quorum, s.ended_on,
        s.end_reason, e.code, m.organisation AS org
     FROM board_seat s JOIN member m ON m.id = s.member_id
     LEFT JOIN decision d ON d.id = s.decision_id
     LEFT JOIN decision e ON e.id = s.end_decision_id";

fn seat_from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<SeatRow> {
    let (number, name) = who(r, 2)?;
    Ok(SeatRow {
        id: r.get(0)?,
        member_id: r.get(1)?,
        number,
        name,
        role: r.get(6)?,
        since: r.get(7)?,
        term_start: r.get(8)?,
        until: r.get(9)?,
        decision: r.get(10)?,
        election_id: r.get(11)?,
        before_quorum: r.get(12)?,
        ended_on: r.get(13)?,
        end_reason: r.get(14)?,
        end_decision: r.get(15)?,
    })
}

/// A seat to record.
#[derive(Debug, Clone)]
pub struct NewSeat<'a> {
    pub member_id: i64,
    pub role: &'a str,
    pub since: &'a str,
    pub term_start: &'a str,
    pub until: Option<&'a str>,
    pub decision_id: Option<i64>,
    pub election_id: Option<i64>,
    pub before_quorum: bool,
    /// The seat a reappointment continues: it ends on `since` ("reappointed").
    pub continues: Option<i64>,
    /// The change to report to the Handelsregister: (due, UBO register too); None for history.
    pub report: Option<(&'a str, bool)>,
    /// For the journal's summary: "appointed by ALV-…" or "before quorum".
    pub grounds: &'a str,
}

/// A board change to report to the Handelsregister.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportRow {
    pub id: i64,
    pub seat_id: i64,
    pub number: i64,
    pub name: String,
    pub role: String,
    pub change: String,
    pub changed_on: String,
    pub due: String,
    pub ubo: bool,
    pub reported_on: Option<String>,
}

/// The audit committee of a financial year.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CommitteeRow {
    pub year: i32,
    pub decision: Option<String>,
    pub before_quorum: bool,
    /// (number, name) of each member, by number.
    pub members: Vec<(i64, String)>,
    pub report_file: Option<String>,
    pub report_sha256: Option<String>,
    pub report_date: Option<String>,
    pub accountant: bool,
}

pub use crate::domain::meeting::door::GuestRow;

impl ReadTx<'_> {
    /// Every seat, or those of one member, in the order they began.
    pub fn board_seats(&self, member_id: Option<i64>) -> anyhow::Result<Vec<SeatRow>> {
        let mut stmt = self.conn.prepare(&format!(
            "{SEAT_SELECT} WHERE ?1 IS NULL OR s.member_id = ?1 ORDER BY s.since, s.id"
        ))?;
        let rows = stmt.query_map([member_id], seat_from_row)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// The seat a member holds on `on` (begun on or before it, not ended by then).
    pub fn sitting_seat(&self, member_id: i64, on: &str) -> anyhow::Result<Option<SeatRow>> {
        Ok(self
            .conn
            .query_row(
                &format!(
                    "{SEAT_SELECT} WHERE s.member_id = ?1 AND s.since <= ?2
                     AND (s.ended_on IS NULL OR s.ended_on > ?2) ORDER BY s.since DESC, s.id DESC"
                ),
                params![member_id, on],
                seat_from_row,
            )
            .optional()?)
    }

    /// Board changes to report, oldest first; with `open_only` only those not yet reported.
    pub fn board_reports(&self, open_only: bool) -> anyhow::Result<Vec<ReportRow>> {
        let mut stmt = self.conn.prepare(&format!(
            "SELECT b.id, b.seat_id, {WHO}, s.role, b.change, b.changed_on, b.due, b.ubo, b.reported_on,
                 m.organisation AS org
             FROM board_report b JOIN board_seat s ON s.id = b.seat_id JOIN member m ON m.id = s.member_id
             WHERE ?1 = 0 OR b.reported_on IS NULL ORDER BY b.changed_on, b.id"
        ))?;
        let rows = stmt.query_map([open_only], |r| {
            let (number, name) = who(r, 2)?;
            Ok(ReportRow {
                id: r.get(0)?,
                seat_id: r.get(1)?,
                number,
                name,
                role: r.get(6)?,
                change: r.get(7)?,
                changed_on: r.get(8)?,
                due: r.get(9)?,
                ubo: r.get(10)?,
                reported_on: r.get(11)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// The audit committee of financial year `year`, if one is recorded.
    pub fn kascommissie(&self, year: i32) -> anyhow::Result<Option<CommitteeRow>> {
        let row = self
            .conn
            .query_row(
                "SELECT k.year, d.code, k.before_quorum, k.report_file, k.report_sha256,
                     k.report_date, k.accountant
                 FROM kascommissie k LEFT JOIN decision d ON d.id = k.decision_id WHERE k.year = ?1",
                [year],
                |r| {
                    Ok(CommitteeRow {
                        year: r.get(0)?,
                        decision: r.get(1)?,
                        before_quorum: r.get(2)?,
                        members: Vec::new(),
                        report_file: r.get(3)?,
                        report_sha256: r.get(4)?,
                        report_date: r.get(5)?,
                        accountant: r.get(6)?,
                    })
                },
            )
            .optional()?;
        let Some(mut row) = row else { return Ok(None) };
        let mut stmt = self.conn.prepare(&format!(
            "SELECT {WHO}, m.organisation AS org FROM kascommissie_member k JOIN member m ON m.id = k.member_id
             WHERE k.year = ?1 ORDER BY m.number"
        ))?;
        row.members = stmt
            .query_map([year], |r| who(r, 0))?
            .collect::<Result<_, _>>()?;
        Ok(Some(row))
    }

    /// The guests of a meeting, in the order registered.
    pub fn meeting_guests(&self, meeting_id: i64) -> anyhow::Result<Vec<GuestRow>> {
        let mut stmt = self.conn.prepare(
            "SELECT g.id, g.meeting_id, g.name, m.number, m.given_name, m.name_prefix, m.family_name,
                 m.organisation AS org
             FROM meeting_guest g LEFT JOIN member m ON m.id = g.member_id
             WHERE g.meeting_id = ?1 ORDER BY g.id",
        )?;
        let rows = stmt.query_map([meeting_id], |r| {
            let name: Option<String> = r.get(2)?;
            let number: Option<i64> = r.get(3)?;
            let org: Option<String> = r.get("org")?;
            let name = match name.or(org) {
                Some(n) => n,
                None => {
                    let g: Option<String> = r.get(4)?;
                    let p: Option<String> = r.get(5)?;
                    let f: Option<String> = r.get(6)?;
                    full_name(g.as_deref(), p.as_deref(), f.as_deref())
                }
            };
            Ok(GuestRow {
                id: r.get(0)?,
                meeting_id: r.get(1)?,
                name,
                number,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}

impl WriteTx<'_> {
    /// Records a seat (ending the one it continues), the change to report, and its entry.
    pub fn add_board_seat(&self, s: &NewSeat<'_>) -> anyhow::Result<i64> {
        if let Some(old) = s.continues {
            self.conn.execute(
                "UPDATE board_seat SET ended_on = ?2, end_reason = 'reappointed' WHERE id = ?1",
                params![old, s.since],
            )?;
        }
        self.conn.execute(
            "INSERT INTO board_seat (member_id, role, since, term_start, until, decision_id,
                 election_id, before_quorum, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            params![
                s.member_id,
                s.role,
                s.since,
                s.term_start,
                s.until,
                s.decision_id,
                s.election_id,
                s.before_quorum,
                self.actor().at_rfc3339()
            ],
        )?;
        let id = self.conn.last_insert_rowid();
        if let Some((due, ubo)) = s.report {
            self.conn.execute(
                "INSERT INTO board_report (seat_id, change, changed_on, due, ubo)
                 VALUES (?1, 'appointed', ?2, ?3, ?4)",
                params![id, s.since, due, ubo],
            )?;
        }
        self.journal(Change {
            action: action::BOARD_ADD,
            entity: "board_seat",
            entity_id: Some(id.to_string()),
            member_id: Some(s.member_id),
            summary: format!(
                "board seat {id}: {} since {} ({})",
                s.role, s.since, s.grounds
            ),
            new: Some(json!({
                "role": s.role, "since": s.since, "term_start": s.term_start, "until": s.until,
                "decision_id": s.decision_id, "election_id": s.election_id,
                "before_quorum": s.before_quorum, "continues": s.continues,
                "report_due": s.report.map(|r| r.0),
            })),
            ..Default::default()
        })?;
        Ok(id)
    }

    /// Ends a seat on `on` (resigned, dismissed, retired), with the change to report.
    pub fn end_board_seat(
        &self,
        seat: &SeatRow,
        on: &str,
        end_decision_id: Option<i64>,
        report: Option<(&str, bool)>,
        grounds: &str,
    ) -> anyhow::Result<()> {
        self.conn.execute(
            "UPDATE board_seat SET ended_on = ?2, end_reason = 'ended', end_decision_id = ?3
             WHERE id = ?1",
            params![seat.id, on, end_decision_id],
        )?;
        if let Some((due, ubo)) = report {
            self.conn.execute(
                "INSERT INTO board_report (seat_id, change, changed_on, due, ubo)
                 VALUES (?1, 'ended', ?2, ?3, ?4)",
                params![seat.id, on, due, ubo],
            )?;
        }
        self.journal(Change {
            action: action::BOARD_END,
            entity: "board_seat",
            entity_id: Some(seat.id.to_string()),
            member_id: Some(seat.member_id),
            summary: format!(
                "board seat {} ({}) ended on {on} ({grounds})",
                seat.id, seat.role
            ),
            new: Some(json!({ "ended_on": on, "end_decision_id": end_decision_id,
                "report_due": report.map(|r| r.0) })),
            ..Default::default()
        })?;
        Ok(())
    }

    /// Continues a seat in another role from `on`: the seat ends ("role") and the next one
    /// keeps its term; returns the new seat's id.
    pub fn change_board_role(
        &self,
        seat: &SeatRow,
        role: &str,
        on: &str,
        decision_id: Option<i64>,
        report: Option<(&str, bool)>,
    ) -> anyhow::Result<i64> {
        self.conn.execute(
            "UPDATE board_seat SET ended_on = ?2, end_reason = 'role' WHERE id = ?1",
            params![seat.id, on],
        )?;
        self.conn.execute(
            "INSERT INTO board_seat (member_id, role, since, term_start, until, decision_id,
                 election_id, before_quorum, created_at)
             SELECT member_id, ?2, ?3, term_start, until, COALESCE(?4, decision_id), election_id,
                 CASE WHEN ?4 IS NULL THEN before_quorum ELSE 0 END, ?5
             FROM board_seat WHERE id = ?1",
            params![seat.id, role, on, decision_id, self.actor().at_rfc3339()],
        )?;
        let id = self.conn.last_insert_rowid();
        if let Some((due, ubo)) = report {
            self.conn.execute(
                "INSERT INTO board_report (seat_id, change, changed_on, due, ubo)
                 VALUES (?1, 'role', ?2, ?3, ?4)",
                params![id, on, due, ubo],
            )?;
        }
        self.journal(Change {
            action: action::BOARD_ROLE,
            entity: "board_seat",
            entity_id: Some(id.to_string()),
            member_id: Some(seat.member_id),
            summary: format!(
                "board seat {id}: {role} from {on} (was {} in seat {})",
                seat.role, seat.id
            ),
            old: Some(json!({ "role": seat.role, "seat": seat.id })),
            new: Some(
                json!({ "role": role, "since": on, "decision_id": decision_id,
                "report_due": report.map(|r| r.0) }),
            ),
            ..Default::default()
        })?;
        Ok(id)
    }

    /// Marks a board change reported to the Handelsregister on `on`.
    pub fn board_reported(&self, r: &ReportRow, member_id: i64, on: &str) -> anyhow::Result<()> {
        self.conn.execute(
            "UPDATE board_report SET reported_on = ?2 WHERE id = ?1",
            params![r.id, on],
        )?;
        self.journal(Change {
            action: action::BOARD_REPORTED,
            entity: "board_report",
            entity_id: Some(r.id.to_string()),
            member_id: Some(member_id),
            summary: format!(
                "board change {} ({} {}) reported to the Handelsregister on {on}",
                r.id, r.role, r.change
            ),
            new: Some(json!({ "reported_on": on })),
            ..Default::default()
        })?;
        Ok(())
    }

    /// Records (or replaces, before its report) the audit committee of `year`; `members` are ids.
    pub fn set_kascommissie(
        &self,
        year: i32,
        decision_id: Option<i64>,
        before_quorum: bool,
        members: &[i64],
        grounds: &str,
    ) -> anyhow::Result<()> {
        let existed = self
            .conn
            .query_row("SELECT 1 FROM kascommissie WHERE year = ?1", [year], |_| {
                Ok(())
            })
            .optional()?
            .is_some();
        if existed {
            self.conn.execute(
                "UPDATE kascommissie SET decision_id = ?2, before_quorum = ?3 WHERE year = ?1",
                params![year, decision_id, before_quorum],
            )?;
            self.conn
                .execute("DELETE FROM kascommissie_member WHERE year = ?1", [year])?;
        } else {
            self.conn.execute(
                "INSERT INTO kascommissie (year, decision_id, before_quorum) VALUES (?1, ?2, ?3)",
                params![year, decision_id, before_quorum],
            )?;
        }
        for m in members {
            self.conn.execute(
                "INSERT INTO kascommissie_member (year, member_id) VALUES (?1, ?2)",
                params![year, m],
            )?;
        }
        self.journal(Change {
            action: action::KASCOMMISSIE_SET,
            entity: "kascommissie",
            entity_id: Some(year.to_string()),
            member_id: members.first().copied(),
            members: members.iter().skip(1).copied().collect(),
            summary: format!(
                "audit committee for {year}: {} member(s) ({grounds})",
                members.len()
            ),
            new: Some(
                json!({ "decision_id": decision_id, "before_quorum": before_quorum,
                "members": members }),
            ),
            ..Default::default()
        })?;
        Ok(())
    }

    /// Records the committee's report (or an accountant's statement) for `year`.
    pub fn kascommissie_report(
        &self,
        year: i32,
        file: &str,
        sha256: &str,
        date: &str,
        accountant: bool,
    ) -> anyhow::Result<()> {
        self.conn.execute(
            "INSERT INTO kascommissie (year, report_file, report_sha256, report_date, accountant)
             VALUES (?1, ?2, ?3, ?4, ?5)
             ON CONFLICT (year) DO UPDATE SET report_file = ?2, report_sha256 = ?3,
                 report_date = ?4, accountant = ?5",
            params![year, file, sha256, date, accountant],
        )?;
        self.journal(Change {
            action: action::KASCOMMISSIE_REPORT,
            entity: "kascommissie",
            entity_id: Some(year.to_string()),
            summary: format!(
                "{} for {year} of {date}, SHA-256 {sha256}",
                if accountant {
                    "accountant's statement"
                } else {
                    "audit committee's report"
                }
            ),
            new: Some(json!({ "file": file, "sha256": sha256, "date": date,
                "accountant": accountant })),
            ..Default::default()
        })?;
        Ok(())
    }

    /// Registers a guest: by name, or a member of the registry (named from it).
    pub fn add_meeting_guest(
        &self,
        meeting_id: i64,
        name: Option<&str>,
        member_id: Option<i64>,
    ) -> anyhow::Result<i64> {
        self.conn.execute(
            "INSERT INTO meeting_guest (meeting_id, name, member_id) VALUES (?1, ?2, ?3)",
            params![meeting_id, name, member_id],
        )?;
        let id = self.conn.last_insert_rowid();
        self.journal(Change {
            action: action::MEETING_GUEST_ADD,
            entity: "meeting",
            entity_id: Some(meeting_id.to_string()),
            member_id,
            summary: format!("guest {id} registered for meeting {meeting_id}"),
            new: Some(json!({ "guest": id, "registered": member_id.is_some() })),
            ..Default::default()
        })?;
        Ok(id)
    }

    /// Removes a guest registered by mistake.
    pub fn remove_meeting_guest(&self, g: &GuestRow, member_id: Option<i64>) -> anyhow::Result<()> {
        self.conn
            .execute("DELETE FROM meeting_guest WHERE id = ?1", [g.id])?;
        self.journal(Change {
            action: action::MEETING_GUEST_REMOVE,
            entity: "meeting",
            entity_id: Some(g.meeting_id.to_string()),
            member_id,
            summary: format!("guest {} removed from meeting {}", g.id, g.meeting_id),
            old: Some(json!({ "guest": g.id })),
            ..Default::default()
        })?;
        Ok(())
    }
}
