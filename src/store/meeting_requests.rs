//! Members' requests to convene a general meeting (BW 2:41), kept with the figures they were
//! judged on.

use rusqlite::params;
use serde_json::json;

use super::{Change, ReadTx, WriteTx};
use crate::domain::journal::action;
use crate::domain::meeting::request::Outcome;

pub use crate::domain::meeting::request::RequestRow;

impl ReadTx<'_> {
    /// Every recorded request, oldest first.
    pub fn member_requests(&self) -> anyhow::Result<Vec<RequestRow>> {
        let mut stmt = self.conn.prepare(
            "SELECT r.id, r.received_on, r.requester_votes, r.total_votes, r.threshold, r.board_acts_by,
                 r.meeting_by, (SELECT group_concat(m.number, ' ') FROM member_request_by b
                     JOIN member m ON m.id = b.member_id WHERE b.request_id = r.id) AS numbers
             FROM member_request r ORDER BY r.id",
        )?;
        let rows = stmt.query_map([], |r| {
            let numbers: Option<String> = r.get("numbers")?;
            let mut requesters: Vec<i64> = numbers
                .unwrap_or_default()
                .split(' ')
                .filter_map(|n| n.parse().ok())
                .collect();
            requesters.sort_unstable();
            Ok(RequestRow {
                id: r.get(0)?,
                received_on: r.get(1)?,
                requesters,
                requester_votes: r.get(2)?,
                total_votes: r.get(3)?,
                threshold: r.get(4)?,
                board_acts_by: r.get(5)?,
                meeting_by: r.get(6)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}

impl WriteTx<'_> {
    /// Records a request that reached the threshold (journaled, naming every requester). `by` is
    /// (member id, number, votes).
    pub fn add_member_request(&self, o: &Outcome, by: &[(i64, i64, u32)]) -> anyhow::Result<i64> {
        let at = self.actor().at_rfc3339();
        self.conn.execute(
            "INSERT INTO member_request (received_on, requester_votes, total_votes, threshold,
                 board_acts_by, meeting_by, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            params![
                o.received.to_string(),
                o.requester_votes,
                o.total_votes,
                o.threshold,
                o.board_acts_by.to_string(),
                o.meeting_by.to_string(),
                at
            ],
        )?;
        let id = self.conn.last_insert_rowid();
        let mut stmt = self.conn.prepare_cached(
            "INSERT INTO member_request_by (request_id, member_id, votes) VALUES (?1, ?2, ?3)",
        )?;
        for (member_id, _, votes) in by {
            stmt.execute(params![id, member_id, votes])?;
        }
        self.journal(Change {
            action: action::MEETING_REQUEST,
            entity: "member_request",
            entity_id: Some(id.to_string()),
            // Every requester is named, so that each finds the request in their data.
            members: by.iter().map(|b| b.0).collect(),
            summary: format!(
                "recorded a members' request received {}: {}",
                o.received, o.text
            ),
            new: Some(json!({ "requesters": by.iter().map(|b| b.1).collect::<Vec<_>>() })),
            ..Default::default()
        })?;
        Ok(id)
    }
}
