//! Bulk import of members, the writing side: one IMMEDIATE transaction for the whole file,
//! prepared statements held for its length, and no journal entry per new member (a million
//! entries would bury the evidence): the `import` row (file name, SHA-256, counts) and each
//! member's `source = 'import:<id>:<line>'` say where every member came from. What to do with a
//! row (its category, a taken number, an update's merge) is decided by `ops::member_import` with
//! `domain::import::policy`; this file only reads and writes, as fast as it can.
//!
//! Rows are written while they are checked; when any row has a problem, or for `--dry-run`, the
//! transaction is rolled back at the end, so every problem is still found (a number twice in the
//! file shows up as the second insert failing) and nothing is ever half-imported. A killed
//! process leaves an uncommitted transaction, which SQLite discards.

use std::fmt::Write as _;

use anyhow::Context as _;
use chrono::NaiveDate;
use rusqlite::{OptionalExtension as _, Statement, params};

use super::members::register_sort_name;
use super::{Actor, Store, WriteTx};
use crate::domain::category::Category;
use crate::domain::import::iso_date;
use crate::domain::import::policy::{Categories, Merge, Registered};
use crate::domain::journal::state::{Kind, MemberState, RowDigest, member_digest};
use crate::domain::member::fields::{self, Slot};
use crate::domain::member::{MemberData, NewMember, Period, Suspension};
use crate::domain::text::fold;

mod update;

/// The insert's parameter of the field table's first column.
const FIRST_FIELD: usize = 8;

/// The field table's dates of `d` as ISO 8601 text, in its order.
fn date_texts(d: &MemberData) -> [Option<String>; fields::DATES] {
    let mut dates = fields::TABLE.iter().filter_map(|f| match f.value {
        Slot::Date(date, _) => Some(date(d).map(iso_date)),
        Slot::Text(..) => None,
    });
    std::array::from_fn(|_| dates.next().flatten())
}

/// Page cache for the import's connection, in KiB, when the registry has members: the name and
/// date indexes then take each new row on a random page, which should stay in memory rather
/// than be written out and read back (100,000 new members into a registry of a million: 2.1 s
/// with this cache, 2.9 s with the small one below).
const IMPORT_CACHE_KIB: i64 = 64 * 1024;

/// The cache into a new registry, which only appends (the indexes that take keys in random
/// order are made at the end, see [`DEFERRED_INDEXES`]) and so needs few pages in memory; making
/// an index sorts in buffers of that size (two: one on a helper thread). It bounds the
/// process's memory: 27 MiB at 100,000 members, 39–40 MiB at one and at two million, where the
/// large cache took the peak to 85 MiB (124 MiB with the sort) and made no import faster.
const APPEND_CACHE_KIB: i64 = 8 * 1024;

/// What the writing side needs to know about an import.
pub struct Bulk<'a> {
    /// The file's name (without its folder), recorded in the `import` row.
    pub file_name: &'a str,
    pub sha256: &'a str,
    /// Roll back whatever happens (and so keep the write-ahead log: nothing is appended).
    pub dry_run: bool,
    /// The file has external codes: their index is worth deferring.
    pub external_codes: bool,
}

