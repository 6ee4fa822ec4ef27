//! `quorum member export`: the registry as CSV or JSON, for the umbrella body, the insurer or
//! the annual report. Deterministic (member-number order, fixed formatting), so this year's file
//! can be diffed against last year's, and streamed, so a million members cost no more memory
//! than ten.

use std::path::PathBuf;

use crate::domain::msg::msg;
use chrono::NaiveDate;
use clap::{Args, ValueHint};

use crate::app::Ctx;
use crate::cli::args::{StatusArg, date as parse_date_arg, delimiter as parse_delimiter};
use crate::domain::roll::Selection;
use crate::exit::UsageError;
use crate::ops;
use crate::output::Format;
use crate::output::export::{Column, Dialect, ExportWriter};

/// Export members as CSV (or JSON with --format json)
#[derive(Debug, Args)]
#[command(after_long_help = columns_help())]
pub struct ExportArgs {
    /// Write to FILE (owner-only; it appears only when complete) instead of stdout
    #[arg(long, short = 'o', value_hint = ValueHint::FilePath)]
    pub output: Option<PathBuf>,
    /// Columns, comma-separated, e.g. number,family_name,email [default: every registry field]
    #[arg(long, value_name = "LIST")]
    pub columns: Option<String>,
    /// The date membership and status are judged on, e.g. 2025-12-31 [default: today]
    #[arg(long = "on", visible_alias = "as-of", value_parser = parse_date_arg, value_name = "DATE")]
    pub as_of: Option<NaiveDate>,
    /// Which members, on the --on date
    #[arg(long, value_enum, default_value_t = StatusArg::Current)]
    pub status: StatusArg,
    /// Only members of this category
    #[arg(long)]
    pub category: Option<String>,
    /// The separator: , ; or tab [default: , and with --excel ;]
    #[arg(long, value_parser = parse_delimiter)]
    pub delimiter: Option<u8>,
    /// For Excel: UTF-8 byte-order mark, ; and CRLF, and cells that would run as formulas
    /// (starting with = + - @) made text with a leading '
    #[arg(long)]
    pub excel: bool,
}

/// The long help's column list, from the columns themselves.
fn columns_help() -> String {
    let names: Vec<&str> = Column::defaults().iter().map(|c| c.name()).collect();
    format!(
        "Default columns, in this order: {}. Also available: full_name, source. \
joined and left are those of the \
membership period on the --on date; status is active, suspended, former or future on that \
date. periods holds every membership period, oldest first, with the reason for leaving \
(2012-03-01..2015-06-30: moved; 2018-01-01..); suspensions every suspension with its reason \
(2024-01-01..2024-03-31: contribution unpaid, plus (lifted DATE) when lifted early); inside a \
reason ; is written \\; and \\ as \\\\. Members are in member-number order; erased members are \
left out. The file imports again with `quorum member import`, history included; arrears and the \
journal do not travel.",
        names.join(", ")
    )
}

impl ExportArgs {
    pub fn run(self, ctx: &mut Ctx) -> anyhow::Result<()> {
        if ctx.out.format_given && !matches!(ctx.out.format, Format::Csv | Format::Json) {
            let format = match ctx.out.format {
                Format::Html => "html",
                Format::Md => "md",
                _ => "table",
            };
            return Err(
                UsageError::new(msg!("export-format-refused", format = format))
                    .hint(msg!("export-format-refused-hint"))
                    .into(),
            );
        }
        let json = ctx.out.format == Format::Json;
        if json && (self.excel || self.delimiter.is_some()) {
            return Err(UsageError::new(msg!("export-csv-options-json"))
                .hint(msg!("export-csv-options-json-hint"))
                .into());
        }
        let columns = match &self.columns {
            Some(list) => Column::parse_list(list).map_err(|e| {
                UsageError::new(msg!(
                    "flag-invalid",
                    flag = "--columns",
                    why = e.to_string()
                ))
            })?,
            None => Column::defaults(),
        };
        let dialect = Dialect {
            json,
            delimiter: self
                .delimiter
                .unwrap_or(if self.excel { b';' } else { b',' }),
            excel: self.excel,
        };
        let on = self.as_of.unwrap_or_else(|| ctx.clock.today());
        let selection = Selection::from(self.status);
        let mut store = ctx.open_store()?;
        let category = self.category.as_deref();
        let count = ctx.out.export_to(self.output.as_deref(), |out| {
            // The header goes out before the first row is read: an unwritable output is then
            // refused at once.
            let mut w = ExportWriter::new(out, columns, dialect, on)?;
            ops::member::export(&mut store, category, selection, on, |m| w.write(m))?;
            let count = w.count;
            w.finish()?;
            Ok(count)
        })?;
        // `-` is stdout: the export itself is the output, nothing to announce.
        if let Some(path) = self.output.as_ref().filter(|p| p.as_os_str() != "-") {
            ctx.out.wrote_msg(
                path,
                &msg!(
                    "members-exported",
                    count = count,
                    path = path.display().to_string()
                ),
            );
        }
        Ok(())
    }
}
