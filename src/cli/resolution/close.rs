//! `resolution close R`.

use crate::domain::msg::msg;
use clap::Args;

use super::report;
use crate::app::Ctx;
use crate::ops::resolution as ops;

#[derive(Debug, Args)]
pub struct CloseArgs {
    /// The resolution's number
    pub resolution: i64,
}

impl CloseArgs {
    pub fn run(self, ctx: &mut Ctx) -> anyhow::Result<()> {
        let mut store = ctx.open_store()?;
        let done = ops::close(&mut store, &ctx.actor("resolution close"), self.resolution)?;
        let text = &done.value.did;
        let closed = match done.value.view.resolution.status {
            crate::domain::resolution::Status::Adopted => {
                msg!("resolution-adopted", resolution = self.resolution)
            }
            _ => msg!("resolution-failed", resolution = self.resolution),
        };
        ctx.out.outcome_msg(&closed);
        ctx.out.outcome_line(text);
        report(ctx, "resolution close", done)
    }
}