impl Store {
    /// Runs an import: `feed` hands every row of the file to the `Importer` and says what it
    /// did. Committed only when `keep` says so of that (no row had a problem) and this is not
    /// a dry run.
    pub fn import_members<T>(
        &mut self,
        actor: &Actor,
        bulk: &Bulk<'_>,
        feed: impl FnOnce(&mut Importer<'_, '_>) -> anyhow::Result<T>,
        keep: impl FnOnce(&T) -> bool,
    ) -> anyhow::Result<T> {
        // Speed, without giving up safety: a page cache of its own for this connection; and no
        // foreign-key lookups per row, because every id the import writes is one it has just read
        // or made in this same transaction (the import tests run `PRAGMA foreign_key_check`).
        // synchronous stays NORMAL: in WAL mode that already means no sync per commit, and OFF
        // could corrupt the file on a power cut during the checkpoint. All-or-nothing comes from
        // the one transaction either way.
        self.conn
            .pragma_update(None, "cache_size", -IMPORT_CACHE_KIB)?;
        self.conn.pragma_update(None, "foreign_keys", false)?;
        // A bulk insert mostly appends new pages. In WAL mode each of them is written twice (to
        // the log, then back into the file at the checkpoint); with a rollback journal only the
        // few pages that existed before are copied aside. So the import runs with a rollback
        // journal when nobody else has the file open, still one transaction: a crash or kill
        // leaves a hot journal that SQLite rolls back on the next open. Opening always returns
        // the file to WAL mode, so an interrupted switch-back costs nothing.
        let journal_switched = !bulk.dry_run && self.switch_journal_mode("DELETE");
        let run = |tx: &WriteTx<'_>| {
            let mut importer = Importer::start(tx, bulk)?;
            feed(&mut importer)
        };
        let result = if bulk.dry_run {
            self.rehearse(actor, run)
        } else {
            // A file with any bad row writes nothing, but its report still names every problem.
            self.write_keeping(actor, run, keep)
        };
        self.conn.pragma_update(None, "foreign_keys", true)?;
        if journal_switched {
            self.switch_journal_mode("WAL");
        }
        result
    }
}

/// A checked row with what the database needs computed: search and sort keys, dates as text,
/// the member's salt and, where the reading thread could tell the number and the category, the
/// digest the import's entry covers. Made on the reading thread, so the writing thread only
/// binds and steps.
pub struct PreparedRow {
    line: u64,
    member: NewMember,
    /// None when the number is assigned by the import (the keys include it).
    keys: Option<(String, String)>,
    /// The field table's dates as ISO 8601 text, in its order.
    dates: [Option<String>; fields::DATES],
    /// NULL for an unknown joining date.
    joined: Option<String>,
    left: Option<String>,
    salt: [u8; 16],
    /// The digest, and the number and category id it was made with.
    digest: Option<(i64, i64, RowDigest)>,
}

/// Prepares rows on the reading thread, from what the import knows before its first row: the
/// categories that exist and the `source` prefix.
pub struct RowPreparer {
    prefix: String,
    /// The categories when the import began: a category made during the import is not here,
    /// and its rows are digested on the writing thread.
    categories: Categories,
    last_category: Option<(String, i64)>,
    salts: crate::rng::Stream,
    source: String,
}

impl RowPreparer {
    pub fn prepare(&mut self, line: u64, member: NewMember) -> anyhow::Result<PreparedRow> {
        let mut salt = [0u8; 16];
        self.salts.fill(&mut salt)?;
        let mut row = PreparedRow {
            line,
            keys: member.number.map(|n| search_keys(n, &member.data)),
            dates: date_texts(&member.data),
            joined: member.joined.date().map(iso_date),
            left: member.left.map(iso_date),
            member,
            salt,
            digest: None,
        };
        if let (Some(number), Some(category_id)) = (row.member.number, self.category(&row)) {
            self.source.clear();
            let _ = write!(self.source, "{}{line}", self.prefix);
            let digest = row.digest_as(number, category_id, &self.source);
            row.digest = Some((number, category_id, digest));
        }
        Ok(row)
    }

    fn category(&mut self, row: &PreparedRow) -> Option<i64> {
        let name = &row.member.category;
        if let Some((last, id)) = &self.last_category
            && last == name
        {
            return Some(*id);
        }
        let id = self.categories.find(name)?;
        self.last_category = Some((name.clone(), id));
        Some(id)
    }
}

impl PreparedRow {
    pub fn line(&self) -> u64 {
        self.line
    }

    pub fn member(&self) -> &NewMember {
        &self.member
    }

