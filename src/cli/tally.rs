//! PLACEHOLDER: `quorum tally`.

use clap::Args;

use crate::app::Ctx;

/// Count a ballot file
#[derive(Debug, Args)]
pub struct TallyArgs {
    /// Ballot file
    pub file: std::path::PathBuf,
}

impl TallyArgs {
    pub fn run(self, _ctx: &mut Ctx) -> anyhow::Result<()> {
        anyhow::bail!("not written yet")
    }
}
