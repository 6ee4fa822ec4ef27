//! Journal rows: appending an entry with its payload, listing, verifying the chain and dropping an
//! erased member's values. The chain rules themselves are in `domain::journal`.

use anyhow::Context as _;
use rusqlite::{OptionalExtension as _, params};
use serde_json::Value;

use super::{ReadTx, WriteTx};
use crate::domain::journal::{self as chain, Entry, Payload, action};

/// One change to record. `summary` must not contain personal data; `old` and `new` may.
#[derive(Debug, Clone, Default)]
pub struct Change {
    /// One of `domain::journal::action`.
    pub action: &'static str,
    pub entity: &'static str,
    pub entity_id: Option<String>,
    /// The member the change is chiefly about (internal id).
    pub member_id: Option<i64>,
    /// Every other member it concerns (a proxy's holder): the entry names them too, so that
    /// `journal list --member`, `member data` and erasure find it for each of them.
    pub members: Vec<i64>,
    pub summary: String,
    pub old: Option<Value>,
    pub new: Option<Value>,
}

pub use crate::domain::journal::JournalFilter;

/// The members an entry names, from the `group_concat` of its `journal_member` rows.
fn members_from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Vec<i64>> {
    let text: Option<String> = r.get("members")?;
    let mut members = text
        .as_deref()
        .unwrap_or_default()
        .split(',')
        .filter(|s| !s.is_empty())
        .map(|s| {
            s.parse::<i64>().map_err(|e| {
                rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, e.into())
            })
        })
        .collect::<Result<Vec<_>, _>>()?;
    members.sort_unstable();
    Ok(members)
}

fn entry_from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Entry> {
    Ok(Entry {
        seq: r.get("seq")?,
        at: r.get("at")?,
        actor: r.get("actor")?,
        command: r.get("command")?,
        action: r.get("action")?,
        entity: r.get("entity")?,
        entity_id: r.get("entity_id")?,
        member_id: r.get("member_id")?,
        members: members_from_row(r)?,
        summary: r.get("summary")?,
        payload_digest: r.get("payload_digest")?,
        prev_hash: r.get("prev_hash")?,
        hash: r.get("hash")?,
        hash_version: r.get("hash_version")?,
        state_rows: r.get("state_rows")?,
        state_digest: r.get("state_digest")?,
    })
}