    /// The digest of the member this row adds, as written with `number`, `category_id` and
    /// `source`: from the values bound, which are what the row then holds.
    fn digest_as(&self, number: i64, category_id: i64, source: &str) -> RowDigest {
        let (m, d) = (&self.member, &self.member.data);
        let periods: Vec<(Option<String>, Option<String>, Option<&str>)> = m
            .periods
            .iter()
            .map(|p| {
                (
                    p.joined.date().map(iso_date),
                    p.left.map(iso_date),
                    p.reason.as_deref(),
                )
            })
            .collect();
        let suspensions: Vec<(String, Option<String>, &str, Option<String>)> = m
            .suspensions
            .iter()
            .map(|s| {
                (
                    iso_date(s.starts),
                    s.until.map(iso_date),
                    s.reason.as_str(),
                    s.lifted_on.map(iso_date),
                )
            })
            .collect();
        let mut dates = self.dates.iter();
        let state = MemberState::<&str> {
            number,
            fields: fields::TABLE.map(|f| match f.value {
                Slot::Text(text, _) => text(d).as_deref(),
                Slot::Date(..) => dates.next().and_then(Option::as_deref),
            }),
            category_id,
            source,
            erased_at: None,
            periods: if m.periods.is_empty() {
                vec![(self.joined.as_deref(), self.left.as_deref(), None)]
            } else {
                periods
                    .iter()
                    .map(|(j, l, r)| (j.as_deref(), l.as_deref(), *r))
                    .collect()
            },
            suspensions: suspensions
                .iter()
                .map(|(a, u, r, l)| (a.as_str(), u.as_deref(), *r, l.as_deref()))
                .collect(),
            arrears: Vec::new(),
        };
        member_digest(&self.salt, &state)
    }
}

/// Writes the rows of one import inside its transaction.
pub struct Importer<'a, 'c> {
    tx: &'a WriteTx<'c>,
    id: i64,
    at: String,
    /// `import:<id>:`, to which each row appends its line.
    prefix: String,
    source: String,
    /// The indexes dropped for this import, as `(name, CREATE statement)`: made again at the end.
    deferred: Vec<(String, String)>,
    insert_member: Statement<'c>,
    insert_period: Statement<'c>,
    insert_suspension: Statement<'c>,
}

