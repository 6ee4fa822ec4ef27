//! Board terms: the members a board election elected or a binding nomination appointed, with the
//! date of the meeting and the election (migration 14). Journaled per member.

use rusqlite::params;
use serde_json::json;

use super::{Change, ReadTx, WriteTx};
use crate::domain::journal::action;

/// One board term of a member.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct BoardTerm {
    pub since: String,
    pub election: i64,
    pub title: String,
}

impl ReadTx<'_> {
    /// The board terms of member `member_id`, oldest first.
    pub fn board_terms(&self, member_id: i64) -> anyhow::Result<Vec<BoardTerm>> {
        let mut stmt = self.conn.prepare(
            "SELECT t.since, t.election_id, e.title FROM board_term t
             JOIN election e ON e.id = t.election_id
             WHERE t.member_id = ?1 ORDER BY t.since, t.election_id",
        )?;
        let rows = stmt.query_map([member_id], |r| {
            Ok(BoardTerm {
                since: r.get(0)?,
                election: r.get(1)?,
                title: r.get(2)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}

impl WriteTx<'_> {
    /// Records the board term of each member in `members` (member ids), elected in `election`.
    pub fn add_board_terms(
        &self,
        election: i64,
        since: &str,
        members: &[i64],
    ) -> anyhow::Result<()> {
        for &m in members {
            self.conn.execute(
                "INSERT INTO board_term (member_id, election_id, since) VALUES (?1, ?2, ?3)",
                params![m, election, since],
            )?;
            self.journal(Change {
                action: action::MEMBER_BOARD_TERM,
                entity: "election",
                entity_id: Some(election.to_string()),
                member_id: Some(m),
                summary: format!("board member since {since} (election {election})"),
                new: Some(json!({ "election": election, "since": since })),
                ..Default::default()
            })?;
        }
        Ok(())
    }
}
