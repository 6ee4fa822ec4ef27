//! `meeting quorum M`: every quorum rule with the numbers.

use serde::Serialize;

use crate::domain::msg::msg;

use crate::app::Ctx;
use crate::domain::meeting::quorum::Statement;
use crate::output::{Format, Output};

#[derive(Debug, Default, Serialize)]
struct LineRow {
    key: String,
    fraction: String,
    applies: bool,
    needed: u64,
    met: bool,
    statement: String,
}

pub fn run(ctx: &mut Ctx, id: i64) -> anyhow::Result<()> {
    let at = ctx.actor("meeting quorum").at_rfc3339();
    let s = crate::ops::meeting::quorum::quorum(&mut ctx.open_store()?, id, at)?;
    show(&ctx.out, &s)
}

/// The quorum statement as the chair reads it out: the counts, then every rule with its numbers.
pub fn show(out: &Output, s: &Statement) -> anyhow::Result<()> {
    if out.format == Format::Json {
        return out.record(s);
    }
    let c = &s.counts;
    out.outcome_line_msg(&msg!(
        "quorum-counts",
        meeting = s.meeting,
        total_votes = c.total_votes,
        voters = c.voters,
        present_members = c.present_members,
        present_votes = c.present_votes,
        proxies = c.proxies,
        represented_votes = c.represented_votes,
        available = s.available_votes,
        fixed = if s.snapshot { "yes" } else { "no" }
    ));
    let rows: Vec<LineRow> = s
        .rules
        .iter()
        .map(|l| LineRow {
            key: l.key.into(),
            fraction: l.fraction.clone(),
            applies: l.applies,
            needed: l.needed,
            met: l.met,
            statement: l.text.clone(),
        })
        .collect();
    out.list(&rows, "")
}
