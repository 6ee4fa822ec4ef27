//! `vote cast V N CHOICE [--for-member N | --with-proxies] [--split for=3,against=2]`.

use crate::domain::msg::msg;
use clap::Args;

use super::{choice_arg, report};
use crate::app::Ctx;
use crate::domain::vote::Choice;
use crate::exit::UsageError;
use crate::ops::vote::{self as ops, For, Which};

#[derive(Debug, Args)]
pub struct CastArgs {
    /// The vote's number (or give --proposal, and leave it out)
    #[arg(value_name = "VOTE")]
    pub vote: Option<String>,
    /// The number of the member who casts (present in the room); not with --code
    #[arg(value_name = "MEMBER")]
    pub member: Option<String>,
    /// How the member votes (a ballot: for, against or blank); the Dutch word on the ballot
    /// paper is taken too. With --proposal or --code it moves one place up.
    #[arg(value_name = "CHOICE", value_parser = crate::cli::choices::VoteChoice::parser(), ignore_case = true)]
    pub choice: Option<Choice>,
    /// Cast a secret ballot with this code from a ballot paper (no member number)
    #[arg(long, value_name = "CODE", conflicts_with_all = ["for_member", "with_proxies", "split"])]
    pub code: Option<String>,
    /// Cast the votes of this proxy giver instead of one's own
    #[arg(long, value_name = "N", conflicts_with = "with_proxies")]
    pub for_member: Option<i64>,
    /// Cast one's own votes and those of every proxy held, the same way
    #[arg(long)]
    pub with_proxies: bool,
    /// Divide a weighted vote, e.g. for=3,against=2 (the parts add up to the weight)
    #[arg(long, value_name = "PARTS", conflicts_with = "with_proxies")]
    pub split: Option<String>,
    /// The proposal instead of the vote's number, where it has exactly one open vote:
    /// `vote cast --proposal P N CHOICE`
    #[arg(long, value_name = "P")]
    pub proposal: Option<i64>,
}

impl CastArgs {
    pub fn run(mut self, ctx: &mut Ctx) -> anyhow::Result<()> {
        // With --proposal the vote's number is left out, so the words shift one place.
        let mut words: Vec<String> = [self.vote.take(), self.member.take()]
            .into_iter()
            .flatten()
            .collect();
        let vote = match self.proposal {
            Some(p) => Which {
                vote: None,
                proposal: Some(p),
            },
            None if words.is_empty() => {
                return Err(UsageError::new(msg!("cast-which-vote")).into());
            }
            None => {
                let v = words.remove(0);
                Which::vote(v.trim().parse().map_err(|_| {
                    UsageError::new(msg!("cast-not-a-vote-number", given = &v))
                        .hint(msg!("cast-not-a-vote-number-hint"))
                })?)
            }
        };
        // The third word, where given, is always the choice (clap has parsed it); with
        // --proposal or --code the choice is one of the first two words.
        let (member, choice) = match (&self.code, words.as_slice(), self.choice) {
            (Some(code), [c], None) => {
                let choice = choice_arg(c).map_err(UsageError::new)?;
                return ballot(ctx, vote, code, choice);
            }
            (Some(_), _, _) => {
                return Err(UsageError::new(msg!("cast-code-only-choice")).into());
            }
            (None, [m], Some(c)) => (member_arg(m)?, c),
            (None, [m, c], None) => (member_arg(m)?, choice_arg(c).map_err(UsageError::new)?),
            (None, _, _) => {
                return Err(UsageError::new(msg!("cast-member-and-choice")).into());
            }
        };
        let whom = match (self.for_member, self.with_proxies) {
            (Some(g), _) => For::Member(g),
            (None, true) => For::WithProxies,
            (None, false) => For::Own,
        };
        let mut store = ctx.open_store()?;
        let done = ops::cast(
            &mut store,
            &ctx.actor("vote cast"),
            vote,
            member,
            choice,
            whom,
            self.split.as_deref(),
        )
        .map_err(crate::cli::args::with_flag_names)?;
        let named = &done.value.named;
        for c in &done.value.did {
            match c.instruction_note() {
                Some(n) if c.against_instruction => ctx.out.warn(n),
                Some(n) => ctx.out.note(n),
                None => {}
            }
            let how = c
                .split
                .single()
                .map_or_else(|| c.split.to_string(), |x| x.name().into());
            let cast = if c.changed {
                msg!(
                    "vote-cast-changed",
                    named = named.clone(),
                    number = c.number,
                    how = how
                )
            } else {
                msg!(
                    "vote-cast",
                    named = named.clone(),
                    number = c.number,
                    how = how
                )
            };
            ctx.out.outcome_msg(&cast);
        }
        report(ctx, "vote cast", done)
    }
}

fn member_arg(s: &str) -> anyhow::Result<i64> {
    s.trim().parse().map_err(|_| {
        UsageError::new(msg!("not-a-member-number", given = s))
            .hint(msg!("cast-not-a-member-number-hint"))
            .into()
    })
}

/// A secret ballot: the code and the choice only, and no journal entry.
fn ballot(ctx: &mut Ctx, vote: Which, code: &str, choice: Choice) -> anyhow::Result<()> {
    let mut store = ctx.open_store()?;
    let done = crate::ops::ballot::cast(&mut store, &ctx.actor("vote cast"), vote, code, choice)
        .map_err(crate::cli::args::with_flag_names)?;
    ctx.out
        .outcome_msg(&msg!("vote-ballot-cast", vote = done.value.view.vote.id));
    report(ctx, "vote cast", done)
}
