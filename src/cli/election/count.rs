//! `election count E [--recount]` and `election round E`.

use crate::domain::msg::msg;
use clap::Args;

use super::report;
use crate::app::Ctx;
use crate::ops::election::{self as ops, RoundCount};
use crate::output::Format;

#[derive(Debug, Args)]
pub struct CountArgs {
    /// The election's number
    pub election: i64,
    /// Count every counted round again from the stored papers and seed, and check the figures
    /// against the stored count (changes nothing)
    #[arg(long)]
    pub recount: bool,
}

#[derive(Debug, Args)]
pub struct RoundArgs {
    /// The election's number
    pub election: i64,
}

/// One line of a round's figures in a table.
#[derive(Debug, Default, serde::Serialize)]
struct VotesRow {
    candidate: String,
    votes: String,
}

fn render(ctx: &Ctx, c: &RoundCount) -> anyhow::Result<()> {
    ctx.out.outcome_msg(&msg!(
        "election-round-counted",
        round = c.round,
        label = c.label.as_str(),
        kind = c.kind.to_string(),
        election = c.election,
        method = c.method.to_string(),
        seed = c.seed.to_string()
    ));
    ctx.out.outcome_line_msg(&msg!(
        "election-papers",
        papers = c.papers,
        blank = c.blank,
        invalid = c.invalid
    ));
    let rows: Vec<VotesRow> = c
        .votes
        .iter()
        .map(|v| VotesRow {
            candidate: v.name.clone(),
            votes: crate::output::tally::fixed(v.votes, c.decimals),
        })
        .collect();
    ctx.out.list(&rows, "")?;
    for r in &c.invalid_reasons {
        ctx.out.outcome_line_msg(&msg!(
            "election-invalid-reason",
            papers = r.papers,
            reason = r.reason.as_str()
        ));
    }
    for l in &c.lots {
        ctx.out.outcome_line_msg(&msg!(
            "election-lot",
            purpose = l.purpose.as_str(),
            among = l.among.join(", "),
            chosen = l.chosen.as_str()
        ));
    }
    for line in &c.explanation {
        ctx.out.outcome_line(line);
    }
    use crate::domain::election::Decided;
    match c.outcome {
        Decided::Elected => ctx
            .out
            .outcome_line_msg(&msg!("election-elected", names = c.elected.join(", "))),
        Decided::Postponed => ctx.out.outcome_line_msg(&msg!("election-held-over")),
        Decided::Tie => ctx.out.outcome_line_msg(&msg!(
            "election-tie",
            between = and_list(ctx, &c.next),
            election = c.election
        )),
        Decided::Runoff | Decided::Free => ctx.out.outcome_line_msg(&msg!(
            "election-next-round",
            kind = c.outcome.to_string(),
            names = c.next.join(", "),
            election = c.election
        )),
    }
    Ok(())
}

/// "A and B", "A en B": the names of a tie in the terminal's language.
fn and_list(ctx: &Ctx, names: &[String]) -> String {
    names.join(&ctx.out.say(&msg!("list-and")))
}

impl CountArgs {
    pub fn run(self, ctx: &mut Ctx) -> anyhow::Result<()> {
        let mut store = ctx.open_store()?;
        if self.recount {
            let rounds = ops::recount(&mut store, self.election)?;
            if ctx.out.format == Format::Table {
                for c in &rounds {
                    render(ctx, c)?;
                }
                ctx.out.outcome_msg(&msg!("election-recounted"));
                return Ok(());
            }
            return ctx.out.record(&rounds);
        }
        let c = ops::count(&mut store, &ctx.actor("election count"), self.election)?;
        if ctx.out.format == Format::Table {
            render(ctx, &c.value)?;
        }
        crate::cli::report(ctx, "election count", c)
    }
}

impl RoundArgs {
    pub fn run(self, ctx: &mut Ctx) -> anyhow::Result<()> {
        let mut store = ctx.open_store()?;
        let done = ops::next_round(&mut store, &ctx.actor("election round"), self.election)?;
        let r = &done.value.did;
        ctx.out.outcome_msg(&msg!(
            "election-round-opened",
            round = r.number,
            label = r.label.as_str(),
            kind = r.kind.to_string(),
            election = self.election
        ));
        report(ctx, "election round", done)
    }
}
