//! `proposal exclude`.

use crate::domain::msg::msg;
use clap::Args;

use super::{report, with_flags};
use crate::app::Ctx;
use crate::ops::proposal as ops;

#[derive(Debug, Args)]
pub struct ExcludeArgs {
    /// The proposal's number
    pub proposal: i64,
    /// Member numbers excluded from the vote on it
    #[arg(required = true, value_parser = crate::cli::args::member_number)]
    pub members: Vec<i64>,
    /// Why, e.g. "the decision is about their own contract" (kept with the record, not the journal summary)
    #[arg(long)]
    pub reason: Option<String>,
    /// Exclude although the statutes provide no exclusion (vote_exclusion_enabled = false):
    /// recorded, and the decision is voidable (BW 2:12, 2:15)
    #[arg(long)]
    pub force: bool,
}

impl ExcludeArgs {
    pub fn run(self, ctx: &mut Ctx) -> anyhow::Result<()> {
        let id = self.proposal;
        let mut store = ctx.open_store()?;
        let changed = ops::exclude(
            &mut store,
            &ctx.actor("proposal exclude"),
            id,
            &self.members,
            self.reason.as_deref(),
            self.force,
            ctx.clock.today(),
        )
        .map_err(with_flags)?;
        for &(number, new) in &changed.value.numbers {
            if new {
                ctx.out
                    .outcome_msg(&msg!("proposal-excluded", number = number, proposal = id));
            } else {
                ctx.out.outcome_line_msg(&msg!(
                    "proposal-excluded-already",
                    number = number,
                    proposal = id
                ));
            }
        }
        report(ctx, "proposal exclude", changed.map(|e| e.detail))
    }
}
