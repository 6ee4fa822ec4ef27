//! `quorum kascommissie`: the audit committee of a financial year (BW 2:48 lid 2), its members,
//! the decision that appointed it and its report.

use std::path::PathBuf;

use crate::domain::msg::msg;
use chrono::NaiveDate;
use clap::{ArgGroup, Args, Subcommand, ValueHint};

use crate::app::Ctx;
use crate::cli::args::{date, member_number, with_flag_names};
use crate::ops::board::Grounds;
use crate::ops::kascommissie as ops;

#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true)]
pub struct KascommissieArgs {
    #[command(subcommand)]
    pub cmd: Option<KascommissieCmd>,
    /// The financial year to show (`kascommissie 2025` is `kascommissie show 2025`)
    pub year: Option<i32>,
}

impl KascommissieArgs {
    pub fn run(self, ctx: &mut Ctx) -> anyhow::Result<()> {
        match (self.cmd, self.year) {
            (Some(cmd), _) => cmd.run(ctx),
            (None, Some(year)) => KascommissieCmd::Show(ShowArgs { year }).run(ctx),
            (None, None) => Err(
                crate::exit::UsageError::new(msg!("kascommissie-which-year"))
                    .hint(msg!("kascommissie-which-year-hint"))
                    .into(),
            ),
        }
    }
}

#[derive(Debug, Subcommand)]
pub enum KascommissieCmd {
    /// Show the committee of a financial year, its report, or why none is needed
    Show(ShowArgs),
    /// Record the committee the general meeting appointed for a financial year
    Set(SetArgs),
    /// Record the committee's report (or an accountant's statement) on a year's accounts
    Report(ReportArgs),
}

#[derive(Debug, Args)]
pub struct ShowArgs {
    /// The financial year (the year it begins in)
    pub year: i32,
}

#[derive(Debug, Args)]
#[command(group(ArgGroup::new("grounds").required(true).args(["decision", "before_quorum"])))]
pub struct SetArgs {
    /// The financial year whose accounts the committee checks
    pub year: i32,
    /// The members' numbers (at least kascommissie_min_members, none on the board that year)
    #[arg(long, num_args = 1.., required = true, value_parser = member_number, value_name = "N")]
    pub members: Vec<i64>,
    /// The decision of the general meeting that appointed them
    #[arg(long, value_name = "CODE")]
    pub decision: Option<String>,
    /// History entered by hand: appointed before the association used quorum
    #[arg(long)]
    pub before_quorum: bool,
}

#[derive(Debug, Args)]
pub struct ReportArgs {
    /// The financial year the report is about, e.g. 2026
    pub year: i32,
    /// The report as signed (any file; quorum keeps its name and SHA-256)
    #[arg(long, value_hint = ValueHint::FilePath)]
    pub file: PathBuf,
    /// The day of the report
    #[arg(long = "on", visible_alias = "date", value_parser = date, value_name = "DATE")]
    pub date: NaiveDate,
    /// The file is an accountant's statement, which replaces the committee where
    /// kascommissie_exempt_if_accountant
    #[arg(long)]
    pub accountant: bool,
}

impl KascommissieCmd {
    pub fn run(self, ctx: &mut Ctx) -> anyhow::Result<()> {
        match self {
            KascommissieCmd::Show(a) => {
                let v = ops::show(&mut ctx.open_store()?, a.year)?;
                ctx.out.record(&v)
            }
            KascommissieCmd::Set(a) => {
                let mut store = ctx.open_store()?;
                let changed = ops::set(
                    &mut store,
                    &ctx.actor("kascommissie set"),
                    a.year,
                    &a.members,
                    &Grounds {
                        decision: a.decision,
                        before_quorum: a.before_quorum,
                    },
                    ctx.clock.today(),
                )
                .map_err(with_flag_names)?;
                let v = &changed.value;
                ctx.out.outcome_msg(&msg!(
                    "kascommissie-recorded",
                    year = v.year.to_string(),
                    members = v.members.join(", ")
                ));
                crate::cli::report(ctx, "kascommissie set", changed)
            }
            KascommissieCmd::Report(a) => {
                let mut store = ctx.open_store()?;
                let changed = ops::report(
                    &mut store,
                    &ctx.actor("kascommissie report"),
                    a.year,
                    &a.file,
                    a.date,
                    a.accountant,
                )
                .map_err(with_flag_names)?;
                let v = &changed.value;
                ctx.out.outcome_msg(&msg!(
                    "kascommissie-report-recorded",
                    accountant = if v.accountant { "yes" } else { "no" },
                    year = v.year.to_string(),
                    on = a.date
                ));
                crate::cli::report(ctx, "kascommissie report", changed)
            }
        }
    }
}
