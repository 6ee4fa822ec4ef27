//! `quorum actions [--open] [--meeting M]` and `quorum actions done A [--on DATE]`: the action
//! items agreed in meetings, across meetings.

use crate::domain::msg::msg;
use chrono::NaiveDate;
use clap::{Args, Subcommand};

use crate::app::Ctx;
use crate::cli::args::date;
use crate::domain::minutes::ActionFilter;
use crate::ops::actions as ops;

#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true)]
pub struct ActionsArgs {
    #[command(subcommand)]
    pub cmd: Option<ActionsCmd>,
    #[command(flatten)]
    pub filter: ListArgs,
}

/// Which action items to list: `quorum actions` and `quorum actions list` take the same filters.
#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only the action items not yet done
    #[arg(long)]
    pub open: bool,
    /// Only those agreed at meeting M
    #[arg(long, value_name = "M")]
    pub meeting: Option<i64>,
}

#[derive(Debug, Subcommand)]
pub enum ActionsCmd {
    /// List the action items (the same as `quorum actions` without a verb)
    List(ListArgs),
    /// Mark an action item done
    Done(DoneArgs),
}

#[derive(Debug, Args)]
pub struct DoneArgs {
    /// The action item's number (see `quorum actions`)
    pub action: i64,
    /// The day it was done [default: today]
    #[arg(long, value_parser = date, value_name = "DATE")]
    pub on: Option<NaiveDate>,
}

impl ActionsArgs {
    pub fn run(self, ctx: &mut Ctx) -> anyhow::Result<()> {
        let d = match self.cmd {
            Some(ActionsCmd::Done(d)) => d,
            Some(ActionsCmd::List(f)) => return f.run(ctx),
            None => return self.filter.run(ctx),
        };
        {
            let on = d.on.unwrap_or_else(|| ctx.clock.today());
            let mut store = ctx.open_store()?;
            let changed = ops::done(&mut store, &ctx.actor("actions done"), d.action, on)?;
            ctx.out
                .outcome_msg(&msg!("action-done", action = d.action, on = on));
            crate::cli::report(ctx, "actions done", changed)
        }
    }
}

impl ListArgs {
    pub fn run(self, ctx: &mut Ctx) -> anyhow::Result<()> {
        let rows = ops::list(
            &mut ctx.open_store()?,
            ActionFilter {
                meeting_id: self.meeting,
                open_only: self.open,
            },
        )?;
        ctx.out.list(
            &rows,
            if self.open {
                "No open action items."
            } else {
                "No action items yet; record one with `quorum minutes action M --who … --what …`."
            },
        )
    }
}
