//! `quorum todo [--on DATE] [--fail-on-overdue]`: what the law and the statutes expect next.

use crate::domain::msg::msg;
use crate::exit::Failed;
use chrono::NaiveDate;
use clap::Args;
use serde::Serialize;

use crate::app::Ctx;
use crate::cli::args::date;
use crate::domain::office::Urgency;

#[derive(Debug, Args)]
pub struct TodoArgs {
    /// The day to judge on [default: today]
    #[arg(long, value_parser = date, value_name = "DATE")]
    pub on: Option<NaiveDate>,
    /// Exit with 1 when anything is overdue (for a cron job); the list is printed all the same
    #[arg(long)]
    pub fail_on_overdue: bool,
}

#[derive(Debug, Default, Serialize)]
struct TodoOut {
    due: Option<String>,
    status: String,
    kind: String,
    what: String,
    rule: String,
}

impl TodoArgs {
    pub fn run(self, ctx: &mut Ctx) -> anyhow::Result<()> {
        let on = self.on.unwrap_or_else(|| ctx.clock.today());
        let duties = crate::ops::todo::list(&mut ctx.open_store()?, on)?;
        let rows: Vec<TodoOut> = duties
            .iter()
            .map(|d| TodoOut {
                due: d.due.map(|d| d.to_string()),
                status: d.status.as_str().to_string(),
                kind: d.kind.to_string(),
                what: d.what.clone(),
                rule: d.rule.clone(),
            })
            .collect();
        ctx.out
            .list(&rows, &ctx.out.say(&msg!("todo-nothing-open", on = on)))?;
        let overdue = duties
            .iter()
            .filter(|d| d.status == Urgency::Overdue)
            .count();
        if self.fail_on_overdue && overdue > 0 {
            return Err(Failed(msg!(
                "todo-overdue",
                overdue = overdue,
                duties = duties.len(),
                on = on
            ))
            .into());
        }
        Ok(())
    }
}
