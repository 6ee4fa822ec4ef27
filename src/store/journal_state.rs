//! The registry digests the journal records (see `domain::journal::state`): reading a row's state,
//! recording its digest with the entry that changed it, and comparing the tables with the latest
//! digests when the journal is verified.

use rusqlite::{OptionalExtension as _, params};

use super::{ReadTx, WriteTx};
use crate::domain::journal::state::{
    self, ABSENT, CategoryState, Coverage, Kind, MemberState, RowDigest, RulesState, StateRow,
};
use crate::domain::journal::{Break, Entry};
use crate::domain::member::fields;

/// Digest rows written by one statement.
const BATCH: usize = 100;

/// The digests a write transaction recorded that no journal entry covers yet; `rows` are the
/// ones not yet written to `journal_state`.
#[derive(Default)]
pub struct Pending {
    hasher: state::StateHasher,
    rows: Vec<StateRow>,
    next_id: Option<i64>,
}

impl Pending {
    /// How many digests wait for an entry to cover them.
    pub fn uncovered(&self) -> i64 {
        self.hasher.rows()
    }
}

/// The schema version from which the journal records registry digests.
pub const FIRST_VERSION: u32 = 17;

/// A member's state with its salt, as `member_digest` covers it: id, salt, number, the field
/// table's columns, then the rest. The history comes as JSON arrays in the order the rows were
/// written.
fn member_state() -> &'static str {
    static SQL: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    SQL.get_or_init(|| {
        format!(
            "SELECT m.id, m.state_salt, m.number, {}, m.category_id, m.source, m.erased_at,
                (SELECT json_group_array(json_array(joined, left_on, leave_reason) ORDER BY id)
                    FROM membership_period WHERE member_id = m.id),
                (SELECT json_group_array(json_array(starts, until, reason, lifted_on) ORDER BY id)
                    FROM suspension WHERE member_id = m.id),
                (SELECT json_group_array(json_array(since, cleared_on) ORDER BY id)
                    FROM arrears WHERE member_id = m.id)
            FROM member m",
            fields::columns("m.")
        )
    })
}

fn json_column<T: serde::de::DeserializeOwned>(
    r: &rusqlite::Row<'_>,
    i: usize,
) -> rusqlite::Result<T> {
    let text: String = r.get(i)?;
    serde_json::from_str(&text).map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(i, rusqlite::types::Type::Text, e.into())
    })
}

/// (member id, digest) of a row of `member_state`.
fn member_digest_of(r: &rusqlite::Row<'_>) -> rusqlite::Result<(i64, RowDigest)> {
    let salt: Option<Vec<u8>> = r.get(1)?;
    let mut values: [Option<String>; fields::COUNT] = Default::default();
    for (i, v) in values.iter_mut().enumerate() {
        *v = r.get(3 + i)?;
    }
    let rest = 3 + fields::COUNT;
    let m = MemberState::<String> {
        number: r.get(2)?,
        fields: values,
        category_id: r.get(rest)?,
        source: r.get(rest + 1)?,
        erased_at: r.get(rest + 2)?,
        periods: json_column(r, rest + 3)?,
        suspensions: json_column(r, rest + 4)?,
        arrears: json_column(r, rest + 5)?,
    };
    Ok((
        r.get(0)?,
        state::member_digest(&salt.unwrap_or_default(), &m),
    ))
}

const CATEGORY_STATE: &str =
    "SELECT id, name, is_member, has_vote, weight, description FROM category";

fn category_digest_of(r: &rusqlite::Row<'_>) -> rusqlite::Result<(i64, RowDigest)> {
    let c = CategoryState {
        name: r.get(1)?,
        is_member: r.get(2)?,
        has_vote: r.get(3)?,
        weight: r.get(4)?,
        description: r.get(5)?,
    };
    Ok((r.get(0)?, state::category_digest(&c)))
}

