//! Board terms won in elections: the seats (migration 23, `store::offices`) a board election or a
//! binding nomination filled, with the date of the meeting and the election, as `member show`
//! and `member data` name them.

use super::ReadTx;

pub use crate::domain::office::BoardTerm;

impl ReadTx<'_> {
    /// The board terms of member `member_id`, oldest first.
    pub fn board_terms(&self, member_id: i64) -> anyhow::Result<Vec<BoardTerm>> {
        let mut stmt = self.conn.prepare(
            "SELECT t.since, t.election_id, e.title FROM board_seat t
             JOIN election e ON e.id = t.election_id
             WHERE t.member_id = ?1 AND t.term_start = t.since
             ORDER BY t.since, t.election_id",
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
