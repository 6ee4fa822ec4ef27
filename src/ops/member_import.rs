//! `member import`: the file read twice and never held. The first pass hashes it and settles its
//! encoding and separator; the second decodes, parses and writes it inside one transaction, with
//! a reading thread that parses while the database writes. This file decides what each row
//! becomes (with `domain::import::policy`): the store's importer only reads and writes.

use std::collections::HashMap;
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use chrono::NaiveDate;
use serde_json::{Value, json};

use crate::domain::DomainError;
use crate::domain::import::duplicates::{self, likeness_keys};
use crate::domain::import::policy::{
    self, Categories, Matched, Merged, Registered, Taken, taken_number, unknown_category,
};
use crate::domain::import::source::{Sniffed, TextEncoding, sniff_delimiter};
use crate::domain::import::{
    ColumnMap, Defaults, Field, FieldChange, ImportNotes, ImportReport, Mapping, Notice, Problem,
};
use crate::domain::journal::action;
use crate::domain::member::{Likeness, NewMember};
use crate::store::import::{Bulk, Importer, PreparedRow};
use crate::store::{Actor, Change, Store};

mod read;
use read::{Parsed, Rows};

/// An import as the command line asks for it.
pub struct Request<'a> {
    pub path: &'a Path,
    /// `--encoding`; None: detected.
    pub encoding: Option<TextEncoding>,
    /// `--delimiter`; None: detected from the header row.
    pub delimiter: Option<u8>,
    pub maps: &'a [Mapping],
    pub defaults: Defaults,
    /// Change members whose number exists; otherwise such a row is an error.
    pub update: bool,
    pub create_categories: bool,
    /// Add rows that look like a registered member or another row (`--allow-duplicate`).
    pub allow_duplicate: bool,
    pub dry_run: bool,
    /// How many problems and changes the report keeps (the counts are always complete).
    pub max_problems: usize,
    pub max_changes: usize,
    pub today: NaiveDate,
}

/// Why an import did not start: the file or its header is wrong.
#[derive(Debug)]
pub enum Refusal {
    /// Not text, not in the forced encoding, or empty.
    File(Problem),
    /// The header: columns missing, twice, or a `--map` that names none.
    Columns(Vec<Problem>),
}

/// How the caller follows an import: the columns found, the size of the file, bytes read so
/// far, and the phase after reading.
pub trait Watch {
    fn columns(&self, notices: &[Notice]);
    fn start(&self, size: u64);
    fn read(&self, bytes: u64);
    fn phase(&self, what: &str);
}

/// What an import did (or, refused or dry, would have done).
pub struct Written {
    pub sniffed: Sniffed,
    pub encoding: TextEncoding,
    pub report: ImportReport,
    /// A column without a header had values (they are not imported).
    pub filled_unnamed: bool,
    /// Warnings, names split, consents dated, the first rows.
    pub notes: ImportNotes,
}

/// Runs the import `req` asks for. The store is opened (by `open_store`) only once the file's
/// header has been read and found usable, so a wrong file is named before a wrong database.
pub fn run(
    req: &Request<'_>,
    open_store: impl FnOnce() -> anyhow::Result<(Store, Actor)>,
    watch: &impl Watch,
) -> anyhow::Result<Result<Written, Refusal>> {
    let opened = match open(req.path, req.encoding, req.delimiter)? {
        Ok(o) => o,
        Err(p) => return Ok(Err(Refusal::File(p))),
    };
    let headers: Vec<&str> = opened.header.iter().map(String::as_str).collect();
    let mut columns = match ColumnMap::new(&headers, req.maps, &req.defaults) {
        Ok(c) => c,
        Err(ps) => return Ok(Err(Refusal::Columns(ps))),
    };
    if columns
        .notices
        .iter()
        .any(|n| matches!(n, Notice::Unknown(_)))
    {
        let (first, _) = read::open(req.path, opened.encoding, opened.skip, opened.delimiter)?;
        columns.look_at_unknown(&read::first_rows(first, SAMPLE)?);
    }
    watch.columns(&columns.notices);
    let (mut store, actor) = open_store()?;
    watch.start(opened.sniffed.size);
    write(&mut store, &actor, req, &columns, opened, watch).map(Ok)
}

/// Data rows read to say what an unknown column holds.
const SAMPLE: usize = 100;

/// A file opened for the second pass: its header read, the data rows still to come.
struct Opened {
    sniffed: Sniffed,
    encoding: TextEncoding,
    skip: usize,
    delimiter: u8,
    header: Vec<String>,
    rows: Rows,
    read_so_far: Arc<AtomicU64>,
}