const RULES_STATE: &str = "SELECT v.id, v.valid_from, v.note,
        (SELECT json_group_array(json_array(key, value) ORDER BY key)
            FROM rule_value WHERE version_id = v.id)
    FROM rules_version v";

fn rules_digest_of(r: &rusqlite::Row<'_>) -> rusqlite::Result<(i64, RowDigest)> {
    let v = RulesState {
        valid_from: r.get(1)?,
        note: r.get(2)?,
        values: json_column(r, 3)?,
    };
    Ok((r.get(0)?, state::rules_digest(&v)))
}

/// Reads one row of a state query as (key, digest).
type DigestOf = fn(&rusqlite::Row<'_>) -> rusqlite::Result<(i64, RowDigest)>;

/// The query that reads a table's rows as their digests cover them, and its reader.
fn state_query(kind: Kind) -> (&'static str, DigestOf) {
    match kind {
        Kind::Member => (member_state(), member_digest_of),
        Kind::Category => (CATEGORY_STATE, category_digest_of),
        Kind::Rules => (RULES_STATE, rules_digest_of),
    }
}

/// The name each state query gives its table.
fn alias(kind: Kind) -> &'static str {
    match kind {
        Kind::Member => "m",
        Kind::Category => "category",
        Kind::Rules => "v",
    }
}

/// What a verified registry holds: rows compared per table.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Compared {
    pub members: u64,
    pub categories: u64,
    pub rules_versions: u64,
    /// False for a journal written before digests were recorded (nothing to compare with).
    pub compared: bool,
}

