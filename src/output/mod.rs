//! The rendering layer: everything quorum prints goes through `Output`.
//!
//! Data goes to stdout as a table, CSV or JSON (`--format`); status lines, warnings and hints go
//! to stderr, so `--format csv > file.csv` stays clean. Rows are flat `Serialize` structs: their
//! field names are the CSV columns and JSON keys, a public contract that only grows.

pub mod ballot;
pub mod change;
pub mod decision;
pub mod export;
pub mod file;
mod flat;
pub mod html;
pub mod import;
pub mod jubilee;
pub mod meeting;
pub mod meeting_letter;
pub mod member;
pub mod minutes;
pub mod progress;
pub mod proposal;
pub mod resolution;
pub mod roll;

use std::io::{IsTerminal as _, Write};

use comfy_table::{ContentArrangement, Table, presets};
use serde::Serialize;
use serde_json::Value;

pub mod tally;
pub mod vote;

/// The styles of quorum's own lines on stderr, as cargo's: green status, yellow warning, red error
/// (the error's styles live with the error report in `exit`, which imports nothing above it).
pub const STATUS: anstyle::Style = anstyle::AnsiColor::Green.on_default().bold();
pub const WARNING: anstyle::Style = anstyle::AnsiColor::Yellow.on_default().bold();
pub use crate::exit::{ERROR, HINT};

/// Output format of listings and records.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum, Default)]
pub enum Format {
    /// A table for people, sized to the terminal
    #[default]
    Table,
    /// Comma-separated values with a header row, for scripts and spreadsheets
    Csv,
    /// JSON: an array for listings, an object for one record
    Json,
    /// An HTML page, for printing: a document where the command has one (the attendance list
    /// with a signature column), else the table as HTML
    Html,
    /// Markdown: a document where the command has one (the minutes), else the table in Markdown
    #[value(name = "md", alias = "markdown")]
    Md,
}

impl Format {
    /// The name `--format` takes.
    pub fn name(self) -> &'static str {
        match self {
            Format::Table => "table",
            Format::Csv => "csv",
            Format::Json => "json",
            Format::Html => "html",
            Format::Md => "md",
        }
    }
}

/// When to use color on stderr.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum, Default)]
pub enum ColorWhen {
    /// Color when writing to a terminal and NO_COLOR is not set
    #[default]
    Auto,
    Always,
    Never,
}

/// Where and how to print.
#[derive(Debug, Clone)]
pub struct Output {
    pub format: Format,
    /// True when `--format` was given: a command whose natural output is a file format (the
    /// export's CSV) refuses a table asked for by name rather than printing CSV as one.
    pub format_given: bool,
    color: bool,
    /// Colour on stdout too: `--color always`, or `auto` with stdout a terminal.
    color_stdout: bool,
    quiet: bool,
    stdout_tty: bool,
    /// The terminal's language (`app::lang`), for table headers; set by `Ctx` once resolved.
    pub lang: crate::domain::lang::Lang,
}

impl Output {
    pub fn new(format: Option<Format>, color: ColorWhen, quiet: bool) -> Self {
        let choice = match color {
            ColorWhen::Always => anstream::ColorChoice::Always,
            ColorWhen::Never => anstream::ColorChoice::Never,
            // anstream's own test: a terminal, NO_COLOR unset or empty, TERM not dumb, CLICOLOR.
            ColorWhen::Auto => anstream::AutoStream::choice(&std::io::stderr()),
        };
        // Errors are printed after the command has returned (exit::report): they follow the same choice.
        choice.write_global();
        let color_stdout = match color {
            ColorWhen::Always => true,
            ColorWhen::Never => false,
            ColorWhen::Auto => {
                anstream::AutoStream::choice(&std::io::stdout()) != anstream::ColorChoice::Never
            }
        };
        Output {
            format: format.unwrap_or_default(),
            format_given: format.is_some(),
            color: choice != anstream::ColorChoice::Never,
            color_stdout,
            quiet,
            stdout_tty: std::io::stdout().is_terminal(),
            lang: crate::domain::lang::Lang::En,
        }
    }

