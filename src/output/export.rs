//! Rendering for `member export`: the export's columns, its CSV and JSON (streamed, one member at
//! a time) and the Excel dialect. The owner-only output file is `output::file`, the import report
//! `output::import`, the progress bar `output::progress`.

use std::borrow::Cow;
use std::io::Write;

use chrono::NaiveDate;

use crate::domain::import::history::{push_periods, push_suspensions};
use crate::domain::import::{period_on, push_iso_date};
use crate::domain::member::Member;
use crate::domain::member::fields::{self, Slot};

/// A column of the export. The default order is the registry's: number, the member fields
/// (names, contact, birth date), category, membership, status, then the other member fields
/// (consent, notes, and any added later), the history.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Column {
    Number,
    FullName,
    /// The field at this place in the member field table.
    Field(usize),
    Category,
    Joined,
    Left,
    Status,
    Periods,
    Suspensions,
    Source,
}

/// The field the membership columns follow: the birth date.
const MEMBERSHIP_AFTER: usize = fields::place("birth_date");

impl Column {
    pub const ALL: [Column; fields::COUNT + 9] = {
        let mut all = [Column::Number; fields::COUNT + 9];
        all[1] = Column::FullName;
        let mut n = 2;
        let mut i = 0;
        while i < fields::COUNT {
            all[n] = Column::Field(i);
            n += 1;
            if i == MEMBERSHIP_AFTER {
                all[n] = Column::Category;
                all[n + 1] = Column::Joined;
                all[n + 2] = Column::Left;
                all[n + 3] = Column::Status;
                n += 4;
            }
            i += 1;
        }
        all[n] = Column::Periods;
        all[n + 1] = Column::Suspensions;
        all[n + 2] = Column::Source;
        all
    };

    /// Every registry field, so an export can be imported again as it was.
    pub fn defaults() -> Vec<Column> {
        Column::ALL
            .into_iter()
            .filter(|c| !matches!(c, Column::FullName | Column::Source))
            .collect()
    }

    pub fn name(self) -> &'static str {
        match self {
            Column::Number => "number",
            Column::FullName => "full_name",
            Column::Field(i) => fields::TABLE[i].name,
            Column::Category => "category",
            Column::Joined => "joined",
            Column::Left => "left",
            Column::Status => "status",
            Column::Periods => "periods",
            Column::Suspensions => "suspensions",
            Column::Source => "source",
        }
    }

    /// `number,family_name,email` → columns; an unknown name is an error listing the known ones.
    pub fn parse_list(s: &str) -> Result<Vec<Column>, String> {
        s.split(',')
            .map(|name| {
                let name = name.trim();
                Column::ALL
                    .into_iter()
                    .find(|c| c.name() == name)
                    .ok_or_else(|| {
                        let all: Vec<&str> = Column::ALL.iter().map(|c| c.name()).collect();
                        format!("'{name}' is not a column; choose from {}", all.join(","))
                    })
            })
            .collect()
    }

    /// The cell's text; values that have to be formatted are written into `buf`.
    fn value<'a>(self, m: &'a Member, on: NaiveDate, buf: &'a mut String) -> Option<&'a str> {
        let d = &m.data;
        buf.clear();
        let date = |x: Option<NaiveDate>, buf: &'a mut String| {
            x.map(|x| {
                push_iso_date(buf, x);
                buf.as_str()
            })
        };
        match self {
            Column::Number => {
                push_int(buf, m.number);
                Some(buf.as_str())
            }
            Column::FullName => {
                buf.push_str(&d.full_name());
                Some(buf.as_str()).filter(|s| !s.is_empty())
            }
            Column::Field(i) => match fields::TABLE[i].value {
                Slot::Text(text, _) => text(d).as_deref(),
                Slot::Date(day, _) => date(*day(d), buf),
            },
            Column::Category => Some(&m.category),
            // An unknown joining date is an empty cell, which `--joined unknown` reads back.
            Column::Joined => date(period_on(&m.periods, on).and_then(|p| p.joined.date()), buf),
            Column::Left => date(period_on(&m.periods, on).and_then(|p| p.left), buf),
            Column::Status => Some(m.status_on(on).as_str()),
            Column::Periods => {
                push_periods(buf, &m.periods);
                Some(buf.as_str()).filter(|s| !s.is_empty())
            }
            Column::Suspensions => {
                push_suspensions(buf, &m.suspensions);
                Some(buf.as_str()).filter(|s| !s.is_empty())
            }
            Column::Source => Some(&m.source),
        }
    }
}

