//! Reading the file for `member import`, without holding it: the first pass (hash, encoding),
//! opening the decoded CSV stream for the second, and a reading thread that parses and prepares
//! rows while the caller writes the previous ones (two cores: the database never waits for
//! parsing).

use std::fs::File;
use std::io::{BufRead as _, BufReader, Read};
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use anyhow::Context as _;
use chrono::NaiveDate;

use crate::domain::import::source::{DecodeReader, Sniffed, Sniffer, TextEncoding};
use crate::domain::import::{ColumnMap, Defaults, ImportNotes, Problem, RowNotes};
use crate::domain::member::likeness_keys;
use crate::store::import::{PreparedRow, RowPreparer};

/// Rows per message between the threads: large enough to make the channel's cost vanish, small
/// enough to keep memory flat.
const BATCH: usize = 512;

/// The first pass: SHA-256, size and encoding evidence, in a fixed buffer.
pub fn sniff(path: &Path) -> anyhow::Result<Sniffed> {
    let mut file = File::open(path).with_context(|| format!("opening {}", path.display()))?;
    let (mut sniffer, mut buf) = (Sniffer::new(), vec![0u8; 256 * 1024]);
    loop {
        let n = file
            .read(&mut buf)
            .with_context(|| format!("reading {}", path.display()))?;
        if n == 0 {
            return Ok(sniffer.finish());
        }
        sniffer.feed(&buf[..n]);
    }
}

/// Counts the bytes read, for the progress bar on the other thread.
struct Counted {
    file: File,
    count: Arc<AtomicU64>,
}

impl Read for Counted {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.file.read(buf)?;
        self.count.fetch_add(n as u64, Ordering::Relaxed);
        Ok(n)
    }
}

pub type Rows = csv::Reader<Box<dyn Read + Send>>;

/// The second pass's CSV reader over the decoded text, and a counter of bytes read so far.
pub fn open(
    path: &Path,
    enc: TextEncoding,
    skip: usize,
    delimiter: u8,
) -> anyhow::Result<(Rows, Arc<AtomicU64>)> {
    let count = Arc::new(AtomicU64::new(0));
    let file = File::open(path).with_context(|| format!("opening {}", path.display()))?;
    let mut raw = BufReader::with_capacity(
        256 * 1024,
        Counted {
            file,
            count: count.clone(),
        },
    );
    let available = raw.fill_buf()?.len();
    raw.consume(skip.min(available));
    let text: Box<dyn Read + Send> = match enc {
        // Already known to be UTF-8 throughout; the CSV reader checks each record again.
        TextEncoding::Utf8 => Box::new(raw),
        other => Box::new(DecodeReader::new(raw, other)),
    };
    // Rows end at LF; the CR of a CRLF stays on the last cell, which is trimmed. With CRLF as
    // the terminator the reader would put each row's start on the line before it.
    let rows = csv::ReaderBuilder::new()
        .terminator(csv::Terminator::Any(b'\n'))
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .buffer_capacity(256 * 1024)
        .from_reader(text);
    Ok((rows, count))
}

/// Up to `n` data rows after the header, as text: a look at the first values of a column.
pub fn first_rows(mut rows: Rows, n: usize) -> anyhow::Result<Vec<Vec<String>>> {
    let mut record = csv::StringRecord::new();
    let mut out = Vec::new();
    // The header first; a row the CSV reader cannot read ends the look (the import names it).
    if !rows.read_record(&mut record).unwrap_or(false) {
        return Ok(out);
    }
    while out.len() < n && rows.read_record(&mut record).unwrap_or(false) {
        out.push(record.iter().map(str::to_string).collect());
    }
    Ok(out)
}

/// A data row, checked: ready to write, or its problems.
// Boxing the common variant would cost an allocation per row; the rare one is what is small.
#[allow(clippy::large_enum_variant)]
pub enum Parsed {
    /// The row, and its keys for the duplicate check (`likeness_keys`) when it is made.
    Row(PreparedRow, [Option<u64>; 2]),
    Rejected(Vec<Problem>),
}

