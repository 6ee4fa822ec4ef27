//! `proposal show`.

use clap::Args;

use super::record;
use crate::app::Ctx;
use crate::ops::proposal as ops;
use crate::output::proposal::{ExclusionRow, show};

#[derive(Debug, Args)]
pub struct ShowArgs {
    /// The proposal's number (see `quorum proposal list`)
    pub proposal: i64,
}

impl ShowArgs {
    pub fn run(self, ctx: &mut Ctx) -> anyhow::Result<()> {
        let d = ops::show(&mut ctx.open_store()?, self.proposal)?;
        // The reasons are for people at the table; JSON and CSV stay one document.
        let excluded: Vec<ExclusionRow> = d
            .exclusions
            .iter()
            .map(|e| ExclusionRow {
                number: e.number,
                reason: e.reason.clone(),
            })
            .collect();
        show(&ctx.out, &record(&d), &excluded)
    }
}