    /// True when stderr is a terminal: progress bars may be drawn.
    pub fn stderr_is_terminal(&self) -> bool {
        std::io::stderr().is_terminal()
    }

    /// A status line on stderr, `   Added member 7`, silenced by `--quiet`.
    pub fn status(&self, verb: &str, message: impl std::fmt::Display) {
        if self.quiet {
            return;
        }
        let mut err = std::io::stderr().lock();
        let _ = if self.color {
            writeln!(err, "{STATUS}{verb:>12}{STATUS:#} {message}")
        } else {
            writeln!(err, "{verb:>12} {message}")
        };
    }

    /// The outcome of a command as a person reads it (`Added member 7`, the elected, the head
    /// hash). With `--format table` it goes to stdout, so that `-q` and a pipe keep it; with the
    /// other formats stdout carries the outcome in that format, and the line goes to stderr as a
    /// status line for the person watching.
    pub fn outcome(&self, verb: &str, message: impl std::fmt::Display) {
        if self.format != Format::Table {
            return self.status(verb, message);
        }
        let mut out = std::io::stdout().lock();
        // A closed pipe is the reader's choice, not an error of the command.
        let _ = if self.color_stdout {
            writeln!(out, "{STATUS}{verb:>12}{STATUS:#} {message}")
        } else {
            writeln!(out, "{verb:>12} {message}")
        };
        let _ = out.flush();
    }

    /// The outcome of writing the file `path`: as `outcome` when it is a file of its own; when it
    /// is a device or a pipe (`/dev/stdout`), stdout may be that very file, so the line goes to
    /// stderr as a status line.
    pub fn wrote(&self, path: &std::path::Path, verb: &str, message: impl std::fmt::Display) {
        if std::fs::metadata(path).is_ok_and(|m| m.is_file()) {
            self.outcome(verb, message);
        } else {
            self.status(verb, message);
        }
    }

    /// A line of the outcome without a verb (an explanation, `Elected: …`): stdout with
    /// `--format table`, otherwise a note on stderr, as `outcome`.
    pub fn outcome_line(&self, message: impl std::fmt::Display) {
        if self.format != Format::Table {
            return self.note(message);
        }
        let mut out = std::io::stdout().lock();
        let _ = writeln!(out, "{message}");
        let _ = out.flush();
    }

    /// A warning on stderr; never silenced.
    pub fn warn(&self, message: impl std::fmt::Display) {
        let mut err = std::io::stderr().lock();
        let _ = if self.color {
            writeln!(err, "{WARNING}warning{WARNING:#}: {message}")
        } else {
            writeln!(err, "warning: {message}")
        };
    }

    /// A note on stderr (e.g. "No members match."), silenced by `--quiet`.
    pub fn note(&self, message: impl std::fmt::Display) {
        if !self.quiet {
            let _ = writeln!(std::io::stderr().lock(), "{message}");
        }
    }

    /// The message in the terminal's language.
    pub fn say(&self, msg: &crate::domain::msg::Msg) -> String {
        crate::i18n::say(self.lang, msg)
    }

    /// `status` from the catalogue: the message's `.verb` in the verb column, its text after it.
    pub fn status_msg(&self, msg: &crate::domain::msg::Msg) {
        self.status(
            &crate::i18n::attribute(self.lang, msg, "verb"),
            self.say(msg),
        );
    }

    /// `outcome` from the catalogue: the message's `.verb`, then its text.
    pub fn outcome_msg(&self, msg: &crate::domain::msg::Msg) {
        self.outcome(
            &crate::i18n::attribute(self.lang, msg, "verb"),
            self.say(msg),
        );
    }

    /// `wrote` from the catalogue: the message's `.verb`, then its text.
    pub fn wrote_msg(&self, path: &std::path::Path, msg: &crate::domain::msg::Msg) {
        self.wrote(
            path,
            &crate::i18n::attribute(self.lang, msg, "verb"),
            self.say(msg),
        );
    }

