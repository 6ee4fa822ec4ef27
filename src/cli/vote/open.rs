//! `vote open P --method hands|roll-call|ballot [--force]`.

use clap::Args;

use crate::app::Ctx;
use crate::domain::msg::msg;
use crate::domain::vote::Method;
use crate::ops::vote as ops;

#[derive(Debug, Args)]
pub struct OpenArgs {
    /// The proposal's number (see `quorum proposal list`)
    pub proposal: i64,
    /// How the vote is taken: hands, roll-call or ballot
    #[arg(long, value_parser = crate::cli::choices::MethodChoice::parser(), ignore_case = true, value_name = "METHOD")]
    pub method: Method,
    /// Open a statute amendment's vote although BW 2:42 is not met; recorded, and the
    /// decision is voidable (BW 2:15)
    #[arg(long)]
    pub force: bool,
    /// Open it while another vote or election round of the meeting is open (one question at a
    /// time otherwise)
    #[arg(long)]
    pub parallel: bool,
}

impl OpenArgs {
    pub fn run(self, ctx: &mut Ctx) -> anyhow::Result<()> {
        let mut store = ctx.open_store()?;
        let done = ops::open(
            &mut store,
            &ctx.actor("vote open"),
            self.proposal,
            self.method,
            self.force,
            self.parallel,
        )?;
        let o = &done.value;
        for w in &o.warnings {
            ctx.out.warn(w);
        }
        ctx.out.outcome_msg(&msg!(
            "vote-opened",
            named = o.named.clone(),
            method = self.method.to_string()
        ));
        crate::cli::report(
            ctx,
            "vote open",
            done.map(|o| crate::output::vote::opened(&o)),
        )
    }
}
