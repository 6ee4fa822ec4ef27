//! `quorum meeting guest add|list|remove M`: guests at a meeting (donateurs, invited
//! non-members), on the attendance list and in the minutes, never counted.

use crate::domain::msg::msg;
use clap::{ArgGroup, Args, Subcommand};
use serde::Serialize;

use crate::app::Ctx;
use crate::cli::args::{member_number, with_flag_names};
use crate::domain::meeting::door::GuestRow;
use crate::ops::guest::{self as ops, Guest};

#[derive(Debug, Args)]
pub struct GuestArgs {
    #[command(subcommand)]
    pub cmd: GuestCmd,
}

#[derive(Debug, Subcommand)]
pub enum GuestCmd {
    /// Register a guest: by name, or a donateur from the registry by number
    Add(AddArgs),
    /// List a meeting's guests
    List(ListArgs),
    /// Remove a guest registered by mistake
    Remove(RemoveArgs),
}

#[derive(Debug, Args)]
#[command(group(ArgGroup::new("who").required(true).args(["name", "member"])))]
pub struct AddArgs {
    /// The meeting (its number)
    pub meeting: i64,
    /// The guest's name as it goes on the attendance list and in the minutes
    #[arg(long)]
    pub name: Option<String>,
    /// A person in the registry who is not a member (a donateur), by number
    #[arg(long, value_parser = member_number, value_name = "N")]
    pub member: Option<i64>,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// The meeting (its number)
    pub meeting: i64,
}

#[derive(Debug, Args)]
pub struct RemoveArgs {
    /// The meeting (its number)
    pub meeting: i64,
    /// The guest's number (see `meeting guest list M`)
    pub guest: i64,
}

#[derive(Debug, Default, Serialize)]
struct GuestOut {
    id: i64,
    /// The meeting (its number)
    meeting: i64,
    name: String,
    number: Option<i64>,
}

fn out(g: &GuestRow) -> GuestOut {
    GuestOut {
        id: g.id,
        meeting: g.meeting_id,
        name: g.name.clone(),
        number: g.number,
    }
}

impl GuestArgs {
    pub fn run(self, ctx: &mut Ctx) -> anyhow::Result<()> {
        match self.cmd {
            GuestCmd::Add(a) => {
                let who = match (a.name, a.member) {
                    (_, Some(n)) => Guest::Registered(n),
                    (Some(name), None) => Guest::Name(name),
                    (None, None) => unreachable!("clap requires --name or --member"),
                };
                let mut store = ctx.open_store()?;
                let changed =
                    ops::add(&mut store, &ctx.actor("meeting guest add"), a.meeting, &who)
                        .map_err(with_flag_names)?;
                let g = &changed.value;
                ctx.out.outcome_msg(&msg!(
                    "guest-added",
                    guest = g.id,
                    meeting = a.meeting,
                    name = &g.name
                ));
                crate::cli::report(ctx, "meeting guest add", changed.map(|g| out(&g)))
            }
            GuestCmd::List(a) => {
                let rows: Vec<GuestOut> = ops::list(&mut ctx.open_store()?, a.meeting)?
                    .iter()
                    .map(out)
                    .collect();
                ctx.out
                    .list(&rows, "No guests registered for this meeting.")
            }
            GuestCmd::Remove(a) => {
                let mut store = ctx.open_store()?;
                let changed = ops::remove(
                    &mut store,
                    &ctx.actor("meeting guest remove"),
                    a.meeting,
                    a.guest,
                )
                .map_err(with_flag_names)?;
                ctx.out.outcome_msg(&msg!(
                    "guest-removed",
                    guest = changed.value.id,
                    meeting = a.meeting
                ));
                crate::cli::report(ctx, "meeting guest remove", changed.map(|g| out(&g)))
            }
        }
    }
}
