//! `meeting proxy M --from N --to N`, `proxy list M`, `proxy revoke M --from N`.

use crate::domain::msg::msg;
use chrono::NaiveDate;
use clap::{Args, Subcommand};

use super::date_arg;
use crate::app::Ctx;
use crate::domain::meeting::proxy::Form;
use crate::ops::meeting as ops;
use crate::output::meeting::{ProxyGiven, ProxyOut, ProxyRevoked};

#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true, subcommand_negates_reqs = true)]
pub struct ProxyArgs {
    #[command(subcommand)]
    pub cmd: Option<ProxyCmd>,
    /// The meeting's number
    #[arg(required = true)]
    pub meeting: Option<i64>,
    /// The member who gives the proxy
    #[arg(long, required = true)]
    pub from: Option<i64>,
    /// The member who holds it (a member with a vote)
    #[arg(long, required = true)]
    pub to: Option<i64>,
    /// A voting instruction, as written on the proxy
    #[arg(long)]
    pub instruction: Option<String>,
    /// The day the secretary received it [default: today]
    #[arg(long = "on", visible_alias = "received", value_parser = date_arg)]
    pub received: Option<NaiveDate>,
    /// paper or electronic (checked against proxy_form)
    #[arg(long, default_value = "paper", value_parser = crate::cli::choices::FormChoice::parser())]
    pub form: Form,
}

#[derive(Debug, Subcommand)]
pub enum ProxyCmd {
    /// List the proxies of a meeting
    List {
        /// The meeting (its number)
        meeting: i64,
    },
    /// Revoke a member's proxy
    Revoke {
        /// The meeting (its number)
        meeting: i64,
        /// The member who gave the proxy
        #[arg(long)]
        from: i64,
    },
}

impl ProxyArgs {
    pub fn run(self, ctx: &mut Ctx) -> anyhow::Result<()> {
        let mut store = ctx.open_store()?;
        match self.cmd {
            Some(ProxyCmd::List { meeting }) => {
                let rows = ops::proxy::list(&mut store, meeting)?;
                let rows: Vec<ProxyOut> = rows.iter().map(ProxyOut::new).collect();
                ctx.out.list(&rows, "No proxies.")
            }
            Some(ProxyCmd::Revoke { meeting, from }) => {
                let changed = ops::revoke_proxy(
                    &mut store,
                    &ctx.actor("meeting proxy revoke"),
                    meeting,
                    from,
                )?;
                ctx.out
                    .outcome_msg(&msg!("proxy-revoked", giver = from, holder = changed.value));
                let changed = changed.map(|holder| ProxyRevoked {
                    meeting,
                    giver: from,
                    holder,
                });
                crate::cli::report(ctx, "meeting proxy revoke", changed)
            }
            None => {
                let (m, from, to) = (
                    self.meeting.unwrap_or_default(),
                    self.from.unwrap_or_default(),
                    self.to.unwrap_or_default(),
                );
                let received = self.received.unwrap_or_else(|| ctx.clock.today());
                let changed = ops::give_proxy(
                    &mut store,
                    &ctx.actor("meeting proxy"),
                    m,
                    from,
                    to,
                    self.instruction.as_deref(),
                    self.form,
                    received,
                )
                .map_err(super::plan::with_flags)?;
                ctx.out.outcome_msg(&msg!(
                    "proxy-recorded",
                    giver = from,
                    holder = to,
                    meeting = m
                ));
                let changed = changed.map(|()| ProxyGiven {
                    meeting: m,
                    giver: from,
                    holder: to,
                    form: self.form.as_str().into(),
                    received: received.to_string(),
                });
                crate::cli::report(ctx, "meeting proxy", changed)
            }
        }
    }
}
