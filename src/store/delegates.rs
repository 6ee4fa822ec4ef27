//! Delegates of members that are organisations (migration 23): people who speak and vote for a
//! collective at the door. Journaled on the organisation member, so its erasure forgets them.

use rusqlite::params;
use serde_json::json;

use super::{Change, ReadTx, WriteTx};
use crate::domain::journal::action;

/// A delegate as stored (name, e-mail and phone are None after the member's erasure).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DelegateRow {
    pub id: i64,
    pub member_id: i64,
    pub name: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub valid_from: String,
    pub until: Option<String>,
}

/// A delegate to record.
#[derive(Debug, Clone)]
pub struct NewDelegate<'a> {
    pub member_id: i64,
    pub number: i64,
    pub name: &'a str,
    pub email: Option<&'a str>,
    pub phone: Option<&'a str>,
    pub valid_from: &'a str,
    pub until: Option<&'a str>,
}

impl ReadTx<'_> {
    /// The delegates of member id `member_id`, in the order registered.
    pub fn delegates(&self, member_id: i64) -> anyhow::Result<Vec<DelegateRow>> {
        let mut stmt = self.conn.prepare(
            "SELECT id, member_id, name, email, phone, valid_from, until FROM member_delegate
             WHERE member_id = ?1 ORDER BY id",
        )?;
        let rows = stmt.query_map([member_id], |r| {
            Ok(DelegateRow {
                id: r.get(0)?,
                member_id: r.get(1)?,
                name: r.get(2)?,
                email: r.get(3)?,
                phone: r.get(4)?,
                valid_from: r.get(5)?,
                until: r.get(6)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}

impl WriteTx<'_> {
    pub fn add_delegate(&self, d: &NewDelegate<'_>) -> anyhow::Result<i64> {
        self.conn.execute(
            "INSERT INTO member_delegate (member_id, name, email, phone, valid_from, until)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![d.member_id, d.name, d.email, d.phone, d.valid_from, d.until],
        )?;
        let id = self.conn.last_insert_rowid();
        self.journal(Change {
            action: action::MEMBER_DELEGATE_ADD,
            entity: "member",
            entity_id: Some(d.number.to_string()),
            member_id: Some(d.member_id),
            summary: format!("delegate {id} of member {} from {}", d.number, d.valid_from),
            new: Some(
                json!({ "delegate": id, "name": d.name, "email": d.email, "phone": d.phone,
                "from": d.valid_from, "until": d.until }),
            ),
            ..Default::default()
        })?;
        Ok(id)
    }

    /// Ends a delegate's mandate on `until` (the last day).
    pub fn end_delegate(&self, d: &DelegateRow, number: i64, until: &str) -> anyhow::Result<()> {
        self.conn.execute(
            "UPDATE member_delegate SET until = ?2 WHERE id = ?1",
            params![d.id, until],
        )?;
        self.journal(Change {
            action: action::MEMBER_DELEGATE_END,
            entity: "member",
            entity_id: Some(number.to_string()),
            member_id: Some(d.member_id),
            summary: format!("delegate {} of member {number} until {until}", d.id),
            old: Some(json!({ "until": d.until })),
            new: Some(json!({ "until": until })),
            ..Default::default()
        })?;
        Ok(())
    }

    /// Records through which delegate a member was checked in.
    pub fn set_attendance_delegate(
        &self,
        meeting_id: i64,
        member_id: i64,
        number: i64,
        delegate_id: i64,
    ) -> anyhow::Result<()> {
        self.conn.execute(
            "UPDATE attendance SET delegate_id = ?3 WHERE meeting_id = ?1 AND member_id = ?2",
            params![meeting_id, member_id, delegate_id],
        )?;
        self.journal(Change {
            action: action::MEETING_CHECKIN_DELEGATE,
            entity: "meeting",
            entity_id: Some(meeting_id.to_string()),
            member_id: Some(member_id),
            summary: format!(
                "member {number} checked in at meeting {meeting_id} through delegate {delegate_id}"
            ),
            new: Some(json!({ "delegate": delegate_id })),
            ..Default::default()
        })?;
        Ok(())
    }
}
