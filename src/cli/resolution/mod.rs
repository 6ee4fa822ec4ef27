//! `quorum resolution …`: written resolutions outside a meeting (BW 2:40). One file per verb;
//! handlers parse, call `ops::resolution` and render through `output::resolution`.

use clap::Subcommand;

use crate::app::Ctx;
use crate::ops::Changed;
use crate::ops::resolution::Done;
use crate::output::resolution::shown;

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

/// The JSON result of a writing resolution command: the resolution as `resolution show` gives
/// it.
pub(crate) fn report<T>(ctx: &Ctx, command: &str, changed: Changed<Done<T>>) -> anyhow::Result<()> {
    crate::cli::report(ctx, command, changed.map(|d| shown(&d.view)))
}

/// Domain field names as the flags of these commands.
pub(crate) fn with_flags(err: anyhow::Error) -> anyhow::Error {
    crate::cli::args::field_to_flag(err, |field| match field {
        "board_informed" | "on" | "date" => Some(crate::cli::args::flag_for(field)),
        _ => None,
    })
}
