//! `vote show V`, `vote list [--meeting M]`, `vote export [--meeting M]`.

use clap::Args;

use crate::domain::msg::msg;

use crate::app::Ctx;
use crate::ops::vote as ops;
use crate::output::Format;
use crate::output::vote::{VoteRecord, cast_row, listed_row, record};

#[derive(Debug, Args)]
pub struct ShowArgs {
    /// The vote's number (see `quorum vote list`)
    pub vote: i64,
}

impl ShowArgs {
    pub fn run(self, ctx: &mut Ctx) -> anyhow::Result<()> {
        let mut store = ctx.open_store()?;
        let view = ops::show(&mut store, self.vote)?;
        ctx.out.record(&record(&view))?;
        if ctx.out.format == Format::Table && !view.casts.is_empty() {
            ctx.out.outcome_line(String::new());
            ctx.out.outcome_line_msg(&msg!("vote-roll-call-heading"));
            let rows: Vec<_> = view.casts.iter().map(cast_row).collect();
            ctx.out.list(&rows, "")?;
        }
        Ok(())
    }
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only the votes of this meeting
    #[arg(long, value_name = "M")]
    pub meeting: Option<i64>,
}

impl ListArgs {
    pub fn run(self, ctx: &mut Ctx, export: bool) -> anyhow::Result<()> {
        let mut store = ctx.open_store()?;
        if !export {
            let rows: Vec<_> = ops::list(&mut store, self.meeting)?
                .iter()
                .map(listed_row)
                .collect();
            return ctx.out.list(&rows, &ctx.out.say(&msg!("list-empty-votes")));
        }
        let rows: Vec<VoteRecord> = ops::export(&mut store, self.meeting)?
            .iter()
            .map(record)
            .collect();
        ctx.out.list(&rows, &ctx.out.say(&msg!("list-empty-votes")))
    }
}