    /// `outcome_line` from the catalogue.
    pub fn outcome_line_msg(&self, msg: &crate::domain::msg::Msg) {
        self.outcome_line(self.say(msg));
    }

    /// `warn` from the catalogue; the word `warning` too is the language's.
    pub fn warn_msg(&self, msg: &crate::domain::msg::Msg) {
        let word = crate::i18n::t(self.lang, "report-warning", &[]);
        let text = self.say(msg);
        let mut err = std::io::stderr().lock();
        let _ = if self.color {
            writeln!(err, "{WARNING}{word}{WARNING:#}: {text}")
        } else {
            writeln!(err, "{word}: {text}")
        };
    }

    /// `note` from the catalogue.
    pub fn note_msg(&self, msg: &crate::domain::msg::Msg) {
        self.note(self.say(msg));
    }

    /// Raw text to stdout (generated files, man page, Markdown).
    pub fn text(&self, text: &str) -> anyhow::Result<()> {
        let mut out = std::io::stdout().lock();
        out.write_all(text.as_bytes())?;
        out.flush()?;
        Ok(())
    }

    /// A listing: `rows` rendered in the chosen format. `empty` goes to stderr when there are no
    /// rows; CSV still prints its header so scripts always see the columns.
    pub fn list<T: Serialize + Default>(&self, rows: &[T], empty: &str) -> anyhow::Result<()> {
        self.list_streamed(empty, |emit| rows.iter().try_for_each(emit))
    }

    /// A listing whose rows come one at a time from `produce`: CSV and JSON are written as they
    /// come, so memory stays flat however long the listing; the other formats lay out a table
    /// and collect first.
    pub fn list_streamed<T: Serialize + Default>(
        &self,
        empty: &str,
        produce: impl FnOnce(&mut dyn FnMut(&T) -> anyhow::Result<()>) -> anyhow::Result<()>,
    ) -> anyhow::Result<()> {
        let header = columns(&to_value(&T::default())?);
        match self.format {
            Format::Csv => {
                let out = std::io::BufWriter::with_capacity(256 * 1024, std::io::stdout().lock());
                let mut w = csv::Writer::from_writer(out);
                // The header goes out with the first row (or at the end): a listing refused
                // before its first row (an unknown category) prints nothing.
                let mut started = false;
                let mut cells = Vec::new();
                produce(&mut |row: &T| {
                    if !started {
                        w.write_record(&header)?;
                        started = true;
                    }
                    // Flat rows straight to their cells; others through their JSON value.
                    if flat::cells(row, &header, &mut cells).is_ok() {
                        w.write_record(&cells)?;
                    } else {
                        let v = to_value(row)?;
                        w.write_record(header.iter().map(|k| cell(&v[k])))?;
                    }
                    Ok(())
                })?;
                if !started {
                    w.write_record(&header)?;
                }
                w.flush()?;
                Ok(())
            }
            Format::Json => {
                // Byte for byte what serde_json's pretty printer makes of the whole array.
                let mut out =
                    std::io::BufWriter::with_capacity(256 * 1024, std::io::stdout().lock());
                let mut first = true;
                produce(&mut |row: &T| {
                    out.write_all(if first { b"[\n" } else { b",\n" })?;
                    first = false;
                    let text = serde_json::to_string_pretty(&to_value(row)?)?;
                    for (i, line) in text.lines().enumerate() {
                        if i > 0 {
                            out.write_all(b"\n")?;
                        }
                        out.write_all(b"  ")?;
                        out.write_all(line.as_bytes())?;
                    }
                    Ok(())
                })?;
                out.write_all(if first { b"[]\n" } else { b"\n]\n" })?;
                out.flush()?;
                Ok(())
            }
            Format::Html | Format::Md | Format::Table => {
                let mut rows: Vec<Vec<String>> = Vec::new();
                produce(&mut |row: &T| {
                    let v = to_value(row)?;
                    rows.push(header.iter().map(|k| self.shown_cell(k, &v[k])).collect());
                    Ok(())
                })?;
                self.laid_out(&header, &rows, empty)
            }
        }
    }

