//! Secret-code elections: the salted hashes of a round's codes and the record of *who received
//! how many codes* for that round (migration 13). A ballot cast with a code goes into
//! `election_ballot` under a random key, like a paper; the three share nothing but the election
//! and the round. Casting is never journaled: the journal says how many codes were issued, and
//! the count how many papers were counted.

use rusqlite::{OptionalExtension as _, params};
use serde_json::json;

use super::ballots::CodeState;
use super::votes::n;
use super::{Change, ReadTx, WriteTx};
use crate::domain::election::StoredPaper;
use crate::domain::journal::action;

impl ReadTx<'_> {
    /// The salt of a round's codes; None until codes are issued for it.
    pub fn election_code_salt(&self, election: i64, round: i64) -> anyhow::Result<Option<String>> {
        Ok(self
            .conn
            .prepare_cached(
                "SELECT salt FROM election_code_salt WHERE election_id = ?1 AND round = ?2",
            )?
            .query_row(params![election, round], |r| r.get(0))
            .optional()?)
    }

    /// Whether a code's hash is one of this round's codes, and used. Other rounds are not looked at.
    pub fn election_code(
        &self,
        election: i64,
        round: i64,
        hash: &str,
    ) -> anyhow::Result<CodeState> {
        let used: Option<bool> = self
            .conn
            .prepare_cached(
                "SELECT used FROM election_code
                 WHERE election_id = ?1 AND round = ?2 AND code_hash = ?3",
            )?
            .query_row(params![election, round, hash], |r| r.get(0))
            .optional()?;
        Ok(match used {
            None => CodeState::Unknown,
            Some(false) => CodeState::Unused,
            Some(true) => CodeState::Used,
        })
    }

    /// (codes issued, members who received them) for a round.
    pub fn election_codes_issued(&self, election: i64, round: i64) -> anyhow::Result<(u64, u64)> {
        let (codes, members): (i64, i64) = self.conn.query_row(
            "SELECT COALESCE(SUM(codes), 0), COUNT(*) FROM election_code_issued
             WHERE election_id = ?1 AND round = ?2",
            params![election, round],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        Ok((
            u64::try_from(codes).unwrap_or(0),
            u64::try_from(members).unwrap_or(0),
        ))
    }
}

impl WriteTx<'_> {
    /// Stores the hashes of a round's codes (in the order given: the caller shuffles them) and
    /// who received how many; journals only the numbers.
    pub fn issue_election_codes(
        &self,
        election: i64,
        round: i64,
        salt: &str,
        hashes: &[String],
        holders: &[(i64, u64)],
    ) -> anyhow::Result<()> {
        self.conn.execute(
            "INSERT INTO election_code_salt (election_id, round, salt) VALUES (?1, ?2, ?3)",
            params![election, round, salt],
        )?;
        let mut code = self.conn.prepare_cached(
            "INSERT INTO election_code (election_id, round, code_hash) VALUES (?1, ?2, ?3)",
        )?;
        for h in hashes {
            code.execute(params![election, round, h])?;
        }
        let mut issued = self.conn.prepare_cached(
            "INSERT INTO election_code_issued (election_id, round, member_id, codes)
             VALUES (?1, ?2, ?3, ?4)",
        )?;
        for (member, k) in holders {
            issued.execute(params![election, round, member, n(*k)])?;
        }
        self.journal(Change {
            action: action::ELECTION_CODES,
            entity: "election",
            entity_id: Some(election.to_string()),
            summary: format!(
                "issued {} voting codes for round {round} of election {election} to {} voters present",
                hashes.len(),
                holders.len()
            ),
            new: Some(json!({ "round": round, "codes": hashes.len(), "voters": holders.len() })),
            ..Default::default()
        })?;
        Ok(())
    }

    /// Marks an unused code used; false when it was not an unused code of this round.
    pub fn use_election_code(&self, election: i64, round: i64, hash: &str) -> anyhow::Result<bool> {
        let changed = self
            .conn
            .prepare_cached(
                "UPDATE election_code SET used = 1
                 WHERE election_id = ?1 AND round = ?2 AND code_hash = ?3 AND used = 0",
            )?
            .execute(params![election, round, hash])?;
        Ok(changed == 1)
    }

    /// Puts one ballot cast with a code in the round's box under a random key, like a paper but
    /// without a journal entry (by design: an entry has a time, and the order of casting).
    pub fn put_election_ballot(
        &self,
        election: i64,
        round: i64,
        ballot: &StoredPaper,
    ) -> anyhow::Result<()> {
        self.insert_ballots(election, round, std::slice::from_ref(ballot))
    }
}
