//! `member import`: the file read twice and never held. The first pass hashes it and settles its
//! encoding and separator ([`open`]); the second decodes, parses and writes it inside one
//! transaction ([`write`]), with a reading thread that parses while the database writes.

use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use chrono::NaiveDate;

use crate::domain::import::source::{Sniffed, TextEncoding, sniff_delimiter};
use crate::domain::import::{ColumnMap, Defaults, ImportNotes, ImportReport, Problem};
use crate::store::import::ImportPlan;
use crate::store::{Actor, Store};

mod read;
use read::{Parsed, Rows};

/// A file opened for the second pass: its header read, the data rows still to come.
pub struct Opened {
    pub sniffed: Sniffed,
    pub encoding: TextEncoding,
    pub header: Vec<String>,
    rows: Rows,
    read_so_far: Arc<AtomicU64>,
}

/// The first pass, then the second pass up to the header. A file that is not text, is not in
/// the forced encoding, or is empty is a `Problem` to report as FILE:LINE, not an I/O error.
pub fn open(
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
        header: header.iter().map(str::to_string).collect(),
        rows,
        read_so_far,
    }))
}

/// What the second pass reports besides the store's report.
pub struct Written {
    pub report: ImportReport,
    /// A column without a header had values (they are not imported).
    pub filled_unnamed: bool,
    /// Warnings, names split, consents dated, the first rows.
    pub notes: ImportNotes,
}

/// How the caller follows the second pass: bytes read so far, and the phase after reading.
pub trait Watch {
    fn read(&self, bytes: u64);
    fn phase(&self, what: &str);
}

/// The second pass: parses every row and writes (or, with `plan.dry_run`, checks) them in one
/// transaction of `store`.
pub fn write(
    store: &mut Store,
    actor: &Actor,
    plan: &ImportPlan<'_>,
    opened: Opened,
    defaults: &Defaults,
    today: NaiveDate,
    watch: &impl Watch,
) -> anyhow::Result<Written> {
    let Opened {
        rows, read_so_far, ..
    } = opened;
    let map: &ColumnMap = plan.columns;
    let (mut filled_unnamed, mut notes) = (false, ImportNotes::default());
    let report = store.import_members(actor, plan, |imp| {
        let mut n = 0u64;
        let preparer = imp.preparer()?;
        (filled_unnamed, notes) = read::pipeline(rows, preparer, map, defaults, today, |parsed| {
            match parsed {
                Parsed::Row(row) => imp.add(row)?,
                Parsed::Rejected(problems) => imp.reject(problems),
            }
            n += 1;
            if n.is_multiple_of(4096) {
                watch.read(read_so_far.load(Ordering::Relaxed));
            }
            Ok(())
        })?;
        watch.phase(if plan.dry_run { "Checking" } else { "Saving" });
        Ok(())
    })?;
    Ok(Written {
        report,
        filled_unnamed,
        notes,
    })
}
