//! `quorum resolution …`: written resolutions outside a meeting (BW 2:40). One file per verb;
//! handlers parse, call `ops::resolution` and render through `output::resolution`.

use clap::Subcommand;

use crate::app::Ctx;
use crate::output::resolution::{ResolutionRecord, record};
use crate::store::Store;

pub mod close;
pub mod new;
pub mod show;
pub mod sign;

/// Make, sign, close and list written resolutions outside a meeting (BW 2:40)
#[derive(Debug, Subcommand)]
pub enum ResolutionCmd {
    /// Put a draft proposal to all members with a vote in writing; takes the roll's snapshot
    New(new::NewArgs),
    /// Record members' signatures: agreed, or against with --against
    Sign(sign::SignArgs),
    /// Close a resolution: adopted if every member with a vote agreed, else failed
    Close(close::CloseArgs),
    /// Show one resolution: grounds, snapshot, signatures, outcome and explanation
    Show(show::ShowArgs),
    /// List the resolutions
    #[command(visible_alias = "ls")]
    List(show::ListArgs),
}

impl ResolutionCmd {
    pub fn run(self, ctx: &mut Ctx) -> anyhow::Result<()> {
        match self {
            ResolutionCmd::New(a) => a.run(ctx),
            ResolutionCmd::Sign(a) => a.run(ctx),
            ResolutionCmd::Close(a) => a.run(ctx),
            ResolutionCmd::Show(a) => a.run(ctx),
            ResolutionCmd::List(a) => a.run(ctx),
        }
    }
}

/// The resolution as its record, read back from the store.
pub(crate) fn resolution_record(store: &mut Store, id: i64) -> anyhow::Result<ResolutionRecord> {
    store.read(|tx| {
        let r = tx.resolution(id)?;
        Ok(record(&r, &tx.resolution_count(id)?))
    })
}

/// The JSON result of a writing resolution command.
pub(crate) fn report(ctx: &Ctx, store: &mut Store, command: &str, id: i64) -> anyhow::Result<()> {
    let r = resolution_record(store, id)?;
    crate::cli::report_change(ctx, store, command, r)
}

/// Domain field names as the flags of these commands.
pub(crate) fn with_flags(err: anyhow::Error) -> anyhow::Error {
    crate::cli::args::field_to_flag(err, |field| match field {
        "board_informed" | "on" | "date" => Some(crate::cli::args::flag_for(field)),
        _ => None,
    })
}
