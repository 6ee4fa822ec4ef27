//! Minutes: the meeting's chair and minute-taker, notes per agenda item, action items and the
//! seals of approved minutes. Every change is journaled; a seal's summary carries its SHA-256,
//! so the chain vouches for the text. The triggers of migration 12 refuse any change to a seal.

use crate::domain::msg::msg;
use rusqlite::{OptionalExtension as _, params};
use serde_json::json;

use super::{Change, ReadTx, WriteTx};
use crate::domain::DomainError;
use crate::domain::journal::action;
use crate::domain::minutes::ApprovedBy;

/// A note as stored, with the position of its agenda item (None: about the meeting as a whole).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NoteRow {
    pub id: i64,
    pub meeting_id: i64,
    pub item_id: Option<i64>,
    pub item_position: Option<u32>,
    pub text: String,
    pub correction: bool,
    pub created_at: String,
    /// The moment in the meeting it tells of (RFC 3339).
    pub said_at: String,
    /// Its journal entry's number: the order of recording, where two moments are the same.
    pub seq: Option<i64>,
}

/// An action item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActionRow {
    pub id: i64,
    pub meeting_id: i64,
    pub meeting_date: String,
    pub item_position: Option<u32>,
    pub who: String,
    pub what: String,
    pub due: Option<String>,
    pub done_at: Option<String>,
    pub created_at: String,
}

pub use crate::domain::minutes::SealRow;

/// A new seal.
#[derive(Debug, Clone)]
pub struct NewSeal<'a> {
    pub meeting_id: i64,
    pub approved_at: i64,
    pub by: ApprovedBy,
    pub lang: &'a str,
    pub text: &'a str,
    pub sha256: &'a str,
    pub corrects: Option<i64>,
    /// The circulated version approved (`minutes_circulation`), where there was one.
    pub circulation: Option<i64>,
}

pub use crate::domain::minutes::ActionFilter;

const ACTION_SELECT: &str = "SELECT a.id, a.meeting_id, substr(m.starts_at, 1, 10) AS day,
        i.position, a.who, a.what, a.due, a.done_at, a.created_at
     FROM action_item a JOIN meeting m ON m.id = a.meeting_id
     LEFT JOIN agenda_item i ON i.id = a.agenda_item_id";

fn action_from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<ActionRow> {
    Ok(ActionRow {
        id: r.get(0)?,
        meeting_id: r.get(1)?,
        meeting_date: r.get(2)?,
        item_position: r.get(3)?,
        who: r.get(4)?,
        what: r.get(5)?,
        due: r.get(6)?,
        done_at: r.get(7)?,
        created_at: r.get(8)?,
    })
}

/// The SHA-256 a seal's journal summary names: "… (sha256 HEX)".
fn summary_sha(summary: &str) -> Option<String> {
    let (_, rest) = summary.rsplit_once("(sha256 ")?;
    Some(rest.trim_end_matches(')').to_string())
}