    /// The formats that lay out all rows at once: an HTML page, a Markdown table, a table.
    fn laid_out(&self, header: &[String], rows: &[Vec<String>], empty: &str) -> anyhow::Result<()> {
        let mut out = std::io::stdout().lock();
        match self.format {
            Format::Html => {
                let body = html::table(header, rows, &[]);
                out.write_all(html::page("en", "quorum", &body).as_bytes())?;
            }
            Format::Md => out.write_all(md_table(header, rows).as_bytes())?,
            _ => {
                if rows.is_empty() {
                    drop(out);
                    self.note(empty);
                    return Ok(());
                }
                let mut table = self.table();
                let shown: Vec<String> = header
                    .iter()
                    .map(|k| crate::i18n::header(self.lang, k).into_owned())
                    .collect();
                table.set_header(&shown);
                for row in rows {
                    table.add_row(row);
                }
                let width = table.width();
                let hidden = fit(&mut table, header, &shown, rows, width);
                writeln!(out, "{}", table.trim_fmt())?;
                if !hidden.is_empty() {
                    drop(out);
                    self.note(crate::i18n::t(
                        self.lang,
                        "rows-left-out",
                        &[
                            ("count", hidden.len().into()),
                            ("columns", hidden.join(", ").into()),
                        ],
                    ));
                    return Ok(());
                }
            }
        }
        out.flush()?;
        Ok(())
    }

    /// A cell as a person reads it in a table: a member's `joined` that is null is an unknown
    /// joining date (every member has a period), said in words; CSV and JSON keep it empty/null.
    fn shown_cell(&self, key: &str, v: &Value) -> String {
        if key == "joined" && v.is_null() {
            crate::i18n::t(self.lang, "joined-unknown-cell", &[])
        } else {
            cell(v)
        }
    }

    /// One record: a two-column field/value table, a one-row CSV, or a JSON object.
    pub fn record<T: Serialize>(&self, record: &T) -> anyhow::Result<()> {
        let value = to_value(record)?;
        let mut out = std::io::stdout().lock();
        match self.format {
            Format::Json => {
                serde_json::to_writer_pretty(&mut out, &value)?;
                writeln!(out)?;
            }
            Format::Csv => {
                let header = columns(&value);
                let mut w = csv::Writer::from_writer(&mut out);
                w.write_record(&header)?;
                w.write_record(header.iter().map(|k| cell(&value[k])))?;
                w.flush()?;
            }
            Format::Html => {
                let header = ["field".to_string(), "value".to_string()];
                let rows: Vec<Vec<String>> = columns(&value)
                    .into_iter()
                    .map(|k| {
                        let c = cell(&value[&k]);
                        vec![k, c]
                    })
                    .collect();
                let body = html::table(&header, &rows, &[]);
                out.write_all(html::page("en", "quorum", &body).as_bytes())?;
            }
            Format::Md => {
                let rows: Vec<Vec<String>> = columns(&value)
                    .into_iter()
                    .map(|k| {
                        let c = cell(&value[&k]);
                        vec![k, c]
                    })
                    .collect();
                let header = ["field".to_string(), "value".to_string()];
                out.write_all(md_table(&header, &rows).as_bytes())?;
            }
            Format::Table => {
                let mut table = self.table();
                table.set_header([
                    crate::i18n::t(self.lang, "record-field", &[]),
                    crate::i18n::t(self.lang, "record-value", &[]),
                ]);
                let rows: Vec<Vec<String>> = columns(&value)
                    .into_iter()
                    .map(|k| {
                        let c = self.shown_cell(&k, &value[&k]);
                        vec![crate::i18n::header(self.lang, &k).into_owned(), c]
                    })
                    .collect();
                for row in &rows {
                    table.add_row(row);
                }
                fit_record(&mut table, &rows);
                writeln!(out, "{}", table.trim_fmt())?;
            }
        }
        out.flush()?;
        Ok(())
    }

