//! `proposal edit`.

use crate::domain::msg::msg;
use chrono::NaiveDate;
use clap::Args;

use super::{TextArgs, report, with_flags};
use crate::app::Ctx;
use crate::domain::proposal::Kind;
use crate::domain::proposal::ProposalEdit;
use crate::exit::UsageError;
use crate::ops::proposal as ops;

#[derive(Debug, Args)]
pub struct EditArgs {
    /// The proposal's number
    pub proposal: i64,
    /// The new title
    #[arg(long)]
    pub title: Option<String>,
    #[command(flatten)]
    pub text: TextArgs,
    /// ordinary, statutes, dissolution, budget, accounts, discharge, appointment or other
    #[arg(long, value_parser = crate::cli::choices::ProposalKindChoice::parser())]
    pub kind: Option<Kind>,
    /// The first day the verbatim text lies open for inspection (statute amendments, BW 2:42)
    #[arg(long, value_name = "DATE", value_parser = crate::cli::args::date)]
    pub text_open_from: Option<NaiveDate>,
}

impl EditArgs {
    pub fn run(self, ctx: &mut Ctx) -> anyhow::Result<()> {
        let id = self.proposal;
        let e = ProposalEdit {
            title: self.title,
            text: self.text.read()?,
            kind: self.kind,
            text_open_from: self.text_open_from,
        };
        if e.title.is_none() && e.text.is_none() && e.kind.is_none() && e.text_open_from.is_none() {
            return Err(UsageError::new(msg!("nothing-to-change"))
                .hint(msg!("proposal-edit-nothing-hint"))
                .into());
        }
        let mut store = ctx.open_store()?;
        let changed = ops::edit(
            &mut store,
            &ctx.actor("proposal edit"),
            ctx.clock.today(),
            id,
            e,
        )
        .map_err(with_flags)?;
        ctx.out
            .outcome_msg(&msg!("proposal-changed", proposal = id));
        report(ctx, "proposal edit", changed)
    }
}
