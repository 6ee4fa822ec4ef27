//! `vote cast V N CHOICE [--for-member N | --with-proxies] [--split for=3,against=2]`.

use clap::Args;

use super::{choice_arg, report};
use crate::app::Ctx;
use crate::domain::vote::Choice;
use crate::ops::vote::{self as ops, For};

#[derive(Debug, Args)]
pub struct CastArgs {
    /// The vote's number
    pub vote: i64,
    /// The number of the member who casts (present in the room)
    pub member: i64,
    /// for, against, abstain or blank
    #[arg(value_parser = choice_arg, value_name = "CHOICE")]
    pub choice: Choice,
    /// Cast the votes of this proxy giver instead of one's own
    #[arg(long, value_name = "N", conflicts_with = "with_proxies")]
    pub for_member: Option<i64>,
    /// Cast one's own votes and those of every proxy held, the same way
    #[arg(long)]
    pub with_proxies: bool,
    /// Divide a weighted vote, e.g. for=3,against=2 (the parts add up to the weight)
    #[arg(long, value_name = "PARTS", conflicts_with = "with_proxies")]
    pub split: Option<String>,
}

impl CastArgs {
    pub fn run(self, ctx: &mut Ctx) -> anyhow::Result<()> {
        let whom = match (self.for_member, self.with_proxies) {
            (Some(g), _) => For::Member(g),
            (None, true) => For::WithProxies,
            (None, false) => For::Own,
        };
        let mut store = ctx.open_store()?;
        let casts = ops::cast(
            &mut store,
            &ctx.actor("vote cast"),
            self.vote,
            self.member,
            self.choice,
            whom,
            self.split.as_deref(),
        )
        .map_err(crate::cli::args::with_flag_names)?;
        for c in &casts {
            match c.instruction_note() {
                Some(n) if c.against_instruction => ctx.out.warn(n),
                Some(n) => ctx.out.note(n),
                None => {}
            }
            let how = c
                .split
                .single()
                .map_or_else(|| c.split.to_string(), |x| x.name().into());
            ctx.out.status(
                if c.changed { "Changed" } else { "Cast" },
                format_args!("vote {}: member {} {how}", self.vote, c.number),
            );
        }
        report(ctx, &mut store, "vote cast", self.vote)
    }
}
