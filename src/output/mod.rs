//! The rendering layer: everything quorum prints goes through `Output`.
//!
//! Data goes to stdout as a table, CSV or JSON (`--format`); status lines, warnings and hints go
//! to stderr, so `--format csv > file.csv` stays clean. Rows are flat `Serialize` structs: their
//! field names are the CSV columns and JSON keys, a public contract that only grows.

pub mod export;
pub mod file;
pub mod import;
pub mod meeting;
pub mod meeting_letter;
pub mod member;
pub mod progress;
pub mod roll;

use std::io::{IsTerminal as _, Write};

use comfy_table::{ContentArrangement, Table, presets};
use serde::Serialize;
use serde_json::Value;

pub mod tally;

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
    color: bool,
    quiet: bool,
    stdout_tty: bool,
}

impl Output {
    pub fn new(format: Format, color: ColorWhen, quiet: bool) -> Self {
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty())
            || std::env::var("TERM").is_ok_and(|t| t == "dumb");
        let color = match color {
            ColorWhen::Always => true,
            ColorWhen::Never => false,
            ColorWhen::Auto => !no_color && std::io::stderr().is_terminal(),
        };
        Output {
            format,
            color,
            quiet,
            stdout_tty: std::io::stdout().is_terminal(),
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
            writeln!(err, "\x1b[1;32m{verb:>12}\x1b[0m {message}")
        } else {
            writeln!(err, "{verb:>12} {message}")
        };
    }

    /// A warning on stderr; never silenced.
    pub fn warn(&self, message: impl std::fmt::Display) {
        let mut err = std::io::stderr().lock();
        let _ = if self.color {
            writeln!(err, "\x1b[1;33mwarning\x1b[0m: {message}")
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
        let header = columns(&to_value(&T::default())?);
        let values = rows
            .iter()
            .map(to_value)
            .collect::<anyhow::Result<Vec<_>>>()?;
        let mut out = std::io::stdout().lock();
        match self.format {
            Format::Json => {
                serde_json::to_writer_pretty(&mut out, &values)?;
                writeln!(out)?;
            }
            Format::Csv => {
                let mut w = csv::Writer::from_writer(&mut out);
                w.write_record(&header)?;
                for v in &values {
                    w.write_record(header.iter().map(|k| cell(&v[k])))?;
                }
                w.flush()?;
            }
            Format::Table => {
                if values.is_empty() {
                    drop(out);
                    self.note(empty);
                    return Ok(());
                }
                let mut table = self.table();
                table.set_header(&header);
                for v in &values {
                    table.add_row(header.iter().map(|k| cell(&v[k])));
                }
                writeln!(out, "{table}")?;
            }
        }
        out.flush()?;
        Ok(())
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
            Format::Table => {
                let mut table = self.table();
                table.set_header(["field", "value"]);
                for k in columns(&value) {
                    let c = cell(&value[&k]);
                    table.add_row([k, c]);
                }
                writeln!(out, "{table}")?;
            }
        }
        out.flush()?;
        Ok(())
    }

    /// A comfy-table set up for where stdout goes: sized to the terminal there, plain otherwise.
    pub fn table(&self) -> Table {
        let mut table = Table::new();
        table.load_preset(presets::UTF8_FULL_CONDENSED);
        if self.stdout_tty {
            table.set_content_arrangement(ContentArrangement::Dynamic);
        } else {
            table.force_no_tty();
        }
        table
    }
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
        other => other.to_string(),
    }
}