    /// A JSON value as CSV: a list as rows under the keys of its first object, one object as one
    /// row, a bare value as a column `value`.
    pub fn csv_rows(&self, value: &Value) -> anyhow::Result<()> {
        let rows: Vec<&Value> = match value {
            Value::Array(items) => items.iter().collect(),
            other => vec![other],
        };
        let header = rows.first().map_or_else(Vec::new, |v| columns(v));
        let mut out = std::io::stdout().lock();
        let mut w = csv::Writer::from_writer(&mut out);
        w.write_record(&header)?;
        for row in rows {
            match row {
                Value::Object(_) => w.write_record(header.iter().map(|k| cell(&row[k])))?,
                bare => w.write_record([cell(bare)])?,
            }
        }
        w.flush()?;
        drop(w);
        out.flush()?;
        Ok(())
    }

    /// The refusal of `--format html` or `md` by a command whose output has no document form.
    pub fn no_html(&self, command: &str) -> anyhow::Error {
        let form = if self.format == Format::Md {
            "Markdown"
        } else {
            "HTML"
        };
        crate::exit::UsageError::new(format!("{command} has no {form} form"))
            .hint("use --format table, csv or json")
            .into()
    }

    /// A comfy-table set up for where stdout goes: boxed and sized to the terminal there; into a
    /// pipe or a file plain aligned columns without box drawing (what `grep`, `less` and a mail
    /// read), sized to `COLUMNS` or 80. Print it with `trim_fmt` so that no line ends in spaces.
    pub fn table(&self) -> Table {
        let mut table = Table::new();
        table.set_content_arrangement(ContentArrangement::Dynamic);
        if self.stdout_tty {
            table.load_preset(presets::UTF8_FULL_CONDENSED);
        } else {
            table.load_preset(presets::NOTHING);
            table.force_no_tty();
            table.set_width(piped_width());
        }
        table
    }
}

/// The width of a table that does not go to a terminal: `COLUMNS` when it is a number, else 80.
fn piped_width() -> u16 {
    std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.trim().parse::<u16>().ok())
        .filter(|&c| c > 0)
        .unwrap_or(80)
}

/// Columns a reader must see whole and that are never left out: what a row is about and its
/// outcome (`result` before any timestamp, `holder` before `checked_out_at`).
fn is_whole(column: &str) -> bool {
    matches!(
        column,
        "number"
            | "id"
            | "name"
            | "category"
            | "status"
            | "result"
            | "holder"
            | "member"
            | "joined"
            | "seq"
            | "votes"
            | "weight"
    ) || column.ends_with("date")
        || column.ends_with("_on")
}

/// Columns that wrap between words but are never left out: what a row says (a journal entry's
/// summary, an item's title).
fn is_kept(column: &str) -> bool {
    matches!(column, "summary" | "title" | "old_value" | "new_value")
}

/// Words longer than this are not a date, a number or a key (a journal entry's JSON, a long
/// name): a listing may break them rather than push everything else off the screen.
const LONGEST_WHOLE_WORD: usize = 30;

/// Columns left out only after every other optional column: when something happened.
fn is_timestamp(column: &str) -> bool {
    column.ends_with("_at")
}

/// Columns that may be left out when the terminal is narrow, but are never split (a date).
fn is_atomic(column: &str) -> bool {
    is_whole(column) || is_timestamp(column) || column == "left"
}

/// The longest run of characters without a space in `text`: the narrowest a cell can be
/// without cutting a word, a date, a number or a key in two.
fn longest_word(text: &str) -> usize {
    text.split_whitespace()
        .map(|w| w.chars().count())
        .max()
        .unwrap_or(0)
}

