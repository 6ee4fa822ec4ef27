//! PLACEHOLDER: `quorum member export` (the import/export helper fills this in).

use clap::Args;

use crate::app::Ctx;

/// PLACEHOLDER
#[derive(Debug, Args)]
pub struct ExportArgs {}

impl ExportArgs {
    pub fn run(self, _ctx: &mut Ctx) -> anyhow::Result<()> {
        anyhow::bail!("not written yet")
    }
}
