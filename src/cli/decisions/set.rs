//! `decisions set ID --status in-force --on D [--note TEXT]`, or `--status superseded [--by ID2]`;
//! `--made-known DATE` and `--confirmed-by ID2` for a voidable decision (BW 2:15 lid 5, 6).

use crate::domain::msg::msg;
use chrono::NaiveDate;
use clap::Args;

use crate::app::Ctx;
use crate::cli::args::date;
use crate::domain::decision::Status;
use crate::ops::decision::{self as ops, Set};
use crate::output::decision::shown;

#[derive(Debug, Args)]
#[command(group(clap::ArgGroup::new("what").required(true).args(["status", "made_known", "confirmed_by"])))]
pub struct SetArgs {
    /// The decision's code (ALV-2027-03-14/4) or number
    pub decision: String,
    /// The new status: in-force (the notarial deed was passed) or superseded
    #[arg(long, value_parser = crate::cli::choices::StatusChoice::parser(), ignore_case = true, value_name = "S", requires = "date")]
    pub status: Option<Status>,
    /// The day it holds from: the day of the deed, or of the superseding decision
    #[arg(long = "on", visible_alias = "date", value_parser = date, value_name = "DATE", requires = "status")]
    pub date: Option<NaiveDate>,
    /// The day a voidable decision was made known to the members: annulment can be claimed
    /// for one year from it (BW 2:15 lid 5)
    #[arg(long, value_parser = date, value_name = "DATE", conflicts_with_all = ["status", "confirmed_by"])]
    pub made_known: Option<NaiveDate>,
    /// The later decision (code or number) that confirmed a voidable decision, which makes it
    /// valid (BW 2:15 lid 6)
    #[arg(long, value_name = "ID2", conflicts_with_all = ["status", "by"])]
    pub confirmed_by: Option<String>,
    /// Why, for the history: the notary and the deed's number, say
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,
    /// The later decision that supersedes it (code or number), with --status superseded
    #[arg(long, value_name = "ID2")]
    pub by: Option<String>,
}

impl SetArgs {
    pub fn run(self, ctx: &mut Ctx) -> anyhow::Result<()> {
        let mut store = ctx.open_store()?;
        let actor = ctx.actor("decisions set");
        let done = if let Some(on) = self.made_known {
            let done = ops::made_known(&mut store, &actor, &self.decision, on)
                .map_err(crate::cli::args::with_flag_names)?;
            let d = &done.value.decision;
            ctx.out.status_msg(&msg!(
                "decision-made-known",
                code = d.code.as_str(),
                on = on,
                until = crate::domain::decision::standing::annulment_deadline(on)
            ));
            done
        } else if let Some(by) = &self.confirmed_by {
            let done = ops::confirm(&mut store, &actor, &self.decision, by)
                .map_err(crate::cli::args::with_flag_names)?;
            let d = &done.value.decision;
            ctx.out.status_msg(&msg!(
                "decision-confirmed",
                code = d.code.as_str(),
                by = d.confirmed_by.as_deref().unwrap_or_default(),
                standing = d.standing.to_string()
            ));
            done
        } else {
            self.set_status(ctx, &mut store, &actor)?
        };
        crate::cli::report(ctx, "decisions set", done.map(|v| shown(&v)))
    }

    fn set_status(
        &self,
        ctx: &mut Ctx,
        store: &mut crate::store::Store,
        actor: &crate::store::Actor,
    ) -> anyhow::Result<crate::ops::Changed<ops::DecisionView>> {
        let (Some(status), Some(on)) = (self.status, self.date) else {
            unreachable!("clap requires --status with --on")
        };
        let done = ops::set(
            store,
            actor,
            &self.decision,
            &Set {
                status,
                on,
                note: self.note.clone(),
                by: self.by.clone(),
            },
        )
        .map_err(crate::cli::args::with_flag_names)?;
        let d = &done.value.decision;
        ctx.out.outcome_msg(&msg!(
            "decision-status-set",
            code = d.code.as_str(),
            status = d.status.to_string(),
            from = d.status_date.as_str()
        ));
        Ok(done)
    }
}
