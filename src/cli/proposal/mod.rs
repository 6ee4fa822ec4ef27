//! `quorum proposal …`: proposals put to a general assembly. One file per verb; handlers parse,
//! call `ops::proposal` and render through `output::proposal`.

use crate::domain::msg::msg;
use crate::exit::Failed;
use std::path::PathBuf;

use clap::{Args, Subcommand};

use crate::app::Ctx;
use crate::exit::UsageError;
use crate::ops::proposal::{By, Detail};
use crate::output::proposal::{Parts, ProposalRecord};

pub mod amend;
pub mod edit;
pub mod exclude;
pub mod list;
pub mod new;
pub mod show;
pub mod withdraw;

/// Draft, amend and withdraw proposals for a general meeting; exclude members from a vote
#[derive(Debug, Subcommand)]
pub enum ProposalCmd {
    /// Draft a proposal, by the board or by members; --meeting puts it on that agenda
    New(new::NewArgs),
    /// List the proposals, each followed by its amendments
    #[command(visible_alias = "ls")]
    List(list::ListArgs),
    /// Show one proposal: text, signers, amendments, exclusions, the BW 2:42 checks
    Show(show::ShowArgs),
    /// Change a draft's title, text, kind or the day its text lies open for inspection
    Edit(edit::EditArgs),
    /// Propose an amendment of a proposal (voted before it, at the same meeting)
    Amend(amend::AmendArgs),
    /// Exclude members from the vote on a proposal (BW 2:12: a decision about themselves)
    Exclude(exclude::ExcludeArgs),
    /// Withdraw a draft
    Withdraw(withdraw::WithdrawArgs),
}

impl ProposalCmd {
    pub fn run(self, ctx: &mut Ctx) -> anyhow::Result<()> {
        match self {
            ProposalCmd::New(a) => a.run(ctx),
            ProposalCmd::List(a) => a.run(ctx),
            ProposalCmd::Show(a) => a.run(ctx),
            ProposalCmd::Edit(a) => a.run(ctx),
            ProposalCmd::Amend(a) => a.run(ctx),
            ProposalCmd::Exclude(a) => a.run(ctx),
            ProposalCmd::Withdraw(a) => a.run(ctx),
        }
    }
}

/// `--text "…"` or `--text-file F`, never both (clap refuses that).
#[derive(Debug, Args)]
pub struct TextArgs {
    /// The text of the proposal (for a statute amendment: the amendment word for word)
    #[arg(long, conflicts_with = "text_file")]
    pub text: Option<String>,
    /// Read the text from this file (UTF-8)
    #[arg(long, value_name = "FILE")]
    pub text_file: Option<PathBuf>,
}

impl TextArgs {
    /// The text given, read from the file if one was named; the error names a missing file.
    pub fn read(self) -> anyhow::Result<Option<String>> {
        match (self.text, self.text_file) {
            (Some(t), _) => Ok(Some(t)),
            (None, Some(f)) => std::fs::read_to_string(&f)
                .map_err(|e| {
                    Failed(msg!(
                        "proposal-text-file-unreadable",
                        path = f.display().to_string(),
                        why = e.to_string()
                    ))
                    .into()
                })
                .map(Some),
            (None, None) => Ok(None),
        }
    }
}

/// `--by N…` or `--by-board`.
#[derive(Debug, Args)]
pub struct ByArgs {
    /// Member numbers who bring the proposal (the first) and co-sign it
    #[arg(long, num_args = 1.., value_name = "N", value_parser = crate::cli::args::member_number,
          conflicts_with = "by_board")]
    pub by: Vec<i64>,
    /// The board brings the proposal
    #[arg(long)]
    pub by_board: bool,
}

impl ByArgs {
    /// Who brings it; `None` when neither flag was given.
    pub fn given(&self) -> Option<By> {
        if self.by_board {
            Some(By::Board)
        } else if !self.by.is_empty() {
            Some(By::Members(self.by.clone()))
        } else {
            None
        }
    }

    /// Who brings it: the flags, else asked on a terminal, else an error naming the flags.
    pub fn required(&self, ctx: &Ctx) -> anyhow::Result<By> {
        if let Some(by) = self.given() {
            return Ok(by);
        }
        if !ctx.interactive {
            return Err(UsageError::new(msg!("proposal-by-missing"))
                .hint(msg!("proposal-by-missing-hint"))
                .into());
        }
        let answer = ctx.required(
            None,
            "--by",
            "Brought by (board, or member numbers separated by spaces)",
        )?;
        parse_by(&answer)
    }
}

fn parse_by(answer: &str) -> anyhow::Result<By> {
    let a = answer.trim();
    if a.eq_ignore_ascii_case("board") || a.eq_ignore_ascii_case("bestuur") {
        return Ok(By::Board);
    }
    let numbers = a
        .split([' ', ','])
        .filter(|w| !w.is_empty())
        .map(|w| {
            crate::cli::args::member_number(w).map_err(|e| {
                UsageError::new(msg!(
                    "flag-invalid",
                    flag = "--by",
                    why = msg!("proposal-by-word", word = w, why = e.to_string())
                ))
            })
        })
        .collect::<Result<Vec<_>, _>>()?;
    if numbers.is_empty() {
        return Err(UsageError::new(msg!(
            "flag-invalid",
            flag = "--by",
            why = msg!("no-member-numbers")
        ))
        .hint(msg!("proposal-by-answer-hint"))
        .into());
    }
    Ok(By::Members(numbers))
}

/// The record of a proposal as `proposal show` prints it.
pub(crate) fn record(d: &Detail) -> ProposalRecord {
    ProposalRecord::new(Parts {
        proposal: &d.proposal,
        signers: &d.signers,
        exclusions: &d.exclusions,
        amendments: &d.amendments,
        item: d.item.as_ref(),
        problems: &d.problems,
    })
}

/// Ends a writing command on a proposal: `{command, changed, journal_head}` in JSON, `changed`
/// the proposal as `proposal show` gives it after the change.
pub(crate) fn report(
    ctx: &Ctx,
    command: &str,
    changed: crate::ops::Changed<Detail>,
) -> anyhow::Result<()> {
    crate::cli::report(ctx, command, changed.map(|d| record(&d)))
}

/// Domain field names as the flags the user typed.
pub(crate) fn with_flags(e: anyhow::Error) -> anyhow::Error {
    crate::cli::args::with_flag_names(e)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_answer_is_the_board_or_member_numbers() {
        assert_eq!(parse_by(" board ").unwrap(), By::Board);
        assert_eq!(parse_by("3, 7 12").unwrap(), By::Members(vec![3, 7, 12]));
        assert!(parse_by("Jansen").is_err());
        assert!(parse_by(" ").is_err());
    }
}