/// Appends `n` in decimal, as `to_string` writes it, without the formatter.
fn push_int(buf: &mut String, n: i64) {
    if n < 0 {
        buf.push('-');
    }
    let mut digits = [0u8; 20];
    let mut i = digits.len();
    let mut u = n.unsigned_abs();
    loop {
        i -= 1;
        digits[i] = b'0' + (u % 10) as u8;
        u /= 10;
        if u == 0 {
            break;
        }
    }
    for &d in &digits[i..] {
        buf.push(char::from(d));
    }
}

/// How the export is written.
#[derive(Debug, Clone, Copy)]
pub struct Dialect {
    pub json: bool,
    pub delimiter: u8,
    /// UTF-8 byte-order mark, CRLF, and formula-like cells neutralised.
    pub excel: bool,
}

/// A cell a spreadsheet would run as a formula gets a leading `'`, which makes it text.
pub fn neutralise(cell: &str) -> Cow<'_, str> {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        Cow::Owned(format!("'{cell}"))
    } else {
        Cow::Borrowed(cell)
    }
}

/// CSV as RFC 4180 has it: a field is quoted when it holds the separator, a quote or a line
/// break, with quotes doubled inside. Each row is built in one buffer and written at once.
struct Csv {
    delimiter: u8,
    terminator: &'static [u8],
    row: Vec<u8>,
    fields: usize,
}

impl Csv {
    fn new(delimiter: u8, terminator: &'static [u8]) -> Csv {
        Csv {
            delimiter,
            terminator,
            row: Vec::with_capacity(1024),
            fields: 0,
        }
    }

    fn field(&mut self, v: &[u8]) {
        if self.fields > 0 {
            self.row.push(self.delimiter);
        }
        self.fields += 1;
        // Comparisons without a branch, which the compiler turns into vector instructions:
        // most cells need no quotes.
        let d = self.delimiter;
        if !v.iter().fold(false, |q, &b| {
            q | ((b == d) | (b == b'"') | (b == b'\n') | (b == b'\r'))
        }) {
            self.row.extend_from_slice(v);
        } else {
            self.row.push(b'"');
            for &b in v {
                if b == b'"' {
                    self.row.push(b'"');
                }
                self.row.push(b);
            }
            self.row.push(b'"');
        }
    }

    fn end(&mut self, out: &mut impl Write) -> std::io::Result<()> {
        // A row of one empty field would be a blank line, which readers skip.
        if self.fields == 1 && self.row.is_empty() {
            self.row.extend_from_slice(b"\"\"");
        }
        self.row.extend_from_slice(self.terminator);
        out.write_all(&self.row)?;
        self.row.clear();
        self.fields = 0;
        Ok(())
    }
}

enum Sink {
    Csv(Csv),
    Json { first: bool },
}

/// Writes members one at a time: memory stays the same for ten members or a million.
pub struct ExportWriter<W: Write> {
    out: W,
    sink: Sink,
    columns: Vec<Column>,
    excel: bool,
    on: NaiveDate,
    buf: String,
    pub count: u64,
}

impl<W: Write> ExportWriter<W> {
    /// Starts the output (the header row, or the opening bracket). `on` is the date that status
    /// and the shown membership period are judged on.
    pub fn new(
        mut out: W,
        columns: Vec<Column>,
        dialect: Dialect,
        on: NaiveDate,
    ) -> anyhow::Result<Self> {
        let sink = if dialect.json {
            out.write_all(b"[")?;
            Sink::Json { first: true }
        } else {
            if dialect.excel {
                out.write_all("\u{feff}".as_bytes())?;
            }
            let mut csv = Csv::new(
                dialect.delimiter,
                if dialect.excel { b"\r\n" } else { b"\n" },
            );
            for c in &columns {
                csv.field(c.name().as_bytes());
            }
            csv.end(&mut out)?;
            Sink::Csv(csv)
        };
        Ok(ExportWriter {
            out,
            sink,
            columns,
            excel: dialect.excel,
            on,
            buf: String::new(),
            count: 0,
        })
    }

