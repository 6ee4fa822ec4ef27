//! `quorum decisions …`: the decision register across all meetings. Without a verb it lists the
//! register; `show` gives one decision with its grounds, `set` records the deed or a supersession.

use chrono::NaiveDate;
use clap::{Args, Subcommand};

use crate::app::Ctx;
use crate::cli::args::date;
use crate::domain::decision::Status;
use crate::output::Format;
use crate::output::decision::{list_row, table_row};

pub mod set;
pub mod show;

/// The decision register: every adopted or rejected proposal, election result and written
/// resolution, with its code and status
#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true)]
pub struct DecisionsArgs {
    #[command(subcommand)]
    pub cmd: Option<DecisionsCmd>,
    #[command(flatten)]
    pub filter: ListArgs,
}

/// Which decisions to list: `quorum decisions` and `quorum decisions list` take the same filters.
#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only decisions taken on or after this day
    #[arg(long = "from", visible_alias = "since", value_parser = date, value_name = "DATE")]
    pub since: Option<NaiveDate>,
    /// Only decisions with this status: adopted, rejected, awaiting-deed, in-force, superseded
    #[arg(long, value_parser = crate::cli::choices::StatusChoice::parser(), ignore_case = true, value_name = "S")]
    pub status: Option<Status>,
    /// Only decisions whose title or code contains this text
    #[arg(long, value_name = "TEXT")]
    pub search: Option<String>,
    /// Only the decisions of this meeting
    #[arg(long, value_name = "M")]
    pub meeting: Option<i64>,
}

#[derive(Debug, Subcommand)]
pub enum DecisionsCmd {
    /// List the register (the same as `quorum decisions` without a verb)
    List(ListArgs),
    /// Show one decision with its grounds: the figures or the elected, the rules, the history
    Show(show::ShowArgs),
    /// Record the notarial deed (in-force) or a later decision that supersedes it
    Set(set::SetArgs),
}

impl DecisionsArgs {
    pub fn run(self, ctx: &mut Ctx) -> anyhow::Result<()> {
        match self.cmd {
            Some(DecisionsCmd::Show(a)) => a.run(ctx),
            Some(DecisionsCmd::Set(a)) => a.run(ctx),
            Some(DecisionsCmd::List(f)) => f.run(ctx),
            None => self.filter.run(ctx),
        }
    }
}

impl ListArgs {
    pub fn run(self, ctx: &mut Ctx) -> anyhow::Result<()> {
        let mut store = ctx.open_store()?;
        let filter = crate::domain::decision::Filter {
            meeting_id: self.meeting,
            since: self.since,
            status: self.status,
            search: self.search,
        };
        let rows = crate::ops::decision::list(&mut store, &filter)?;
        let empty = "No decisions.";
        if ctx.out.format == Format::Table {
            let rows: Vec<_> = rows.iter().map(table_row).collect();
            return ctx.out.list(&rows, empty);
        }
        let rows: Vec<_> = rows.iter().map(list_row).collect();
        ctx.out.list(&rows, empty)
    }
}
