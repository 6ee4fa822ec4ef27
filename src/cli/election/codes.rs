//! `election codes E --output codes.csv [--html ballots.html]`: the voting codes of the open
//! round, one per vote present or represented, in random order and without names; owner-only
//! files. `election cast E --code C (--choice NAME | --approve "A,B" | --rank "A,B,C" | --blank)`.

use clap::Args;

use super::report;
use crate::app::Ctx;
use crate::cli::code_sheets::SheetArgs;
use crate::domain::election::{Form, forms};
use crate::domain::msg::msg;
use crate::ops::election::{self as ops, Filled};
use crate::output::ballot::ElectionPaper;

#[derive(Debug, Args)]
pub struct CodesArgs {
    /// The election's number
    pub election: i64,
    #[command(flatten)]
    pub sheets: SheetArgs,
}

impl CodesArgs {
    pub fn run(self, ctx: &mut Ctx) -> anyhow::Result<()> {
        self.sheets.check(&ctx.out)?;
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
                self.sheets.write(out, &paper, &i.codes)
            },
        )?;
        let issued = &done.value.did;
        ctx.out.outcome_msg(&msg!(
            "election-codes-issued",
            codes = issued.codes.len(),
            round = issued.round,
            election = issued.election,
            voters = issued.voters,
            files = self.sheets.files()
        ));
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
        ctx.out.outcome_msg(&msg!(
            "election-ballot-cast",
            round = c.round,
            election = c.election
        ));
        report(ctx, "election cast", done)
    }
}
