//! Bulk import of members: one IMMEDIATE transaction for the whole file, prepared statements
//! held for its length, and no journal entry per new member (a million entries would bury the
//! evidence): the one `member.import` entry, the `import` row (file name, SHA-256, counts) and
//! each member's `source = 'import:<id>:<line>'` say where every member came from. Members an
//! `--update` changes are journaled one by one with their old and new values.
//!
//! Rows are written while they are checked; when any row has a problem, or for `--dry-run`, the
//! transaction is rolled back at the end, so every problem is still found (a number twice in the
//! file shows up as the second insert failing) and nothing is ever half-imported. A killed
//! process leaves an uncommitted transaction, which SQLite discards.

use std::collections::HashMap;
use std::fmt::Write as _;

use anyhow::Context as _;
use chrono::NaiveDate;
use rusqlite::{OptionalExtension as _, Statement, params};
use serde_json::json;

use super::members::register_sort_name;
use super::{Actor, Change, Store, WriteTx};
use crate::domain::category::Category;
use crate::domain::import::{ColumnMap, Field, ImportReport, Problem, category_alias, iso_date};
use crate::domain::journal::action;
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

/// How an import runs.
pub struct ImportPlan<'a> {
    /// The file's name (without its folder), recorded in the `import` row.
    pub file_name: &'a str,
    pub sha256: &'a str,
    pub columns: &'a ColumnMap,
    /// Change members whose number exists; otherwise such a row is an error.
    pub update: bool,
    pub create_categories: bool,
    pub dry_run: bool,
    /// Category of rows without one.
    pub default_category: &'a str,
    pub today: NaiveDate,
    /// How many problems and changes the report keeps (the counts are always complete).
    pub max_problems: usize,
    pub max_changes: usize,
}

impl Store {
    /// Runs an import: `feed` hands every row of the file to the `Importer`. Committed only
    /// when no row had a problem and this is not a dry run; the report says what was (or would
    /// have been) done.
    pub fn import_members(
        &mut self,
        actor: &Actor,
        plan: &ImportPlan<'_>,
        feed: impl FnOnce(&mut Importer<'_, '_>) -> anyhow::Result<()>,
    ) -> anyhow::Result<ImportReport> {
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
        let bulk = !plan.dry_run && self.switch_journal_mode("DELETE");
        let run = |tx: &WriteTx<'_>| {
            let mut importer = Importer::start(tx, plan)?;
            feed(&mut importer)?;
            importer.finish()
        };
        let result = if plan.dry_run {
            self.rehearse(actor, run)
        } else {
            // A file with any bad row writes nothing, but its report still names every problem.
            self.write_keeping(actor, run, |report| report.errors == 0)
        };
        self.conn.pragma_update(None, "foreign_keys", true)?;
        if bulk {
            self.switch_journal_mode("WAL");
        }
        let mut report = result?;
        if plan.dry_run || report.errors > 0 {
            report.import = None;
        }
        Ok(report)
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
    joined: String,
    left: Option<String>,
    salt: [u8; 16],
    /// The digest, and the number and category id it was made with.
    digest: Option<(i64, i64, RowDigest)>,
}

/// Prepares rows on the reading thread, from what the import knows before its first row: the
/// categories that exist and the `source` prefix.
pub struct RowPreparer {
    prefix: String,
    /// As `Importer::categories` when the import began: a category made during the import is
    /// not here, and its rows are digested on the writing thread.
    categories: HashMap<String, (i64, String)>,
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
            joined: iso_date(member.joined),
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
        let id = known_category(&self.categories, name)?.0;
        self.last_category = Some((name.clone(), id));
        Some(id)
    }
}

