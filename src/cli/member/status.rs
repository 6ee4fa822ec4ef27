//! `quorum member leave | rejoin | suspend | unsuspend`: membership periods and suspensions.
//! Each prints its outcome line and reports the member in its `member show` shape.

use crate::domain::msg::msg;
use chrono::NaiveDate;
use clap::Args;

use crate::app::Ctx;
use crate::cli::args::{date as date_arg, with_flag_names};
use crate::ops;
use crate::output::member::MemberRecord;

/// End a membership
#[derive(Debug, Args)]
pub struct LeaveArgs {
    /// Member number
    #[arg(value_name = "NUMBER", value_parser = crate::cli::args::member_number)]
    pub number: i64,
    /// Last day as a member; may lie ahead, e.g. the end of the year [default: today]
    #[arg(long = "on", visible_alias = "date", value_name = "DATE", value_parser = date_arg)]
    pub date: Option<NaiveDate>,
    /// Why the membership ends (resignation, expulsion, death…)
    #[arg(long)]
    pub reason: Option<String>,
    /// The member resigned on this day: the last day follows from the statutes
    /// (resignation_notice_weeks, resignation_effective_at; BW 2:36)
    #[arg(long, value_name = "DATE", value_parser = date_arg, conflicts_with_all = ["date", "undo"])]
    pub resigned: Option<NaiveDate>,
    /// Withdraw the last leave instead: the membership runs on as if it never ended
    #[arg(long, conflicts_with_all = ["date", "reason"])]
    pub undo: bool,
}

impl LeaveArgs {
    pub fn run(self, ctx: &mut Ctx) -> anyhow::Result<()> {
        if self.undo {
            let mut store = ctx.open_store()?;
            let actor = ctx.actor("member leave --undo");
            let changed = ops::member::undo_leave(&mut store, &actor, self.number)
                .map_err(with_flag_names)?;
            let (m, left) = &changed.value;
            ctx.out.outcome_msg(&msg!(
                "member-leave-withdrawn",
                number = m.number,
                left = *left
            ));
            return report_member(ctx, "member leave", changed.map(|(m, _)| m));
        }
        if let Some(notice) = self.resigned {
            let mut store = ctx.open_store()?;
            let actor = ctx.actor("member leave");
            let changed = ops::member::resign(
                &mut store,
                &actor,
                self.number,
                notice,
                self.reason.as_deref(),
            )
            .map_err(with_flag_names)?;
            let (m, last) = &changed.value;
            ctx.out.status_msg(&msg!(
                "member-resigned",
                number = m.number,
                notice = notice,
                last = *last
            ));
            return report_member(ctx, "member leave", changed.map(|(m, _)| m));
        }
        let date = self.date.unwrap_or_else(|| ctx.clock.today());
        let mut store = ctx.open_store()?;
        let actor = ctx.actor("member leave");
        let changed = ops::member::leave(
            &mut store,
            &actor,
            self.number,
            date,
            self.reason.as_deref(),
        )
        .map_err(with_flag_names)?;
        ctx.out.outcome_msg(&msg!(
            "member-left",
            number = changed.value.number,
            date = date
        ));
        report_member(ctx, "member leave", changed)
    }
}

/// Start a new membership period for a former member
#[derive(Debug, Args)]
pub struct RejoinArgs {
    /// Member number
    #[arg(value_name = "NUMBER", value_parser = crate::cli::args::member_number)]
    pub number: i64,
    /// First day of the new membership [default: today]
    #[arg(long = "on", visible_alias = "date", value_name = "DATE", value_parser = date_arg)]
    pub date: Option<NaiveDate>,
}

