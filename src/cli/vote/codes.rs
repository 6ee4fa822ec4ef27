//! `vote codes V --output codes.csv [--html ballots.html]`: the secret ballot's codes, one per
//! vote present or represented, in random order and without names; owner-only files.

use std::path::PathBuf;

use clap::Args;

use crate::domain::msg::msg;

use super::report;
use crate::app::Ctx;
use crate::output::ballot::{Paper, codes_csv, slips_html};

#[derive(Debug, Args)]
pub struct CodesArgs {
    /// The ballot vote's number
    #[arg(required_unless_present = "proposal")]
    pub vote: Option<i64>,
    /// The proposal instead of the vote's number, where it has exactly one open vote
    #[arg(long, value_name = "P", conflicts_with = "vote")]
    pub proposal: Option<i64>,
    /// Where to write the codes (CSV, one a line; `-` is stdout)
    #[arg(long, value_name = "FILE")]
    pub output: PathBuf,
    /// Also write one printable ballot paper per code (HTML)
    #[arg(long, value_name = "FILE")]
    pub html: Option<PathBuf>,
}

impl CodesArgs {
    pub fn run(self, ctx: &mut Ctx) -> anyhow::Result<()> {
        if self.output.as_os_str() == "-" && ctx.out.format != crate::output::Format::Table {
            return Err(crate::exit::UsageError::new(msg!("codes-output-dash"))
                .hint(msg!("codes-output-dash-hint"))
                .into());
        }
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
            if let Some(html) = &self.html {
                out.export_to(Some(html), |w| slips_html(w, &paper, &i.codes))?;
            }
            out.export_to(Some(&self.output), |w| codes_csv(w, &paper, &i.codes))
        })?;
        let issued = &done.value.did;
        let files = match &self.html {
            Some(h) => format!("{}, {}", self.output.display(), h.display()),
            None => self.output.display().to_string(),
        };
        ctx.out.outcome_msg(&msg!(
            "codes-issued",
            codes = issued.codes.len(),
            vote = issued.vote_id,
            voters = issued.voters,
            files = files
        ));
        report(ctx, "vote codes", done)
    }
}