impl ReadTx<'_> {
    /// Journal entries with their values (where still held), oldest first. The member filter
    /// finds every entry naming the member, in any role.
    pub fn journal_entries(
        &self,
        filter: &JournalFilter,
    ) -> anyhow::Result<Vec<(Entry, Option<Payload>)>> {
        let mut stmt = self.conn.prepare(
            "SELECT j.*, p.salt, p.old_value, p.new_value,
                 (SELECT group_concat(m.member_id) FROM journal_member m WHERE m.seq = j.seq)
                     AS members
             FROM journal j
             LEFT JOIN journal_payload p ON p.seq = j.seq
             WHERE (?1 IS NULL OR j.seq IN (SELECT seq FROM journal_member WHERE member_id = ?1)
                    -- The import that created the member (its source is 'import:<id>:<line>'):
                    -- one entry for the whole file, naming no member, holding only counts.
                    OR (j.action = ?3 AND j.entity = 'import' AND j.entity_id = (
                        SELECT substr(source, 8, instr(substr(source, 8), ':') - 1)
                        FROM member WHERE id = ?1 AND source LIKE 'import:%')))
                 AND (?2 IS NULL OR j.at >= ?2)
             ORDER BY j.seq",
        )?;
        let rows = stmt.query_map(
            params![filter.member_id, filter.since, action::MEMBER_IMPORT],
            |r| {
                let payload = match r.get::<_, Option<String>>("salt")? {
                    Some(salt) => Some(Payload {
                        salt,
                        old_value: r.get("old_value")?,
                        new_value: r.get("new_value")?,
                    }),
                    None => None,
                };
                Ok((entry_from_row(r)?, payload))
            },
        )?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// When the first entry of `action` about `entity` `id` was written, and its number: the
    /// moment a vote opened or an election round was counted, in the order of recording.
    pub fn journal_first(
        &self,
        action: &str,
        entity: &str,
        id: i64,
    ) -> anyhow::Result<Option<(String, i64)>> {
        Ok(self
            .conn
            .query_row(
                "SELECT at, seq FROM journal WHERE action = ?1 AND entity = ?2 AND entity_id = ?3
                 ORDER BY seq LIMIT 1",
                rusqlite::params![action, entity, id.to_string()],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?)
    }

    /// The number of the last entry (0 for an empty journal).
    pub fn journal_last_seq(&self) -> anyhow::Result<i64> {
        Ok(self
            .conn
            .query_row("SELECT COALESCE(MAX(seq), 0) FROM journal", [], |r| {
                r.get(0)
            })?)
    }

    /// The newest entry's hash: written into minutes, it anchors the journal outside the file.
    pub fn journal_head(&self) -> anyhow::Result<Option<String>> {
        Ok(self
            .conn
            .query_row("SELECT hash FROM journal_head WHERE id = 1", [], |r| {
                r.get(0)
            })
            .optional()?)
    }

    /// Checks the whole chain and the registry against it; Ok(number of entries) or the first
    /// break.
    pub fn journal_verify(&self) -> anyhow::Result<Result<u64, chain::Break>> {
        Ok(self.journal_verify_all()?.map(|(n, _)| n))
    }

    /// Checks the whole chain, then the registry tables against the digests it recorded
    /// (`journal_state`): Ok(entries, rows compared) or the first break.
    pub fn journal_verify_all(
        &self,
    ) -> anyhow::Result<Result<(u64, super::journal_state::Compared), chain::Break>> {
        let all = self.journal_entries(&JournalFilter::default())?;
        let n = match self.chain_verify(&all)? {
            Ok(n) => n,
            Err(b) => return Ok(Err(b)),
        };
        let entries: Vec<Entry> = all.into_iter().map(|(e, _)| e).collect();
        Ok(self.registry_verify(&entries)?.map(|c| (n, c)))
    }

    /// Checks the whole chain; Ok(number of entries) or the first break.
    fn chain_verify(
        &self,
        all: &[(Entry, Option<Payload>)],
    ) -> anyhow::Result<Result<u64, chain::Break>> {
        if all.is_empty() {
            // `init` journals the association, so a registry without entries lost them all.
            let (associations, members): (i64, i64) = self.conn.query_row(
                "SELECT (SELECT COUNT(*) FROM association), (SELECT COUNT(*) FROM member)",
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )?;
            if associations + members > 0 {
                return Ok(Err(chain::Break {
                    seq: 1,
                    reason: format!(
                        "the journal is empty, yet the registry holds an association and {members} members: its entries were deleted"
                    ),
                }));
            }
        }
        // Only an erasure (or the deletion of a mistaken record) recorded in the (verified)
        // chain itself may explain missing values.
        let erased: std::collections::HashSet<i64> = all
            .iter()
            .filter(|(e, _)| e.action == action::MEMBER_ERASE || e.action == action::MEMBER_DELETE)
            .filter_map(|(e, _)| e.member_id)
            .collect();
        // A payload or member row whose journal entry is gone is a deletion too.
        let orphans: Option<i64> = self.conn.query_row(
            "SELECT MIN(seq) FROM (
                 SELECT seq FROM journal_payload UNION ALL SELECT seq FROM journal_member
             ) WHERE seq NOT IN (SELECT seq FROM journal)",
            [],
            |r| r.get(0),
        )?;
        let payloads: std::collections::HashMap<i64, Payload> = all
            .iter()
            .filter_map(|(e, p)| p.clone().map(|p| (e.seq, p)))
            .collect();
        let result = chain::verify(
            all.iter().map(|(e, _)| e),
            |seq| payloads.get(&seq).cloned(),
            |m| erased.contains(&m),
        );
        let head: Option<(i64, String)> = self
            .conn
            .query_row("SELECT seq, hash FROM journal_head WHERE id = 1", [], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })
            .optional()?;
        let last = all.last().map(|(e, _)| (e.seq, e.hash.clone()));
        Ok(match result {
            Err(b) => Err(b),
            Ok(_) if orphans.is_some() => Err(chain::Break {
                seq: orphans.unwrap_or_default(),
                reason:
                    "values or members are recorded for an entry that is no longer in the journal"
                        .into(),
            }),
            Ok(_) if head != last => Err(chain::Break {
                seq: last.as_ref().map_or(0, |l| l.0) + 1,
                reason: "entries at the end of the journal were deleted".into(),
            }),
            Ok(n) => Ok(n),
        })
    }
}

impl ReadTx<'_> {
    /// The sequence number of the entry with this hash, if the chain holds it.
    pub fn journal_seq_of(&self, hash: &str) -> anyhow::Result<Option<i64>> {
        Ok(self
            .conn
            .query_row(
                "SELECT seq FROM journal WHERE hash = ?1",
                [hash.trim().to_ascii_lowercase()],
                |r| r.get(0),
            )
            .optional()?)
    }
}