impl ReadTx<'_> {
    /// The digest of one row as it stands now; `ABSENT` when there is no such row.
    pub(crate) fn state_digest(&self, kind: Kind, key: i64) -> anyhow::Result<RowDigest> {
        let (sql, digest_of) = state_query(kind);
        let mut stmt = self
            .conn
            .prepare_cached(&format!("{sql} WHERE {}.id = ?1", alias(kind)))?;
        Ok(stmt
            .query_row([key], digest_of)
            .optional()?
            .map_or(ABSENT, |(_, d)| d))
    }

    /// Checks the recorded digests against the (verified) entries, then every registry row
    /// against its latest digest; the first difference is the break, named by the entry that
    /// recorded the row last.
    pub(super) fn registry_verify(
        &self,
        entries: &[Entry],
    ) -> anyhow::Result<Result<Compared, Break>> {
        let mut stmt = self
            .conn
            .prepare("SELECT id, kind, key, digest FROM journal_state ORDER BY id")?;
        let rows = stmt.query_map([], |r| {
            Ok(StateRow {
                id: r.get(0)?,
                kind: r.get(1)?,
                key: r.get(2)?,
                digest: r.get(3)?,
            })
        })?;
        let coverage = match state::verify_rows(entries, rows)? {
            Ok(c) => c,
            Err(b) => return Ok(Err(b)),
        };
        if coverage.is_empty() {
            return Ok(Ok(Compared::default()));
        }
        let mut compared = Compared {
            compared: true,
            ..Default::default()
        };
        for kind in Kind::ALL {
            let n = match self.compare_kind(kind, &coverage)? {
                Ok(n) => n,
                Err(b) => return Ok(Err(b)),
            };
            match kind {
                Kind::Member => compared.members = n,
                Kind::Category => compared.categories = n,
                Kind::Rules => compared.rules_versions = n,
            }
        }
        Ok(Ok(compared))
    }

    /// Merges the rows of one table (in id order) with their latest digests (in key order).
    fn compare_kind(&self, kind: Kind, coverage: &Coverage) -> anyhow::Result<Result<u64, Break>> {
        let (sql, digest_of) = state_query(kind);
        let mut now = self
            .conn
            .prepare(&format!("{sql} ORDER BY {}.id", alias(kind)))?;
        let mut now = now.query_map([], digest_of)?;
        // The latest digest of each key: SQLite takes the bare columns from the row of MAX(id).
        let mut recorded = self.conn.prepare(
            "SELECT key, digest, MAX(id) FROM journal_state WHERE kind = ?1 GROUP BY key ORDER BY key",
        )?;
        let mut recorded =
            recorded.query_map([kind.code()], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
        let mut row: Option<(i64, RowDigest)> = now.next().transpose()?;
        let mut rec: Option<(i64, Vec<u8>, i64)> = recorded.next().transpose()?;
        let mut count = 0;
        loop {
            let problem = match (&row, &rec) {
                (None, None) => break,
                (Some((key, digest)), Some((rec_key, rec_digest, id))) if key == rec_key => {
                    if digest[..] != rec_digest[..] {
                        Some((
                            *key,
                            Some(*id),
                            "differs from what the journal last recorded: it was changed outside quorum",
                        ))
                    } else {
                        count += 1;
                        row = now.next().transpose()?;
                        rec = recorded.next().transpose()?;
                        None
                    }
                }
                (Some((key, _)), next) if next.as_ref().is_none_or(|(k, _, _)| key < k) => Some((
                    *key,
                    None,
                    "is not in the journal: it was added outside quorum",
                )),
                (_, Some((rec_key, rec_digest, id))) => {
                    if rec_digest[..] != ABSENT[..] {
                        Some((*rec_key, Some(*id), "was deleted outside quorum"))
                    } else {
                        rec = recorded.next().transpose()?;
                        None
                    }
                }
                (Some(_), None) => unreachable!("handled by the arm before"),
            };
            if let Some((key, id, what)) = problem {
                return Ok(Err(self.difference(kind, key, id, coverage, what)?));
            }
        }
        Ok(Ok(count))
    }

    /// The break for a registry row that does not match: the row named as a secretary knows it
    /// (member number, category name, the rules' first day), at the entry that recorded it last.
    fn difference(
        &self,
        kind: Kind,
        key: i64,
        state_id: Option<i64>,
        coverage: &Coverage,
        what: &str,
    ) -> anyhow::Result<Break> {
        let name: Option<String> = match kind {
            Kind::Member => self
                .conn
                .query_row(
                    "SELECT 'member ' || number FROM member WHERE id = ?1",
                    [key],
                    |r| r.get(0),
                )
                .optional()?,
            Kind::Category => self
                .conn
                .query_row(
                    "SELECT 'category ''' || name || '''' FROM category WHERE id = ?1",
                    [key],
                    |r| r.get(0),
                )
                .optional()?,
            Kind::Rules => self
                .conn
                .query_row(
                    "SELECT 'the rules from ' || valid_from FROM rules_version WHERE id = ?1",
                    [key],
                    |r| r.get(0),
                )
                .optional()?,
        };
        // A deleted member is named by the number its last entry gave it.
        let name = match (name, kind) {
            (Some(n), _) => n,
            (None, Kind::Member) => self
                .conn
                .query_row(
                    "SELECT 'member ' || entity_id FROM journal
                     WHERE member_id = ?1 AND entity = 'member' AND entity_id IS NOT NULL
                     ORDER BY seq DESC LIMIT 1",
                    [key],
                    |r| r.get(0),
                )
                .optional()?
                .unwrap_or_else(|| format!("member row {key}")),
            (None, _) => format!("{} row {key}", kind.as_str()),
        };
        // A row the journal never recorded breaks it after its last entry.
        let seq = state_id
            .and_then(|id| coverage.entry_of(id))
            .unwrap_or(coverage.last_seq() + 1);
        Ok(Break {
            seq,
            reason: format!("{name} {what}"),
        })
    }
}

