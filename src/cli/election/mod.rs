//! `quorum election …`: elections of persons in an open meeting (rules.md B4, B5, B7, B8).
//! One file per verb; handlers parse, call `ops::election` and render through
//! `output::election`.

use clap::Subcommand;

use crate::app::Ctx;

pub mod ballot;
pub mod binding;
pub mod candidate;
pub mod codes;
pub mod count;
pub mod export;
pub mod new;
pub mod show;

/// Hold elections of persons: candidates, paper ballots, rounds, count and export
#[derive(Debug, Subcommand)]
pub enum ElectionCmd {
    /// Make an election in a meeting (its seed for lots is printed and recorded)
    New(new::NewArgs),
    /// List the elections
    #[command(visible_alias = "ls")]
    List(show::ListArgs),
    /// Show an election: candidates, rounds, figures, outcome
    Show(show::ShowArgs),
    /// Nominate, withdraw and list candidates
    Candidate(candidate::CandidateArgs),
    /// Record the meeting's vote on removing a binding nomination's force (BW 2:37)
    Binding(binding::BindingArgs),
    /// Enter paper ballots of the open round: one paper, or a CSV ballot file
    Ballot(ballot::BallotArgs),
    /// Issue the voting codes of the open round, one per vote present or represented
    Codes(codes::CodesArgs),
    /// Cast a secret ballot with a voting code
    Cast(codes::CastArgs),
    /// Count the open round (or recount every counted round with --recount)
    Count(count::CountArgs),
    /// Open the next round with the candidates the last count sent to it
    Round(count::RoundArgs),
    /// Export the stages as CSV/JSON, and the anonymous ballots as BLT
    Export(export::ExportArgs),
}

impl ElectionCmd {
    pub fn run(self, ctx: &mut Ctx) -> anyhow::Result<()> {
        match self {
            ElectionCmd::New(a) => a.run(ctx),
            ElectionCmd::List(a) => a.run(ctx),
            ElectionCmd::Show(a) => a.run(ctx),
            ElectionCmd::Candidate(a) => a.run(ctx),
            ElectionCmd::Binding(a) => a.run(ctx),
            ElectionCmd::Ballot(a) => a.run(ctx),
            ElectionCmd::Codes(a) => a.run(ctx),
            ElectionCmd::Cast(a) => a.run(ctx),
            ElectionCmd::Count(a) => a.run(ctx),
            ElectionCmd::Round(a) => a.run(ctx),
            ElectionCmd::Export(a) => a.run(ctx),
        }
    }
}

/// The JSON result of a writing election command: the election as `election show` gives it.
pub(crate) fn report<T>(
    ctx: &Ctx,
    command: &str,
    changed: crate::ops::Changed<crate::ops::election::Done<T>>,
) -> anyhow::Result<()> {
    crate::cli::report(ctx, command, changed.map(|d| d.record))
}
