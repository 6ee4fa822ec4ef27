//! `resolution show R`, `resolution list`.

use crate::domain::msg::msg;
use clap::Args;

use crate::app::Ctx;
use crate::ops::resolution as ops;
use crate::output::Format;
use crate::output::resolution::{list_row, shown, signature_row};

#[derive(Debug, Args)]
pub struct ShowArgs {
    /// The resolution's number (see `quorum resolution list`)
    pub resolution: i64,
}

impl ShowArgs {
    pub fn run(self, ctx: &mut Ctx) -> anyhow::Result<()> {
        let mut store = ctx.open_store()?;
        let view = ops::show(&mut store, self.resolution)?;
        ctx.out.record(&shown(&view))?;
        if ctx.out.format == Format::Table && !view.signatures.is_empty() {
            ctx.out.outcome_line(String::new());
            ctx.out
                .outcome_line_msg(&msg!("resolution-signatures-heading"));
            let rows: Vec<_> = view.signatures.iter().map(signature_row).collect();
            ctx.out.list(&rows, "")?;
        }
        Ok(())
    }
}

#[derive(Debug, Args)]
pub struct ListArgs {}

impl ListArgs {
    pub fn run(self, ctx: &mut Ctx) -> anyhow::Result<()> {
        let mut store = ctx.open_store()?;
        let rows: Vec<_> = ops::list(&mut store)?
            .iter()
            .map(|v| list_row(&shown(v)))
            .collect();
        ctx.out.list(&rows, "No written resolutions.")
    }
}
