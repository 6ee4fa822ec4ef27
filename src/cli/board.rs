//! `quorum board`: the sitting board on a date, its seats recorded with the decisions that
//! appointed and ended them, the retirement schedule, and the changes to report to the
//! Handelsregister.

use chrono::NaiveDate;
use clap::{ArgGroup, Args, Subcommand};
use serde::Serialize;

use crate::domain::msg::msg;

use crate::app::Ctx;
use crate::cli::args::{date, member_number, with_flag_names};
use crate::domain::office::Role;
use crate::ops::board::{self as ops, Add, Grounds, SeatChange, SeatView};

#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true)]
pub struct BoardArgs {
    #[command(subcommand)]
    pub cmd: Option<BoardCmd>,
    /// The day to show the board on [default: today]
    #[arg(long, value_parser = date, value_name = "DATE")]
    pub on: Option<NaiveDate>,
}

#[derive(Debug, Subcommand)]
pub enum BoardCmd {
    /// Record a member's seat on the board, with the decision that appointed them
    Add(AddArgs),
    /// End a member's seat (resigned, dismissed, retired)
    End(EndArgs),
    /// Continue a sitting member in another role
    Role(RoleArgs),
    /// The retirement schedule (rooster van aftreden): who retires at which annual meeting
    Schedule(OnArgs),
    /// Board changes to report to the Handelsregister, and whether they were
    Reports(ReportsArgs),
    /// Mark a board change reported to the Handelsregister
    Reported(ReportedArgs),
}

#[derive(Debug, Args)]
#[command(group(ArgGroup::new("grounds").required(true).args(["decision", "before_quorum"])))]
pub struct AddArgs {
    /// The member's number
    #[arg(value_parser = member_number)]
    pub member: i64,
    /// voorzitter, secretaris, penningmeester or lid (chair, secretary, treasurer, member)
    #[arg(long, value_parser = role)]
    pub role: Role,
    /// The first day of the seat
    #[arg(long = "from", visible_alias = "since", value_parser = date, value_name = "DATE")]
    pub since: NaiveDate,
    /// The end of the term, where the appointment named one [default: from board_term_years]
    #[arg(long, value_parser = date, value_name = "DATE")]
    pub until: Option<NaiveDate>,
    /// The decision that appointed the member (a code from `quorum decisions`)
    #[arg(long, value_name = "CODE")]
    pub decision: Option<String>,
    /// History entered by hand: appointed before the association used quorum
    #[arg(long)]
    pub before_quorum: bool,
}

#[derive(Debug, Args)]
pub struct EndArgs {
    /// The board member (member number)
    #[arg(value_parser = member_number)]
    pub member: i64,
    /// The day the seat ends (the member is no longer on the board from this day)
    #[arg(long, value_parser = date, value_name = "DATE")]
    pub on: NaiveDate,
    /// The decision that dismissed the member; none for a resignation or the end of a term
    #[arg(long, value_name = "CODE")]
    pub decision: Option<String>,
}

#[derive(Debug, Args)]
pub struct RoleArgs {
    /// The board member (member number)
    #[arg(value_parser = member_number)]
    pub member: i64,
    /// The new role
    #[arg(value_parser = role)]
    pub role: Role,
    /// The day the new role begins [default: today]
    #[arg(long, value_parser = date, value_name = "DATE")]
    pub on: Option<NaiveDate>,
    /// The decision that assigned the role, where one did (boards often divide roles themselves)
    #[arg(long, value_name = "CODE")]
    pub decision: Option<String>,
}

#[derive(Debug, Args)]
pub struct OnArgs {
    /// The day of the board whose schedule is shown [default: today]
    #[arg(long, value_parser = date, value_name = "DATE")]
    pub on: Option<NaiveDate>,
}

#[derive(Debug, Args)]
pub struct ReportsArgs {
    /// Only the changes not yet reported
    #[arg(long)]
    pub open: bool,
}

#[derive(Debug, Args)]
pub struct ReportedArgs {
    /// The change's number (see `quorum board reports`)
    pub change: i64,
    /// The day it was reported [default: today]
    #[arg(long, value_parser = date, value_name = "DATE")]
    pub on: Option<NaiveDate>,
}

fn role(s: &str) -> Result<Role, String> {
    s.parse::<Role>().map_err(|e| match e {
        crate::domain::DomainError::Field { message, .. } => message,
        crate::domain::DomainError::Invalid { msg, .. } => msg.to_string(),
        other => other.to_string(),
    })
}

/// The status line's reminder of a change to report.
fn remind(ctx: &Ctx, c: &SeatChange) {
    if let Some(due) = &c.due {
        let id = if c.ubo {
            "board-report-change-ubo"
        } else {
            "board-report-change"
        };
        ctx.out
            .note_msg(&crate::domain::msg::Msg::new(id).with("due", due.to_string()));
    }
}

