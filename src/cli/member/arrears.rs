//! `quorum member arrears N --since DATE | --clear`: contribution arrears (rules.md B13). They
//! cost the vote only where the rules in force say `arrears_suspends_vote = true`.

use chrono::NaiveDate;
use clap::Args;

use crate::app::Ctx;
use crate::cli::args::{date as date_arg, with_flag_names};

/// Record that a member is in arrears with the contribution, or that they paid up
#[derive(Debug, Args)]
#[command(group = clap::ArgGroup::new("what").required(true).args(["since", "clear"]))]
pub struct ArrearsArgs {
    /// Member number
    #[arg(value_name = "NUMBER")]
    pub number: i64,
    /// First day in arrears
    #[arg(long, value_name = "DATE", value_parser = date_arg)]
    pub since: Option<NaiveDate>,
    /// The member paid up: end the open arrears
    #[arg(long)]
    pub clear: bool,
    /// With --clear: first day paid up [default: today]
    #[arg(long, value_name = "DATE", value_parser = date_arg, requires = "clear")]
    pub date: Option<NaiveDate>,
}

impl ArrearsArgs {
    pub fn run(self, ctx: &mut Ctx) -> anyhow::Result<()> {
        let mut store = ctx.open_store()?;
        let actor = ctx.actor("member arrears");
        if let Some(since) = self.since {
            store
                .write(&actor, |tx| tx.set_arrears(self.number, since))
                .map_err(with_flag_names)?;
            ctx.out.outcome(
                "Recorded",
                format_args!("member {}: in arrears since {since}", self.number),
            );
        } else {
            let date = self.date.unwrap_or_else(|| ctx.clock.today());
            let since = store
                .write(&actor, |tx| tx.clear_arrears(self.number, date))
                .map_err(with_flag_names)?;
            ctx.out.outcome(
                "Cleared",
                format_args!(
                    "member {}: in arrears from {since}, paid up from {date}",
                    self.number
                ),
            );
        }
        let m = store.read(|tx| tx.member(self.number))?;
        let record = crate::output::member::MemberRecord::new(&m, ctx.clock.today());
        crate::cli::report_change(ctx, &mut store, "member arrears", record)
    }
}