/// Parses the rows after the header on a second thread, prepares them there with `preparer`,
/// and hands them to `each` in file order. Returns whether a column without a header had values,
/// and the rows' notes. An error from `each` stops the reader. With `likeness` each row comes
/// with its keys for the duplicate check, hashed on the reading thread.
pub fn pipeline(
    mut rows: Rows,
    mut preparer: RowPreparer,
    map: &ColumnMap,
    defaults: &Defaults,
    today: NaiveDate,
    likeness: bool,
    mut each: impl FnMut(&Parsed) -> anyhow::Result<()>,
) -> anyhow::Result<(bool, ImportNotes)> {
    std::thread::scope(|scope| {
        let (tx, rx) = std::sync::mpsc::sync_channel::<anyhow::Result<Vec<Parsed>>>(8);
        // Written batches come back to be freed here, where they were allocated: the writing
        // thread, which the database keeps busy, spends no time on it.
        let (back_tx, back_rx) = std::sync::mpsc::channel::<Vec<Parsed>>();
        let reader = scope.spawn(move || {
            let (mut rec, mut batch) = (csv::StringRecord::new(), Vec::with_capacity(BATCH));
            let mut filled_unnamed = false;
            let mut notes = ImportNotes::default();
            loop {
                match rows.read_record(&mut rec) {
                    Ok(true) => {}
                    Ok(false) => break,
                    Err(e) => match e.kind() {
                        csv::ErrorKind::Utf8 { pos, err } => {
                            let line = pos.as_ref().map_or(0, |p| p.line());
                            let column = map.headers.get(err.field()).map(String::as_str);
                            batch.push(Parsed::Rejected(vec![Problem::at(
                                line,
                                column,
                                "is not valid text in the file's encoding; pass --encoding",
                            )]));
                            continue;
                        }
                        _ => {
                            let _ = tx.send(Err(e.into()));
                            return (filled_unnamed, notes);
                        }
                    },
                }
                let line = rec.position().map_or(0, |p| p.line());
                if rec.iter().all(|c| c.trim().is_empty()) {
                    continue;
                }
                let cells: Vec<&str> = rec.iter().collect();
                filled_unnamed |= map
                    .unnamed
                    .iter()
                    .any(|&i| cells.get(i).is_some_and(|c| !c.trim().is_empty()));
                let mut row_notes = RowNotes::default();
                let parsed = map.parse_row_noted(&cells, line, defaults, today, &mut row_notes);
                notes.add(line, row_notes, parsed.as_ref().ok());
                batch.push(match parsed {
                    Ok(m) => {
                        let keys = if likeness {
                            likeness_keys(&m.data)
                        } else {
                            [None; 2]
                        };
                        match preparer.prepare(line, m) {
                            Ok(row) => Parsed::Row(row, keys),
                            Err(e) => {
                                let _ = tx.send(Err(e));
                                return (filled_unnamed, notes);
                            }
                        }
                    }
                    Err(problems) => Parsed::Rejected(problems),
                });
                if batch.len() == BATCH {
                    let next = match back_rx.try_recv() {
                        Ok(mut old) => {
                            old.clear();
                            old
                        }
                        Err(_) => Vec::with_capacity(BATCH),
                    };
                    let full = std::mem::replace(&mut batch, next);
                    if tx.send(Ok(full)).is_err() {
                        return (filled_unnamed, notes);
                    }
                }
            }
            if !batch.is_empty() {
                let _ = tx.send(Ok(batch));
            }
            (filled_unnamed, notes)
        });
        for batch in rx {
            let batch = batch?;
            for parsed in &batch {
                each(parsed)?;
            }
            let _ = back_tx.send(batch);
        }
        match reader.join() {
            Ok(done) => Ok(done),
            Err(panic) => std::panic::resume_unwind(panic),
        }
    })
}