impl RejoinArgs {
    pub fn run(self, ctx: &mut Ctx) -> anyhow::Result<()> {
        let date = self.date.unwrap_or_else(|| ctx.clock.today());
        let mut store = ctx.open_store()?;
        let actor = ctx.actor("member rejoin");
        let changed =
            ops::member::rejoin(&mut store, &actor, self.number, date).map_err(with_flag_names)?;
        let (m, continued) = &changed.value;
        if *continued {
            ctx.out
                .outcome_msg(&msg!("member-rejoined-unbroken", number = m.number));
        } else {
            ctx.out
                .outcome_msg(&msg!("member-rejoined", number = m.number, date = date));
        }
        report_member(ctx, "member rejoin", changed.map(|(m, _)| m))
    }
}

/// Suspend a member: no vote, and not counted in quorum or majority bases (BW 2:24d)
#[derive(Debug, Args)]
pub struct SuspendArgs {
    /// Member number
    #[arg(value_name = "NUMBER", value_parser = crate::cli::args::member_number)]
    pub number: i64,
    /// Why (the decision and its ground); required
    #[arg(long)]
    pub reason: Option<String>,
    /// First day of the suspension [default: today]
    #[arg(long, value_name = "DATE", value_parser = date_arg)]
    pub from: Option<NaiveDate>,
    /// Last day of the suspension [default: until lifted with `member unsuspend`]
    #[arg(long, value_name = "DATE", value_parser = date_arg)]
    pub until: Option<NaiveDate>,
    /// The board expelled the member, told on --from: suspended during the appeal term
    /// (expulsion_appeal_months, BW 2:35)
    #[arg(long, conflicts_with = "until")]
    pub appeal_term: bool,
}

impl SuspendArgs {
    pub fn run(self, ctx: &mut Ctx) -> anyhow::Result<()> {
        let from = self.from.unwrap_or_else(|| ctx.clock.today());
        let reason = ctx.required(self.reason, "--reason", "Reason for the suspension")?;
        let mut store = ctx.open_store()?;
        let actor = ctx.actor("member suspend");
        if self.appeal_term {
            let changed =
                ops::member::suspend_for_appeal(&mut store, &actor, self.number, from, &reason)
                    .map_err(with_flag_names)?;
            let (m, until) = &changed.value;
            ctx.out.status_msg(&msg!(
                "member-suspended-appeal",
                number = m.number,
                from = from,
                until = *until
            ));
            return report_member(ctx, "member suspend", changed.map(|(m, _)| m));
        }
        let changed =
            ops::member::suspend(&mut store, &actor, self.number, from, self.until, &reason)
                .map_err(with_flag_names)?;
        let suspended = msg!(
            "member-suspended",
            number = changed.value.number,
            from = from
        );
        ctx.out.outcome_msg(&match self.until {
            Some(u) => suspended.with("until", u),
            None => suspended.with("until", "none"),
        });
        report_member(ctx, "member suspend", changed)
    }
}

/// Lift a member's suspension
#[derive(Debug, Args)]
pub struct UnsuspendArgs {
    /// Member number
    #[arg(value_name = "NUMBER", value_parser = crate::cli::args::member_number)]
    pub number: i64,
    /// First day without the suspension [default: today]
    #[arg(long = "on", visible_alias = "date", value_name = "DATE", value_parser = date_arg)]
    pub date: Option<NaiveDate>,
}

impl UnsuspendArgs {
    pub fn run(self, ctx: &mut Ctx) -> anyhow::Result<()> {
        let date = self.date.unwrap_or_else(|| ctx.clock.today());
        let mut store = ctx.open_store()?;
        let actor = ctx.actor("member unsuspend");
        let changed = ops::member::unsuspend(&mut store, &actor, self.number, date)
            .map_err(with_flag_names)?;
        ctx.out.outcome_msg(&msg!(
            "member-suspension-lifted",
            number = changed.value.number,
            date = date
        ));
        report_member(ctx, "member unsuspend", changed)
    }
}

/// The changed member in its `member show` shape, as of today.
fn report_member(
    ctx: &Ctx,
    command: &str,
    changed: crate::ops::Changed<crate::domain::member::Member>,
) -> anyhow::Result<()> {
    let today = ctx.clock.today();
    crate::cli::report(ctx, command, changed.map(|m| MemberRecord::new(&m, today)))
}
