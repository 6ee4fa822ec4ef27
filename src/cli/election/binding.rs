//! `election binding E --for N --against N`: the meeting's vote on removing the binding force
//! of the board's nomination (BW 2:37 lid 4).

use crate::domain::msg::msg;
use clap::Args;

use super::report;
use crate::app::Ctx;
use crate::ops::election as ops;

#[derive(Debug, Args)]
pub struct BindingArgs {
    /// The election's number
    pub election: i64,
    /// Votes for removing the binding force
    #[arg(long = "for", value_name = "N")]
    pub votes_for: u64,
    /// Votes against (blank and invalid votes are not cast and are left out)
    #[arg(long, value_name = "N")]
    pub against: u64,
}

impl BindingArgs {
    pub fn run(self, ctx: &mut Ctx) -> anyhow::Result<()> {
        let mut store = ctx.open_store()?;
        let b = ops::binding(
            &mut store,
            &ctx.actor("election binding"),
            self.election,
            self.votes_for,
            self.against,
        )?;
        ctx.out
            .outcome_msg(&msg!("election-binding-recorded", election = self.election));
        ctx.out.outcome_line(&b.value.did.explanation);
        report(ctx, "election binding", b)
    }
}