/// The first pass, then the second pass up to the header. A file that is not text, is not in
/// the forced encoding, or is empty is a `Problem` to report as FILE:LINE, not an I/O error.
fn open(
    path: &Path,
    forced: Option<TextEncoding>,
    delimiter: Option<u8>,
) -> anyhow::Result<Result<Opened, Problem>> {
    let sniffed = read::sniff(path)?;
    if let Some(p) = sniffed.not_text() {
        return Ok(Err(p));
    }
    let (encoding, skip) = match sniffed.encoding(forced) {
        Ok(found) => found,
        Err(p) => return Ok(Err(p)),
    };
    let delimiter =
        delimiter.unwrap_or_else(|| sniff_delimiter(&sniffed.first_line(encoding, skip)));
    let (mut rows, read_so_far) = read::open(path, encoding, skip, delimiter)?;
    let mut header = csv::StringRecord::new();
    if !rows.read_record(&mut header)? {
        return Ok(Err(Problem::at(1, None, "the file is empty")));
    }
    Ok(Ok(Opened {
        sniffed,
        encoding,
        skip,
        delimiter,
        header: header.iter().map(str::to_string).collect(),
        rows,
        read_so_far,
    }))
}

/// The second pass: parses every row and writes (or, with `dry_run`, checks) them in one
/// transaction of `store`.
fn write(
    store: &mut Store,
    actor: &Actor,
    req: &Request<'_>,
    columns: &ColumnMap,
    opened: Opened,
    watch: &impl Watch,
) -> anyhow::Result<Written> {
    let Opened {
        sniffed,
        encoding,
        rows,
        read_so_far,
        ..
    } = opened;
    let file_name = req.path.file_name().map_or_else(
        || req.path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    let bulk = Bulk {
        file_name: &file_name,
        sha256: &sniffed.sha256,
        dry_run: req.dry_run,
        external_codes: columns.has(Field::ExternalCode),
    };
    let (mut filled_unnamed, mut notes) = (false, ImportNotes::default());
    let mut report = store.import_members(
        actor,
        &bulk,
        |imp| {
            let mut decide = RowPolicy::start(req, columns, imp)?;
            let preparer = imp.preparer(decide.categories.clone())?;
            let mut n = 0u64;
            (filled_unnamed, notes) = read::pipeline(
                rows,
                preparer,
                columns,
                &req.defaults,
                req.today,
                !req.allow_duplicate || req.update,
                |parsed| {
                    match parsed {
                        Parsed::Row(row, keys) => decide.add(imp, row, keys)?,
                        Parsed::Rejected(problems) => decide.reject(problems),
                    }
                    n += 1;
                    if n.is_multiple_of(4096) {
                        watch.read(read_so_far.load(Ordering::Relaxed));
                    }
                    Ok(())
                },
            )?;
            watch.phase(if req.dry_run { "Checking" } else { "Saving" });
            decide.finish(imp, &file_name, &sniffed.sha256)
        },
        |report: &ImportReport| report.errors == 0,
    )?;
    if req.dry_run || report.errors > 0 {
        report.import = None;
    }
    Ok(Written {
        sniffed,
        encoding,
        report,
        filled_unnamed,
        notes,
    })
}

/// What the import decides row by row, and what it has done so far.
struct RowPolicy<'r> {
    req: &'r Request<'r>,
    columns: &'r ColumnMap,
    /// The member fields the file has a column for: the ones an update may change.
    present: Vec<&'static str>,
    categories: Categories,
    last_category: Option<(String, i64)>,
    /// For files without a number column.
    next_number: i64,
    /// Numbers of registered members met in this file, with their line.
    matched: HashMap<i64, u64>,
    /// The duplicate check's keys of the members this file adds, and of those registered
    /// before (see `domain::import::duplicates`); empty with `--allow-duplicate`.
    file_keys: Vec<u64>,
    registry_keys: Vec<u64>,
    /// With `--update`: the numbers of the members registered before, under each of their
    /// keys, to find the member a row without a number is about.
    registry_index: HashMap<u64, Vec<i64>>,
    report: ImportReport,
}

