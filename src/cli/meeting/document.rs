//! `meeting document add|list|remove`: the documents (stukken) members read before the meeting,
//! listed in the letter under their agenda item with where they lie.

use crate::domain::msg::msg;
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
    /// Write the supplement (aanvulling) that sends the documents added after the convocation;
    /// the letter itself stays as it was sent
    Supplement(SupplementArgs),
}

#[derive(Debug, Args)]
pub struct SupplementArgs {
    /// The meeting's number
    pub meeting: i64,
    /// Write the supplement (Markdown) to this file
    #[arg(long, value_name = "FILE")]
    pub output: PathBuf,
    /// The day the supplement goes out [default: today]
    #[arg(long = "on", visible_alias = "sent", value_parser = crate::cli::args::date)]
    pub sent: Option<chrono::NaiveDate>,
    /// Place of sending, in the heading ("Utrecht, 20 februari 2027")
    #[arg(long)]
    pub place: Option<String>,
    /// Name of the secretary who signs it
    #[arg(long)]
    pub signed: Option<String>,
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
                    ctx.out.warn_msg(&msg!("document-late"));
                }
                ctx.out.outcome_msg(&msg!(
                    "document-added",
                    document = d.id,
                    title = d.title.as_str(),
                    item = d.item,
                    meeting = a.meeting
                ));
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
                    .list(&rows, &ctx.out.say(&msg!("list-empty-documents")))
            }
            DocumentCmd::Supplement(a) => {
                let sent = a.sent.unwrap_or_else(|| ctx.clock.today());
                let changed = ops::supplement(
                    &mut store,
                    &ctx.actor("meeting document supplement"),
                    a.meeting,
                    sent,
                )
                .map_err(with_flag_names)?;
                let s = &changed.value;
                let first_sent = s
                    .documents
                    .iter()
                    .filter_map(|d| d.supplement_sent)
                    .min()
                    .unwrap_or(sent);
                let text = crate::output::meeting_letter::supplement(
                    &crate::output::meeting_letter::Letter {
                        association: &s.association,
                        lang: s.lang,
                        meeting: &s.meeting,
                        items: &s.agenda,
                        rules: &s.rules,
                        // A reprint shows the day it first went out.
                        sent: if s.new == 0 { first_sent } else { sent },
                        place: a.place.as_deref(),
                        signed: a.signed.as_deref(),
                        inspection: None,
                        text_open_from: None,
                        retiring: &[],
                        counter_candidates_until: None,
                        documents: &s.documents,
                        nominees: &[],
                    },
                    s.convened_on,
                );
                let mut f = crate::output::file::AtomicFile::create(&a.output)?;
                std::io::Write::write_all(f.writer(), text.as_bytes())?;
                f.commit()?;
                ctx.out.outcome_msg(&msg!(
                    "document-supplement-wrote",
                    meeting = a.meeting,
                    documents = s.documents.len(),
                    path = a.output.display().to_string()
                ));
                let rows: Vec<DocumentRow> = s
                    .documents
                    .iter()
                    .map(|d| DocumentRow::new(a.meeting, d))
                    .collect();
                crate::cli::report(ctx, "meeting document supplement", changed.map(|_| rows))
            }
            DocumentCmd::Remove(a) => {
                let changed = ops::remove(
                    &mut store,
                    &ctx.actor("meeting document remove"),
                    a.meeting,
                    a.document,
                    a.force,
                )?;
                ctx.out.outcome_msg(&msg!(
                    "document-removed",
                    document = changed.value.id,
                    title = changed.value.title.as_str(),
                    meeting = a.meeting
                ));
                crate::cli::report(
                    ctx,
                    "meeting document remove",
                    changed.map(|d| DocumentRow::new(a.meeting, &d)),
                )
            }
        }
    }
}
