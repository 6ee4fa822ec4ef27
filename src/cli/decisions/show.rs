//! `decisions show ID`: one decision with its grounds.

use crate::domain::msg::msg;
use clap::Args;

use crate::app::Ctx;
use crate::output::Format;
use crate::output::decision::{history_row, shown};

#[derive(Debug, Args)]
pub struct ShowArgs {
    /// The decision's code (ALV-2027-03-14/4) or number (see `quorum decisions`)
    pub decision: String,
}

impl ShowArgs {
    pub fn run(self, ctx: &mut Ctx) -> anyhow::Result<()> {
        let mut store = ctx.open_store()?;
        let s = crate::ops::decision::show(&mut store, &self.decision)?;
        let rec = shown(&s.view);
        let rows: Vec<_> = s.history.iter().map(history_row).collect();
        if ctx.out.format == Format::Json {
            // The status history as its own key, so that a script sees the decision's whole
            // life (awaiting-deed, in-force, superseded) in one document.
            let mut value = serde_json::to_value(&rec)?;
            value["history"] = serde_json::to_value(&rows)?;
            return ctx.out.record(&value);
        }
        ctx.out.record(&rec)?;
        if ctx.out.format == Format::Table {
            ctx.out.outcome_line(String::new());
            ctx.out.outcome_line_msg(&msg!("decision-history-heading"));
            ctx.out.list(&rows, "")?;
        }
        Ok(())
    }
}
