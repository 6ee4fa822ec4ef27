//! `election show E`, `election list [--meeting M]`.

use crate::domain::msg::msg;
use clap::Args;

use crate::app::Ctx;
use crate::ops::election::view;
use crate::output::Format;

#[derive(Debug, Args)]
pub struct ShowArgs {
    /// The election's number
    pub election: i64,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only the elections of this meeting
    #[arg(long, value_name = "M")]
    pub meeting: Option<i64>,
}

/// A round in a table: one line.
#[derive(Debug, Default, serde::Serialize)]
struct RoundRow {
    round: i64,
    ballot: String,
    kind: String,
    status: String,
    papers: usize,
    blank: usize,
    invalid: usize,
    outcome: String,
}

impl ShowArgs {
    pub fn run(self, ctx: &mut Ctx) -> anyhow::Result<()> {
        let mut store = ctx.open_store()?;
        let r = view::record(&mut store, self.election)?;
        if ctx.out.format != Format::Table {
            return ctx.out.record(&r);
        }
        ctx.out.outcome_line_msg(&msg!(
            "election-heading",
            election = r.id,
            title = r.title.as_str(),
            meeting = r.meeting,
            status = r.status.to_string()
        ));
        ctx.out.outcome_line_msg(&msg!(
            "election-seats-method",
            seats = r.seats,
            method = r.method.to_string(),
            seed = r.seed.to_string()
        ));
        ctx.out.list(&r.candidates, "No candidates.")?;
        let rows: Vec<RoundRow> = r
            .rounds
            .iter()
            .map(|x| RoundRow {
                round: x.number,
                ballot: x.label.clone(),
                kind: x.kind.as_str().into(),
                status: x.status.as_str().into(),
                papers: x.papers,
                blank: x.blank,
                invalid: x.invalid,
                outcome: x.outcome.map(|o| o.as_str().into()).unwrap_or_default(),
            })
            .collect();
        ctx.out.list(&rows, "No rounds yet.")?;
        for x in r.rounds.iter().filter(|x| !x.votes.is_empty()) {
            let votes: Vec<String> = x
                .votes
                .iter()
                .map(|v| format!("{} {}", v.name, v.votes))
                .collect();
            ctx.out.outcome_line_msg(&msg!(
                "election-round-votes",
                round = x.number,
                votes = votes.join(", ")
            ));
        }
        if !r.elected.is_empty() {
            ctx.out
                .outcome_line_msg(&msg!("election-elected", names = r.elected.join(", ")));
        }
        Ok(())
    }
}

impl ListArgs {
    pub fn run(self, ctx: &mut Ctx) -> anyhow::Result<()> {
        let mut store = ctx.open_store()?;
        let rows = view::list(&mut store, self.meeting)?;
        ctx.out.list(&rows, "No elections.")
    }
}
