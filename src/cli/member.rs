//! PLACEHOLDER: `quorum member …` (the registry helper fills this in).

use clap::Subcommand;

use crate::app::Ctx;

/// Keep the member registry
#[derive(Debug, Subcommand)]
pub enum MemberCmd {
    /// Import members from a spreadsheet (CSV)
    Import(super::member_import::ImportArgs),
    /// Export members as CSV or JSON
    Export(super::member_export::ExportArgs),
}

impl MemberCmd {
    pub fn run(self, ctx: &mut Ctx) -> anyhow::Result<()> {
        match self {
            MemberCmd::Import(args) => args.run(ctx),
            MemberCmd::Export(args) => args.run(ctx),
        }
    }
}
