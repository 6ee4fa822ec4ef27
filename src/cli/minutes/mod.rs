//! `quorum minutes …`: notes and action items during the meeting, the draft, the approval that
//! seals the text, and the check of a seal. One file per verb group; handlers parse, call
//! `ops::minutes` and render through `output::minutes`.

use clap::Subcommand;

use crate::app::Ctx;

pub mod approve;
pub mod draft;
pub mod note;

/// Minutes of a meeting: notes, action items, the draft, approval and the seal
#[derive(Debug, Subcommand)]
pub enum MinutesCmd {
    /// Add a note to the minutes (under an agenda item with --item): what was said
    Note(note::NoteArgs),
    /// List the notes of the minutes with their numbers (for `minutes note edit` and `remove`)
    Notes(note::NotesArgs),
    /// Record an action item agreed in the meeting: who does what, by when
    Action(note::ActionArgs),
    /// Draft the complete minutes from what was recorded, in the association's language
    Draft(draft::DraftArgs),
    /// Approve the minutes at a later meeting (or the same, where the statutes say so) and seal them
    Approve(approve::ApproveArgs),
    /// Show the minutes: the approved, sealed text with --approved, else the draft
    Show(approve::ShowArgs),
    /// Check approved minutes against their seal and the journal
    Verify(approve::VerifyArgs),
}

impl MinutesCmd {
    pub fn run(self, ctx: &mut Ctx) -> anyhow::Result<()> {
        match self {
            MinutesCmd::Note(a) => a.run(ctx),
            MinutesCmd::Notes(a) => a.run(ctx),
            MinutesCmd::Action(a) => a.run(ctx),
            MinutesCmd::Draft(a) => a.run(ctx),
            MinutesCmd::Approve(a) => a.run(ctx),
            MinutesCmd::Show(a) => a.run(ctx),
            MinutesCmd::Verify(a) => a.run(ctx),
        }
    }
}

/// Domain field names as the flags of these commands.
pub(crate) fn with_flags(err: anyhow::Error) -> anyhow::Error {
    crate::cli::args::field_to_flag(err, |field| match field {
        "correction" | "at" | "who" | "what" | "due" | "lang" => {
            Some(crate::cli::args::flag_for(field))
        }
        _ => None,
    })
}
