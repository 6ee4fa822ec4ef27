//! `vote close V [--declare adopted|rejected]`: the result, explained in the association's
//! language, with the chair's declaration beside it.

use crate::domain::msg::msg;
use clap::Args;

use super::report;
use crate::app::Ctx;
use crate::domain::vote::Declared;
use crate::ops::vote as ops;
use crate::output::Format;

#[derive(Debug, Args)]
pub struct CloseArgs {
    /// The vote's number
    #[arg(required_unless_present = "proposal")]
    pub vote: Option<i64>,
    /// The proposal instead of the vote's number, where it has exactly one open vote
    #[arg(long, value_name = "P", conflicts_with = "vote")]
    pub proposal: Option<i64>,
    /// What the chair declared: adopted or rejected (BW 2:13 lid 3)
    #[arg(long, value_parser = crate::cli::choices::DeclaredChoice::parser(), ignore_case = true, value_name = "RESULT")]
    pub declare: Option<Declared>,
}

impl CloseArgs {
    pub fn run(self, ctx: &mut Ctx) -> anyhow::Result<()> {
        let mut store = ctx.open_store()?;
        let which = ops::Which {
            vote: self.vote,
            proposal: self.proposal,
        };
        let done = ops::close(&mut store, &ctx.actor("vote close"), which, self.declare)?;
        let (row, d, named) = (&done.value.view.vote, &done.value.did, &done.value.named);
        let computed = row.result_name().unwrap_or("");
        match d {
            Some(d) if !d.agrees => ctx.out.outcome_msg(&msg!(
                "vote-closed-declared",
                named = named.clone(),
                computed = computed,
                declared = d.declared.to_string()
            )),
            _ => ctx.out.outcome_msg(&msg!(
                "vote-closed",
                named = named.clone(),
                computed = computed
            )),
        }
        if let Some(d) = d
            && !d.agrees
        {
            ctx.out.warn_msg(&msg!(
                "vote-declaration-differs",
                declared = d.declared.to_string()
            ));
        }
        if ctx.out.format != Format::Json {
            let mut text = row.explanation.clone().unwrap_or_default();
            if let Some(d) = d {
                text.push('\n');
                text.push_str(&d.text);
            }
            text.push('\n');
            ctx.out.text(&text)?;
            return Ok(());
        }
        report(ctx, "vote close", done)
    }
}
