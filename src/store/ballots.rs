//! Secret ballots: the anonymous ballots of a vote and who may cast how many (the codes and the
//! record of *who received how many* are `store::codes`) — tables that share no key but the
//! vote (migration 9). A ballot is never journaled: the journal says how many codes were issued
//! and, at closing, how many ballots were counted.

use rusqlite::params;

use super::{ReadTx, WriteTx};
use crate::domain::rules::decide::Tally;
use crate::domain::vote::Choice;

impl ReadTx<'_> {
    /// Who may cast ballots and how many: each member present (not checked out) with their own
    /// votes and those of the proxies they hold, members excluded from the proposal left out
    /// (BW 2:12; `proposal_id` None, as for an election: nobody excluded). (member id, codes),
    /// members with none left out.
    pub fn ballot_holders(
        &self,
        meeting_id: i64,
        proposal_id: Option<i64>,
    ) -> anyhow::Result<Vec<(i64, u64)>> {
        let mut stmt = self.conn.prepare(
            "SELECT a.member_id,
                 COALESCE((SELECT v.votes FROM meeting_voter v
                     WHERE v.meeting_id = a.meeting_id AND v.member_id = a.member_id
                       AND NOT EXISTS (SELECT 1 FROM proposal_exclusion x
                           WHERE x.proposal_id = ?2 AND x.member_id = v.member_id)), 0)
               + COALESCE((SELECT SUM(v.votes) FROM proxy p
                     JOIN meeting_voter v ON v.meeting_id = p.meeting_id AND v.member_id = p.giver_id
                     WHERE p.meeting_id = a.meeting_id AND p.holder_id = a.member_id
                       AND p.ended_at IS NULL
                       AND NOT EXISTS (SELECT 1 FROM proposal_exclusion x
                           WHERE x.proposal_id = ?2 AND x.member_id = p.giver_id)), 0)
             FROM attendance a
             WHERE a.meeting_id = ?1 AND a.status = 'present' AND a.checked_out_at IS NULL",
        )?;
        let rows = stmt.query_map(params![meeting_id, proposal_id], |r| {
            Ok((r.get::<_, i64>(0)?, r.get::<_, i64>(1)?))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (id, codes) = row?;
            if codes > 0 {
                out.push((id, u64::try_from(codes).unwrap_or(0)));
            }
        }
        Ok(out)
    }

    /// The ballots of a vote counted.
    pub fn ballot_tally(&self, vote_id: i64) -> anyhow::Result<Tally> {
        let mut t = Tally::default();
        for (choice, count) in self.ballot_counts(vote_id)? {
            match choice {
                Choice::For => t.votes_for = count,
                Choice::Against => t.against = count,
                Choice::Blank => t.blank = count,
                Choice::Abstain => t.abstain = count,
            }
        }
        Ok(t)
    }

    fn ballot_counts(&self, vote_id: i64) -> anyhow::Result<Vec<(Choice, u64)>> {
        let mut stmt = self
            .conn
            .prepare("SELECT choice, COUNT(*) FROM ballot WHERE vote_id = ?1 GROUP BY choice")?;
        let rows = stmt.query_map([vote_id], |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (c, k) = row?;
            out.push((c.parse()?, u64::try_from(k).unwrap_or(0)));
        }
        Ok(out)
    }

    /// The anonymous ballots of a vote, choice only, in a neutral order (grouped by choice: for,
    /// against, blank), so that anyone can recount them.
    pub fn ballots(&self, vote_id: i64) -> anyhow::Result<Vec<Choice>> {
        let mut out = Vec::new();
        let mut counts = self.ballot_counts(vote_id)?;
        counts.sort();
        for (c, k) in counts {
            out.extend(std::iter::repeat_n(c, usize::try_from(k).unwrap_or(0)));
        }
        Ok(out)
    }
}

impl WriteTx<'_> {
    /// Puts one anonymous ballot in the box under the random `id`; false when that id is taken
    /// (the caller draws another). Not journaled, by design.
    pub fn put_ballot(&self, vote_id: i64, id: i64, choice: Choice) -> anyhow::Result<bool> {
        let changed = self
            .conn
            .prepare_cached(
                // Only a clash of the random id is skipped (the caller draws another); OR IGNORE
                // would also swallow a CHECK on the choice, and the caller would draw forever.
                "INSERT INTO ballot (vote_id, id, choice) VALUES (?1, ?2, ?3)
                 ON CONFLICT (vote_id, id) DO NOTHING",
            )?
            .execute(params![vote_id, id, choice.name()])?;
        Ok(changed == 1)
    }
}

impl super::Store {
    /// VACUUM (every table rebuilt in key order, free pages dropped) and a truncating checkpoint
    /// (the write-ahead log emptied). Outside any transaction, as VACUUM requires.
    pub fn rewrite_in_key_order(&mut self) -> anyhow::Result<()> {
        self.conn.execute_batch("VACUUM")?;
        self.conn
            .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
        Ok(())
    }
}

#[cfg(test)]
mod put_ballot_tests {
    use crate::domain::vote::Choice;

    /// A ballot the box's CHECK refuses is an error, never a clash to draw again for: with
    /// OR IGNORE the caller's loop never ended.
    #[test]
    fn only_an_id_clash_is_skipped() {
        let conn = rusqlite::Connection::open_in_memory().unwrap();
        conn.execute_batch(
            "CREATE TABLE ballot (vote_id INTEGER NOT NULL, id INTEGER NOT NULL,
                 choice TEXT NOT NULL CHECK (choice IN ('for', 'against', 'blank')),
                 PRIMARY KEY (vote_id, id)) STRICT, WITHOUT ROWID;",
        )
        .unwrap();
        let actor = super::super::Actor {
            name: "test".into(),
            command: "vote cast".into(),
            at: chrono::DateTime::from_timestamp(0, 0).unwrap(),
        };
        let tx = super::super::WriteTx {
            read: super::super::ReadTx { conn: &conn },
            actor: &actor,
            state: Default::default(),
        };
        assert!(tx.put_ballot(1, 7, Choice::For).unwrap());
        assert!(
            !tx.put_ballot(1, 7, Choice::Against).unwrap(),
            "the id is taken"
        );
        conn.execute_batch(
            "DROP TABLE ballot; CREATE TABLE ballot (vote_id INTEGER NOT NULL, id INTEGER NOT NULL,
                 choice TEXT NOT NULL CHECK (choice IN ('blank')),
                 PRIMARY KEY (vote_id, id)) STRICT, WITHOUT ROWID;",
        )
        .unwrap();
        assert!(tx.put_ballot(1, 8, Choice::For).is_err());
    }
}