impl BoardArgs {
    pub fn run(self, ctx: &mut Ctx) -> anyhow::Result<()> {
        let Some(cmd) = self.cmd else {
            let on = self.on.unwrap_or_else(|| ctx.clock.today());
            let rows = ops::sitting(&mut ctx.open_store()?, on)?;
            return ctx
                .out
                .list(&rows, &ctx.out.say(&msg!("list-empty-board", on = on)));
        };
        match cmd {
            BoardCmd::Add(a) => {
                let mut store = ctx.open_store()?;
                let changed = ops::add(
                    &mut store,
                    &ctx.actor("board add"),
                    &Add {
                        number: a.member,
                        role: a.role,
                        since: a.since,
                        until: a.until,
                        grounds: Grounds {
                            decision: a.decision,
                            before_quorum: a.before_quorum,
                        },
                    },
                )
                .map_err(with_flag_names)?;
                let v = &changed.value.seat;
                let m = msg!(
                    "board-added",
                    member = v.member,
                    role = v.role.to_string(),
                    since = crate::domain::msg::Arg::iso_date(&v.since),
                    seat = v.seat,
                    by = v.appointed_by.to_string()
                );
                ctx.out.outcome_msg(&match v.term_end.as_deref() {
                    Some(end) => m.with("end", crate::domain::msg::Arg::iso_date(end)),
                    None => m.with("end", crate::domain::msg::Msg::new("board-term-not-set")),
                });
                remind(ctx, &changed.value);
                crate::cli::report(ctx, "board add", changed.map(|c| c.seat))
            }
            BoardCmd::End(a) => {
                let mut store = ctx.open_store()?;
                let changed = ops::end(
                    &mut store,
                    &ctx.actor("board end"),
                    a.member,
                    a.on,
                    a.decision.as_deref(),
                )
                .map_err(with_flag_names)?;
                let v = &changed.value.seat;
                ctx.out.outcome_msg(&msg!(
                    "board-ended",
                    seat = v.seat,
                    member = v.member,
                    role = v.role.to_string(),
                    on = a.on
                ));
                remind(ctx, &changed.value);
                crate::cli::report(ctx, "board end", changed.map(|c| c.seat))
            }
            BoardCmd::Role(a) => {
                let on = a.on.unwrap_or_else(|| ctx.clock.today());
                let mut store = ctx.open_store()?;
                let changed = ops::role(
                    &mut store,
                    &ctx.actor("board role"),
                    a.member,
                    a.role,
                    on,
                    a.decision.as_deref(),
                )
                .map_err(with_flag_names)?;
                let v = &changed.value.seat;
                ctx.out.outcome_msg(&msg!(
                    "board-role-changed",
                    member = v.member,
                    role = v.role.to_string(),
                    on = on,
                    seat = v.seat
                ));
                remind(ctx, &changed.value);
                crate::cli::report(ctx, "board role", changed.map(|c| c.seat))
            }
            BoardCmd::Schedule(a) => {
                let on = a.on.unwrap_or_else(|| ctx.clock.today());
                let rows: Vec<ScheduleOut> = ops::retirement_schedule(&mut ctx.open_store()?, on)?
                    .into_iter()
                    .map(schedule_out)
                    .collect();
                ctx.out.list(
                    &rows,
                    &ctx.out.say(&msg!("list-empty-board-schedule", on = on)),
                )
            }
            BoardCmd::Reports(a) => {
                let rows = ops::reports(&mut ctx.open_store()?, a.open)?;
                ctx.out.list(
                    &rows,
                    &ctx.out.say(&if a.open {
                        msg!("list-empty-board-reports-open")
                    } else {
                        msg!("list-empty-board-reports")
                    }),
                )
            }
            BoardCmd::Reported(a) => {
                let on = a.on.unwrap_or_else(|| ctx.clock.today());
                let mut store = ctx.open_store()?;
                let changed = ops::reported(&mut store, &ctx.actor("board reported"), a.change, on)
                    .map_err(with_flag_names)?;
                let r = &changed.value;
                ctx.out.outcome_msg(&msg!(
                    "board-reported",
                    id = r.id,
                    role = r.role.to_string(),
                    change = r.change.to_string(),
                    on = on
                ));
                crate::cli::report(ctx, "board reported", changed)
            }
        }
    }
}

#[derive(Debug, Default, Serialize)]
struct ScheduleOut {
    retires_at: Option<i32>,
    term_end: Option<String>,
    /// The board member (member number)
    member: i64,
    name: String,
    role: String,
    term_start: String,
    terms: u32,
    re_eligible: bool,
}

fn schedule_out(v: SeatView) -> ScheduleOut {
    ScheduleOut {
        retires_at: v.retires_at,
        term_end: v.term_end,
        member: v.member,
        name: v.name,
        role: v.role,
        term_start: v.term_start,
        terms: v.terms,
        re_eligible: v.re_eligible,
    }
}
