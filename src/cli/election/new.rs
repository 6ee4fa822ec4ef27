//! `election new --meeting M --title … [--seats N] [--method M] [--seed S]`.

use crate::domain::msg::msg;
use clap::Args;

use super::report;
use crate::app::Ctx;
use crate::ops::election as ops;
use crate::tally::Method;

#[derive(Debug, Args)]
pub struct NewArgs {
    /// The meeting that holds the election
    #[arg(long, value_name = "M")]
    pub meeting: i64,
    /// What is elected ("Bestuur 2027")
    #[arg(long)]
    pub title: String,
    /// Seats to fill (majority-runoff fills them seat by seat, the other methods in one ballot)
    #[arg(long, default_value_t = 1)]
    pub seats: u32,
    /// Counting method; majority-runoff is the Dutch rule, one seat a ballot, round by round
    #[arg(long, value_parser = crate::cli::tally::method_parser(), default_value = "majority-runoff")]
    pub method: Method,
    /// Seed for lots (default: drawn now and printed); every lot of every round comes from it
    #[arg(long)]
    pub seed: Option<u64>,
    /// The election fills board seats: each elected candidate who is a member gets a board term
    /// from the meeting's date (`member show`)
    #[arg(long)]
    pub board: bool,
}

impl NewArgs {
    pub fn run(self, ctx: &mut Ctx) -> anyhow::Result<()> {
        let seed = self
            .seed
            .unwrap_or_else(|| crate::cli::tally::random_seed(ctx));
        let mut store = ctx.open_store()?;
        let done = ops::new(
            &mut store,
            &ctx.actor("election new"),
            &ops::Spec {
                meeting_id: self.meeting,
                title: &self.title,
                seats: self.seats,
                method: self.method,
                seed,
                board: self.board,
            },
        )?;
        let id = done.value.did;
        ctx.out.outcome_msg(&msg!(
            "election-created",
            election = id,
            meeting = self.meeting,
            seats = self.seats,
            method = self.method.to_string(),
            seed = seed.to_string()
        ));
        report(ctx, "election new", done)
    }
}
