//! `quorum member arrears N --from DATE | --clear`: contribution arrears (rules.md B13). They
//! cost the vote only where the rules in force say `arrears_suspends_vote = true`.

use crate::domain::msg::msg;
use chrono::NaiveDate;
use clap::Args;

use crate::app::Ctx;
use crate::cli::args::{date as date_arg, with_flag_names};
use crate::ops::{self, member::Arrears};
use crate::output::member::MemberRecord;

/// Record that a member is in arrears with the contribution, or that they paid up
#[derive(Debug, Args)]
#[command(group = clap::ArgGroup::new("what").required(true).args(["since", "clear"]))]
pub struct ArrearsArgs {
    /// Member number
    #[arg(value_name = "NUMBER")]
    pub number: i64,
    /// First day in arrears
    #[arg(long = "from", visible_alias = "since", value_name = "DATE", value_parser = date_arg)]
    pub since: Option<NaiveDate>,
    /// The member paid up: end the open arrears
    #[arg(long)]
    pub clear: bool,
    /// With --clear: first day paid up [default: today]
    #[arg(long = "on", visible_alias = "date", value_name = "DATE", value_parser = date_arg, requires = "clear")]
    pub date: Option<NaiveDate>,
}

impl ArrearsArgs {
    pub fn run(self, ctx: &mut Ctx) -> anyhow::Result<()> {
        let mut store = ctx.open_store()?;
        let actor = ctx.actor("member arrears");
        let what = match self.since {
            Some(since) => Arrears::Since(since),
            None => Arrears::Clear(self.date.unwrap_or_else(|| ctx.clock.today())),
        };
        let changed =
            ops::member::arrears(&mut store, &actor, self.number, what).map_err(with_flag_names)?;
        let since = changed.value.1;
        match what {
            Arrears::Since(_) => {
                ctx.out
                    .outcome_msg(&msg!("member-arrears", number = self.number, since = since))
            }
            Arrears::Clear(date) => ctx.out.outcome_msg(&msg!(
                "member-arrears-cleared",
                number = self.number,
                since = since,
                date = date
            )),
        }
        let today = ctx.clock.today();
        let changed = changed.map(|(m, _)| MemberRecord::new(&m, today));
        crate::cli::report(ctx, "member arrears", changed)
    }
}
