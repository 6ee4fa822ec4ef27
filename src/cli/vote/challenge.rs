//! `vote challenge V --by N…` (BW 2:13 lid 4) and `vote convert V --method ballot`.

use crate::domain::msg::msg;
use clap::Args;

use super::report;
use crate::app::Ctx;
use crate::domain::vote::Method;
use crate::ops::vote as ops;

#[derive(Debug, Args)]
pub struct ChallengeArgs {
    /// The vote whose declared result is challenged
    pub vote: i64,
    /// Numbers of the voters present who demand a new vote
    #[arg(long, value_name = "N", num_args = 1.., required = true)]
    pub by: Vec<i64>,
    /// How the new vote is taken (default: roll-call after a show of hands, else the same)
    #[arg(long, value_parser = crate::cli::choices::MethodChoice::parser(), ignore_case = true, value_name = "METHOD")]
    pub method: Option<Method>,
}

impl ChallengeArgs {
    pub fn run(self, ctx: &mut Ctx) -> anyhow::Result<()> {
        let mut store = ctx.open_store()?;
        let done = ops::challenge(
            &mut store,
            &ctx.actor("vote challenge"),
            self.vote,
            &self.by,
            self.method,
        )?;
        ctx.out.outcome_msg(&msg!(
            "vote-superseded",
            vote = self.vote,
            by = done.value.view.vote.id
        ));
        report(ctx, "vote challenge", done)
    }
}

#[derive(Debug, Args)]
pub struct ConvertArgs {
    /// The open vote
    pub vote: i64,
    /// The method it becomes (ballot: a written vote)
    #[arg(long, value_parser = crate::cli::choices::MethodChoice::parser(), ignore_case = true, value_name = "METHOD")]
    pub method: Method,
    /// How many voters asked for it
    #[arg(long, value_name = "N", default_value_t = 1)]
    pub requested_by: u64,
}

impl ConvertArgs {
    pub fn run(self, ctx: &mut Ctx) -> anyhow::Result<()> {
        let mut store = ctx.open_store()?;
        let done = ops::convert(
            &mut store,
            &ctx.actor("vote convert"),
            self.vote,
            self.method,
            self.requested_by,
        )?;
        ctx.out.outcome_msg(&msg!(
            "vote-converted",
            vote = self.vote,
            method = self.method.to_string()
        ));
        report(ctx, "vote convert", done)
    }
}