impl WriteTx<'_> {
    /// Appends one entry to the journal, chained to the last one.
    pub fn journal(&self, change: Change) -> anyhow::Result<i64> {
        debug_assert!(
            action::is_known(change.action),
            "journal action '{}' is not in domain::journal::action::ALL: add a constant there",
            change.action
        );
        let actor = self.actor();
        let (last_seq, prev_hash, last_at): (i64, String, Option<String>) = self
            .conn
            .query_row(
                "SELECT seq, hash, at FROM journal ORDER BY seq DESC LIMIT 1",
                [],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .optional()?
            .unwrap_or((0, chain::GENESIS.to_string(), None));
        let mut at = actor.at_rfc3339();
        if let Some(last) = last_at.filter(|last| chain::runs_backwards(&at, last)) {
            // A command that waited for another writer (QUORUM_WAIT) took its time before the
            // other committed: a few minutes behind is that, and the entry takes the last time.
            if chain::behind_by_at_most(&at, &last, chain::WAIT_SLACK_SECONDS) {
                at = last;
            } else {
                return Err(crate::exit::hinted(
                    format!(
                        "the clock says {at}, before the journal's last entry ({last}); the journal never runs backwards in time, so nothing was written"
                    ),
                    "check the computer's date and time (and QUORUM_NOW), then run the command again",
                ));
            }
        }
        let payload = if change.old.is_some() || change.new.is_some() {
            Some(Payload {
                salt: crate::rng::hex(16)?,
                old_value: change.old.as_ref().map(Value::to_string),
                new_value: change.new.as_ref().map(Value::to_string),
            })
        } else {
            None
        };
        self.record_state_of(&change)?;
        let (state_rows, state_digest) = self.take_state()?.unzip();
        let mut members: Vec<i64> = change.member_id.into_iter().chain(change.members).collect();
        members.sort_unstable();
        members.dedup();
        let mut entry = Entry {
            seq: last_seq + 1,
            at,
            actor: actor.name.clone(),
            command: actor.command.clone(),
            action: change.action.to_string(),
            entity: change.entity.to_string(),
            entity_id: change.entity_id,
            member_id: change.member_id,
            members,
            summary: change.summary,
            payload_digest: payload.as_ref().map(chain::payload_digest),
            prev_hash,
            hash: String::new(),
            hash_version: chain::HASH_VERSION,
            state_rows,
            state_digest,
        };
        entry.hash = chain::entry_hash(&entry);
        self.conn
            .execute(
                "INSERT INTO journal (seq, at, actor, command, action, entity, entity_id, member_id,
                     summary, payload_digest, prev_hash, hash, hash_version, state_rows, state_digest)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)",
                params![
                    entry.seq,
                    entry.at,
                    entry.actor,
                    entry.command,
                    entry.action,
                    entry.entity,
                    entry.entity_id,
                    entry.member_id,
                    entry.summary,
                    entry.payload_digest,
                    entry.prev_hash,
                    entry.hash,
                    entry.hash_version,
                    entry.state_rows,
                    entry.state_digest
                ],
            )
            .context("writing the journal")?;
        let mut named = self
            .conn
            .prepare_cached("INSERT INTO journal_member (seq, member_id) VALUES (?1, ?2)")?;
        for m in &entry.members {
            named.execute(params![entry.seq, m])?;
        }
        self.conn.execute(
            "INSERT INTO journal_head (id, seq, hash) VALUES (1, ?1, ?2)
             ON CONFLICT (id) DO UPDATE SET seq = excluded.seq, hash = excluded.hash",
            params![entry.seq, entry.hash],
        )?;
        if let Some(p) = payload {
            self.conn.execute(
                "INSERT INTO journal_payload (seq, salt, old_value, new_value) VALUES (?1, ?2, ?3, ?4)",
                params![entry.seq, p.salt, p.old_value, p.new_value],
            )?;
        }
        Ok(entry.seq)
    }

    /// Records the digest of the registry row a change is about, as it stands after the change
    /// (see `domain::journal::state`): so every change ends with its journal entry.
    fn record_state_of(&self, change: &Change) -> anyhow::Result<()> {
        use crate::domain::journal::state::Kind;
        match (change.entity, change.member_id, change.entity_id.as_deref()) {
            ("member", Some(id), _) => self.record_state(Kind::Member, id),
            ("category", _, Some(id)) => match id.parse::<i64>() {
                Ok(id) => self.record_state(Kind::Category, id),
                Err(_) => Ok(()),
            },
            ("rules", _, Some(from)) => {
                let id: Option<i64> = self
                    .conn
                    .query_row(
                        "SELECT id FROM rules_version WHERE valid_from = ?1",
                        [from],
                        |r| r.get(0),
                    )
                    .optional()?;
                match id {
                    Some(id) => self.record_state(Kind::Rules, id),
                    None => Ok(()),
                }
            }
            _ => Ok(()),
        }
    }

    /// Drops the recorded values of every entry naming this member, in any role (erasure).
    /// The entries stay, and so do the values' digests, which the lost salt makes unguessable.
    pub fn journal_forget_member(&self, member_id: i64) -> anyhow::Result<usize> {
        Ok(self.conn.execute(
            "DELETE FROM journal_payload
             WHERE seq IN (SELECT seq FROM journal_member WHERE member_id = ?1)",
            [member_id],
        )?)
    }
}
