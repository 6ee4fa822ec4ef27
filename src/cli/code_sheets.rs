//! Where the codes of a secret ballot go, for `vote codes` and `election codes` alike: the
//! `--output` CSV and the `--html` papers, written owner-only through `output::file`.

use std::path::PathBuf;

use clap::Args;

use crate::domain::msg::msg;
use crate::domain::vote::code::Code;
use crate::exit::UsageError;
use crate::output::ballot::CodeSheet;
use crate::output::{Format, Output};

#[derive(Debug, Args)]
pub struct SheetArgs {
    /// Where to write the codes (CSV, one a line; `-` is stdout)
    #[arg(long, value_name = "FILE")]
    pub output: PathBuf,
    /// Also write one printable ballot paper per code (HTML)
    #[arg(long, value_name = "FILE")]
    pub html: Option<PathBuf>,
}

impl SheetArgs {
    /// Refuses, before any code is drawn, codes on stdout beside a CSV or JSON result there.
    pub fn check(&self, out: &Output) -> Result<(), UsageError> {
        if self.output.as_os_str() == "-" && out.format != Format::Table {
            return Err(
                UsageError::new(msg!("codes-output-dash")).hint(msg!("codes-output-dash-hint"))
            );
        }
        Ok(())
    }

    /// Writes the papers (when asked) and the CSV of `codes`.
    pub fn write(&self, out: &Output, sheet: &dyn CodeSheet, codes: &[Code]) -> anyhow::Result<()> {
        if let Some(html) = &self.html {
            out.export_to(Some(html), |w| sheet.slips_html(w, codes))?;
        }
        out.export_to(Some(&self.output), |w| sheet.codes_csv(w, codes))
    }

    /// The files written, for the outcome line: `codes.csv, ballots.html`.
    pub fn files(&self) -> String {
        match &self.html {
            Some(h) => format!("{}, {}", self.output.display(), h.display()),
            None => self.output.display().to_string(),
        }
    }
}
