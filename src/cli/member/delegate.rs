//! `quorum member delegate add|list|end N`: the people a member that is an organisation sends to
//! speak and vote for it.

use crate::domain::msg::msg;
use chrono::NaiveDate;
use clap::{Args, Subcommand};

use crate::app::Ctx;
use crate::cli::args::{date, email, member_number, with_flag_names};
use crate::ops::delegate::{self as ops, Add};

#[derive(Debug, Args)]
pub struct DelegateArgs {
    #[command(subcommand)]
    pub cmd: DelegateCmd,
}

#[derive(Debug, Subcommand)]
pub enum DelegateCmd {
    /// Register a delegate of a member that is an organisation
    Add(AddArgs),
    /// List a member's delegates
    List(ListArgs),
    /// End a delegate's mandate
    End(EndArgs),
}

#[derive(Debug, Args)]
pub struct AddArgs {
    /// The organisation's member number
    #[arg(value_parser = member_number)]
    pub member: i64,
    /// The delegate's name, as it goes on the attendance list
    #[arg(long)]
    pub name: String,
    /// The delegate's e-mail address
    #[arg(long, value_parser = email)]
    pub email: Option<String>,
    /// The delegate's phone number
    #[arg(long)]
    pub phone: Option<String>,
    /// First day of the mandate [default: today]
    #[arg(long, value_parser = date, value_name = "DATE")]
    pub from: Option<NaiveDate>,
    /// Last day of the mandate [default: until ended]
    #[arg(long, value_parser = date, value_name = "DATE")]
    pub until: Option<NaiveDate>,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// The member that is an organisation (its number)
    #[arg(value_parser = member_number)]
    pub member: i64,
}

#[derive(Debug, Args)]
pub struct EndArgs {
    /// The member that is an organisation (its number)
    #[arg(value_parser = member_number)]
    pub member: i64,
    /// The delegate's number (see `member delegate list N`)
    pub delegate: i64,
    /// The mandate's last day [default: today]
    #[arg(long, value_parser = date, value_name = "DATE")]
    pub on: Option<NaiveDate>,
}

impl DelegateArgs {
    pub fn run(self, ctx: &mut Ctx) -> anyhow::Result<()> {
        match self.cmd {
            DelegateCmd::Add(a) => {
                let mut store = ctx.open_store()?;
                let changed = ops::add(
                    &mut store,
                    &ctx.actor("member delegate add"),
                    &Add {
                        number: a.member,
                        name: a.name,
                        email: a.email,
                        phone: a.phone,
                        from: a.from.unwrap_or_else(|| ctx.clock.today()),
                        until: a.until,
                    },
                )
                .map_err(with_flag_names)?;
                let v = &changed.value;
                ctx.out.outcome_msg(&msg!(
                    "delegate-added",
                    id = v.id,
                    member = v.member,
                    name = v.name.to_string()
                ));
                crate::cli::report(ctx, "member delegate add", changed)
            }
            DelegateCmd::List(a) => {
                let rows = ops::list(&mut ctx.open_store()?, a.member)?;
                ctx.out.list(&rows, "No delegates registered.")
            }
            DelegateCmd::End(a) => {
                let on = a.on.unwrap_or_else(|| ctx.clock.today());
                let mut store = ctx.open_store()?;
                let changed = ops::end(
                    &mut store,
                    &ctx.actor("member delegate end"),
                    a.member,
                    a.delegate,
                    on,
                )
                .map_err(with_flag_names)?;
                let v = &changed.value;
                ctx.out.outcome_msg(&msg!(
                    "delegate-ended",
                    id = v.id,
                    member = v.member,
                    on = on
                ));
                crate::cli::report(ctx, "member delegate end", changed)
            }
        }
    }
}
