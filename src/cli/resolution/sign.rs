//! `resolution sign R N… [--on DATE] [--against]`.

use crate::domain::msg::msg;
use chrono::NaiveDate;
use clap::Args;

use super::{report, with_flags};
use crate::app::Ctx;
use crate::cli::args::{date, member_number};
use crate::ops::resolution as ops;

#[derive(Debug, Args)]
pub struct SignArgs {
    /// The resolution's number
    pub resolution: i64,
    /// Numbers of the members who signed
    #[arg(value_parser = member_number, value_name = "N", num_args = 1.., required = true)]
    pub members: Vec<i64>,
    /// The day they signed (default: today)
    #[arg(long = "on", visible_alias = "date", value_parser = date, value_name = "DATE")]
    pub date: Option<NaiveDate>,
    /// They signed against: the resolution can then not be adopted
    #[arg(long)]
    pub against: bool,
}

impl SignArgs {
    pub fn run(self, ctx: &mut Ctx) -> anyhow::Result<()> {
        let today = ctx.clock.today();
        let mut store = ctx.open_store()?;
        let done = ops::sign(
            &mut store,
            &ctx.actor("resolution sign"),
            self.resolution,
            &self.members,
            self.date.unwrap_or(today),
            !self.against,
            today,
        )
        .map_err(with_flags)?;
        let signed = &done.value.did;
        let how = if self.against { "against" } else { "agreed" };
        for n in &signed.numbers {
            ctx.out.outcome_msg(&msg!(
                "resolution-signed",
                resolution = self.resolution,
                member = *n,
                how = how
            ));
        }
        if self.against {
            ctx.out.outcome_line_msg(&msg!(
                "resolution-cannot-pass",
                resolution = self.resolution
            ));
        }
        if let Some(text) = &signed.adopted {
            ctx.out
                .outcome_msg(&msg!("resolution-adopted", resolution = self.resolution));
            ctx.out.outcome_line(text);
        }
        report(ctx, "resolution sign", done)
    }
}
