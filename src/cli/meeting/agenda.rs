//! `meeting agenda M add|move|remove|list`.

use crate::domain::msg::msg;
use clap::{Args, Subcommand};

use crate::app::Ctx;
use crate::domain::meeting::agenda::Decides;
use crate::ops::meeting::agenda as ops;
use crate::output::meeting::{AgendaChanged, ItemRow};

#[derive(Debug, Args)]
pub struct AgendaArgs {
    /// The meeting's number
    pub meeting: i64,
    #[command(subcommand)]
    pub cmd: AgendaCmd,
}

#[derive(Debug, Subcommand)]
pub enum AgendaCmd {
    /// Add an item (at the end, or at --position), or the annual meeting's items with --template
    Add {
        /// The item's title, e.g. "Jaarverslag"
        #[arg(required_unless_present_any = ["template", "proposal"])]
        title: Option<String>,
        /// Its position on the agenda [default: at the end]
        #[arg(long)]
        position: Option<u32>,
        /// What a decision on it is: none, ordinary, statute-amendment, dissolution
        #[arg(long, value_parser = crate::cli::choices::DecidesChoice::parser(), default_value = "none")]
        decides: Decides,
        /// The standard items of an annual meeting, in the association's language
        #[arg(long, conflicts_with = "title")]
        template: bool,
        /// Language of the template for this once: nl or en
        #[arg(long, value_parser = crate::cli::choices::LangChoice::parser(), ignore_case = true)]
        lang: Option<crate::domain::lang::Lang>,
        /// The item decides on proposal P (titled as it unless TITLE is given; its kind says what it decides)
        #[arg(long, value_name = "P", conflicts_with = "template")]
        proposal: Option<i64>,
        /// The item deals with member N's suspension or expulsion: a suspended member is then
        /// convened for this meeting, without a vote (BW 2:38 lid 1)
        #[arg(long, value_name = "N", conflicts_with_all = ["template", "proposal"])]
        about_member: Option<i64>,
    },
    /// Move item FROM to position TO
    Move {
        /// The item's position now
        from: u32,
        /// Its new position
        to: u32,
    },
    /// Remove an item
    Remove {
        /// The item's position
        position: u32,
    },
    /// List the agenda
    #[command(visible_alias = "ls")]
    List,
}

impl AgendaArgs {
    pub fn run(self, ctx: &mut Ctx) -> anyhow::Result<()> {
        let id = self.meeting;
        let mut store = ctx.open_store()?;
        let (command, changed) = match self.cmd {
            AgendaCmd::List => {
                let items = ops::list(&mut store, id)?;
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
                let what = match (proposal, template) {
                    (Some(proposal), _) => ops::Add::Proposal { proposal, title },
                    (None, true) => ops::Add::Template { lang },
                    (None, false) => ops::Add::Item {
                        title: title.unwrap_or_default(),
                        decides,
                        about_member,
                    },
                };
                let command = "meeting agenda add";
                let changed = ops::add(&mut store, &ctx.actor(command), id, position, what)?;
                if changed.value.after_convocation {
                    ctx.out.warn_msg(&msg!("agenda-item-after-convocation"));
                }
                ctx.out.outcome_msg(&msg!(
                    "agenda-items-added",
                    count = changed.value.count,
                    meeting = id
                ));
                (command, changed.map(|a| a.agenda))
            }
            AgendaCmd::Move { from, to } => {
                let command = "meeting agenda move";
                let changed = ops::move_item(&mut store, &ctx.actor(command), id, from, to)?;
                ctx.out.outcome_msg(&msg!(
                    "agenda-item-moved",
                    from = from,
                    meeting = id,
                    to = to
                ));
                (command, changed)
            }
            AgendaCmd::Remove { position } => {
                let command = "meeting agenda remove";
                let changed = ops::remove(&mut store, &ctx.actor(command), id, position)?;
                ctx.out
                    .outcome_msg(&msg!("agenda-item-removed", item = position, meeting = id));
                (command, changed)
            }
        };
        // The agenda as it now stands is what changed.
        let changed = changed.map(|items| AgendaChanged {
            meeting: id,
            agenda: items.iter().map(ItemRow::new).collect(),
        });
        crate::cli::report(ctx, command, changed)
    }
}
