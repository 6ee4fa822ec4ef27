//! `meeting document add|list|remove`: the documents (stukken) members read before the meeting,
//! listed in the letter under their agenda item with where they lie.

use std::path::PathBuf;

use clap::{Args, Subcommand};

use crate::app::Ctx;
use crate::cli::args::with_flag_names;
use crate::ops::meeting::document::{self as ops, Place};
use crate::output::meeting::DocumentRow;

#[derive(Debug, Args)]
pub struct DocumentArgs {
    #[command(subcommand)]
    pub cmd: DocumentCmd,
}

#[derive(Debug, Subcommand)]
pub enum DocumentCmd {
    /// Record a document of an agenda item and where members can read it (before the
    /// convocation; after it only with --force, recorded as late)
    Add(AddArgs),
    /// The documents of a meeting, by agenda item
    #[command(visible_alias = "ls")]
    List(ListArgs),
    /// Remove a document (before the convocation; after it only with --force)
    Remove(RemoveArgs),
}

#[derive(Debug, Args)]
#[command(group = clap::ArgGroup::new("place").required(true).args(["where_", "file"]))]
pub struct AddArgs {
    /// The meeting's number
    pub meeting: i64,
    /// The agenda item it belongs to (its position)
    #[arg(long, value_name = "N")]
    pub item: u32,
    /// Its title, as the letter lists it ("Jaarrekening 2026")
    #[arg(long)]
    pub title: String,
    /// Where members can read it ("ter inzage bij de secretaris")
    #[arg(long = "where", value_name = "WHERE")]
    pub where_: Option<String>,
    /// A file sent along with the convocation (its SHA-256 is recorded)
    #[arg(long, value_name = "PATH")]
    pub file: Option<PathBuf>,
    /// Add it after the convocation went out, recorded as late
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// The meeting's number
    pub meeting: i64,
}

#[derive(Debug, Args)]
pub struct RemoveArgs {
    /// The meeting's number
    pub meeting: i64,
    /// The document's number (from `meeting document list`)
    pub document: i64,
    /// Remove it after the convocation went out, recorded as late
    #[arg(long)]
    pub force: bool,
}

impl DocumentArgs {
    pub fn run(self, ctx: &mut Ctx) -> anyhow::Result<()> {
        let mut store = ctx.open_store()?;
        match self.cmd {
            DocumentCmd::Add(a) => {
                let place = match (&a.where_, &a.file) {
                    (_, Some(f)) => Place::File(f),
                    (Some(w), None) => Place::At(w),
                    (None, None) => unreachable!("clap requires --where or --file"),
                };
                let changed = ops::add(
                    &mut store,
                    &ctx.actor("meeting document add"),
                    a.meeting,
                    a.item,
                    &a.title,
                    place,
                    a.force,
                )
                .map_err(with_flag_names)?;
                let d = &changed.value;
                if d.late {
                    ctx.out.warn("the convocation went out already: the document is recorded as late, and a decision on its item may be voidable (BW 2:15)");
                }
                ctx.out.outcome(
                    "Added",
                    format_args!(
                        "document {} ‘{}’ to item {} of meeting {}",
                        d.id, d.title, d.item, a.meeting
                    ),
                );
                crate::cli::report(
                    ctx,
                    "meeting document add",
                    changed.map(|d| DocumentRow::new(a.meeting, &d)),
                )
            }
            DocumentCmd::List(a) => {
                let rows: Vec<DocumentRow> = ops::list(&mut store, a.meeting)?
                    .iter()
                    .map(|d| DocumentRow::new(a.meeting, d))
                    .collect();
                ctx.out
                    .list(&rows, "No documents; `meeting document add` records one.")
            }
            DocumentCmd::Remove(a) => {
                let changed = ops::remove(
                    &mut store,
                    &ctx.actor("meeting document remove"),
                    a.meeting,
                    a.document,
                    a.force,
                )?;
                ctx.out.outcome(
                    "Removed",
                    format_args!(
                        "document {} ‘{}’ of meeting {}",
                        changed.value.id, changed.value.title, a.meeting
                    ),
                );
                crate::cli::report(
                    ctx,
                    "meeting document remove",
                    changed.map(|d| DocumentRow::new(a.meeting, &d)),
                )
            }
        }
    }
}
