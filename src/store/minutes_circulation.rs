//! Minutes circulated for approval (migration 21): the frozen text members were sent, with its
//! SHA-256 in the journal entry's summary; and the notes corrected or removed before approval.
//! The triggers of migration 12 already refuse a change to the notes of sealed minutes.

use crate::domain::msg::msg;
use rusqlite::{OptionalExtension as _, params};
use serde_json::json;

use super::{Change, ReadTx, WriteTx};
use crate::domain::DomainError;
use crate::domain::journal::action;

/// A circulated version of the minutes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CirculationRow {
    pub id: i64,
    pub meeting_id: i64,
    pub lang: String,
    pub names: bool,
    pub circulated_on: String,
    pub text: String,
    pub sha256: String,
    pub created_at: String,
}

/// A version to circulate.
#[derive(Debug, Clone)]
pub struct NewCirculation<'a> {
    pub meeting_id: i64,
    pub lang: &'a str,
    pub names: bool,
    pub on: chrono::NaiveDate,
    pub text: &'a str,
    pub sha256: &'a str,
}

impl ReadTx<'_> {
    /// Every circulated version of a meeting's minutes, oldest first.
    pub fn minutes_circulations(&self, meeting_id: i64) -> anyhow::Result<Vec<CirculationRow>> {
        let mut stmt = self.conn.prepare(
            "SELECT id, meeting_id, lang, names, circulated_on, text, sha256, created_at
             FROM minutes_circulation WHERE meeting_id = ?1 ORDER BY id",
        )?;
        let rows = stmt.query_map([meeting_id], |r| {
            Ok(CirculationRow {
                id: r.get(0)?,
                meeting_id: r.get(1)?,
                lang: r.get(2)?,
                names: r.get(3)?,
                circulated_on: r.get(4)?,
                text: r.get(5)?,
                sha256: r.get(6)?,
                created_at: r.get(7)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// The circulated version seal `seal_id` approved, if it approved one.
    pub fn seal_circulation(&self, seal_id: i64) -> anyhow::Result<Option<i64>> {
        Ok(self
            .conn
            .query_row(
                "SELECT circulation_id FROM minutes_seal WHERE id = ?1",
                [seal_id],
                |r| r.get(0),
            )
            .optional()?
            .flatten())
    }
}

impl ReadTx<'_> {
    /// The member ids of the tellers of a meeting, in the order recorded.
    pub fn meeting_tellers(&self, meeting_id: i64) -> anyhow::Result<Vec<i64>> {
        let mut stmt = self
            .conn
            .prepare("SELECT member_id FROM meeting_teller WHERE meeting_id = ?1 ORDER BY rowid")?;
        let rows = stmt.query_map([meeting_id], |r| r.get(0))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}

impl WriteTx<'_> {
    /// Records the tellers of a meeting (member ids), replacing those recorded before.
    pub fn set_meeting_tellers(&self, meeting_id: i64, members: &[i64]) -> anyhow::Result<()> {
        let old = self.meeting_tellers(meeting_id)?;
        self.conn.execute(
            "DELETE FROM meeting_teller WHERE meeting_id = ?1",
            [meeting_id],
        )?;
        for m in members {
            self.conn.execute(
                "INSERT OR IGNORE INTO meeting_teller (meeting_id, member_id) VALUES (?1, ?2)",
                params![meeting_id, m],
            )?;
        }
        self.journal(Change {
            action: action::MINUTES_TELLERS,
            entity: "meeting",
            entity_id: Some(meeting_id.to_string()),
            member_id: members.first().copied(),
            members: members.iter().skip(1).copied().collect(),
            summary: format!("recorded the tellers of meeting {meeting_id}"),
            old: Some(json!({ "tellers": old })),
            new: Some(json!({ "tellers": members })),
        })?;
        Ok(())
    }

    /// Freezes a version of the minutes for circulation; the journal's summary names its SHA-256.
    pub fn circulate_minutes(&self, c: &NewCirculation<'_>) -> anyhow::Result<i64> {
        let at = self.actor().at_rfc3339();
        self.conn.execute(
            "INSERT INTO minutes_circulation (meeting_id, lang, names, circulated_on, text, sha256,
                                              created_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            params![
                c.meeting_id,
                c.lang,
                c.names,
                c.on.to_string(),
                c.text,
                c.sha256,
                at
            ],
        )?;
        let id = self.conn.last_insert_rowid();
        self.journal(Change {
            action: action::MINUTES_CIRCULATE,
            entity: "minutes_circulation",
            entity_id: Some(id.to_string()),
            summary: format!(
                "circulated the minutes of meeting {} for approval on {} (sha256 {})",
                c.meeting_id, c.on, c.sha256
            ),
            new: Some(json!({
                "meeting": c.meeting_id, "lang": c.lang, "names": c.names,
                "circulated_on": c.on.to_string(), "sha256": c.sha256,
            })),
            ..Default::default()
        })?;
        Ok(id)
    }

    /// The id and text of note `number` (1-based, in the order written) of meeting `meeting_id`.
    fn note_by_number(&self, meeting_id: i64, number: u32) -> anyhow::Result<(i64, String)> {
        self.conn
            .query_row(
                "SELECT id, text FROM minutes_note WHERE meeting_id = ?1
                 ORDER BY id LIMIT 1 OFFSET ?2",
                params![meeting_id, i64::from(number) - 1],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?
            .ok_or_else(|| {
                DomainError::Missing(msg!(
                    "lookup-minutes-note",
                    meeting = meeting_id,
                    number = number
                ))
                .into()
            })
    }

    /// Replaces the text of note `number` of meeting `meeting_id`.
    pub fn edit_minutes_note(
        &self,
        meeting_id: i64,
        number: u32,
        text: &str,
    ) -> anyhow::Result<()> {
        let (id, old) = self.note_by_number(meeting_id, number)?;
        self.conn.execute(
            "UPDATE minutes_note SET text = ?2 WHERE id = ?1",
            params![id, text],
        )?;
        self.journal(Change {
            action: action::MINUTES_NOTE_EDIT,
            entity: "minutes_note",
            entity_id: Some(id.to_string()),
            summary: format!("corrected note {number} of the minutes of meeting {meeting_id}"),
            old: Some(json!({ "text": old })),
            new: Some(json!({ "text": text })),
            ..Default::default()
        })?;
        Ok(())
    }

    /// Removes note `number` of meeting `meeting_id`; the journal keeps what it said.
    pub fn remove_minutes_note(&self, meeting_id: i64, number: u32) -> anyhow::Result<()> {
        let (id, old) = self.note_by_number(meeting_id, number)?;
        self.conn
            .execute("DELETE FROM minutes_note WHERE id = ?1", [id])?;
        self.journal(Change {
            action: action::MINUTES_NOTE_REMOVE,
            entity: "minutes_note",
            entity_id: Some(id.to_string()),
            summary: format!("removed note {number} of the minutes of meeting {meeting_id}"),
            old: Some(json!({ "text": old })),
            ..Default::default()
        })?;
        Ok(())
    }
}
