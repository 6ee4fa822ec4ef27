//! `election export E [--round N] [--blt FILE]`: every stage of every counted round as rows
//! (CSV/JSON), and the anonymous ballots of a round as BLT for other counting software.

use crate::domain::msg::msg;
use std::io::Write as _;
use std::path::PathBuf;

use clap::Args;

use crate::app::Ctx;
use crate::ops::election as ops;

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// The election's number
    pub election: i64,
    /// The round whose ballots go to --blt (default: the last counted one)
    #[arg(long, value_name = "N")]
    pub round: Option<i64>,
    /// Write the round's ballots as BLT to FILE (owner-only), which `quorum tally` counts
    #[arg(long, value_name = "FILE")]
    pub blt: Option<PathBuf>,
}

/// A candidate's votes at one stage of one round.
#[derive(Debug, Default, serde::Serialize)]
struct StageRow {
    round: i64,
    stage: usize,
    action: String,
    description: String,
    candidate: String,
    /// Exact: a JSON number with the count's digits (`output::tally::fixed_number`).
    votes: crate::output::tally::Exact,
}

impl ExportArgs {
    pub fn run(self, ctx: &mut Ctx) -> anyhow::Result<()> {
        let mut store = ctx.open_store()?;
        if let Some(path) = &self.blt {
            let (election, round) = ops::round_election(&mut store, self.election, self.round)?;
            let mut f = crate::output::file::AtomicFile::create(path)?;
            f.writer()
                .write_all(crate::tally::format::write_blt(&election).as_bytes())?;
            f.commit()?;
            ctx.out.outcome_msg(&msg!(
                "election-blt-wrote",
                path = path.display().to_string(),
                ballots = election.ballots.len(),
                round = round
            ));
            return Ok(());
        }
        let counted = ops::recount(&mut store, self.election)?;
        let mut rows = Vec::new();
        for c in &counted {
            let Some(t) = &c.tally else { continue };
            for s in &t.stages {
                let action = serde_json::to_value(&s.action)?["kind"]
                    .as_str()
                    .unwrap_or_default()
                    .to_string();
                for v in &c.votes {
                    let i = (v.number - 1) as usize;
                    rows.push(StageRow {
                        round: c.round,
                        stage: s.number,
                        action: action.clone(),
                        description: s.description.clone(),
                        candidate: v.name.clone(),
                        votes: crate::output::tally::Exact(crate::output::tally::fixed_number(
                            s.votes[i], t.decimals,
                        )),
                    });
                }
            }
        }
        ctx.out.list(&rows, "No counted rounds.")
    }
}
