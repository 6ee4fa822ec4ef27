//! `election codes E --output codes.csv [--html ballots.html]`: the voting codes of the open
//! round, one per vote present or represented, in random order and without names; owner-only
//! files. `election cast E --code C (--choice NAME | --approve "A,B" | --rank "A,B,C" | --blank)`.

use std::path::PathBuf;

use clap::Args;

use super::report;
use crate::app::Ctx;
use crate::domain::election::{Form, forms};
use crate::exit::UsageError;
use crate::ops::election::{self as ops, Filled};
use crate::output::ballot::{ElectionPaper, election_codes_csv, election_slips_html};

#[derive(Debug, Args)]
pub struct CodesArgs {
    /// The election's number
    pub election: i64,
    /// Where to write the codes (CSV, one a line; `-` is stdout)
    #[arg(long, value_name = "FILE")]
    pub output: PathBuf,
    /// Also write one printable ballot paper per code (HTML)
    #[arg(long, value_name = "FILE")]
    pub html: Option<PathBuf>,
}

impl CodesArgs {
    pub fn run(self, ctx: &mut Ctx) -> anyhow::Result<()> {
        if self.output.as_os_str() == "-" && ctx.out.format != crate::output::Format::Table {
            return Err(UsageError::new(
                "--output - would mix the codes with the csv or json result on stdout",
            )
            .hint("write the codes to a file: --output codes.csv")
            .into());
        }
        let mut store = ctx.open_store()?;
        let out = &ctx.out;
        let done = ops::issue_codes(
            &mut store,
            &ctx.actor("election codes"),
            self.election,
            |i| {
                let how: Vec<&str> = [Form::Choice, Form::Approve, Form::Rank]
                    .into_iter()
                    .filter(|f| forms_of(i).contains(f))
                    .map(|f| f.flag())
                    .collect();
                let how = format!(
                    "quorum election cast {} --code CODE {}",
                    i.election,
                    how.join(" | ")
                );
                let paper = ElectionPaper {
                    election: i.election,
                    round: i.round,
                    title: &i.title,
                    lang: i.lang,
                    candidates: &i.candidates,
                    how: &how,
                };
                if let Some(html) = &self.html {
                    out.export_to(Some(html), |w| election_slips_html(w, &paper, &i.codes))?;
                }
                out.export_to(Some(&self.output), |w| {
                    election_codes_csv(w, &paper, &i.codes)
                })
            },
        )?;
        let issued = &done.value.did;
        ctx.out.outcome(
            "Issued",
            format_args!(
                "{} voting code{} for round {} of election {} to {} voter{} present ({}{})",
                issued.codes.len(),
                if issued.codes.len() == 1 { "" } else { "s" },
                issued.round,
                issued.election,
                issued.voters,
                if issued.voters == 1 { "" } else { "s" },
                self.output.display(),
                self.html
                    .as_ref()
                    .map_or_else(String::new, |h| format!(", {}", h.display()))
            ),
        );
        report(ctx, "election codes", done)
    }
}

fn forms_of(i: &ops::IssuedCodes) -> &'static [Form] {
    forms(i.method, i.seats)
}

#[derive(Debug, Args)]
#[command(group(clap::ArgGroup::new("ballot").required(true).args(["choice", "approve", "rank", "blank"])))]
pub struct CastArgs {
    /// The election's number
    pub election: i64,
    /// The code from the ballot paper (dashes and case do not matter)
    #[arg(long, value_name = "CODE")]
    pub code: String,
    /// One name
    #[arg(long, value_name = "NAME")]
    pub choice: Option<String>,
    /// The names approved, comma-separated (approval; plurality for several seats)
    #[arg(long, value_name = "A,B")]
    pub approve: Option<String>,
    /// A ranking, most preferred first (irv, stv-scottish, stv-meek, schulze)
    #[arg(long, value_name = "A,B,C")]
    pub rank: Option<String>,
    /// A blank ballot (not a vote cast)
    #[arg(long)]
    pub blank: bool,
}

fn list(s: &str) -> Vec<String> {
    s.split(',').map(|n| n.trim().to_string()).collect()
}

impl CastArgs {
    pub fn run(self, ctx: &mut Ctx) -> anyhow::Result<()> {
        let filled = match (&self.choice, &self.approve, &self.rank) {
            (Some(c), None, None) => Filled::Names(Form::Choice, vec![c.clone()]),
            (None, Some(a), None) => Filled::Names(Form::Approve, list(a)),
            (None, None, Some(r)) => Filled::Names(Form::Rank, list(r)),
            _ => Filled::Blank,
        };
        let mut store = ctx.open_store()?;
        let done = ops::cast(
            &mut store,
            &ctx.actor("election cast"),
            self.election,
            &self.code,
            &filled,
        )?;
        let c = &done.value.did;
        ctx.out.outcome(
            "Cast",
            format_args!("a ballot in round {} of election {}", c.round, c.election),
        );
        report(ctx, "election cast", done)
    }
}