/// Fits `table` to `width` without splitting a word: whole and atomic columns take their content's
/// width, the others at least their longest word (they wrap between words). When that is still
/// too wide, leaves out optional columns from the right, timestamps last, never a whole column
/// (they stay in CSV and JSON). `header` are the column keys (the priority is by key, whatever
/// the language of the printed headers); `shown` the printed headers. Returns the columns left
/// out.
pub fn keep_whole(
    table: &mut Table,
    header: &[String],
    rows: &[Vec<String>],
    width: Option<u16>,
) -> Vec<String> {
    fit(table, header, header, rows, width)
}

fn fit(
    table: &mut Table,
    header: &[String],
    shown_header: &[String],
    rows: &[Vec<String>],
    width: Option<u16>,
) -> Vec<String> {
    let column = |i: usize| {
        rows.iter()
            .map(move |r| r.get(i).map_or("", String::as_str))
            .chain([shown_header.get(i).map_or("", String::as_str)])
    };
    let content = |i: usize| column(i).map(|c| c.chars().count()).max().unwrap_or(0);
    let words = |i: usize| {
        let longest = column(i).map(longest_word).max().unwrap_or(0);
        // Words that long break anyway in a fitted table: the column needs no more than a
        // readable slice of them.
        if width.is_some() && longest > LONGEST_WHOLE_WORD {
            12
        } else {
            longest
        }
    };
    // The narrowest a column can be: its content when atomic, its longest word otherwise.
    let narrowest = |i: usize| {
        if is_atomic(&header[i]) {
            content(i)
        } else {
            words(i).max(4).min(content(i))
        }
    };
    // A column takes its content, one space either side and one border.
    let needed = |i: usize| narrowest(i) + 3;
    let mut shown: Vec<bool> = vec![true; header.len()];
    if let Some(width) = width {
        let total = |shown: &[bool]| {
            1 + (0..header.len())
                .filter(|&i| shown[i])
                .map(needed)
                .sum::<usize>()
        };
        let optional = (0..header.len()).rev().filter(|&i| {
            !is_whole(&header[i]) && !is_kept(&header[i]) && !is_timestamp(&header[i])
        });
        let timestamps = (0..header.len())
            .rev()
            .filter(|&i| is_timestamp(&header[i]));
        for i in optional.chain(timestamps) {
            if total(&shown) <= usize::from(width) {
                break;
            }
            shown[i] = false;
        }
    }
    for (i, name) in header.iter().enumerate() {
        if let Some(col) = table.column_mut(i) {
            if !shown[i] {
                col.set_constraint(comfy_table::ColumnConstraint::Hidden);
            } else if is_atomic(name) {
                col.set_constraint(comfy_table::ColumnConstraint::ContentWidth);
            } else {
                // Padding included: comfy-table's bounds count it.
                let least = u16::try_from(narrowest(i) + 2).unwrap_or(u16::MAX);
                col.set_constraint(comfy_table::ColumnConstraint::LowerBoundary(
                    comfy_table::Width::Fixed(least),
                ));
            }
        }
    }
    (0..header.len())
        .filter(|&i| !shown[i])
        .map(|i| header[i].clone())
        .collect()
}

/// A table laid out by its own code (a count's stages, the roll) as text: no column narrower than
/// its longest word, so that a name, date or number is never cut in two, and no line ending in
/// spaces.
pub fn unsplit(table: &mut Table) -> String {
    let mut widths: Vec<usize> = Vec::new();
    let rows = table
        .header()
        .into_iter()
        .chain(table.row_iter())
        .map(|row| {
            row.cell_iter()
                .map(|c| longest_word(&c.content()))
                .collect::<Vec<_>>()
        })
        .collect::<Vec<_>>();
    for row in rows {
        for (i, w) in row.into_iter().enumerate() {
            if widths.len() <= i {
                widths.push(0);
            }
            widths[i] = widths[i].max(w);
        }
    }
    for (i, w) in widths.into_iter().enumerate() {
        if let Some(col) = table.column_mut(i)
            && col.constraint().is_none()
        {
            let least = u16::try_from(w + 2).unwrap_or(u16::MAX);
            col.set_constraint(comfy_table::ColumnConstraint::LowerBoundary(
                comfy_table::Width::Fixed(least),
            ));
        }
    }
    table.trim_fmt()
}

