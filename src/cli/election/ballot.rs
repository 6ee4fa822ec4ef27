//! `election ballot E [NAME…] [--rank "A,B,C"] [--blank] [--invalid REASON] [--file F]`: paper
//! ballots of the open round, as the tellers read them. Invalid and blank papers are kept.

use crate::domain::msg::msg;
use crate::exit::Failed;
use std::path::PathBuf;

use clap::Args;

use crate::app::Ctx;
use crate::ops::election::{self as ops, PaperIn};
use crate::tally::format::{self, InputFormat};

#[derive(Debug, Args)]
pub struct BallotArgs {
    /// The election's number
    pub election: i64,
    /// The name on the paper, or the names approved (approval), as on the ballot
    #[arg(value_name = "NAME", conflicts_with_all = ["rank", "blank", "file"])]
    pub names: Vec<String>,
    /// A ranking, most preferred first: "A,B,C"
    #[arg(long, value_name = "A,B,C", conflicts_with_all = ["blank", "file"])]
    pub rank: Option<String>,
    /// A blank paper (not a vote cast)
    #[arg(long, conflicts_with = "file")]
    pub blank: bool,
    /// A paper the tellers hold invalid, with their reason (signed, unreadable, …)
    #[arg(long, value_name = "REASON", conflicts_with = "file")]
    pub invalid: Option<String>,
    /// Papers from a CSV ballot file (the format `quorum tally` reads): one paper a row
    #[arg(long, value_name = "F")]
    pub file: Option<PathBuf>,
    /// Enter the papers although the round then holds more than the votes present or
    /// represented (recorded in the journal)
    #[arg(long)]
    pub force: bool,
}

impl BallotArgs {
    pub fn run(self, ctx: &mut Ctx) -> anyhow::Result<()> {
        let (papers, strict) = match &self.file {
            Some(path) => (read_file(path)?, false),
            None => {
                let names = match &self.rank {
                    Some(r) => r.split(',').map(|s| s.trim().to_string()).collect(),
                    None => self.names.clone(),
                };
                if names.is_empty() && !self.blank && self.invalid.is_none() {
                    return Err(crate::exit::UsageError::new(msg!("election-ballot-empty")).into());
                }
                let names = if self.blank { Vec::new() } else { names };
                (
                    vec![PaperIn {
                        names,
                        invalid: self.invalid.clone(),
                    }],
                    self.invalid.is_none(),
                )
            }
        };
        let mut store = ctx.open_store()?;
        let changed = ops::ballots(
            &mut store,
            &ctx.actor("election ballot"),
            self.election,
            &papers,
            strict,
            self.force,
        )?;
        let done = &changed.value;
        if let Some(f) = &done.forced {
            ctx.out.warn(f);
        }
        ctx.out.outcome_msg(&msg!(
            "election-ballots-entered",
            papers = done.papers,
            round = done.round,
            election = done.election,
            valid = done.valid,
            blank = done.blank,
            invalid = done.invalid
        ));
        crate::cli::report(ctx, "election ballot", changed)
    }
}

/// The papers of a CSV ballot file, a weighted row standing for that many papers.
fn read_file(path: &std::path::Path) -> anyhow::Result<Vec<PaperIn>> {
    let text = std::fs::read_to_string(path).map_err(|e| {
        Failed(msg!(
            "file-unreadable",
            path = path.display().to_string(),
            why = e.to_string()
        ))
    })?;
    let election = format::parse(&text, Some(InputFormat::Csv)).map_err(|e| {
        Failed(msg!(
            "file-wrong",
            path = path.display().to_string(),
            why = e.to_string()
        ))
    })?;
    let mut papers = Vec::new();
    for b in &election.ballots {
        let names: Vec<String> = b
            .candidates()
            .map(|c| election.candidates[c].clone())
            .collect();
        for _ in 0..b.weight {
            papers.push(PaperIn {
                names: names.clone(),
                invalid: None,
            });
        }
    }
    Ok(papers)
}
