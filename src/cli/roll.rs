//! `quorum roll`: the voting roll (stemgerechtigdenlijst) a secretary prints for a meeting.

use chrono::NaiveDate;
use clap::Args;

use crate::app::Ctx;
use crate::cli::args::date as date_arg;

/// Print the voting roll: every member's votes, or why they have none, and totals by category
#[derive(Debug, Args)]
#[command(after_long_help = "\
Judged under the rules in force on the date: suspension (BW 2:24d), category (has_vote, \
weight), voting_waiting_period_days, arrears_suspends_vote (with `member arrears`) and \
min_age_own_vote. A member under that age keeps the votes, cast by the legal \
representative (votes show \"(rep.)\"; JSON cast_by is legal_representative). Members in \
register order, as `member list`. CSV holds the member lines only; JSON has on, members and \
totals.")]
pub struct RollArgs {
    /// The date of the meeting [default: today]
    #[arg(long, value_name = "DATE", value_parser = date_arg)]
    pub on: Option<NaiveDate>,
}

impl RollArgs {
    pub fn run(self, ctx: &mut Ctx) -> anyhow::Result<()> {
        let on = self.on.unwrap_or_else(|| ctx.clock.today());
        let roll = crate::ops::roll::show(&mut ctx.open_store()?, on)?;
        ctx.out.roll(&roll)
    }
}