/// A record's field/value table fitted without splitting a word: the field names whole, the
/// values wrapping between words.
fn fit_record(table: &mut Table, rows: &[Vec<String>]) {
    let header = ["field".to_string(), "value".to_string()];
    fit(table, &header, &header, rows, None);
}

fn to_value<T: Serialize>(v: &T) -> anyhow::Result<Value> {
    Ok(serde_json::to_value(v)?)
}

/// Field names of a flat object, in declaration order (serde_json keeps insertion order).
fn columns(v: &Value) -> Vec<String> {
    match v {
        Value::Object(map) => map.keys().cloned().collect(),
        _ => vec!["value".to_string()],
    }
}

/// A JSON value as a table or CSV cell: null is empty, strings are bare, lists are joined.
pub fn cell(v: &Value) -> String {
    match v {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        Value::Bool(b) => if *b { "yes" } else { "no" }.to_string(),
        Value::Array(items) => items.iter().map(cell).collect::<Vec<_>>().join("; "),
        // A change inside a record: `key: old → new`, as a person writes it.
        Value::Object(map) if map.contains_key("old") && map.contains_key("new") => {
            let what: Vec<String> = map
                .iter()
                .filter(|(k, _)| *k != "old" && *k != "new")
                .map(|(_, v)| cell(v))
                .collect();
            format!(
                "{}: {} → {}",
                what.join(" "),
                cell(&map["old"]),
                cell(&map["new"])
            )
        }
        // An item of a list inside a record (`{"member": 5, "choice": "for", "cast_by": 1}`):
        // its values in a row, the way a person writes it ("5 for 1").
        Value::Object(map) => map
            .values()
            .map(cell)
            .filter(|c| !c.is_empty())
            .collect::<Vec<_>>()
            .join(" "),
        other => other.to_string(),
    }
}

/// A Markdown pipe table.
pub fn md_table(header: &[String], rows: &[Vec<String>]) -> String {
    let cell = |c: &str| c.replace('|', "\\|").replace('\n', " ");
    let line = |cells: &[String]| {
        format!(
            "| {} |\n",
            cells
                .iter()
                .map(|c| cell(c))
                .collect::<Vec<_>>()
                .join(" | ")
        )
    };
    let mut s = line(header);
    s.push_str(&format!("|{}|\n", vec!["---"; header.len()].join("|")));
    for r in rows {
        s.push_str(&line(r));
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_member_list_fits_80_columns_without_splitting_dates_or_numbers() {
        let header: Vec<String> = [
            "number", "name", "email", "city", "category", "status", "joined", "left",
        ]
        .map(String::from)
        .to_vec();
        let row: Vec<String> = [
            "1024",
            "Johanna van der Berg-Vos",
            "johanna.vanderberg@voorbeeld-vereniging.nl",
            "Oud-Beijerland",
            "supporter",
            "suspended",
            "2019-01-01",
            "2026-12-31",
        ]
        .map(String::from)
        .to_vec();
        let mut table = Table::new();
        table.load_preset(presets::UTF8_FULL_CONDENSED);
        table.set_content_arrangement(ContentArrangement::Dynamic);
        table.set_width(80);
        table.set_header(&header);
        table.add_row(&row);
        keep_whole(&mut table, &header, std::slice::from_ref(&row), Some(80));
        let text = table.to_string();
        for line in text.lines() {
            assert!(line.chars().count() <= 80, "too wide: {line}\n{text}");
        }
        for whole in [&row[0], &row[1], &row[4], &row[5], &row[6]] {
            assert!(text.contains(whole.as_str()), "{whole} was split:\n{text}");
        }
    }
}
