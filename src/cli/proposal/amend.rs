//! `proposal amend`.

use crate::domain::msg::msg;
use clap::Args;

use super::{ByArgs, TextArgs, report, with_flags};
use crate::app::Ctx;
use crate::ops::proposal::{self as ops, By};

#[derive(Debug, Args)]
pub struct AmendArgs {
    /// The number of the proposal to amend
    pub proposal: i64,
    /// The amendment's title, e.g. "Budget 2027: €500 more for the youth team"
    #[arg(long)]
    pub title: Option<String>,
    #[command(flatten)]
    pub text: TextArgs,
    /// Without --by or --by-board the amendment is recorded as moved from the floor
    #[command(flatten)]
    pub by: ByArgs,
}

impl AmendArgs {
    pub fn run(self, ctx: &mut Ctx) -> anyhow::Result<()> {
        let title = ctx.required(self.title, "--title", "Title of the amendment")?;
        let by = self.by.given().unwrap_or(By::Floor);
        let text = self.text.read()?;
        let mut store = ctx.open_store()?;
        let changed = ops::amend(
            &mut store,
            &ctx.actor("proposal amend"),
            ctx.clock.today(),
            self.proposal,
            &title,
            text.as_deref(),
            by,
        )
        .map_err(with_flags)?;
        let added = &changed.value;
        for w in &added.warnings {
            ctx.out.warn(w);
        }
        let a = &added.proposal;
        ctx.out.outcome_msg(&msg!(
            "proposal-amendment-added",
            proposal = a.id,
            of = self.proposal
        ));
        report(ctx, "proposal amend", changed.map(|a| a.detail))
    }
}
