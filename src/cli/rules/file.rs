//! `quorum rules export` and `quorum rules import`: the rules as a commented TOML file. The file
//! format itself is `domain::rules::file`.

use crate::domain::msg::msg;
use crate::exit::Failed;
use std::io::Read as _;
use std::path::PathBuf;

use chrono::NaiveDate;
use clap::{Args, ValueHint};

use super::report;
use crate::app::Ctx;
use crate::cli::args::date as date_arg;
use crate::domain::rules::file;
use crate::exit::hinted;

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Export the version in force on this date [default: today]
    #[arg(long, value_name = "DATE", value_parser = date_arg)]
    pub on: Option<NaiveDate>,
}

impl ExportArgs {
    pub fn run(self, ctx: &mut Ctx) -> anyhow::Result<()> {
        let on = self.on.unwrap_or_else(|| ctx.clock.today());
        let crate::ops::rules::Export {
            association: name,
            version,
            rules,
        } = crate::ops::rules::export(&mut ctx.open_store()?, on)?;
        let header = [
            format!(
                "Decision rules of {name}: the version in force on {on} (from {}).",
                version.valid_from
            ),
            "Read back with `quorum rules import FILE [--from DATE]`; keys left out keep their value.".into(),
            "Fractions are exact (\"2/3\", never 0.66); \"none\" means the statutes set none.".into(),
        ];
        ctx.out.text(&file::render(&rules, &header))
    }
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// The TOML file, as written by `quorum rules export` (- reads stdin)
    #[arg(value_hint = ValueHint::FilePath)]
    pub file: PathBuf,
    /// Change the version that takes effect on this date (a new version if none starts then)
    #[arg(long, value_name = "DATE", value_parser = date_arg)]
    pub from: Option<NaiveDate>,
    /// A note on the version, e.g. the deed or the meeting that decided it
    #[arg(long)]
    pub note: Option<String>,
}

impl ImportArgs {
    pub fn run(self, ctx: &mut Ctx) -> anyhow::Result<()> {
        let shown = self.file.display().to_string();
        let text = if shown == "-" {
            let mut s = String::new();
            std::io::stdin()
                .read_to_string(&mut s)
                .map_err(|e| Failed(msg!("reading-file", path = "stdin", why = e.to_string())))?;
            s
        } else {
            std::fs::read_to_string(&self.file).map_err(|e| {
                Failed(msg!(
                    "reading-file",
                    path = shown.as_str(),
                    why = e.to_string()
                ))
            })?
        };
        let today = ctx.clock.today();
        let mut store = ctx.open_store()?;
        let done = crate::ops::rules::import(
            &mut store,
            &ctx.actor("rules import"),
            &text,
            self.from,
            self.note.as_deref(),
            today,
        )
        .map_err(|e| problems_hint(e, &shown))
        .map_err(|e| {
            super::correction_hint(e, |from| {
                format!("quorum rules import {shown} --from {from}")
            })
        })?;
        report(ctx, &done.value);
        crate::cli::report(
            ctx,
            "rules import",
            super::unchanged_said(done).map(|d| super::changed(&d)),
        )
    }
}

/// The file's problems as the secretary reads them: each with the file, line and column.
fn problems_hint(err: anyhow::Error, shown: &str) -> anyhow::Error {
    let Some(crate::ops::rules::FileProblems(problems)) = err.downcast_ref() else {
        return err;
    };
    let lines: Vec<String> = problems.iter().map(|p| format!("{shown}:{p}")).collect();
    let message = match lines.as_slice() {
        [one] => msg!("rules-file-problem", problem = one.as_str()),
        many => msg!(
            "rules-file-problems",
            count = many.len(),
            file = shown,
            problems = many.join("\n  ")
        ),
    };
    hinted(message, msg!("rules-file-problems-hint"))
}
