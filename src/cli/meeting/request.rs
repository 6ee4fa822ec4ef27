//! `meeting request --by N… --on DATE` and `meeting request list`.

use crate::domain::msg::msg;
use chrono::NaiveDate;
use clap::{Args, Subcommand};
use serde::Serialize;

use super::date_arg;
use crate::app::Ctx;
use crate::ops::meeting as ops;

#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true, subcommand_negates_reqs = true)]
pub struct RequestArgs {
    #[command(subcommand)]
    pub cmd: Option<RequestCmd>,
    /// The requesting members' numbers
    #[arg(long, num_args = 1.., required = true, value_name = "N")]
    pub by: Vec<i64>,
    /// The day the written (or e-mailed) request arrived
    #[arg(long = "on", visible_alias = "received", value_parser = date_arg, required = true)]
    pub received: Option<NaiveDate>,
}

#[derive(Debug, Subcommand)]
pub enum RequestCmd {
    /// List the recorded requests
    List,
}

#[derive(Debug, Default, Serialize)]
struct RequestOut {
    id: i64,
    received: String,
    requesters: Vec<crate::output::proposal::MemberRef>,
    requester_votes: i64,
    total_votes: i64,
    threshold: String,
    board_acts_by: String,
    meeting_by: String,
}

impl RequestArgs {
    pub fn run(self, ctx: &mut Ctx) -> anyhow::Result<()> {
        let mut store = ctx.open_store()?;
        if let Some(RequestCmd::List) = self.cmd {
            let rows: Vec<RequestOut> = ops::request::list(&mut store)?
                .into_iter()
                .map(|r| RequestOut {
                    id: r.id,
                    received: r.received_on,
                    requesters: r
                        .requesters
                        .into_iter()
                        .map(|member| crate::output::proposal::MemberRef { member })
                        .collect(),
                    requester_votes: r.requester_votes,
                    total_votes: r.total_votes,
                    threshold: r.threshold,
                    board_acts_by: r.board_acts_by,
                    meeting_by: r.meeting_by,
                })
                .collect();
            return ctx.out.list(&rows, "No members' requests recorded.");
        }
        let received = self.received.unwrap_or_else(|| ctx.clock.today());
        let changed = ops::member_request(
            &mut store,
            &ctx.actor("meeting request"),
            &self.by,
            received,
        )?;
        let r = &changed.value;
        let o = &r.outcome;
        for n in &r.notes {
            ctx.out.warn(n);
        }
        ctx.out.outcome_msg(&msg!(
            "request-recorded",
            request = r.id,
            text = o.text.to_string()
        ));
        ctx.out.note_msg(&msg!(
            "request-board-must-convene",
            held_by = o.meeting_by,
            acts_by = o.board_acts_by
        ));
        crate::cli::report_shown(ctx, "meeting request", changed.map(|r| r.outcome))
    }
}
