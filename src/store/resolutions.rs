//! Written resolutions outside a meeting (BW 2:40): their rows, the snapshot of the members with
//! a vote on the roll date, and the signatures. Every change is journaled; a signature names
//! the member who gave it.

use crate::domain::msg::msg;
use chrono::NaiveDate;
use rusqlite::{OptionalExtension as _, params};
use serde_json::json;

use super::{Change, ReadTx, WriteTx};
use crate::domain::DomainError;
use crate::domain::journal::action;
use crate::domain::resolution::{Count, Signature, Status, Voter, count};

pub use crate::domain::resolution::{Resolution as ResolutionRow, SignedBy as SignatureRow};

/// One member of the snapshot.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SnapshotVoter {
    pub member_id: i64,
    pub number: i64,
    pub votes: u32,
}

fn day(r: &rusqlite::Row<'_>, name: &str) -> rusqlite::Result<NaiveDate> {
    let s: String = r.get(name)?;
    s.parse().map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, Box::new(e))
    })
}

fn resolution_from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<ResolutionRow> {
    let id: i64 = r.get("id")?;
    let status: Status = super::stored::known(
        "resolution",
        id,
        "status",
        &r.get::<_, String>("status")?,
        |s| s.parse().ok(),
    )?;
    Ok(ResolutionRow {
        id,
        proposal_id: r.get("proposal_id")?,
        board_informed: day(r, "board_informed")?,
        roll_on: day(r, "roll_on")?,
        created_at: r.get("created_at")?,
        status,
        closed_at: r.get("closed_at")?,
        explanation: r.get("explanation")?,
    })
}

