//! `resolution new P --board-informed DATE [--on DATE]`.

use crate::domain::msg::msg;
use chrono::NaiveDate;
use clap::Args;

use super::{report, with_flags};
use crate::app::Ctx;
use crate::cli::args::date;
use crate::ops::resolution as ops;

#[derive(Debug, Args)]
pub struct NewArgs {
    /// The draft proposal to decide outside a meeting
    pub proposal: i64,
    /// The day the board was informed of it (BW 2:40: its prior knowledge is required)
    #[arg(long, value_parser = date, value_name = "DATE")]
    pub board_informed: NaiveDate,
    /// The date of the voting roll that says who must agree (default: today)
    #[arg(long, value_parser = date, value_name = "DATE")]
    pub on: Option<NaiveDate>,
}

impl NewArgs {
    pub fn run(self, ctx: &mut Ctx) -> anyhow::Result<()> {
        let today = ctx.clock.today();
        let on = self.on.unwrap_or(today);
        let mut store = ctx.open_store()?;
        let done = ops::new(
            &mut store,
            &ctx.actor("resolution new"),
            self.proposal,
            self.board_informed,
            on,
            today,
        )
        .map_err(with_flags)?;
        let made = &done.value.did;
        for w in &made.warnings {
            ctx.out.warn(w);
        }
        ctx.out.outcome_msg(&msg!(
            "resolution-made",
            resolution = made.id,
            proposal = self.proposal,
            voters = made.voters,
            on = on,
            votes = made.votes
        ));
        report(ctx, "resolution new", done)
    }
}
