//! `minutes note M [--item N] TEXT|-|--edit` and `minutes action M --item N --who … --what …`.

use std::io::Read as _;

use chrono::NaiveDate;
use clap::{Args, Subcommand};

use super::with_flags;
use crate::app::Ctx;
use crate::cli::args::date;
use crate::domain::msg::msg;
use crate::exit::UsageError;
use crate::ops::minutes as ops;

#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true, subcommand_negates_reqs = true)]
pub struct NoteArgs {
    #[command(subcommand)]
    pub cmd: Option<NoteCmd>,
    /// The meeting's number
    #[arg(required = true)]
    pub meeting: Option<i64>,
    /// The note: what was said, questions and answers; `-` reads it from stdin
    pub text: Option<String>,
    /// The agenda item it belongs to (its position); without it, the note is about the meeting
    #[arg(long, value_name = "N")]
    pub item: Option<u32>,
    /// Write the note in $VISUAL or $EDITOR
    #[arg(long, conflicts_with = "text")]
    pub edit: bool,
    /// A note for minutes already approved: it waits for a new approval that corrects them
    #[arg(long)]
    pub correction: bool,
    /// When in the meeting it was said (20.15, or a date and time), for a note written
    /// afterwards: the minutes tell notes, votes and elections in the order they happened
    #[arg(long, value_name = "TIME", value_parser = said)]
    pub at: Option<crate::domain::minutes::Said>,
}

fn said(s: &str) -> Result<crate::domain::minutes::Said, String> {
    s.parse()
        .map_err(|e: crate::domain::DomainError| e.to_string().replacen("at: ", "", 1))
}

/// The note's text written in the user's editor, from an owner-only temporary file (a note may
/// name members). An editor that fails or leaves the file empty changes nothing.
fn from_editor() -> anyhow::Result<String> {
    let editor = std::env::var("VISUAL")
        .or_else(|_| std::env::var("EDITOR"))
        .unwrap_or_else(|_| "vi".into());
    let dir = std::env::temp_dir();
    let path = dir.join(format!("quorum-note-{}.md", std::process::id()));
    crate::files::create_private(&path)?;
    let status = std::process::Command::new("sh")
        .arg("-c")
        .arg(format!("{editor} \"$1\""))
        .arg("quorum")
        .arg(&path)
        .status();
    let text = std::fs::read_to_string(&path);
    let _ = std::fs::remove_file(&path);
    match status {
        Ok(s) if s.success() => {}
        Ok(s) => {
            return Err(crate::exit::hinted(
                msg!(
                    "minutes-editor-failed",
                    editor = editor.as_str(),
                    status = s.to_string()
                ),
                msg!("minutes-editor-failed-hint"),
            ));
        }
        Err(e) => {
            return Err(crate::exit::hinted(
                msg!(
                    "minutes-editor-not-started",
                    editor = editor.as_str(),
                    error = e.to_string()
                ),
                msg!("minutes-editor-not-started-hint"),
            ));
        }
    }
    Ok(text?)
}

/// Corrections of a note before the minutes are approved
#[derive(Debug, Subcommand)]
pub enum NoteCmd {
    /// Correct the text of a note (its number from `minutes notes M`), until the minutes are approved
    Edit(NoteEditArgs),
    /// Take a note out of the minutes (its number from `minutes notes M`), until they are approved
    Remove(NoteRemoveArgs),
}

#[derive(Debug, Args)]
pub struct NoteEditArgs {
    /// The meeting's number
    pub meeting: i64,
    /// The note's number in `minutes notes M`
    pub number: u32,
    /// The corrected text
    pub text: String,
}

#[derive(Debug, Args)]
pub struct NoteRemoveArgs {
    /// The meeting's number
    pub meeting: i64,
    /// The note's number in `minutes notes M`
    pub number: u32,
}

/// `minutes notes M`: the notes with the numbers `note edit` and `note remove` take.
#[derive(Debug, Args)]
pub struct NotesArgs {
    /// The meeting's number
    pub meeting: i64,
}

#[derive(Debug, Default, serde::Serialize)]
struct NoteLine {
    number: usize,
    item: Option<u32>,
    /// When in the meeting it was said (local time): its place in the order of the minutes.
    at: String,
    correction: bool,
    text: String,
}

impl NotesArgs {
    pub fn run(self, ctx: &mut Ctx) -> anyhow::Result<()> {
        let mut store = ctx.open_store()?;
        let rows: Vec<NoteLine> = ops::notes(&mut store, self.meeting)?
            .into_iter()
            .enumerate()
            .map(|(i, n)| NoteLine {
                number: i + 1,
                item: n.item_position,
                at: crate::output::minutes::local_minutes(&n.said_at),
                correction: n.correction,
                text: n.text,
            })
            .collect();
        ctx.out.list(&rows, "no notes")
    }
}