impl ReadTx<'_> {
    /// The signatures of resolution `id` counted against its snapshot (`domain::resolution`).
    pub fn resolution_count(&self, id: i64) -> anyhow::Result<Count> {
        let voters: Vec<Voter> = self
            .resolution_voters(id)?
            .iter()
            .map(|v| Voter {
                number: v.number,
                votes: v.votes,
            })
            .collect();
        let signatures: Vec<Signature> = self
            .resolution_signatures(id)?
            .iter()
            .map(|s| Signature {
                number: s.number,
                agree: s.agree,
            })
            .collect();
        Ok(count(&voters, &signatures))
    }

    /// Resolution `id`, or NotFound naming it.
    pub fn resolution(&self, id: i64) -> anyhow::Result<ResolutionRow> {
        self.conn
            .prepare_cached("SELECT * FROM resolution WHERE id = ?1")?
            .query_row([id], resolution_from_row)
            .optional()?
            .ok_or_else(|| DomainError::Missing(msg!("lookup-resolution", id = id)).into())
    }

    /// Every resolution, by number.
    pub fn resolutions(&self) -> anyhow::Result<Vec<ResolutionRow>> {
        let mut stmt = self.conn.prepare("SELECT * FROM resolution ORDER BY id")?;
        let rows = stmt.query_map([], resolution_from_row)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// The open resolution on a proposal, if any.
    pub fn open_resolution_on(&self, proposal_id: i64) -> anyhow::Result<Option<i64>> {
        Ok(self
            .conn
            .prepare_cached("SELECT id FROM resolution WHERE proposal_id = ?1 AND status = 'open'")?
            .query_row([proposal_id], |r| r.get(0))
            .optional()?)
    }

    /// The snapshot: the members with a vote on the roll date, by number.
    pub fn resolution_voters(&self, id: i64) -> anyhow::Result<Vec<SnapshotVoter>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT v.member_id, m.number, v.votes FROM resolution_voter v
             JOIN member m ON m.id = v.member_id WHERE v.resolution_id = ?1 ORDER BY m.number",
        )?;
        let rows = stmt.query_map([id], |r| {
            Ok(SnapshotVoter {
                member_id: r.get(0)?,
                number: r.get(1)?,
                votes: r.get(2)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// The signatures, by member number.
    pub fn resolution_signatures(&self, id: i64) -> anyhow::Result<Vec<SignatureRow>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT s.member_id, m.number, s.signed_on, s.agree, s.recorded_at
             FROM resolution_signature s JOIN member m ON m.id = s.member_id
             WHERE s.resolution_id = ?1 ORDER BY m.number",
        )?;
        let rows = stmt.query_map([id], |r| {
            Ok(SignatureRow {
                member_id: r.get(0)?,
                number: r.get(1)?,
                signed_on: day(r, "signed_on")?,
                agree: r.get(3)?,
                recorded_at: r.get(4)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}

impl WriteTx<'_> {
    /// Records a resolution with its snapshot of voters (journaled); returns its number.
    pub fn add_resolution(
        &self,
        proposal_id: i64,
        board_informed: NaiveDate,
        roll_on: NaiveDate,
        voters: &[SnapshotVoter],
    ) -> anyhow::Result<i64> {
        let at = self.actor().at_rfc3339();
        self.conn.execute(
            "INSERT INTO resolution (proposal_id, board_informed, roll_on, created_at)
             VALUES (?1, ?2, ?3, ?4)",
            params![
                proposal_id,
                board_informed.to_string(),
                roll_on.to_string(),
                at
            ],
        )?;
        let id = self.conn.last_insert_rowid();
        let mut insert = self.conn.prepare_cached(
            "INSERT INTO resolution_voter (resolution_id, member_id, votes) VALUES (?1, ?2, ?3)",
        )?;
        for v in voters {
            insert.execute(params![id, v.member_id, v.votes])?;
        }
        let votes: u64 = voters.iter().map(|v| u64::from(v.votes)).sum();
        self.journal(Change {
            action: action::RESOLUTION_NEW,
            entity: "resolution",
            entity_id: Some(id.to_string()),
            summary: format!(
                "written resolution {id} on proposal {proposal_id}: {} members with a vote on {roll_on}, board informed {board_informed}",
                voters.len()
            ),
            new: Some(json!({
                "proposal": proposal_id,
                "board_informed": board_informed.to_string(),
                "roll_on": roll_on.to_string(),
                "voters": voters.len(),
                "votes": votes,
            })),
            ..Default::default()
        })?;
        Ok(id)
    }

    /// Records one member's signature (journaled against the member).
    pub fn add_resolution_signature(
        &self,
        id: i64,
        voter: &SnapshotVoter,
        signed_on: NaiveDate,
        agree: bool,
    ) -> anyhow::Result<()> {
        let at = self.actor().at_rfc3339();
        self.conn.execute(
            "INSERT INTO resolution_signature (resolution_id, member_id, signed_on, agree, recorded_at)
             VALUES (?1, ?2, ?3, ?4, ?5)",
            params![id, voter.member_id, signed_on.to_string(), agree, at],
        )?;
        let how = if agree { "agrees" } else { "is against" };
        self.journal(Change {
            action: action::RESOLUTION_SIGN,
            entity: "resolution",
            entity_id: Some(id.to_string()),
            member_id: Some(voter.member_id),
            summary: format!(
                "member {} {how} (resolution {id}, signed {signed_on})",
                voter.number
            ),
            new: Some(json!({ "signed_on": signed_on.to_string(), "agree": agree })),
            ..Default::default()
        })?;
        Ok(())
    }

    /// Closes an open resolution as adopted or failed, with its explanation (journaled).
    pub fn close_resolution(
        &self,
        id: i64,
        status: Status,
        explanation: &str,
    ) -> anyhow::Result<()> {
        let at = self.actor().at_rfc3339();
        self.conn.execute(
            "UPDATE resolution SET status = ?2, closed_at = ?3, explanation = ?4
             WHERE id = ?1 AND status = 'open'",
            params![id, status.as_str(), at, explanation],
        )?;
        self.journal(Change {
            action: action::RESOLUTION_CLOSE,
            entity: "resolution",
            entity_id: Some(id.to_string()),
            summary: format!("written resolution {id}: {status}"),
            old: Some(json!({ "status": "open" })),
            new: Some(json!({ "status": status.as_str(), "explanation": explanation })),
            ..Default::default()
        })?;
        Ok(())
    }
}
