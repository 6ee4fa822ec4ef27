//! `election candidate E add (--member N | --name …) [--nominated-by board|members]`,
//! `candidate E withdraw C`, `candidate E list`.

use crate::domain::msg::msg;
use clap::{Args, Subcommand};

use super::report;
use crate::app::Ctx;
use crate::ops::election::{self as ops, Who};

#[derive(Debug, Args)]
pub struct CandidateArgs {
    /// The election's number (see `quorum election list`)
    pub election: i64,
    #[command(subcommand)]
    pub action: CandidateCmd,
}

#[derive(Debug, Subcommand)]
pub enum CandidateCmd {
    /// Nominate a member, or a person by name
    Add(AddArgs),
    /// Withdraw a candidate (kept, and skipped on every ballot)
    Withdraw(WithdrawArgs),
    /// List the candidates
    #[command(visible_alias = "ls")]
    List,
}

#[derive(Debug, Args)]
#[command(group(clap::ArgGroup::new("who").required(true).args(["member", "name"])))]
pub struct AddArgs {
    /// The member's number
    #[arg(long, value_name = "N")]
    pub member: Option<i64>,
    /// A candidate who is not a member, by name as it goes on the ballot
    #[arg(long)]
    pub name: Option<String>,
    /// Who nominated the candidate
    #[arg(long, value_parser = ["board", "members"])]
    pub nominated_by: Option<String>,
    /// Add a candidate outside a binding nomination the meeting kept, because the meeting insists;
    /// recorded, and an appointment of this candidate is void (BW 2:14)
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Args)]
pub struct WithdrawArgs {
    /// The candidate's number in the election (see `candidate E list`)
    pub candidate: i64,
}

impl CandidateArgs {
    pub fn run(self, ctx: &mut Ctx) -> anyhow::Result<()> {
        let e = self.election;
        match self.action {
            CandidateCmd::Add(a) => {
                let who = match (a.member, a.name) {
                    (Some(n), _) => Who::Member(n),
                    (None, Some(name)) => Who::Name(name),
                    (None, None) => unreachable!("clap requires --member or --name"),
                };
                let mut store = ctx.open_store()?;
                let done = ops::add_candidate(
                    &mut store,
                    &ctx.actor("election candidate add"),
                    e,
                    &who,
                    a.nominated_by.as_deref(),
                    a.force,
                )?;
                ctx.out.outcome_msg(&msg!(
                    "election-candidate-added",
                    candidate = done.value.did.to_string(),
                    election = e
                ));
                report(ctx, "election candidate add", done)
            }
            CandidateCmd::Withdraw(a) => {
                let mut store = ctx.open_store()?;
                let done = ops::withdraw(
                    &mut store,
                    &ctx.actor("election candidate withdraw"),
                    e,
                    a.candidate,
                )?;
                ctx.out.outcome_msg(&msg!(
                    "election-candidate-withdrawn",
                    candidate = a.candidate.to_string(),
                    election = e
                ));
                report(ctx, "election candidate withdraw", done)
            }
            CandidateCmd::List => {
                let mut store = ctx.open_store()?;
                let rows = crate::ops::election::view::candidates(&mut store, e)?;
                ctx.out.list(&rows, "No candidates.")
            }
        }
    }
}