impl ReadTx<'_> {
    /// The member ids of the chair and the minute-taker, where recorded.
    pub fn meeting_officers(&self, meeting_id: i64) -> anyhow::Result<(Option<i64>, Option<i64>)> {
        Ok(self.conn.query_row(
            "SELECT chair_id, secretary_id FROM meeting WHERE id = ?1",
            [meeting_id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?)
    }

    /// The notes of a meeting in the order written.
    pub fn minutes_notes(&self, meeting_id: i64) -> anyhow::Result<Vec<NoteRow>> {
        let mut stmt = self.conn.prepare(
            "SELECT n.id, n.meeting_id, n.agenda_item_id, i.position, n.text, n.correction, n.created_at,
                    COALESCE(n.said_at, n.created_at),
                    (SELECT MIN(j.seq) FROM journal j WHERE j.action = ?2 AND j.entity = 'minutes_note'
                       AND j.entity_id = CAST(n.id AS TEXT))
             FROM minutes_note n LEFT JOIN agenda_item i ON i.id = n.agenda_item_id
             WHERE n.meeting_id = ?1 ORDER BY n.id",
        )?;
        let rows = stmt.query_map(params![meeting_id, action::MINUTES_NOTE], |r| {
            Ok(NoteRow {
                id: r.get(0)?,
                meeting_id: r.get(1)?,
                item_id: r.get(2)?,
                item_position: r.get(3)?,
                text: r.get(4)?,
                correction: r.get(5)?,
                created_at: r.get(6)?,
                said_at: r.get(7)?,
                seq: r.get(8)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Action items across meetings, oldest first.
    pub fn actions(&self, f: ActionFilter) -> anyhow::Result<Vec<ActionRow>> {
        let sql = format!(
            "{ACTION_SELECT} WHERE (?1 IS NULL OR a.meeting_id = ?1)
               AND (?2 = 0 OR a.done_at IS NULL) ORDER BY a.id"
        );
        let mut stmt = self.conn.prepare(&sql)?;
        let rows = stmt.query_map(params![f.meeting_id, f.open_only], action_from_row)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Action item `id`, or NotFound naming it.
    pub fn action(&self, id: i64) -> anyhow::Result<ActionRow> {
        self.conn
            .query_row(
                &format!("{ACTION_SELECT} WHERE a.id = ?1"),
                [id],
                action_from_row,
            )
            .optional()?
            .ok_or_else(|| DomainError::Missing(msg!("lookup-action-item", id = id)).into())
    }

    /// Every seal of a meeting's minutes, oldest first, with the journal entry that recorded it.
    pub fn minutes_seals(&self, meeting_id: i64) -> anyhow::Result<Vec<SealRow>> {
        let mut stmt = self.conn.prepare(
            "SELECT s.id, s.meeting_id, s.approved_at, s.approved_by, s.vote_id, s.lang, s.text,
                    s.sha256, s.corrects, s.created_at, j.seq, j.summary
             FROM minutes_seal s
             LEFT JOIN journal j ON j.action = ?2 AND j.entity = 'minutes_seal'
                                AND j.entity_id = CAST(s.id AS TEXT)
             WHERE s.meeting_id = ?1 ORDER BY s.id",
        )?;
        let rows = stmt.query_map(params![meeting_id, action::MINUTES_SEAL], |r| {
            let summary: Option<String> = r.get(11)?;
            Ok(SealRow {
                id: r.get(0)?,
                meeting_id: r.get(1)?,
                approved_at: r.get(2)?,
                approved_by: r.get(3)?,
                vote_id: r.get(4)?,
                lang: r.get(5)?,
                text: r.get(6)?,
                sha256: r.get(7)?,
                corrects: r.get(8)?,
                created_at: r.get(9)?,
                journal_seq: r.get(10)?,
                journaled_sha256: summary.as_deref().and_then(summary_sha),
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}

impl WriteTx<'_> {
    /// Records the chair and the minute-taker (member ids; None leaves one as it is).
    pub fn set_meeting_officers(
        &self,
        meeting_id: i64,
        chair: Option<i64>,
        secretary: Option<i64>,
    ) -> anyhow::Result<bool> {
        let old = self.meeting_officers(meeting_id)?;
        let new = (chair.or(old.0), secretary.or(old.1));
        if new == old {
            return Ok(false);
        }
        self.conn.execute(
            "UPDATE meeting SET chair_id = ?2, secretary_id = ?3 WHERE id = ?1",
            params![meeting_id, new.0, new.1],
        )?;
        let members: Vec<i64> = [new.0, new.1].into_iter().flatten().collect();
        self.journal(Change {
            action: action::MINUTES_OFFICERS,
            entity: "meeting",
            entity_id: Some(meeting_id.to_string()),
            member_id: members.first().copied(),
            members: members.iter().skip(1).copied().collect(),
            summary: format!("recorded the chair and minute-taker of meeting {meeting_id}"),
            old: Some(json!({"chair": old.0, "secretary": old.1})),
            new: Some(json!({"chair": new.0, "secretary": new.1})),
        })?;
        Ok(true)
    }

    /// Adds a note (journaled; the text goes into the entry's values, not its summary); `said`
    /// is the moment in the meeting it tells of (RFC 3339), else now.
    pub fn add_minutes_note(
        &self,
        meeting_id: i64,
        item: Option<(i64, u32)>,
        text: &str,
        correction: bool,
        said: Option<&str>,
    ) -> anyhow::Result<i64> {
        let at = self.actor().at_rfc3339();
        self.conn.execute(
            "INSERT INTO minutes_note (meeting_id, agenda_item_id, text, correction, created_at, said_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![meeting_id, item.map(|i| i.0), text, correction, at, said.unwrap_or(&at)],
        )?;
        let id = self.conn.last_insert_rowid();
        let under = item.map_or_else(String::new, |i| format!(" under item {}", i.1));
        let kind = if correction { "a correction" } else { "a note" };
        self.journal(Change {
            action: action::MINUTES_NOTE,
            entity: "minutes_note",
            entity_id: Some(id.to_string()),
            summary: format!("added {kind} to the minutes of meeting {meeting_id}{under}"),
            new: Some(json!({"meeting": meeting_id, "item": item.map(|i| i.1), "text": text})),
            ..Default::default()
        })?;
        Ok(id)
    }

    /// Adds an action item (journaled).
    pub fn add_action(
        &self,
        meeting_id: i64,
        item: Option<(i64, u32)>,
        who: &str,
        what: &str,
        due: Option<chrono::NaiveDate>,
    ) -> anyhow::Result<i64> {
        let at = self.actor().at_rfc3339();
        self.conn.execute(
            "INSERT INTO action_item (meeting_id, agenda_item_id, who, what, due, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![
                meeting_id,
                item.map(|i| i.0),
                who,
                what,
                due.map(|d| d.to_string()),
                at
            ],
        )?;
        let id = self.conn.last_insert_rowid();
        self.journal(Change {
            action: action::MINUTES_ACTION,
            entity: "action_item",
            entity_id: Some(id.to_string()),
            summary: format!("added action item {id} at meeting {meeting_id}"),
            new: Some(json!({
                "meeting": meeting_id, "item": item.map(|i| i.1), "who": who, "what": what,
                "due": due.map(|d| d.to_string()),
            })),
            ..Default::default()
        })?;
        Ok(id)
    }

    /// Marks an action done (journaled).
    pub fn action_done(&self, id: i64, on: chrono::NaiveDate) -> anyhow::Result<()> {
        self.conn.execute(
            "UPDATE action_item SET done_at = ?2 WHERE id = ?1",
            params![id, on.to_string()],
        )?;
        self.journal(Change {
            action: action::MINUTES_ACTION_DONE,
            entity: "action_item",
            entity_id: Some(id.to_string()),
            summary: format!("marked action item {id} done"),
            new: Some(json!({"done": on.to_string()})),
            ..Default::default()
        })?;
        Ok(())
    }

    /// Seals approved minutes: the text and its SHA-256 are stored once, and the journal entry's
    /// summary names the SHA-256, so the chain covers it.
    pub fn seal_minutes(&self, s: &NewSeal<'_>) -> anyhow::Result<i64> {
        let at = self.actor().at_rfc3339();
        let vote = match s.by {
            ApprovedBy::Vote(v) => Some(v),
            ApprovedBy::Acclamation => None,
        };
        self.conn.execute(
            "INSERT INTO minutes_seal (meeting_id, approved_at, approved_by, vote_id, lang, text,
                                       sha256, corrects, created_at, circulation_id)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
            params![
                s.meeting_id,
                s.approved_at,
                s.by.name(),
                vote,
                s.lang,
                s.text,
                s.sha256,
                s.corrects,
                at,
                s.circulation
            ],
        )?;
        let id = self.conn.last_insert_rowid();
        let corrects = s
            .corrects
            .map_or_else(String::new, |c| format!(", correcting seal {c}"));
        self.journal(Change {
            action: action::MINUTES_SEAL,
            entity: "minutes_seal",
            entity_id: Some(id.to_string()),
            summary: format!(
                "sealed the minutes of meeting {} as approved at meeting {} by {}{corrects} (sha256 {})",
                s.meeting_id,
                s.approved_at,
                s.by.name(),
                s.sha256
            ),
            new: Some(json!({
                "meeting": s.meeting_id, "approved_at": s.approved_at, "by": s.by.name(),
                "vote": vote, "lang": s.lang, "sha256": s.sha256, "corrects": s.corrects,
                "circulation": s.circulation,
            })),
            ..Default::default()
        })?;
        Ok(id)
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_summary_names_the_digest() {
        let s =
            "sealed the minutes of meeting 1 as approved at meeting 2 by acclamation (sha256 ab12)";
        assert_eq!(super::summary_sha(s).as_deref(), Some("ab12"));
        assert_eq!(super::summary_sha("no digest"), None);
    }
}
