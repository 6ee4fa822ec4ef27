//! `quorum board`: the sitting board on a date, its seats recorded with the decisions that
//! appointed and ended them, the retirement schedule, and the changes to report to the
//! Handelsregister.

use chrono::NaiveDate;
use clap::{ArgGroup, Args, Subcommand};
use serde::Serialize;

use crate::app::Ctx;
use crate::cli::args::{date, member_number, with_flag_names};
use crate::domain::office::Role;
use crate::ops::board::{self as ops, Add, Grounds, SeatView};
use crate::store::offices::ReportRow;

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
    #[arg(long, value_parser = date, value_name = "DATE")]
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
        other => other.to_string(),
    })
}

#[derive(Debug, Default, Serialize)]
struct ReportOut {
    id: i64,
    member: i64,
    name: String,
    role: String,
    change: String,
    changed_on: String,
    due: String,
    ubo: bool,
    reported_on: Option<String>,
}

fn report_out(r: &ReportRow) -> ReportOut {
    ReportOut {
        id: r.id,
        member: r.number,
        name: r.name.clone(),
        role: r.role.clone(),
        change: r.change.clone(),
        changed_on: r.changed_on.clone(),
        due: r.due.clone(),
        ubo: r.ubo,
        reported_on: r.reported_on.clone(),
    }
}

/// The status line's reminder of a change to report.
fn remind(ctx: &Ctx, due: Option<&str>, ubo: bool) {
    if let Some(due) = due {
        let registers = if ubo {
            "the Handelsregister and the UBO register"
        } else {
            "the Handelsregister"
        };
        ctx.out.note(format_args!(
            "report this change to {registers} by {due} (within a week; `quorum board reports`, `quorum todo`)"
        ));
    }
}

impl BoardArgs {
    pub fn run(self, ctx: &mut Ctx) -> anyhow::Result<()> {
        let Some(cmd) = self.cmd else {
            let on = self.on.unwrap_or_else(|| ctx.clock.today());
            let rows = ctx.open_store()?.read(|tx| ops::board_on(tx, on))?;
            return ctx.out.list(
                &rows,
                &format!("No board members recorded on {on}; record one with `quorum board add N --role R --since D --decision CODE`."),
            );
        };
        match cmd {
            BoardCmd::Add(a) => {
                let mut store = ctx.open_store()?;
                let v = ops::add(
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
                ctx.out.outcome(
                    "Added",
                    format_args!(
                        "member {} as {} from {} (seat {}, {}), term ends {}",
                        v.member,
                        v.role,
                        v.since,
                        v.seat,
                        v.appointed_by,
                        v.term_end.as_deref().unwrap_or("not set")
                    ),
                );
                let open = open_report_of(&mut store, v.seat)?;
                remind(
                    ctx,
                    open.as_ref().map(|r| r.due.as_str()),
                    open.as_ref().is_some_and(|r| r.ubo),
                );
                crate::cli::report_change(ctx, &mut store, "board add", v)
            }
            BoardCmd::End(a) => {
                let mut store = ctx.open_store()?;
                let (v, due) = ops::end(
                    &mut store,
                    &ctx.actor("board end"),
                    a.member,
                    a.on,
                    a.decision.as_deref(),
                )
                .map_err(with_flag_names)?;
                ctx.out.outcome(
                    "Ended",
                    format_args!(
                        "seat {} of member {} ({}) on {}",
                        v.seat, v.member, v.role, a.on
                    ),
                );
                let ubo = open_report_of(&mut store, v.seat)?.is_some_and(|r| r.ubo);
                remind(ctx, due.as_deref(), ubo);
                crate::cli::report_change(ctx, &mut store, "board end", v)
            }
            BoardCmd::Role(a) => {
                let on = a.on.unwrap_or_else(|| ctx.clock.today());
                let mut store = ctx.open_store()?;
                let (v, due) = ops::role(
                    &mut store,
                    &ctx.actor("board role"),
                    a.member,
                    a.role,
                    on,
                    a.decision.as_deref(),
                )
                .map_err(with_flag_names)?;
                ctx.out.outcome(
                    "Changed",
                    format_args!(
                        "member {} is {} from {on} (seat {})",
                        v.member, v.role, v.seat
                    ),
                );
                let ubo = open_report_of(&mut store, v.seat)?.is_some_and(|r| r.ubo);
                remind(ctx, due.as_deref(), ubo);
                crate::cli::report_change(ctx, &mut store, "board role", v)
            }
            BoardCmd::Schedule(a) => {
                let on = a.on.unwrap_or_else(|| ctx.clock.today());
                let rows: Vec<ScheduleOut> = ctx
                    .open_store()?
                    .read(|tx| ops::schedule(tx, on))?
                    .into_iter()
                    .map(schedule_out)
                    .collect();
                ctx.out
                    .list(&rows, &format!("No board members recorded on {on}."))
            }
            BoardCmd::Reports(a) => {
                let rows: Vec<ReportOut> = ctx
                    .open_store()?
                    .read(|tx| tx.board_reports(a.open))?
                    .iter()
                    .map(report_out)
                    .collect();
                ctx.out.list(
                    &rows,
                    if a.open {
                        "No board changes left to report."
                    } else {
                        "No board changes recorded."
                    },
                )
            }
            BoardCmd::Reported(a) => {
                let on = a.on.unwrap_or_else(|| ctx.clock.today());
                let mut store = ctx.open_store()?;
                let r = ops::reported(&mut store, &ctx.actor("board reported"), a.change, on)
                    .map_err(with_flag_names)?;
                ctx.out.outcome(
                    "Reported",
                    format_args!("board change {} ({} {}) on {on}", r.id, r.role, r.change),
                );
                crate::cli::report_change(ctx, &mut store, "board reported", report_out(&r))
            }
        }
    }
}

/// The unreported change a seat's command just recorded, if any.
fn open_report_of(store: &mut crate::store::Store, seat: i64) -> anyhow::Result<Option<ReportRow>> {
    Ok(store
        .read(|tx| tx.board_reports(true))?
        .into_iter()
        .rfind(|r| r.seat_id == seat))
}

#[derive(Debug, Default, Serialize)]
struct ScheduleOut {
    retires_at: Option<i32>,
    term_end: Option<String>,
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