impl WriteTx<'_> {
    /// Records the digest of a row as it stands now, for the next journal entry to cover.
    pub(crate) fn record_state(&self, kind: Kind, key: i64) -> anyhow::Result<()> {
        if kind == Kind::Member {
            self.salt_member(key)?;
        }
        let digest = self.state_digest(kind, key)?;
        self.record_digest(kind, key, digest)
    }

    /// A member gets its salt with its first digest, and a new one after an erasure. From
    /// `crate::rng`, so that `QUORUM_SEED` makes a test's journal the same on every run.
    fn salt_member(&self, id: i64) -> anyhow::Result<()> {
        let has: Option<Option<Vec<u8>>> = self
            .conn
            .prepare_cached("SELECT state_salt FROM member WHERE id = ?1")?
            .query_row([id], |r| r.get(0))
            .optional()?;
        if let Some(None) = has {
            let mut salt = [0u8; 16];
            crate::rng::fill(&mut salt)?;
            self.conn
                .prepare_cached("UPDATE member SET state_salt = ?2 WHERE id = ?1")?
                .execute(params![id, &salt[..]])?;
        }
        Ok(())
    }

    /// Records a digest computed by the caller (a bulk import, from the values it wrote).
    pub(crate) fn record_digest(
        &self,
        kind: Kind,
        key: i64,
        digest: RowDigest,
    ) -> anyhow::Result<()> {
        let full = {
            let mut pending = self.state.borrow_mut();
            let id = match pending.next_id {
                Some(id) => id,
                None => self.conn.query_row(
                    "SELECT COALESCE(MAX(id), 0) + 1 FROM journal_state",
                    [],
                    |r| r.get(0),
                )?,
            };
            pending.next_id = Some(id + 1);
            let row = StateRow {
                id,
                kind: kind.code(),
                key,
                digest: digest.to_vec(),
            };
            pending.hasher.add(&row);
            pending.rows.push(row);
            pending.rows.len() >= BATCH
        };
        if full {
            self.flush_state()?;
        }
        Ok(())
    }

    /// Writes the digests recorded so far, many rows to a statement: a bulk import records one
    /// per member, and a statement apiece cost as much as the member's own row.
    pub(crate) fn flush_state(&self) -> anyhow::Result<()> {
        let rows = std::mem::take(&mut self.state.borrow_mut().rows);
        for chunk in rows.chunks(BATCH) {
            let sql = format!(
                "INSERT INTO journal_state (id, kind, key, digest) VALUES {}",
                vec!["(?, ?, ?, ?)"; chunk.len()].join(", ")
            );
            let mut stmt = self.conn.prepare_cached(&sql)?;
            let params = chunk.iter().flat_map(|r| {
                [
                    rusqlite::types::ToSqlOutput::from(r.id),
                    rusqlite::types::ToSqlOutput::from(r.kind),
                    rusqlite::types::ToSqlOutput::from(r.key),
                    rusqlite::types::ToSqlOutput::from(r.digest.as_slice()),
                ]
            });
            stmt.execute(rusqlite::params_from_iter(params))?;
        }
        Ok(())
    }

    /// The digests recorded since the last entry, written: (count, SHA-256), for the entry now
    /// written.
    pub(crate) fn take_state(&self) -> anyhow::Result<Option<(i64, String)>> {
        self.flush_state()?;
        let hasher = std::mem::take(&mut self.state.borrow_mut().hasher);
        Ok(hasher.finish())
    }

    /// Records every registry row as it stands: after an upgrade from a release that kept no
    /// digests, so that from here on a change outside quorum is found. Returns the counts.
    pub(crate) fn record_whole_registry(&self) -> anyhow::Result<(u64, u64, u64)> {
        let mut counts = [0u64; 3];
        for (i, kind) in Kind::ALL.into_iter().enumerate() {
            let (sql, digest_of) = state_query(kind);
            let mut stmt = self
                .conn
                .prepare(&format!("{sql} ORDER BY {}.id", alias(kind)))?;
            for row in stmt.query_map([], digest_of)? {
                let (key, digest) = row?;
                self.record_digest(kind, key, digest)?;
                counts[i] += 1;
            }
        }
        Ok((counts[0], counts[1], counts[2]))
    }
}
