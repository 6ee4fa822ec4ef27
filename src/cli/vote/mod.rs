//! `quorum vote …`: votes on proposals at an open meeting. One file per verb; handlers parse,
//! call `ops::vote` and render through `output::vote`.

use clap::Subcommand;

use crate::app::Ctx;
use crate::domain::DomainError;
use crate::domain::vote::Choice;
use crate::ops::Changed;
use crate::ops::vote::Done;
use crate::output::vote::record;

pub mod cast;
pub mod challenge;
pub mod close;
pub mod codes;
pub mod count;
pub mod open;
pub mod show;

pub(crate) fn choice_arg(s: &str) -> Result<Choice, String> {
    s.parse().map_err(|e: DomainError| e.to_string())
}

/// Open, count, cast, close and challenge votes on proposals
#[derive(Debug, Subcommand)]
pub enum VoteCmd {
    /// Open a vote on a proposal at its (open) meeting; stores the quorum statement
    Open(open::OpenArgs),
    /// Enter the counts of a show of hands
    Count(count::CountArgs),
    /// Cast a roll-call vote: in person, for a proxy giver, or with all proxies held
    Cast(cast::CastArgs),
    /// Close a vote: the result under the rules, explained; records the chair's declaration
    Close(close::CloseArgs),
    /// Demand a new vote at once after the declaration (BW 2:13 lid 4)
    Challenge(challenge::ChallengeArgs),
    /// Turn an open vote into a written ballot on request (written_vote_on_request)
    Convert(challenge::ConvertArgs),
    /// Issue the secret ballot's codes: one per vote present, random order, no names
    Codes(codes::CodesArgs),
    /// Show one vote: grounds, counts, result, explanation, declaration, roll call
    Show(show::ShowArgs),
    /// List the votes
    #[command(visible_alias = "ls")]
    List(show::ListArgs),
    /// Export the votes with counts, base, threshold, result and explanation
    Export(show::ListArgs),
}

impl VoteCmd {
    pub fn run(self, ctx: &mut Ctx) -> anyhow::Result<()> {
        match self {
            VoteCmd::Open(a) => a.run(ctx),
            VoteCmd::Count(a) => a.run(ctx),
            VoteCmd::Cast(a) => a.run(ctx),
            VoteCmd::Close(a) => a.run(ctx),
            VoteCmd::Challenge(a) => a.run(ctx),
            VoteCmd::Convert(a) => a.run(ctx),
            VoteCmd::Codes(a) => a.run(ctx),
            VoteCmd::Show(a) => a.run(ctx),
            VoteCmd::List(a) => a.run(ctx, false),
            VoteCmd::Export(a) => a.run(ctx, true),
        }
    }
}

/// The JSON result of a writing vote command: the vote as `vote show` gives it.
pub(crate) fn report<T>(ctx: &Ctx, command: &str, changed: Changed<Done<T>>) -> anyhow::Result<()> {
    crate::cli::report(ctx, command, changed.map(|d| record(&d.view)))
}