impl<'r> RowPolicy<'r> {
    fn start(
        req: &'r Request<'r>,
        columns: &'r ColumnMap,
        imp: &mut Importer<'_, '_>,
    ) -> anyhow::Result<Self> {
        let mut rows = RowPolicy {
            req,
            columns,
            present: columns.present_data_fields(),
            categories: imp.categories()?,
            last_category: None,
            next_number: imp.next_number()?,
            matched: HashMap::new(),
            file_keys: Vec::new(),
            registry_keys: Vec::new(),
            registry_index: HashMap::new(),
            report: ImportReport::default(),
        };
        if (!req.allow_duplicate || req.update) && imp.has_members()? {
            let (keys, index) = (&mut rows.registry_keys, &mut rows.registry_index);
            imp.each_member(|number, _, d| {
                for key in likeness_keys(&d).into_iter().flatten() {
                    if !req.allow_duplicate {
                        keys.push(key);
                    }
                    if req.update {
                        index.entry(key).or_default().push(number);
                    }
                }
            })?;
        }
        // One unknown default category would fail every row; say it once.
        let default = &req.defaults.category;
        if !columns.has(Field::Category) && rows.category_id(imp, 1, default)?.is_none() {
            return Err(DomainError::invalid(
                "category",
                policy::unknown_default_category(default, &rows.categories),
            )
            .into());
        }
        Ok(rows)
    }

    /// Records problems found in a row before it reached the registry.
    fn reject(&mut self, problems: &[Problem]) {
        self.report.rows += 1;
        for p in problems {
            self.problem(p.clone());
        }
    }

    fn problem(&mut self, p: Problem) {
        self.report.add_problem(p, self.req.max_problems);
    }

    fn problem_at(&mut self, line: u64, field: Field, message: String) {
        let column = self.columns.label(field).to_string();
        self.problem(Problem {
            line,
            column: Some(column),
            message,
        });
    }

    /// Adds the row's member, or with `--update` brings the registered one in line with it.
    fn add(
        &mut self,
        imp: &mut Importer<'_, '_>,
        row: &PreparedRow,
        keys: &[Option<u64>; 2],
    ) -> anyhow::Result<()> {
        self.report.rows += 1;
        let (line, m) = (row.line(), row.member());
        let Some(category_id) = self.category_id(imp, line, &m.category)? else {
            return Ok(());
        };
        let mut how = Matched::Number;
        let number = match m.number {
            Some(n) => n,
            None => match self.registered_like(imp, m, keys)? {
                Ok(Some((n, why))) => {
                    how = Matched::Likeness(why);
                    n
                }
                Ok(None) => {
                    self.next_number += 1;
                    self.next_number - 1
                }
                Err(message) => {
                    self.problem(Problem::at(line, None, message));
                    return Ok(());
                }
            },
        };
        if imp.insert(row, number, category_id)? {
            self.file_keys.extend(keys.iter().flatten());
            self.report.new += 1;
            return Ok(());
        }
        let old = imp.registered(number)?;
        let earlier = old
            .added_by_line
            .or_else(|| self.matched.get(&number).copied());
        if earlier.is_none() {
            self.matched.insert(number, line);
        }
        match taken_number(number, earlier, old.erased, self.req.update) {
            Taken::Refused(message) => {
                self.problem_at(line, Field::Number, message);
                Ok(())
            }
            Taken::Update => {
                self.report.add_match(line, number, how);
                self.update(imp, line, number, category_id, m, &old)
            }
        }
    }

    /// With `--update`, the registered member a row without a number is about, by the
    /// duplicate check of `member add`; an error message when the row is like several.
    fn registered_like(
        &self,
        imp: &Importer<'_, '_>,
        m: &NewMember,
        keys: &[Option<u64>; 2],
    ) -> anyhow::Result<Result<Option<(i64, Likeness)>, String>> {
        if !self.req.update {
            return Ok(Ok(None));
        }
        let mut numbers: Vec<i64> = keys
            .iter()
            .flatten()
            .filter_map(|k| self.registry_index.get(k))
            .flatten()
            .copied()
            .collect();
        numbers.sort_unstable();
        numbers.dedup();
        let mut candidates = Vec::with_capacity(numbers.len());
        for n in numbers {
            let old = imp.registered(n)?;
            candidates.push((n, old.data.full_name(), old.data));
        }
        Ok(policy::match_by_likeness(&m.data, &candidates))
    }