impl<'a, 'c> Importer<'a, 'c> {
    fn start(tx: &'a WriteTx<'c>, bulk: &Bulk<'_>) -> anyhow::Result<Self> {
        let at = tx.actor().at_rfc3339();
        tx.conn.execute(
            "INSERT INTO import (file_name, sha256, at, added, changed, unchanged) VALUES (?1, ?2, ?3, 0, 0, 0)",
            params![bulk.file_name, bulk.sha256, at],
        )?;
        let id = tx.conn.last_insert_rowid();
        let deferred = defer_indexes(tx, bulk.external_codes)?;
        if !deferred.is_empty() {
            tx.conn
                .pragma_update(None, "cache_size", -APPEND_CACHE_KIB)?;
            // The reading thread is done by the time the indexes are made: its core sorts. At a
            // million members 0.1–0.25 s faster in each of three runs, for 8 MiB more memory.
            tx.conn.pragma_update(None, "threads", 1)?;
        }
        Ok(Importer {
            tx,
            id,
            prefix: format!("import:{id}:"),
            source: String::new(),
            deferred,
            // Made once from the field table; each row only binds and steps.
            insert_member: tx.conn.prepare(&format!(
                "INSERT INTO member (number, category_id, search_text, sort_name, source,
                     created_at, updated_at, state_salt, {})
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6, ?7, {})",
                fields::columns(""),
                fields::placeholders(FIRST_FIELD)
            ))?,
            insert_period: tx.conn.prepare(
                "INSERT INTO membership_period (member_id, joined, left_on, leave_reason) VALUES (?1, ?2, ?3, ?4)",
            )?,
            insert_suspension: tx.conn.prepare(
                "INSERT INTO suspension (member_id, starts, until, reason, lifted_on) VALUES (?1, ?2, ?3, ?4, ?5)",
            )?,
            at,
        })
    }

    /// The import's id (its `import` row).
    pub fn id(&self) -> i64 {
        self.id
    }

    /// The transaction, for the journal entries of the use case.
    pub fn tx(&self) -> &WriteTx<'c> {
        self.tx
    }

    /// The registry's categories as the import began.
    pub fn categories(&self) -> anyhow::Result<Categories> {
        let mut stmt = self.tx.conn.prepare("SELECT id, name FROM category")?;
        let rows = stmt
            .query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?)))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(Categories::new(rows))
    }

    /// Makes a category (journaled as `category add` does).
    pub fn add_category(&self, c: &Category) -> anyhow::Result<i64> {
        self.tx.add_category(c)
    }

    /// The number a row without one gets first.
    pub fn next_number(&self) -> anyhow::Result<i64> {
        self.tx.next_member_number()
    }

    /// Whether the registry has members that are not erased (before this import adds any).
    pub fn has_members(&self) -> anyhow::Result<bool> {
        Ok(self.tx.conn.query_row(
            "SELECT EXISTS (SELECT 1 FROM member WHERE erased_at IS NULL)",
            [],
            |r| r.get(0),
        )?)
    }

    /// Calls `f` with the number, the line of this import that added it (if it did) and the
    /// names, e-mail address and birth date of every member that is not erased: what the
    /// duplicate check compares.
    pub fn each_member(
        &self,
        mut f: impl FnMut(i64, Option<u64>, MemberData),
    ) -> anyhow::Result<()> {
        let mut stmt = self.tx.conn.prepare(
            "SELECT number, source, given_name, name_prefix, family_name, organisation, email,
                    birth_date
             FROM member WHERE erased_at IS NULL",
        )?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            let source: Option<String> = r.get(1)?;
            let line = source
                .as_deref()
                .and_then(|s| s.strip_prefix(&self.prefix))
                .and_then(|l| l.parse::<u64>().ok());
            let data = MemberData {
                given_name: r.get(2)?,
                name_prefix: r.get(3)?,
                family_name: r.get(4)?,
                organisation: r.get(5)?,
                email: r.get(6)?,
                birth_date: r
                    .get::<_, Option<String>>(7)?
                    .and_then(|d| d.parse::<NaiveDate>().ok()),
                ..Default::default()
            };
            f(r.get(0)?, line, data);
        }
        Ok(())
    }

    /// What the reading thread needs to prepare this import's rows.
    pub fn preparer(&self, categories: Categories) -> anyhow::Result<RowPreparer> {
        Ok(RowPreparer {
            prefix: self.prefix.clone(),
            categories,
            last_category: None,
            salts: crate::rng::Stream::new()?,
            source: String::new(),
        })
    }

    /// Adds the row's member as `number` in category `category_id`; false when the number is
    /// taken (then nothing was written). Takes the row by reference so that its memory is freed
    /// by the thread that made it.
    pub fn insert(
        &mut self,
        row: &PreparedRow,
        number: i64,
        category_id: i64,
    ) -> anyhow::Result<bool> {
        let PreparedRow {
            line,
            member: m,
            keys,
            joined,
            left,
            ..
        } = row;
        let computed;
        let (search, sort) = match keys {
            Some(k) => k,
            None => {
                computed = search_keys(number, &m.data);
                &computed
            }
        };
        self.source.clear();
        let _ = write!(self.source, "{}{line}", self.prefix);
        let inserted = self.bind_member(row, number, category_id, search, sort);
        match inserted {
            Ok(_) => {
                let id = self.tx.conn.last_insert_rowid();
                if m.periods.is_empty() {
                    self.insert_period
                        .execute(params![id, joined, left, None::<&str>])?;
                } else {
                    self.insert_history(id, &m.periods, &[])?;
                }
                self.insert_history(id, &[], &m.suspensions)?;
                // Made on the reading thread when it could tell the number and category.
                let digest = match row.digest {
                    Some((n, c, digest)) if n == number && c == category_id => digest,
                    _ => row.digest_as(number, category_id, &self.source),
                };
                self.tx.record_digest(Kind::Member, id, digest)?;
                Ok(true)
            }
            Err(rusqlite::Error::SqliteFailure(e, _))
                if e.extended_code == rusqlite::ffi::SQLITE_CONSTRAINT_UNIQUE =>
            {
                Ok(false)
            }
            Err(e) => Err(e).context("adding a member"),
        }
    }

    /// Binds a new member's row to the insert and runs it.
    fn bind_member(
        &mut self,
        row: &PreparedRow,
        number: i64,
        category_id: i64,
        search: &str,
        sort: &str,
    ) -> rusqlite::Result<usize> {
        let stmt = &mut self.insert_member;
        let d = &row.member.data;
        let mut dates = row.dates.iter();
        for (i, f) in fields::TABLE.iter().enumerate() {
            match f.value {
                Slot::Text(text, _) => stmt.raw_bind_parameter(FIRST_FIELD + i, text(d))?,
                Slot::Date(..) => stmt.raw_bind_parameter(FIRST_FIELD + i, dates.next())?,
            }
        }
        stmt.raw_bind_parameter(1, number)?;
        stmt.raw_bind_parameter(2, category_id)?;
        stmt.raw_bind_parameter(3, search)?;
        stmt.raw_bind_parameter(4, sort)?;
        stmt.raw_bind_parameter(5, &self.source)?;
        stmt.raw_bind_parameter(6, &self.at)?;
        stmt.raw_bind_parameter(7, &row.salt[..])?;
        stmt.raw_execute()
    }

    /// Writes periods and suspensions of the member with internal id `id`.
    fn insert_history(
        &mut self,
        id: i64,
        periods: &[Period],
        suspensions: &[Suspension],
    ) -> anyhow::Result<()> {
        for p in periods {
            self.insert_period.execute(params![
                id,
                p.joined.date().map(iso_date),
                p.left.map(iso_date),
                p.reason
            ])?;
        }
        for s in suspensions {
            self.insert_suspension.execute(params![
                id,
                iso_date(s.starts),
                s.until.map(iso_date),
                s.reason,
                s.lifted_on.map(iso_date)
            ])?;
        }
        Ok(())
    }

    /// Makes the deferred indexes again when the import is to be kept, and records its counts.
    pub fn finish(&self, keep: bool, new: u64, changed: u64, unchanged: u64) -> anyhow::Result<()> {
        // A dry run or a file with problems is rolled back, and the indexes with it.
        if keep {
            for (name, sql) in &self.deferred {
                self.tx
                    .conn
                    .execute_batch(sql)
                    .with_context(|| format!("making the index {name} again"))?;
            }
        }
        self.tx.conn.execute(
            "UPDATE import SET added = ?2, changed = ?3, unchanged = ?4 WHERE id = ?1",
            params![self.id, new, changed, unchanged],
        )?;
        Ok(())
    }
}

