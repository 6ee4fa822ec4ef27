//! `vote show V`, `vote list [--meeting M]`, `vote export [--meeting M]`.

use clap::Args;

use super::vote_record;
use crate::app::Ctx;
use crate::output::Format;
use crate::output::vote::{VoteRecord, cast_row, list_row, record, written_row};

#[derive(Debug, Args)]
pub struct ShowArgs {
    /// The vote's number (see `quorum vote list`)
    pub vote: i64,
}

impl ShowArgs {
    pub fn run(self, ctx: &mut Ctx) -> anyhow::Result<()> {
        let mut store = ctx.open_store()?;
        let r = vote_record(&mut store, self.vote)?;
        ctx.out.record(&r)?;
        if ctx.out.format == Format::Table {
            let casts = store.read(|tx| tx.vote_casts(self.vote))?;
            if !casts.is_empty() {
                ctx.out.outcome_line("\nRoll call:");
                let rows: Vec<_> = casts.iter().map(cast_row).collect();
                ctx.out.list(&rows, "")?;
            }
        }
        Ok(())
    }
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only the votes of this meeting
    #[arg(long, value_name = "M")]
    pub meeting: Option<i64>,
}

impl ListArgs {
    pub fn run(self, ctx: &mut Ctx, export: bool) -> anyhow::Result<()> {
        let mut store = ctx.open_store()?;
        let votes = store.read(|tx| tx.votes(self.meeting))?;
        if !export {
            let mut rows: Vec<_> = votes.iter().map(list_row).collect();
            // Written resolutions (BW 2:40) are decisions too, taken outside any meeting.
            if self.meeting.is_none() {
                let written = store.read(|tx| tx.resolutions())?;
                rows.extend(written.iter().map(written_row));
            }
            return ctx.out.list(&rows, "No votes.");
        }
        let rows: Vec<VoteRecord> = store.read(|tx| {
            votes
                .iter()
                .map(|v| super::codes::with_ballots(tx, record(v, &tx.vote_casts(v.id)?)))
                .collect()
        })?;
        ctx.out.list(&rows, "No votes.")
    }
}