    fn update(
        &mut self,
        imp: &mut Importer<'_, '_>,
        line: u64,
        number: i64,
        category_id: i64,
        m: &NewMember,
        old: &Registered,
    ) -> anyhow::Result<()> {
        let cols = self.columns;
        let history = if cols.has(Field::Periods) || cols.has(Field::Suspensions) {
            Some(imp.history(old.id)?)
        } else {
            None
        };
        let category = cols
            .has(Field::Category)
            .then(|| (category_id, self.categories.name_of(category_id)));
        let merge = match policy::merge(
            old,
            m,
            category,
            cols,
            &self.present,
            history.as_ref(),
            self.req.today,
        ) {
            Merged::Unchanged => {
                self.report.unchanged += 1;
                return Ok(());
            }
            Merged::Invalid { field, message } => {
                self.problem_at(line, field, message);
                return Ok(());
            }
            Merged::Changed(merge) => *merge,
        };
        imp.update(number, category_id, old, &merge)?;
        let (mut before, mut after) = (serde_json::Map::new(), serde_json::Map::new());
        for (f, o, n) in &merge.changes {
            before.insert(
                (*f).to_string(),
                o.clone().map_or(Value::Null, Value::String),
            );
            after.insert(
                (*f).to_string(),
                n.clone().map_or(Value::Null, Value::String),
            );
        }
        let names: Vec<&str> = merge.changes.iter().map(|(f, _, _)| *f).collect();
        imp.tx().journal(Change {
            action: action::MEMBER_EDIT,
            entity: "member",
            entity_id: Some(number.to_string()),
            member_id: Some(old.id),
            summary: format!(
                "changed {} of member {number} (import {})",
                names.join(", "),
                imp.id()
            ),
            old: Some(Value::Object(before)),
            new: Some(Value::Object(after)),
            ..Default::default()
        })?;
        self.report.changed += 1;
        for (f, o, n) in merge.changes {
            self.report.changes_total += 1;
            if self.report.changes.len() < self.req.max_changes {
                self.report.changes.push(FieldChange {
                    line,
                    number,
                    field: f.to_string(),
                    old: o,
                    new: n,
                });
            }
        }
        Ok(())
    }

    /// The category's id; a problem (or, with `--create-categories`, a new category) if unknown.
    fn category_id(
        &mut self,
        imp: &mut Importer<'_, '_>,
        line: u64,
        name: &str,
    ) -> anyhow::Result<Option<i64>> {
        // Most rows name the category the row before them named.
        if let Some((last, id)) = &self.last_category
            && last == name
        {
            return Ok(Some(*id));
        }
        let found = match self.categories.find(name) {
            Some(id) => Some(id),
            None => {
                match unknown_category(name, self.req.create_categories, imp.id(), &self.categories)
                {
                    Ok(category) => {
                        let id = imp.add_category(&category)?;
                        self.categories.insert(id, category.name.clone());
                        self.report.created_categories.push(category.name);
                        Some(id)
                    }
                    Err(message) => {
                        self.problem_at(line, Field::Category, message);
                        None
                    }
                }
            }
        };
        if let Some(id) = found {
            self.last_category = Some((name.to_string(), id));
        }
        Ok(found)
    }

    /// The rows that are likely the same person as another row or a registered member, as
    /// problems: the keys first, then the few members under keys met twice compared exactly.
    fn duplicates(&mut self, imp: &Importer<'_, '_>) -> anyhow::Result<()> {
        let (mut file, mut registry) = (
            std::mem::take(&mut self.file_keys),
            std::mem::take(&mut self.registry_keys),
        );
        let candidates = duplicates::candidates(&mut file, &mut registry);
        drop((file, registry));
        if candidates.is_empty() {
            return Ok(());
        }
        let mut groups: HashMap<u64, Vec<duplicates::Entry>> = HashMap::new();
        imp.each_member(|number, line, data| {
            for key in likeness_keys(&data).into_iter().flatten() {
                if candidates.contains(&key) {
                    groups
                        .entry(key)
                        .or_default()
                        .push((number, line, data.clone()));
                }
            }
        })?;
        for d in duplicates::confirm(&groups) {
            self.problem(Problem::at(d.line, None, d.message()));
        }
        Ok(())
    }

    /// Records the counts and the import's journal entry (no personal data in its summary).
    fn finish(
        mut self,
        imp: &mut Importer<'_, '_>,
        file_name: &str,
        sha256: &str,
    ) -> anyhow::Result<ImportReport> {
        if !self.req.allow_duplicate {
            self.duplicates(imp)?;
        }
        let r = &self.report;
        let keep = !self.req.dry_run && r.errors == 0;
        let id = imp.id();
        imp.finish(keep, r.new, r.changed, r.unchanged)?;
        imp.tx().journal(Change {
            action: action::MEMBER_IMPORT,
            entity: "import",
            entity_id: Some(id.to_string()),
            summary: format!(
                "imported {} rows: {} new, {} changed, {} unchanged members (import {id})",
                r.rows, r.new, r.changed, r.unchanged
            ),
            new: Some(json!({
                "file": file_name,
                "sha256": sha256,
                "rows": r.rows,
                "new": r.new,
                "changed": r.changed,
                "unchanged": r.unchanged,
                "created_categories": r.created_categories,
            })),
            ..Default::default()
        })?;
        self.report.import = Some(id);
        Ok(self.report)
    }
}