/// Indexes whose keys come in no particular order as rows are added (names, dates), and that
/// the import itself never reads: with incremental inserts each new row lands on a random page
/// of each of them. Made at the end instead, SQLite sorts the keys once and writes the index in
/// order, which is several times cheaper. The number's UNIQUE index and the period and
/// suspension lookups by member stay: a number twice in the file, and `--update`, rely on them.
const DEFERRED_INDEXES: [&str; 3] = [
    "member_sort",
    "member_external_code",
    "membership_period_dates",
];

/// Drops the [`DEFERRED_INDEXES`] when the registry has no member yet (with members, making an
/// index again would read them all, however small the file), inside the import's transaction:
/// a rollback or a killed process brings them back with everything else. Returns each one's
/// `CREATE INDEX` statement as the schema holds it, to be run again unchanged.
fn defer_indexes(tx: &WriteTx<'_>, external_codes: bool) -> anyhow::Result<Vec<(String, String)>> {
    let empty: bool = tx
        .conn
        .query_row("SELECT NOT EXISTS (SELECT 1 FROM member)", [], |r| r.get(0))?;
    if !empty {
        return Ok(Vec::new());
    }
    let mut deferred = Vec::new();
    for name in DEFERRED_INDEXES {
        // Only members with a code are in this one: without the column it costs nothing to keep,
        // where making it again would read every member.
        if name == "member_external_code" && !external_codes {
            continue;
        }
        let sql: Option<String> = tx
            .conn
            .query_row(
                "SELECT sql FROM sqlite_schema WHERE type = 'index' AND name = ?1",
                [name],
                |r| r.get(0),
            )
            .optional()?;
        if let Some(sql) = sql {
            tx.conn.execute_batch(&format!("DROP INDEX \"{name}\""))?;
            deferred.push((name.to_string(), sql));
        }
    }
    Ok(deferred)
}

