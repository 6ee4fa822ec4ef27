//! The secret codes of a ballot vote (migration 9: `ballot_salt`, `ballot_code`,
//! `ballot_issued`) and of an election round (migration 13: `election_code_salt`,
//! `election_code`, `election_code_issued`), through one set of statements. Each set shares
//! nothing with its ballots but the vote or the election and round: the codes are salted hashes
//! in a WITHOUT ROWID table (stored in hash order, which is random), the record of who received
//! codes holds only how many, and nothing about a code or a ballot is journaled but the numbers.

use rusqlite::{OptionalExtension as _, ToSql, params_from_iter};
use serde_json::json;

use super::votes::n;
use super::{Change, ReadTx, WriteTx};
use crate::domain::journal::action;
use crate::domain::vote::code::{CodeState, CodesFor};

/// Where a set of codes is kept: its three tables, the columns that name it and their values.
struct Place {
    salt: &'static str,
    code: &'static str,
    issued: &'static str,
    key: &'static [&'static str],
    values: Vec<i64>,
}

fn place(of: CodesFor) -> Place {
    match of {
        CodesFor::Vote(vote) => Place {
            salt: "ballot_salt",
            code: "ballot_code",
            issued: "ballot_issued",
            key: &["vote_id"],
            values: vec![vote],
        },
        CodesFor::Round { election, round } => Place {
            salt: "election_code_salt",
            code: "election_code",
            issued: "election_code_issued",
            key: &["election_id", "round"],
            values: vec![election, round],
        },
    }
}

impl Place {
    /// `vote_id = ?1` or `election_id = ?1 AND round = ?2`.
    fn matches(&self) -> String {
        self.key
            .iter()
            .enumerate()
            .map(|(i, c)| format!("{c} = ?{}", i + 1))
            .collect::<Vec<_>>()
            .join(" AND ")
    }

    /// The key's columns and then `more`, for an INSERT.
    fn columns(&self, more: &[&str]) -> (String, String) {
        let cols: Vec<&str> = self.key.iter().chain(more).copied().collect();
        let marks: Vec<String> = (1..=cols.len()).map(|i| format!("?{i}")).collect();
        (cols.join(", "), marks.join(", "))
    }

    /// The next parameter's number after the key.
    fn next(&self) -> usize {
        self.key.len() + 1
    }

    fn with<'a>(&'a self, more: &'a [&'a dyn ToSql]) -> Vec<&'a dyn ToSql> {
        self.values
            .iter()
            .map(|v| v as &dyn ToSql)
            .chain(more.iter().copied())
            .collect()
    }
}

impl ReadTx<'_> {
    /// The salt of a set of codes; None until they are issued.
    pub fn code_salt(&self, of: CodesFor) -> anyhow::Result<Option<String>> {
        let p = place(of);
        Ok(self
            .conn
            .prepare_cached(&format!(
                "SELECT salt FROM {} WHERE {}",
                p.salt,
                p.matches()
            ))?
            .query_row(params_from_iter(p.with(&[])), |r| r.get(0))
            .optional()?)
    }

    /// Whether a code's hash is one of this set's codes, and used. No other set is looked at.
    pub fn code_state(&self, of: CodesFor, hash: &str) -> anyhow::Result<CodeState> {
        let p = place(of);
        let used: Option<bool> = self
            .conn
            .prepare_cached(&format!(
                "SELECT used FROM {} WHERE {} AND code_hash = ?{}",
                p.code,
                p.matches(),
                p.next()
            ))?
            .query_row(params_from_iter(p.with(&[&hash])), |r| r.get(0))
            .optional()?;
        Ok(match used {
            None => CodeState::Unknown,
            Some(false) => CodeState::Unused,
            Some(true) => CodeState::Used,
        })
    }

    /// (codes issued, members who received them).
    pub fn codes_issued(&self, of: CodesFor) -> anyhow::Result<(u64, u64)> {
        let p = place(of);
        let (codes, members): (i64, i64) = self.conn.query_row(
            &format!(
                "SELECT COALESCE(SUM(codes), 0), COUNT(*) FROM {} WHERE {}",
                p.issued,
                p.matches()
            ),
            params_from_iter(p.with(&[])),
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        Ok((
            u64::try_from(codes).unwrap_or(0),
            u64::try_from(members).unwrap_or(0),
        ))
    }
}

impl WriteTx<'_> {
    /// Stores the hashes of a set of codes (in the order given: the caller shuffles them) and
    /// who received how many; journals only the numbers.
    pub fn issue_codes(
        &self,
        of: CodesFor,
        salt: &str,
        hashes: &[String],
        holders: &[(i64, u64)],
    ) -> anyhow::Result<()> {
        let p = place(of);
        let (cols, marks) = p.columns(&["salt"]);
        self.conn.execute(
            &format!("INSERT INTO {} ({cols}) VALUES ({marks})", p.salt),
            params_from_iter(p.with(&[&salt])),
        )?;
        let (cols, marks) = p.columns(&["code_hash"]);
        let mut code = self
            .conn
            .prepare_cached(&format!("INSERT INTO {} ({cols}) VALUES ({marks})", p.code))?;
        for h in hashes {
            code.execute(params_from_iter(p.with(&[h])))?;
        }
        let (cols, marks) = p.columns(&["member_id", "codes"]);
        let mut issued = self.conn.prepare_cached(&format!(
            "INSERT INTO {} ({cols}) VALUES ({marks})",
            p.issued
        ))?;
        for (member, k) in holders {
            issued.execute(params_from_iter(p.with(&[member, &n(*k)])))?;
        }
        self.journal(match of {
            CodesFor::Vote(vote_id) => Change {
                action: action::VOTE_CODES,
                entity: "vote",
                entity_id: Some(vote_id.to_string()),
                summary: format!(
                    "issued {} ballot codes for vote {vote_id} to {} voters present",
                    hashes.len(),
                    holders.len()
                ),
                new: Some(json!({ "codes": hashes.len(), "voters": holders.len() })),
                ..Default::default()
            },
            CodesFor::Round { election, round } => Change {
                action: action::ELECTION_CODES,
                entity: "election",
                entity_id: Some(election.to_string()),
                summary: format!(
                    "issued {} voting codes for round {round} of election {election} to {} voters present",
                    hashes.len(),
                    holders.len()
                ),
                new: Some(
                    json!({ "round": round, "codes": hashes.len(), "voters": holders.len() }),
                ),
                ..Default::default()
            },
        })?;
        Ok(())
    }

    /// Marks an unused code used; false when it was not an unused code of this set.
    pub fn use_code(&self, of: CodesFor, hash: &str) -> anyhow::Result<bool> {
        let p = place(of);
        let changed = self
            .conn
            .prepare_cached(&format!(
                "UPDATE {} SET used = 1 WHERE {} AND code_hash = ?{} AND used = 0",
                p.code,
                p.matches(),
                p.next()
            ))?
            .execute(params_from_iter(p.with(&[&hash])))?;
        Ok(changed == 1)
    }
}
