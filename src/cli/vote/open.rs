//! `vote open P --method hands|roll-call|ballot [--force]`.

use clap::Args;

use super::{method_arg, report};
use crate::app::Ctx;
use crate::domain::vote::Method;
use crate::ops::vote as ops;

#[derive(Debug, Args)]
pub struct OpenArgs {
    /// The proposal's number (see `quorum proposal list`)
    pub proposal: i64,
    /// How the vote is taken: hands, roll-call or ballot
    #[arg(long, value_parser = method_arg, value_name = "METHOD")]
    pub method: Method,
    /// Open a statute amendment's vote although BW 2:42 is not met; recorded, and the
    /// decision is voidable (BW 2:15)
    #[arg(long)]
    pub force: bool,
}

impl OpenArgs {
    pub fn run(self, ctx: &mut Ctx) -> anyhow::Result<()> {
        let mut store = ctx.open_store()?;
        let o = ops::open(
            &mut store,
            &ctx.actor("vote open"),
            self.proposal,
            self.method,
            self.force,
        )?;
        for w in &o.warnings {
            ctx.out.warn(w);
        }
        ctx.out.outcome(
            "Opened",
            format_args!(
                "vote {} on proposal {} ({})",
                o.id, self.proposal, self.method
            ),
        );
        report(ctx, &mut store, "vote open", o.id)
    }
}