/// Folds one part of a key: plain ASCII (most names, and most letters of the others) without
/// the Unicode machinery. An ASCII character is a starter that decomposition never reorders
/// across, so the runs of other characters between them fold on their own.
fn fold_part(out: &mut String, mut s: &str) {
    while !s.is_empty() {
        let ascii = s.bytes().position(|b| !b.is_ascii()).unwrap_or(s.len());
        out.extend(
            s[..ascii]
                .bytes()
                .map(|b| char::from(b.to_ascii_lowercase())),
        );
        s = &s[ascii..];
        let other = s.bytes().position(|b| b.is_ascii()).unwrap_or(s.len());
        if other > 0 {
            out.push_str(&fold(&s[..other]));
            s = &s[other..];
        }
    }
}

/// `members::search_text` and `members::register_sort_name`, the same strings made faster: folding
/// works character by character, so the parts can be folded one by one, and plain ASCII needs no
/// decomposition. A family name with a space may hold a prefix ("van der Berg") that the register
/// order strips; that rare case goes the long way. The tests hold both versions equal.
fn search_keys(number: i64, d: &MemberData) -> (String, String) {
    let mut search = number.to_string();
    for part in fields::searched(d).flatten() {
        search.push(' ');
        fold_part(&mut search, part);
    }
    let family = d.family_name.as_deref().unwrap_or("").trim();
    let sort = if family.contains(' ') || d.organisation.is_some() {
        register_sort_name(d)
    } else {
        let mut sort = String::with_capacity(family.len() + 16);
        fold_part(&mut sort, family);
        sort.push('\u{1}');
        fold_part(&mut sort, d.given_name.as_deref().unwrap_or("").trim());
        sort
    };
    (search, sort)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::import::{ColumnMap, Defaults};
    use crate::store::members::search_text;

    fn schema(store: &Store) -> Vec<(String, Option<String>)> {
        let mut stmt = store
            .conn
            .prepare("SELECT name, sql FROM sqlite_schema ORDER BY name")
            .unwrap();
        stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap()
            .map(Result::unwrap)
            .collect()
    }

    /// The indexes an import into a new registry makes at the end are the schema's own again,
    /// and a dry run or a refused file leaves them where they were.
    #[test]
    fn an_import_into_a_new_registry_gives_back_the_indexes_it_defers() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::create(&dir.path().join("t.db")).unwrap();
        let actor = Actor {
            name: "test".into(),
            command: "member import".into(),
            at: chrono::DateTime::parse_from_rfc3339("2026-03-01T18:00:00Z")
                .unwrap()
                .to_utc(),
        };
        store
            .write(&actor, |tx| {
                tx.add_category(&Category {
                    name: "regular".into(),
                    is_member: true,
                    has_vote: true,
                    weight: 1,
                    description: None,
                })
            })
            .unwrap();
        let before = schema(&store);
        let today = NaiveDate::from_ymd_opt(2026, 3, 1).unwrap();
        let defaults = Defaults {
            category: "regular".into(),
            joined: None,
            category_map: Default::default(),
            status_map: Default::default(),
            left_is_first_day_out: false,
            end_only_when_former: false,
            fix_mobile: false,
            consent_map: Default::default(),
        };
        let columns = ColumnMap::new(
            &["number", "family_name", "given_name", "joined"],
            &[],
            &defaults,
        )
        .unwrap();
        // Returns how many rows were added and how many found their number taken; keeps the
        // import when none was.
        let mut run = |dry_run: bool, rows: &[[&str; 4]]| {
            let bulk = Bulk {
                file_name: "t.csv",
                sha256: "00",
                dry_run,
                external_codes: false,
            };
            let counts = store
                .import_members(
                    &actor,
                    &bulk,
                    |imp| {
                        let categories = imp.categories()?;
                        let regular = categories.find("regular").unwrap();
                        let mut preparer = imp.preparer(categories)?;
                        let (mut added, mut taken) = (0u64, 0u64);
                        for (i, cells) in rows.iter().enumerate() {
                            let line = i as u64 + 2;
                            let m = columns.parse_row(cells, line, &defaults, today).unwrap();
                            let number = m.number.unwrap();
                            if imp.insert(&preparer.prepare(line, m)?, number, regular)? {
                                added += 1;
                            } else {
                                assert_eq!(imp.registered(number)?.added_by_line, Some(2));
                                taken += 1;
                            }
                        }
                        imp.finish(!dry_run && taken == 0, added, 0, 0)?;
                        imp.tx().journal(super::super::Change {
                            action: crate::domain::journal::action::MEMBER_IMPORT,
                            entity: "import",
                            entity_id: Some(imp.id().to_string()),
                            summary: "test".into(),
                            ..Default::default()
                        })?;
                        Ok((added, taken))
                    },
                    |&(_, taken)| taken == 0,
                )
                .unwrap();
            (counts, schema(&store), store.check().unwrap())
        };
        let rows = [
            ["3", "Zwart", "Anna", "2020-01-01"],
            ["1", "van der Berg", "Jan", "2021-05-01"],
            ["2", "Aalders", "Piet", "2019-09-15"],
        ];
        let (counts, after, problems) = run(true, &rows);
        assert_eq!(counts, (3, 0));
        assert_eq!((after, problems), (before.clone(), vec![]));
        let twice = [rows[0], rows[1], ["3", "Dubbel", "Eva", "2022-01-01"]];
        let (counts, after, problems) = run(false, &twice);
        assert_eq!(counts, (2, 1));
        assert_eq!((after, problems), (before.clone(), vec![]));
        let (counts, after, problems) = run(false, &rows);
        assert_eq!(counts, (3, 0));
        assert_eq!((after, problems), (before, vec![]));
        let order: Vec<i64> = store
            .conn
            .prepare("SELECT number FROM member INDEXED BY member_sort ORDER BY sort_name, number")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .map(Result::unwrap)
            .collect();
        assert_eq!(order, [2, 1, 3]);
    }

    #[test]
    fn fast_keys_equal_the_registry_keys() {
        let names = [
            (Some("Jan"), Some("van der"), Some("Berg")),
            (Some("Zoë"), None, Some("Öztürk")),
            (Some("Łukasz"), Some("in 't"), Some("Veen")),
            (None, None, Some("van der Berg")),
            (Some("Emma"), None, Some("El Amrani")),
            (Some("ÉMILE"), Some("De"), Some("Groot")),
            (Some("  Piet "), None, Some(" Bakker ")),
            (None, None, Some("Stichting Ons Dorp")),
            (Some("Søren"), None, Some("Nguyễn")),
            (Some("Chloë"), None, Some("Ĳsselmeer-Ærø")),
            (Some("Noe\u{308}l"), Some("d'"), Some("Ångström")),
            (Some("ﬁona"), None, Some("ŒUVRE")),
        ];
        for (given, prefix, family) in names {
            let d = MemberData {
                given_name: given.map(str::to_string),
                name_prefix: prefix.map(str::to_string),
                family_name: family.map(str::to_string),
                email: Some("Jan.Berg@Example.org".into()),
                city: Some("'s-Hertogenbosch".into()),
                ..Default::default()
            };
            let (search, sort) = search_keys(42, &d);
            assert_eq!(search, search_text(42, &d), "{d:?}");
            assert_eq!(sort, register_sort_name(&d), "{d:?}");
        }
        let organisation = MemberData {
            organisation: Some("Bewonerscollectief Dé Wilgen".into()),
            ..Default::default()
        };
        let (search, sort) = search_keys(42, &organisation);
        assert_eq!(search, search_text(42, &organisation));
        assert_eq!(search, "42 bewonerscollectief de wilgen");
        assert_eq!(sort, register_sort_name(&organisation));
        assert_eq!(sort, "bewonerscollectief de wilgen\u{1}");
    }
}
