//! The meeting documents (stukken) of agenda items: recorded, listed, removed; each change
//! journaled.

use crate::domain::msg::msg;
use rusqlite::{OptionalExtension as _, params};
use serde_json::json;

use super::{Change, ReadTx, WriteTx};
use crate::domain::DomainError;
use crate::domain::journal::action;
use crate::domain::meeting::document::{Document, Lies};

fn from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Document> {
    let lies: Option<String> = r.get(3)?;
    let file: Option<String> = r.get(4)?;
    let sha256: Option<String> = r.get(5)?;
    Ok(Document {
        id: r.get(0)?,
        item: r.get(1)?,
        title: r.get(2)?,
        lies: match (file, sha256) {
            (Some(file), Some(sha256)) => Lies::Enclosed { file, sha256 },
            _ => Lies::At(lies.unwrap_or_default()),
        },
        late: r.get(6)?,
        supplement_sent: r
            .get::<_, Option<String>>(7)?
            .map(|d| {
                d.parse().map_err(|e| {
                    rusqlite::Error::FromSqlConversionFailure(
                        7,
                        rusqlite::types::Type::Text,
                        Box::new(e),
                    )
                })
            })
            .transpose()?,
    })
}

const SELECT: &str = "SELECT d.id, i.position, d.title, d.lies, d.file, d.file_sha256, d.late,
            d.supplement_sent_on
     FROM meeting_document d JOIN agenda_item i ON i.id = d.agenda_item_id";

impl ReadTx<'_> {
    /// The documents of meeting `meeting_id`, in the order of the agenda, then as recorded.
    pub fn meeting_documents(&self, meeting_id: i64) -> anyhow::Result<Vec<Document>> {
        let mut stmt = self.conn.prepare(&format!(
            "{SELECT} WHERE d.meeting_id = ?1 ORDER BY i.position, d.id"
        ))?;
        let rows = stmt.query_map([meeting_id], from_row)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// How many documents lie with agenda item `item_id`.
    pub fn item_documents(&self, item_id: i64) -> anyhow::Result<i64> {
        Ok(self.conn.query_row(
            "SELECT COUNT(*) FROM meeting_document WHERE agenda_item_id = ?1",
            [item_id],
            |r| r.get(0),
        )?)
    }

    /// Document `id` of meeting `meeting_id`, or NotFound naming the list.
    pub fn meeting_document(&self, meeting_id: i64, id: i64) -> anyhow::Result<Document> {
        self.conn
            .query_row(
                &format!("{SELECT} WHERE d.meeting_id = ?1 AND d.id = ?2"),
                params![meeting_id, id],
                from_row,
            )
            .optional()?
            .ok_or_else(|| {
                DomainError::Missing(msg!(
                    "lookup-meeting-document",
                    meeting = meeting_id,
                    id = id
                ))
                .into()
            })
    }
}

impl WriteTx<'_> {
    /// Records a document of agenda item `item` (id, position) of meeting `meeting_id`
    /// (journaled); returns it.
    pub fn add_meeting_document(
        &self,
        meeting_id: i64,
        item: (i64, u32),
        title: &str,
        lies: &Lies,
        late: bool,
    ) -> anyhow::Result<Document> {
        let (at, file, sha256) = match lies {
            Lies::At(at) => (Some(at.as_str()), None, None),
            Lies::Enclosed { file, sha256 } => (None, Some(file.as_str()), Some(sha256.as_str())),
        };
        self.conn.execute(
            "INSERT INTO meeting_document (meeting_id, agenda_item_id, title, lies, file, file_sha256, late, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            params![meeting_id, item.0, title, at, file, sha256, late, self.actor().at_rfc3339()],
        )?;
        let id = self.conn.last_insert_rowid();
        let when = if late { " after the convocation" } else { "" };
        self.journal(Change {
            action: action::MEETING_DOCUMENT_ADD,
            entity: "meeting",
            entity_id: Some(meeting_id.to_string()),
            summary: format!(
                "added document {id} to item {} of meeting {meeting_id}{when}",
                item.1
            ),
            new: Some(json!({
                "document": id, "item": item.1, "title": title, "lies": at,
                "file": file, "sha256": sha256, "late": late,
            })),
            ..Default::default()
        })?;
        self.meeting_document(meeting_id, id)
    }

    /// Records that a supplement sent on `on` carried the late documents `ids` of meeting
    /// `meeting_id` (journaled); documents sent before keep their day.
    pub fn send_supplement(
        &self,
        meeting_id: i64,
        ids: &[i64],
        on: chrono::NaiveDate,
    ) -> anyhow::Result<()> {
        let mut stmt = self.conn.prepare(
            "UPDATE meeting_document SET supplement_sent_on = ?3
             WHERE meeting_id = ?1 AND id = ?2 AND late = 1 AND supplement_sent_on IS NULL",
        )?;
        for id in ids {
            stmt.execute(params![meeting_id, id, on.to_string()])?;
        }
        self.journal(Change {
            action: action::MEETING_SUPPLEMENT,
            entity: "meeting",
            entity_id: Some(meeting_id.to_string()),
            summary: format!(
                "sent a supplement to the convocation of meeting {meeting_id} on {on} with {} late document{}",
                ids.len(),
                if ids.len() == 1 { "" } else { "s" }
            ),
            new: Some(json!({ "documents": ids, "sent": on.to_string() })),
            ..Default::default()
        })?;
        Ok(())
    }

    /// Removes document `d` of meeting `meeting_id` (journaled with what it was).
    pub fn remove_meeting_document(
        &self,
        meeting_id: i64,
        d: &Document,
        late: bool,
    ) -> anyhow::Result<()> {
        self.conn
            .execute("DELETE FROM meeting_document WHERE id = ?1", [d.id])?;
        let when = if late { " after the convocation" } else { "" };
        self.journal(Change {
            action: action::MEETING_DOCUMENT_REMOVE,
            entity: "meeting",
            entity_id: Some(meeting_id.to_string()),
            summary: format!(
                "removed document {} of item {} of meeting {meeting_id}{when}",
                d.id, d.item
            ),
            old: Some(json!(d)),
            new: Some(json!({ "late": late })),
            ..Default::default()
        })?;
        Ok(())
    }
}
