//! `proposal new`.

use crate::domain::msg::msg;
use clap::Args;

use super::{ByArgs, TextArgs, report, with_flags};
use crate::app::Ctx;
use crate::domain::proposal::Kind;
use crate::ops::proposal::{self as ops, Draft};

#[derive(Debug, Args)]
pub struct NewArgs {
    /// The title, e.g. "Budget 2027" or "Statute amendment: article 12"
    #[arg(long)]
    pub title: Option<String>,
    #[command(flatten)]
    pub text: TextArgs,
    /// ordinary, statutes, dissolution, budget, accounts, discharge, appointment, other,
    /// board-dismissal or board-suspension
    #[arg(long, value_parser = crate::cli::choices::ProposalKindChoice::parser())]
    pub kind: Option<Kind>,
    /// The board member a board-dismissal or board-suspension is about (member number)
    #[arg(long, value_name = "N")]
    pub member: Option<i64>,
    #[command(flatten)]
    pub by: ByArgs,
    /// Put it on the agenda of meeting M (an item that decides as the kind says)
    #[arg(long, value_name = "M")]
    pub meeting: Option<i64>,
}

impl NewArgs {
    pub fn run(self, ctx: &mut Ctx) -> anyhow::Result<()> {
        let title = ctx.required(self.title, "--title", "Title of the proposal")?;
        let kind = match self.kind {
            Some(k) => k,
            None => {
                let k = ctx.required(
                    None,
                    "--kind",
                    "Kind (ordinary, statutes, dissolution, budget, accounts, discharge, appointment, other, board-dismissal, board-suspension)",
                )?;
                k.parse().map_err(|e| with_flags(anyhow::Error::from(e)))?
            }
        };
        let by = self.by.required(ctx)?;
        let text = self.text.read()?;
        let mut store = ctx.open_store()?;
        let changed = ops::new(
            &mut store,
            &ctx.actor("proposal new"),
            ctx.clock.today(),
            Draft {
                title,
                text,
                kind,
                by,
                meeting: self.meeting,
                member: self.member,
            },
        )
        .map_err(with_flags)?;
        let added = &changed.value;
        for w in &added.warnings {
            ctx.out.warn(w);
        }
        let p = &added.proposal;
        let kind = crate::domain::msg::Arg::Value("kind", p.kind.as_str());
        ctx.out.outcome_msg(&match (&added.item, p.meeting_id) {
            (Some(i), Some(m)) => msg!(
                "proposal-added-on-agenda",
                proposal = p.id,
                kind = kind,
                item = i.position,
                meeting = m
            ),
            _ => msg!("proposal-added", proposal = p.id, kind = kind),
        });
        report(ctx, "proposal new", changed.map(|a| a.detail))
    }
}
