//! `meeting agenda M add|move|remove|list`.

use clap::{Args, Subcommand};

use crate::app::Ctx;
use crate::domain::DomainError;
use crate::domain::meeting::agenda::{Decides, annual_template, append_position, check_position};
use crate::ops::meeting as ops;
use crate::output::meeting::ItemRow;

#[derive(Debug, Args)]
pub struct AgendaArgs {
    /// The meeting's number
    pub meeting: i64,
    #[command(subcommand)]
    pub cmd: AgendaCmd,
}

fn decides_arg(s: &str) -> Result<Decides, String> {
    s.parse().map_err(|e: DomainError| e.to_string())
}

#[derive(Debug, Subcommand)]
pub enum AgendaCmd {
    /// Add an item (at the end, or at --position), or the annual meeting's items with --template
    Add {
        #[arg(required_unless_present_any = ["template", "proposal"])]
        title: Option<String>,
        #[arg(long)]
        position: Option<u32>,
        /// What a decision on it is: none, ordinary, statute-amendment, dissolution
        #[arg(long, value_parser = decides_arg, default_value = "none")]
        decides: Decides,
        /// The standard items of an annual meeting, in the association's language
        #[arg(long, conflicts_with = "title")]
        template: bool,
        /// Language of the template for this once: nl or en
        #[arg(long)]
        lang: Option<String>,
        /// The item decides on proposal P (titled as it unless TITLE is given; its kind says what it decides)
        #[arg(long, value_name = "P", conflicts_with = "template")]
        proposal: Option<i64>,
        /// The item deals with member N's suspension or expulsion: a suspended member is then
        /// convened for this meeting, without a vote (BW 2:38 lid 1)
        #[arg(long, value_name = "N", conflicts_with_all = ["template", "proposal"])]
        about_member: Option<i64>,
    },
    /// Move item FROM to position TO
    Move { from: u32, to: u32 },
    /// Remove an item
    Remove { position: u32 },
    /// List the agenda
    #[command(visible_alias = "ls")]
    List,
}

impl AgendaArgs {
    pub fn run(self, ctx: &mut Ctx) -> anyhow::Result<()> {
        let id = self.meeting;
        let mut store = ctx.open_store()?;
        let command = match &self.cmd {
            AgendaCmd::List => "meeting agenda list",
            AgendaCmd::Add { .. } => "meeting agenda add",
            AgendaCmd::Move { .. } => "meeting agenda move",
            AgendaCmd::Remove { .. } => "meeting agenda remove",
        };
        match self.cmd {
            AgendaCmd::List => {
                let items = store.read(|tx| {
                    tx.meeting(id)?;
                    tx.agenda(id)
                })?;
                let rows: Vec<ItemRow> = items.iter().map(ItemRow::new).collect();
                return ctx.out.list(&rows, "The agenda is empty.");
            }
            AgendaCmd::Add {
                title,
                position,
                decides,
                template,
                lang,
                proposal,
                about_member,
            } => {
                let lang = lang
                    .map(|l| l.parse())
                    .transpose()
                    .map_err(super::plan::with_flags_domain)?;
                let (n, warn) = store.write(&ctx.actor("meeting agenda add"), |tx| {
                    let m = tx.meeting(id)?;
                    ops::check_agenda_add(&m)?;
                    if let Some(pid) = proposal {
                        let p = tx.proposal(pid)?;
                        let (_, warn) = crate::ops::proposal::put_on_agenda(
                            tx,
                            &m,
                            &p,
                            position,
                            title.as_deref(),
                        )?;
                        return Ok((1, warn.is_some()));
                    }
                    let items = tx.agenda(id)?;
                    let list: Vec<(String, Decides)> = if template {
                        let lang = match lang {
                            Some(l) => l,
                            None => tx.association_lang()?,
                        };
                        annual_template(lang)
                            .into_iter()
                            .map(|(t, d)| (t.to_string(), d))
                            .collect()
                    } else {
                        let t = title.clone().unwrap_or_default();
                        if t.trim().is_empty() {
                            return Err(DomainError::invalid(
                                "title",
                                "an agenda item needs a title",
                            )
                            .into());
                        }
                        vec![(t.trim().to_string(), decides)]
                    };
                    // The template is a whole agenda: it goes at the end; a single item goes
                    // before the closing items.
                    let first = position.unwrap_or(if template {
                        items.len() as u32 + 1
                    } else {
                        append_position(&items, title.as_deref().unwrap_or_default())
                    });
                    check_position(first, items.len(), true)?;
                    let about = about_member
                        .map(|n| tx.member(n))
                        .transpose()?
                        .map(|x| x.id);
                    for (at, (t, d)) in (first..).zip(&list) {
                        tx.add_agenda_item(id, at, t, *d, about)?;
                    }
                    Ok((list.len(), m.convened_on.is_some()))
                })?;
                if warn {
                    ctx.out.warn("the convocation went out already: the item is marked \"not in the convocation\", and a decision on it is voidable (BW 2:15; agenda_items_only)");
                }
                ctx.out.outcome(
                    "Added",
                    format_args!(
                        "{} to meeting {id}",
                        crate::domain::text::counted(n as u64, "agenda item", "agenda items")
                    ),
                );
            }
            AgendaCmd::Move { from, to } => {
                store.write(&ctx.actor("meeting agenda move"), |tx| {
                    let m = tx.meeting(id)?;
                    ops::check_agenda_change(&m)?;
                    let len = tx.agenda(id)?.len();
                    check_position(from, len, false)?;
                    check_position(to, len, false)?;
                    tx.move_agenda_item(id, from, to)
                })?;
                ctx.out
                    .outcome("Moved", format_args!("item {from} of meeting {id} to {to}"));
            }
            AgendaCmd::Remove { position } => {
                store.write(&ctx.actor("meeting agenda remove"), |tx| {
                    let m = tx.meeting(id)?;
                    ops::check_agenda_change(&m)?;
                    let items = tx.agenda(id)?;
                    check_position(position, items.len(), false)?;
                    let item = &items[position as usize - 1];
                    if item.sent_position.is_some() {
                        return Err(DomainError::Refused(format!(
                            "item {position} '{}' was in the convocation; it stays on the agenda (the chair may withdraw it at the meeting)",
                            item.title
                        ))
                        .into());
                    }
                    if tx.item_documents(item.id)? > 0 {
                        return Err(DomainError::Refused(format!(
                            "item {position} '{}' has meeting documents; remove them first (`quorum meeting document list {id}`)",
                            item.title
                        ))
                        .into());
                    }
                    let proposal = tx.item_proposal(item.id)?;
                    tx.remove_agenda_item(id, item)?;
                    if let Some(pid) = proposal {
                        tx.unlink_proposal(pid, id)?;
                    }
                    Ok(())
                })?;
                ctx.out
                    .outcome("Removed", format_args!("item {position} of meeting {id}"));
            }
        }
        // The agenda as it now stands is what changed.
        let items = store.read(|tx| tx.agenda(id))?;
        let rows: Vec<ItemRow> = items.iter().map(ItemRow::new).collect();
        let changed = serde_json::json!({ "meeting": id, "agenda": rows });
        crate::cli::report_change(ctx, &mut store, command, changed)
    }
}
