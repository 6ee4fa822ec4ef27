//! `proposal show`.

use clap::Args;

use super::record;
use crate::app::Ctx;
use crate::ops::proposal as ops;
use crate::output::Format;
use crate::output::proposal::ExclusionRow;

#[derive(Debug, Args)]
pub struct ShowArgs {
    /// The proposal's number (see `quorum proposal list`)
    pub proposal: i64,
}

impl ShowArgs {
    pub fn run(self, ctx: &mut Ctx) -> anyhow::Result<()> {
        let d = ops::show(&mut ctx.open_store()?, self.proposal)?;
        ctx.out.record(&record(&d))?;
        // The reasons are for people at the table; JSON and CSV stay one document.
        if ctx.out.format == Format::Table && !d.exclusions.is_empty() {
            ctx.out.note("\nExcluded from the vote (BW 2:12):");
            let rows: Vec<ExclusionRow> = d
                .exclusions
                .iter()
                .map(|e| ExclusionRow {
                    number: e.number,
                    reason: e.reason.clone(),
                })
                .collect();
            ctx.out.list(&rows, "")?;
        }
        Ok(())
    }
}
