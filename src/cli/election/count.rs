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
    match c.outcome.as_str() {
        "elected" => ctx
            .out
            .outcome_line(format_args!("Elected: {}", c.elected.join(", "))),
        "postponed" => ctx
            .out
            .outcome_line("The election is held over to the next meeting."),
        "tie" => ctx.out.outcome_line(format_args!(
            "The votes tie: a new ballot between {}; open it with `quorum election round {}`",
            c.next.join(" and "),
            c.election
        )),
        _ => ctx.out.outcome_line(format_args!(
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
            render(ctx, &c)?;
        }
        crate::cli::report_change(ctx, &mut store, "election count", c)
    }
}

impl RoundArgs {
    pub fn run(self, ctx: &mut Ctx) -> anyhow::Result<()> {
        let mut store = ctx.open_store()?;
        let r = ops::next_round(&mut store, &ctx.actor("election round"), self.election)?;
        ctx.out.outcome(
            "Opened",
            format_args!(
                "round {} ({}, {}) of election {}",
                r.number, r.label, r.kind, self.election
            ),
        );
        report(ctx, &mut store, "election round", self.election)
    }
}
