//! `decisions set ID --status in-force --date D [--note TEXT]`, or `--status superseded [--by ID2]`.

use chrono::NaiveDate;
use clap::Args;

use super::status_arg;
use crate::app::Ctx;
use crate::cli::args::date;
use crate::domain::decision::Status;
use crate::ops::decision::{self as ops, Set};
use crate::output::decision::record;

#[derive(Debug, Args)]
pub struct SetArgs {
    /// The decision's code (ALV-2027-03-14/4) or number
    pub decision: String,
    /// The new status: in-force (the notarial deed was passed) or superseded
    #[arg(long, value_parser = status_arg, value_name = "S")]
    pub status: Status,
    /// The day it holds from: the day of the deed, or of the superseding decision
    #[arg(long, value_parser = date, value_name = "DATE")]
    pub date: NaiveDate,
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
        let d = ops::set(
            &mut store,
            &ctx.actor("decisions set"),
            &self.decision,
            &Set {
                status: self.status,
                on: self.date,
                note: self.note,
                by: self.by,
            },
        )
        .map_err(crate::cli::args::with_flag_names)?;
        ctx.out.outcome(
            "Set",
            format_args!("decision {} is {} from {}", d.code, d.status, d.status_date),
        );
        let rec = store.read(|tx| Ok(record(&d, super::show::grounds(tx, &d)?)))?;
        crate::cli::report_change(ctx, &mut store, "decisions set", rec)
    }
}
