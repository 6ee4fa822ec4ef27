//! `proposal list`.

use clap::Args;

use crate::app::Ctx;
use crate::ops::proposal as ops;
use crate::output::proposal::{ProposalRow, list};

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only the proposals of meeting M
    #[arg(long, value_name = "M")]
    pub meeting: Option<i64>,
}

impl ListArgs {
    pub fn run(self, ctx: &mut Ctx) -> anyhow::Result<()> {
        let found = ops::list(&mut ctx.open_store()?, self.meeting)?;
        let rows: Vec<ProposalRow> = found.iter().map(|(p, s)| ProposalRow::new(p, s)).collect();
        list(&ctx.out, &rows)
    }
}
