//! `vote codes V --output codes.csv [--html ballots.html]`: the secret ballot's codes, one per
//! vote present or represented, in random order and without names; owner-only files.

use clap::Args;

use crate::domain::msg::msg;

use super::report;
use crate::app::Ctx;
use crate::cli::code_sheets::SheetArgs;
use crate::output::ballot::Paper;

#[derive(Debug, Args)]
pub struct CodesArgs {
    /// The ballot vote's number
    #[arg(required_unless_present = "proposal")]
    pub vote: Option<i64>,
    /// The proposal instead of the vote's number, where it has exactly one open vote
    #[arg(long, value_name = "P", conflicts_with = "vote")]
    pub proposal: Option<i64>,
    #[command(flatten)]
    pub sheets: SheetArgs,
}

impl CodesArgs {
    pub fn run(self, ctx: &mut Ctx) -> anyhow::Result<()> {
        self.sheets.check(&ctx.out)?;
        let mut store = ctx.open_store()?;
        let which = crate::ops::vote::Which {
            vote: self.vote,
            proposal: self.proposal,
        };
        let out = &ctx.out;
        let done = crate::ops::ballot::issue(&mut store, &ctx.actor("vote codes"), which, |i| {
            let paper = Paper {
                vote_id: i.vote_id,
                proposal_id: i.proposal_id,
                title: &i.title,
                lang: i.lang,
                association: &i.association,
                meeting: &i.meeting,
                day: i.day,
                abstain: i.abstain_box,
            };
            self.sheets.write(out, &paper, &i.codes)
        })?;
        let issued = &done.value.did;
        ctx.out.outcome_msg(&msg!(
            "codes-issued",
            codes = issued.codes.len(),
            vote = issued.vote_id,
            voters = issued.voters,
            files = self.sheets.files()
        ));
        report(ctx, "vote codes", done)
    }
}
