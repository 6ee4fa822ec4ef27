//! Rendering for `member import`: the counts, the changes made (or that would be made), and the
//! problems of a refused file as FILE:LINE lines.

use std::io::Write;

use serde::Serialize;

use super::{Format, Output};
use crate::domain::import::{FieldChange, ImportReport, Problem};

/// The counts of an import, as a record on stdout.
#[derive(Debug, Serialize, Default)]
pub struct ImportSummary {
    pub file: String,
    pub sha256: String,
    pub encoding: String,
    /// None for a dry run or a refused import.
    pub import: Option<i64>,
    pub rows: u64,
    pub new: u64,
    pub changed: u64,
    pub unchanged: u64,
    pub errors: u64,
}

/// A row of the change listing: one changed field of one member.
#[derive(Debug, Serialize, Default)]
struct ChangeRow {
    line: u64,
    number: i64,
    field: String,
    old: Option<String>,
    new: Option<String>,
}

impl From<&FieldChange> for ChangeRow {
    fn from(c: &FieldChange) -> Self {
        ChangeRow {
            line: c.line,
            number: c.number,
            field: c.field.clone(),
            old: c.old.clone(),
            new: c.new.clone(),
        }
    }
}

impl Output {
    /// The import's counts, and the changes it made (or would make): in JSON one object with a
    /// `changes` array, in a table a second table; CSV gives the counts only.
    pub fn import_report(
        &self,
        summary: &ImportSummary,
        report: &ImportReport,
    ) -> anyhow::Result<()> {
        let rows: Vec<ChangeRow> = report.changes.iter().map(ChangeRow::from).collect();
        match self.format {
            Format::Json => {
                let mut v = serde_json::to_value(summary)?;
                v["changes"] = serde_json::to_value(&rows)?;
                let mut out = std::io::stdout().lock();
                serde_json::to_writer_pretty(&mut out, &v)?;
                writeln!(out)?;
                out.flush()?;
            }
            Format::Csv => self.record(summary)?,
            Format::Html | Format::Md => return Err(self.no_html("member import")),
            Format::Table => {
                self.record(summary)?;
                if !rows.is_empty() {
                    self.list(&rows, "")?;
                }
            }
        }
        if report.changes_total > report.changes.len() as u64 {
            self.note(format_args!(
                "{} more changes are not listed",
                report.changes_total - report.changes.len() as u64
            ));
        }
        Ok(())
    }

    /// Problems of a file as `FILE:LINE: column "X": …` lines on stderr (never silenced), with a
    /// count of those not listed.
    pub fn problems(&self, file: &str, shown: &[Problem], total: u64) {
        let mut err = std::io::stderr().lock();
        for p in shown {
            let _ = writeln!(err, "{}", p.render(file));
        }
        if total > shown.len() as u64 {
            let _ = writeln!(
                err,
                "{file}: … and {} more errors",
                total - shown.len() as u64
            );
        }
    }

    /// The problems of an import's report: one line per distinct problem, with the number of
    /// rows that had it and their first lines (`FILE:2: column "Soort lid": no category
    /// 'Jeugd'; … (on 32 lines: 2, 5, 9, 11, 14, …)`), and a count of those not listed.
    pub fn report_problems(&self, file: &str, report: &ImportReport) {
        let mut err = std::io::stderr().lock();
        for (p, r) in report.problems.iter().zip(&report.repeats) {
            if r.count <= 1 {
                let _ = writeln!(err, "{}", p.render(file));
                continue;
            }
            let mut lines: Vec<String> = r.lines.iter().map(u64::to_string).collect();
            if r.count > r.lines.len() as u64 {
                lines.push("…".to_string());
            }
            let _ = writeln!(
                err,
                "{} (on {} lines: {})",
                p.render(file),
                r.count,
                lines.join(", ")
            );
        }
        let more = report.errors.saturating_sub(report.listed());
        if more > 0 {
            let _ = writeln!(err, "{file}: … and {more} more errors");
        }
    }
}