impl NoteCmd {
    fn run(self, ctx: &mut Ctx) -> anyhow::Result<()> {
        match self {
            NoteCmd::Edit(a) => {
                let mut store = ctx.open_store()?;
                let changed = ops::note_edit(
                    &mut store,
                    &ctx.actor("minutes note edit"),
                    a.meeting,
                    a.number,
                    &a.text,
                )
                .map_err(with_flags)?;
                ctx.out.outcome_msg(&msg!(
                    "minutes-note-corrected",
                    note = a.number,
                    meeting = a.meeting
                ));
                let changed = changed.map(|()| NoteEdited {
                    meeting: a.meeting,
                    note: a.number,
                    text: a.text.trim().to_string(),
                });
                crate::cli::report(ctx, "minutes note edit", changed)
            }
            NoteCmd::Remove(a) => {
                let mut store = ctx.open_store()?;
                let changed = ops::note_remove(
                    &mut store,
                    &ctx.actor("minutes note remove"),
                    a.meeting,
                    a.number,
                )?;
                ctx.out.outcome_msg(&msg!(
                    "minutes-note-removed",
                    note = a.number,
                    meeting = a.meeting
                ));
                let changed = changed.map(|()| NoteRemoved {
                    meeting: a.meeting,
                    note: a.number,
                });
                crate::cli::report(ctx, "minutes note remove", changed)
            }
        }
    }
}

impl NoteArgs {
    pub fn run(self, ctx: &mut Ctx) -> anyhow::Result<()> {
        if let Some(cmd) = self.cmd {
            return cmd.run(ctx);
        }
        let meeting = self
            .meeting
            .ok_or_else(|| UsageError::new(msg!("minutes-note-which-meeting")))?;
        let text = match (self.text.as_deref(), self.edit) {
            (_, true) => from_editor()?,
            (Some("-"), false) => {
                let mut s = String::new();
                std::io::stdin().read_to_string(&mut s)?;
                s
            }
            (Some(t), false) => t.to_string(),
            (None, false) => ctx.required(None, "TEXT", "The note")?,
        };
        if text.trim().is_empty() {
            return Err(UsageError::new(msg!("minutes-note-empty"))
                .hint(msg!("minutes-note-empty-hint"))
                .into());
        }
        let mut store = ctx.open_store()?;
        let changed = ops::note(
            &mut store,
            &ctx.actor("minutes note"),
            meeting,
            self.item,
            &text,
            self.correction,
            self.at,
        )
        .map_err(with_flags)?;
        let id = changed.value;
        ctx.out.outcome_msg(&match self.item {
            Some(item) => msg!(
                "minutes-note-added-under",
                note = id,
                meeting = meeting,
                item = item
            ),
            None => msg!("minutes-note-added", note = id, meeting = meeting),
        });
        let changed = changed.map(|id| NoteAdded {
            note: id,
            meeting,
            item: self.item,
            correction: self.correction,
        });
        crate::cli::report(ctx, "minutes note", changed)
    }
}

#[derive(Debug, Args)]
pub struct ActionArgs {
    /// The meeting where it was agreed
    pub meeting: i64,
    /// The agenda item it came from (its position)
    #[arg(long, value_name = "N")]
    pub item: Option<u32>,
    /// Who will do it (a name, a committee, "het bestuur")
    #[arg(long)]
    pub who: Option<String>,
    /// What is to be done
    #[arg(long)]
    pub what: Option<String>,
    /// By when: 2027-04-01 or 01-04-2027
    #[arg(long, value_parser = date, value_name = "DATE")]
    pub due: Option<NaiveDate>,
}

impl ActionArgs {
    pub fn run(self, ctx: &mut Ctx) -> anyhow::Result<()> {
        let who = ctx.required(self.who, "--who", "Who will do it")?;
        let what = ctx.required(self.what, "--what", "What is to be done")?;
        let mut store = ctx.open_store()?;
        let changed = ops::action(
            &mut store,
            &ctx.actor("minutes action"),
            self.meeting,
            self.item,
            &who,
            &what,
            self.due,
        )
        .map_err(with_flags)?;
        ctx.out.outcome_msg(&msg!(
            "minutes-action-recorded",
            action = changed.value,
            meeting = self.meeting
        ));
        let changed = changed.map(|id| ActionAdded {
            action: id,
            meeting: self.meeting,
            item: self.item,
            who: who.trim().to_string(),
            what: what.trim().to_string(),
            due: self.due.map(|d| d.to_string()),
        });
        crate::cli::report(ctx, "minutes action", changed)
    }
}

/// `minutes note`'s `changed`: the note's number and where it belongs.
#[derive(Debug, serde::Serialize)]
struct NoteAdded {
    note: i64,
    meeting: i64,
    item: Option<u32>,
    correction: bool,
}

/// `minutes note edit`'s `changed`: the note and its corrected text.
#[derive(Debug, serde::Serialize)]
struct NoteEdited {
    meeting: i64,
    note: u32,
    text: String,
}

/// `minutes note remove`'s `changed`: the note taken out.
#[derive(Debug, serde::Serialize)]
struct NoteRemoved {
    meeting: i64,
    note: u32,
}

/// `minutes action`'s `changed`: the action item as recorded.
#[derive(Debug, serde::Serialize)]
struct ActionAdded {
    action: i64,
    meeting: i64,
    item: Option<u32>,
    who: String,
    what: String,
    due: Option<String>,
}
