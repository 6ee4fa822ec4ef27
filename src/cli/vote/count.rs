//! `vote count V --for N --against N [--blank N] [--invalid N] [--abstain N]`.

use clap::Args;

use super::report;
use crate::app::Ctx;
use crate::domain::msg::msg;
use crate::domain::rules::decide::Tally;
use crate::ops::vote as ops;

#[derive(Debug, Args)]
pub struct CountArgs {
    /// The vote's number (see `quorum vote list`)
    #[arg(required_unless_present = "proposal")]
    pub vote: Option<i64>,
    /// The proposal instead of the vote's number, where it has exactly one open vote
    #[arg(long, value_name = "P", conflicts_with = "vote")]
    pub proposal: Option<i64>,
    /// Votes for
    #[arg(long = "for", value_name = "N")]
    pub votes_for: u64,
    /// Votes against
    #[arg(long, value_name = "N")]
    pub against: u64,
    /// Blank votes
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub blank: u64,
    /// Invalid votes
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub invalid: u64,
    /// Abstentions
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub abstain: u64,
}

impl CountArgs {
    pub fn run(self, ctx: &mut Ctx) -> anyhow::Result<()> {
        let mut store = ctx.open_store()?;
        let which = ops::Which {
            vote: self.vote,
            proposal: self.proposal,
        };
        let t = Tally {
            votes_for: self.votes_for,
            against: self.against,
            blank: self.blank,
            invalid: self.invalid,
            abstain: self.abstain,
        };
        let done = ops::count(&mut store, &ctx.actor("vote count"), which, t)?;
        let named = &done.value.named;
        ctx.out.outcome_msg(&msg!(
            "vote-counted",
            named = named.clone(),
            for = t.votes_for,
            against = t.against,
            blank = t.blank,
            invalid = t.invalid,
            abstain = t.abstain
        ));
        report(ctx, "vote count", done)
    }
}