impl PreparedRow {
    /// The digest of the member this row adds, as written with `number`, `category_id` and
    /// `source`: from the values bound, which are what the row then holds.
    fn digest_as(&self, number: i64, category_id: i64, source: &str) -> RowDigest {
        let (m, d) = (&self.member, &self.member.data);
        let periods: Vec<(String, Option<String>, Option<&str>)> = m
            .periods
            .iter()
            .map(|p| {
                (
                    iso_date(p.joined),
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
                vec![(self.joined.as_str(), self.left.as_deref(), None)]
            } else {
                periods
                    .iter()
                    .map(|(j, l, r)| (j.as_str(), l.as_deref(), *r))
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
    plan: &'a ImportPlan<'a>,
    id: i64,
    at: String,
    /// `import:<id>:`, to which each row appends its line.
    prefix: String,
    source: String,
    present: Vec<&'static str>,
    /// Lower-case name (and Dutch alias once used) → (id, name).
    categories: HashMap<String, (i64, String)>,
    last_category: Option<(String, i64)>,
    /// For files without a number column.
    next_number: i64,
    /// Numbers of existing members met in this file, with their line.
    matched: HashMap<i64, u64>,
    /// The indexes dropped for this import, as `(name, CREATE statement)`: made again at the end.
    deferred: Vec<(String, String)>,
    insert_member: Statement<'c>,
    insert_period: Statement<'c>,
    insert_suspension: Statement<'c>,
    report: ImportReport,
}

impl<'a, 'c> Importer<'a, 'c> {
    fn start(tx: &'a WriteTx<'c>, plan: &'a ImportPlan<'a>) -> anyhow::Result<Self> {
        let at = tx.actor().at_rfc3339();
        tx.conn.execute(
            "INSERT INTO import (file_name, sha256, at, added, changed, unchanged) VALUES (?1, ?2, ?3, 0, 0, 0)",
            params![plan.file_name, plan.sha256, at],
        )?;
        let id = tx.conn.last_insert_rowid();
        let mut categories = HashMap::new();
        let mut stmt = tx.conn.prepare("SELECT id, name FROM category")?;
        for row in stmt.query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?)))? {
            let (cid, name) = row?;
            categories.insert(name.to_lowercase(), (cid, name));
        }
        let deferred = defer_indexes(tx, plan.columns)?;
        if !deferred.is_empty() {
            tx.conn
                .pragma_update(None, "cache_size", -APPEND_CACHE_KIB)?;
            // The reading thread is done by the time the indexes are made: its core sorts. At a
            // million members 0.1–0.25 s faster in each of three runs, for 8 MiB more memory.
            tx.conn.pragma_update(None, "threads", 1)?;
        }
        let mut importer = Importer {
            tx,
            plan,
            id,
            prefix: format!("import:{id}:"),
            source: String::new(),
            present: plan.columns.present_data_fields(),
            categories,
            last_category: None,
            next_number: tx.next_member_number()?,
            matched: HashMap::new(),
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
            report: ImportReport::default(),
        };
        // One unknown default category would fail every row; say it once.
        if !plan.columns.has(Field::Category)
            && importer.category_id(1, plan.default_category)?.is_none()
        {
            return Err(crate::domain::DomainError::invalid(
                "category",
                format!(
                    "no category '{}'; known: {}",
                    plan.default_category.trim(),
                    importer.known_categories()
                ),
            )
            .into());
        }
        Ok(importer)
    }

    /// What the reading thread needs to prepare this import's rows.
    pub fn preparer(&self) -> anyhow::Result<RowPreparer> {
        Ok(RowPreparer {
            prefix: self.prefix.clone(),
            categories: self.categories.clone(),
            last_category: None,
            salts: crate::rng::Stream::new()?,
            source: String::new(),
        })
    }

    /// Records problems found in a row before it reached the registry.
    pub fn reject(&mut self, problems: &[Problem]) {
        self.report.rows += 1;
        for p in problems {
            self.problem(p.clone());
        }
    }

    fn problem(&mut self, p: Problem) {
        self.report.errors += 1;
        if self.report.problems.len() < self.plan.max_problems {
            self.report.problems.push(p);
        }
    }

    fn problem_at(&mut self, line: u64, field: Field, message: String) {
        let column = self.plan.columns.label(field).to_string();
        self.problem(Problem {
            line,
            column: Some(column),
            message,
        });
    }

    /// Adds the row's member, or with `--update` brings the existing one in line with it.
    /// Takes the row by reference so that its memory is freed by the thread that made it.
    pub fn add(&mut self, row: &PreparedRow) -> anyhow::Result<()> {
        self.report.rows += 1;
        let PreparedRow {
            line,
            member: m,
            keys,
            joined,
            left,
            ..
        } = row;
        let line = *line;
        let Some(category_id) = self.category_id(line, &m.category)? else {
            return Ok(());
        };
        let number = m.number.unwrap_or_else(|| {
            self.next_number += 1;
            self.next_number - 1
        });
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
                self.report.new += 1;
                Ok(())
            }
            Err(rusqlite::Error::SqliteFailure(e, _))
                if e.extended_code == rusqlite::ffi::SQLITE_CONSTRAINT_UNIQUE =>
            {
                self.existing(line, number, category_id, m)
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
                iso_date(p.joined),
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

    /// The category's id; a problem (or, with `--create-categories`, a new category) if unknown.
    fn category_id(&mut self, line: u64, name: &str) -> anyhow::Result<Option<i64>> {
        // Most rows name the category the row before them named.
        if let Some((last, id)) = &self.last_category
            && last == name
        {
            return Ok(Some(*id));
        }
        let found = self.find_category(line, name)?;
        if let Some(id) = found {
            self.last_category = Some((name.to_string(), id));
        }
        Ok(found)
    }

    fn find_category(&mut self, line: u64, name: &str) -> anyhow::Result<Option<i64>> {
        if let Some((id, _)) = known_category(&self.categories, name) {
            return Ok(Some(*id));
        }
        let key = name.trim().to_lowercase();
        if self.plan.create_categories {
            let id = self.tx.add_category(&Category {
                name: name.trim().to_string(),
                is_member: true,
                has_vote: true,
                weight: 1,
                description: Some(format!("made by import {}", self.id)),
            })?;
            self.categories.insert(key, (id, name.trim().to_string()));
            self.report.created_categories.push(name.trim().to_string());
            return Ok(Some(id));
        }
        let known = self.known_categories();
        self.problem_at(
            line,
            Field::Category,
            format!(
                "no category '{}'; known: {known}; add it first, or pass --create-categories",
                name.trim()
            ),
        );
        Ok(None)
    }

    /// The registry's categories in the order they were made, for messages.
    fn known_categories(&self) -> String {
        let mut known: Vec<(i64, String)> = self.categories.values().cloned().collect();
        known.sort();
        known.dedup();
        let names: Vec<String> = known.into_iter().map(|(_, n)| n).collect();
        names.join(", ")
    }

    /// Records the counts and the import's journal entry (no personal data in its summary).
    fn finish(mut self) -> anyhow::Result<ImportReport> {
        // A dry run or a file with problems is rolled back, and the indexes with it.
        if !self.plan.dry_run && self.report.errors == 0 {
            for (name, sql) in &self.deferred {
                self.tx
                    .conn
                    .execute_batch(sql)
                    .with_context(|| format!("making the index {name} again"))?;
            }
        }
        let r = &self.report;
        self.tx.conn.execute(
            "UPDATE import SET added = ?2, changed = ?3, unchanged = ?4 WHERE id = ?1",
            params![self.id, r.new, r.changed, r.unchanged],
        )?;
        self.tx.journal(Change {
            action: action::MEMBER_IMPORT,
            entity: "import",
            entity_id: Some(self.id.to_string()),
            summary: format!(
                "imported {} rows: {} new, {} changed, {} unchanged members (import {})",
                r.rows, r.new, r.changed, r.unchanged, self.id
            ),
            new: Some(json!({
                "file": self.plan.file_name,
                "sha256": self.plan.sha256,
                "rows": r.rows,
                "new": r.new,
                "changed": r.changed,
                "unchanged": r.unchanged,
                "created_categories": r.created_categories,
            })),
            ..Default::default()
        })?;
        self.report.import = Some(self.id);
        Ok(self.report)
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
fn defer_indexes(tx: &WriteTx<'_>, columns: &ColumnMap) -> anyhow::Result<Vec<(String, String)>> {
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
        if name == "member_external_code" && !columns.has(Field::ExternalCode) {
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

/// The category `name` names in `categories` (keyed by lower-case name): by its name, whatever
/// its case, or by a Dutch alias such as "gewoon lid".
fn known_category<'m>(
    categories: &'m HashMap<String, (i64, String)>,
    name: &str,
) -> Option<&'m (i64, String)> {
    categories
        .get(&name.trim().to_lowercase())
        .or_else(|| category_alias(name).and_then(|a| categories.get(a)))
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
    use crate::domain::import::Defaults;
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
            fix_mobile: false,
            consent_map: Default::default(),
        };
        let columns = ColumnMap::new(
            &["number", "family_name", "given_name", "joined"],
            &[],
            &defaults,
        )
        .unwrap();
        let mut run = |dry_run: bool, rows: &[[&str; 4]]| {
            let plan = ImportPlan {
                file_name: "t.csv",
                sha256: "00",
                columns: &columns,
                update: false,
                create_categories: false,
                dry_run,
                default_category: "regular",
                today,
                max_problems: 10,
                max_changes: 10,
            };
            let report = store
                .import_members(&actor, &plan, |imp| {
                    let mut preparer = imp.preparer()?;
                    for (i, cells) in rows.iter().enumerate() {
                        let line = i as u64 + 2;
                        match columns.parse_row(cells, line, &defaults, today) {
                            Ok(m) => imp.add(&preparer.prepare(line, m)?)?,
                            Err(problems) => imp.reject(&problems),
                        }
                    }
                    Ok(())
                })
                .unwrap();
            (report, schema(&store), store.check().unwrap())
        };
        let rows = [
            ["3", "Zwart", "Anna", "2020-01-01"],
            ["1", "van der Berg", "Jan", "2021-05-01"],
            ["2", "Aalders", "Piet", "2019-09-15"],
        ];
        let (report, after, problems) = run(true, &rows);
        assert_eq!((report.new, report.errors), (3, 0));
        assert_eq!((after, problems), (before.clone(), vec![]));
        let twice = [rows[0], rows[1], ["3", "Dubbel", "Eva", "2022-01-01"]];
        let (report, after, problems) = run(false, &twice);
        assert_eq!(report.errors, 1, "{:?}", report.problems);
        assert!(report.problems[0].message.contains("also on line 2"));
        assert_eq!((after, problems), (before.clone(), vec![]));
        let (report, after, problems) = run(false, &rows);
        assert_eq!((report.new, report.errors), (3, 0));
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
