//! `proposal withdraw`.

use crate::domain::msg::msg;
use clap::Args;

use super::{report, with_flags};
use crate::app::Ctx;
use crate::ops::proposal as ops;

#[derive(Debug, Args)]
pub struct WithdrawArgs {
    /// The proposal's number
    pub proposal: i64,
}

impl WithdrawArgs {
    pub fn run(self, ctx: &mut Ctx) -> anyhow::Result<()> {
        let id = self.proposal;
        let mut store = ctx.open_store()?;
        let changed =
            ops::withdraw(&mut store, &ctx.actor("proposal withdraw"), id).map_err(with_flags)?;
        ctx.out
            .outcome_msg(&msg!("proposal-withdrawn", proposal = id));
        for a in &changed.value.along {
            ctx.out
                .outcome_msg(&msg!("proposal-amendment-withdrawn", proposal = *a));
        }
        report(ctx, "proposal withdraw", changed.map(|w| w.detail))
    }
}
