//! `election count E [--recount]` and `election round E`.

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
    ctx.out.outcome(
        "Counted",
        format_args!(
            "round {} ({}, {}) of election {} by {}, seed {}",
            c.round, c.label, c.kind, c.election, c.method, c.seed
        ),
    );
    ctx.out.outcome_line(format_args!(
        "{}: {} blank, {} invalid",
        crate::domain::text::counted(c.papers, "paper", "papers"),
        c.blank,
        c.invalid
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
        ctx.out.outcome_line(format_args!(
            "invalid ({} paper(s)): {}",
            r.papers, r.reason
        ));
    }
    for l in &c.lots {
        ctx.out.outcome_line(format_args!(
            "lot for {} among {}: {}",
            l.purpose,
            l.among.join(", "),
            l.chosen
        ));
    }
    for line in &c.explanation {
        ctx.out.outcome_line(line);
    }
    use crate::domain::election::Decided;
    match c.outcome {
        Decided::Elected => ctx
            .out
            .outcome_line(format_args!("Elected: {}", c.elected.join(", "))),
        Decided::Postponed => ctx
            .out
            .outcome_line("The election is held over to the next meeting."),
        Decided::Tie => ctx.out.outcome_line(format_args!(
            "The votes tie: a new ballot between {}; open it with `quorum election round {}`",
            c.next.join(" and "),
            c.election
        )),
        Decided::Runoff | Decided::Free => ctx.out.outcome_line(format_args!(
            "Next round ({}): {}; open it with `quorum election round {}`",
            c.outcome,
            c.next.join(", "),
            c.election
        )),
    }
    Ok(())
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
                ctx.out
                    .outcome("Recounted", "every round: the figures stored");
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
        ctx.out.outcome(
            "Opened",
            format_args!(
                "round {} ({}, {}) of election {}",
                r.number, r.label, r.kind, self.election
            ),
        );
        report(ctx, "election round", done)
    }
}