    pub fn write(&mut self, m: &Member) -> anyhow::Result<()> {
        self.count += 1;
        match &mut self.sink {
            Sink::Csv(csv) => {
                for c in &self.columns {
                    let v = c.value(m, self.on, &mut self.buf).unwrap_or("");
                    if self.excel {
                        csv.field(neutralise(v).as_bytes());
                    } else {
                        csv.field(v.as_bytes());
                    }
                }
                csv.end(&mut self.out)?;
            }
            Sink::Json { first } => {
                let out = &mut self.out;
                out.write_all(if *first { b"\n{" } else { b",\n{" })?;
                *first = false;
                for (i, c) in self.columns.iter().enumerate() {
                    if i > 0 {
                        out.write_all(b",")?;
                    }
                    write!(out, "\"{}\":", c.name())?;
                    match (c, c.value(m, self.on, &mut self.buf)) {
                        (Column::Number, _) => write!(out, "{}", m.number)?,
                        (_, Some(v)) => serde_json::to_writer(&mut *out, v)?,
                        (_, None) => out.write_all(b"null")?,
                    }
                }
                out.write_all(b"}")?;
            }
        }
        Ok(())
    }

    /// Ends the output and hands back the writer, flushed.
    pub fn finish(mut self) -> anyhow::Result<W> {
        if let Sink::Json { first } = self.sink {
            self.out.write_all(if first { b"]\n" } else { b"\n]\n" })?;
        }
        self.out.flush()?;
        Ok(self.out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_like_cells_are_neutralised_and_others_kept() {
        for (cell, want) in [
            ("=HYPERLINK(\"x\")", "'=HYPERLINK(\"x\")"),
            ("+31 6 12345678", "'+31 6 12345678"),
            ("-2+3", "'-2+3"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("\tx", "'\tx"),
            ("\rx", "'\rx"),
            ("Jansen", "Jansen"),
            ("06-12345678", "06-12345678"),
            ("", ""),
        ] {
            assert_eq!(neutralise(cell), want);
        }
    }

    #[test]
    fn rows_are_quoted_as_the_csv_crate_quotes_them() {
        let fields = [
            "",
            "plain",
            "with,comma",
            "with;semicolon",
            "say \"hi\"",
            "two\nlines",
            "cr\rhere",
            " spaced ",
            "#hash",
            "'quote",
            "tab\tin",
            "ë€",
        ];
        for delimiter in [b',', b';', b'\t'] {
            let mut ours = Csv::new(delimiter, b"\n");
            let mut out = Vec::new();
            let mut theirs = csv::WriterBuilder::new()
                .flexible(true)
                .delimiter(delimiter)
                .terminator(csv::Terminator::Any(b'\n'))
                .from_writer(Vec::new());
            for f in fields {
                ours.field(f.as_bytes());
            }
            ours.end(&mut out).unwrap();
            theirs.write_record(fields).unwrap();
            for f in fields {
                ours.field(f.as_bytes());
                ours.end(&mut out).unwrap();
                theirs.write_record([f]).unwrap();
            }
            assert_eq!(
                String::from_utf8(out).unwrap(),
                String::from_utf8(theirs.into_inner().unwrap()).unwrap()
            );
        }
    }

    #[test]
    fn numbers_are_written_as_to_string_writes_them() {
        for n in [0, 7, 10, 123_456, -1, -90, i64::MAX, i64::MIN] {
            let mut buf = String::from("x");
            push_int(&mut buf, n);
            assert_eq!(buf, format!("x{n}"));
        }
    }

    #[test]
    fn column_lists_are_checked() {
        assert_eq!(
            Column::parse_list("number, email").unwrap(),
            vec![Column::Number, Column::Field(fields::place("email"))]
        );
        assert!(
            Column::parse_list("number,shoe_size")
                .unwrap_err()
                .contains("'shoe_size' is not a column")
        );
        let names: Vec<&str> = Column::defaults().iter().map(|c| c.name()).collect();
        assert_eq!(names.first(), Some(&"number"));
        assert!(!names.contains(&"source"));
        // The registry's order, which exports written before the field table had.
        assert_eq!(
            names.join(","),
            "number,given_name,name_prefix,family_name,organisation,email,phone,phone2,\
             external_code,street,postcode,city,country,birth_date,category,joined,left,status,\
             email_consent,notes,periods,suspensions"
        );
    }
}
