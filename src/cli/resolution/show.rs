//! `resolution show R`, `resolution list`.

use clap::Args;

use super::resolution_record;
use crate::app::Ctx;
use crate::output::Format;
use crate::output::resolution::{list_row, record, signature_row};

#[derive(Debug, Args)]
pub struct ShowArgs {
    /// The resolution's number (see `quorum resolution list`)
    pub resolution: i64,
}

impl ShowArgs {
    pub fn run(self, ctx: &mut Ctx) -> anyhow::Result<()> {
        let mut store = ctx.open_store()?;
        let r = resolution_record(&mut store, self.resolution)?;
        ctx.out.record(&r)?;
        if ctx.out.format == Format::Table {
            let sigs = store.read(|tx| tx.resolution_signatures(self.resolution))?;
            if !sigs.is_empty() {
                ctx.out.outcome_line("\nSignatures:");
                let rows: Vec<_> = sigs.iter().map(signature_row).collect();
                ctx.out.list(&rows, "")?;
            }
        }
        Ok(())
    }
}

#[derive(Debug, Args)]
pub struct ListArgs {}

impl ListArgs {
    pub fn run(self, ctx: &mut Ctx) -> anyhow::Result<()> {
        let mut store = ctx.open_store()?;
        let rows = store.read(|tx| {
            tx.resolutions()?
                .iter()
                .map(|r| {
                    let rec = record(r, &tx.resolution_count(r.id)?);
                    Ok(list_row(&rec))
                })
                .collect::<anyhow::Result<Vec<_>>>()
        })?;
        ctx.out.list(&rows, "No written resolutions.")
    }
}
