//! `meeting new|list|show|edit|cancel|open|close`.

use chrono::NaiveDateTime;
use clap::Args;

use crate::domain::msg::msg;

use super::datetime_arg;
use crate::app::Ctx;
use crate::domain::meeting::{Kind, when};
use crate::ops::meeting::{self as ops, MeetingEdit, NewMeeting};
use crate::output::Format;
use crate::output::meeting::{ItemRow, MeetingRow};

#[derive(Debug, Args)]
pub struct IdArgs {
    /// The meeting's number (see `quorum meeting list`)
    pub meeting: i64,
}

fn time_arg(s: &str) -> Result<chrono::NaiveTime, String> {
    when::parse_time(s)
}

#[derive(Debug, Args)]
pub struct NewArgs {
    /// The title, e.g. "Algemene ledenvergadering voorjaar 2027"
    #[arg(long)]
    pub title: Option<String>,
    /// Date and time: 2027-03-14T19:30 or 14-03-2027 19:30 (local time)
    #[arg(long = "at", visible_alias = "date", value_parser = datetime_arg)]
    pub date: Option<NaiveDateTime>,
    /// Time it ends (HH:MM), for the calendar event
    #[arg(long, value_parser = time_arg)]
    pub end: Option<chrono::NaiveTime>,
    /// Where it is held
    #[arg(long)]
    pub location: Option<String>,
    /// regular, annual (jaarvergadering) or extraordinary
    #[arg(long, value_parser = crate::cli::choices::MeetingKindChoice::parser(), default_value = "regular")]
    pub kind: Kind,
    /// This is the second meeting after meeting M had no quorum (as model statutes provide)
    #[arg(long, value_name = "M")]
    pub second_of: Option<i64>,
}

impl NewArgs {
    pub fn run(self, ctx: &mut Ctx) -> anyhow::Result<()> {
        let title = ctx.required(self.title, "--title", "Title of the meeting")?;
        let starts_at = match self.date {
            Some(d) => d,
            None => {
                let text = ctx.required(None, "--at", "Date and time (YYYY-MM-DDTHH:MM)")?;
                when::parse_datetime(&text).map_err(|e| {
                    crate::exit::UsageError::new(msg!(
                        "flag-invalid",
                        flag = "--at",
                        why = e.to_string()
                    ))
                })?
            }
        };
        let mut store = ctx.open_store()?;
        let changed = ops::new(
            &mut store,
            &ctx.actor("meeting new"),
            NewMeeting {
                title: title.trim().to_string(),
                starts_at,
                ends_at: self.end,
                location: self.location,
                kind: self.kind,
                second_of: self.second_of,
            },
        )
        .map_err(with_flags)?;
        let (m, warnings) = &changed.value;
        for w in warnings {
            ctx.out.warn(w);
        }
        ctx.out.outcome_msg(&msg!(
            "meeting-planned",
            meeting = m.id,
            at = when::iso_minutes(m.starts_at)
        ));
        crate::cli::report_shown(
            ctx,
            "meeting new",
            changed.map(|(m, _)| MeetingRow::new(&m)),
        )
    }
}

/// Domain field names as the flags the user typed.
pub(crate) fn with_flags(e: anyhow::Error) -> anyhow::Error {
    crate::cli::args::with_flag_names(e)
}

pub fn list(ctx: &mut Ctx) -> anyhow::Result<()> {
    let ms = ops::list::list(&mut ctx.open_store()?)?;
    let rows: Vec<MeetingRow> = ms.iter().map(MeetingRow::new).collect();
    ctx.out.list(
        &rows,
        "No meetings yet; plan one with `quorum meeting new`.",
    )
}

pub fn show(ctx: &mut Ctx, id: i64) -> anyhow::Result<()> {
    let shown = ops::show::show(&mut ctx.open_store()?, id)?;
    let (m, items) = (&shown.meeting, &shown.agenda);
    let officers = (&shown.chair, &shown.minute_taker, &shown.tellers);
    let rows: Vec<ItemRow> = items.iter().map(ItemRow::new).collect();
    // The chair and the minute-taker recorded with `meeting edit`, which the minutes name.
    let with_officers = |m: &crate::domain::meeting::Meeting| -> anyhow::Result<serde_json::Value> {
        let mut value = serde_json::to_value(MeetingRow::new(m))?;
        value["chair"] = officers.0.clone().into();
        value["minute_taker"] = officers.1.clone().into();
        value["tellers"] = officers.2.clone().into();
        Ok(value)
    };
    match ctx.out.format {
        // One document for scripts: the meeting with its agenda inside.
        Format::Json => {
            let mut value = with_officers(m)?;
            value["agenda"] = serde_json::to_value(&rows)?;
            ctx.out.record(&value)
        }
        // One CSV table: the meeting; `meeting agenda M list` gives the agenda as its own.
        Format::Csv => ctx.out.record(&MeetingRow::new(m)),
        Format::Html => {
            use crate::output::{cell, html};
            let meeting = serde_json::to_value(MeetingRow::new(m))?;
            let fields: Vec<Vec<String>> = meeting
                .as_object()
                .into_iter()
                .flatten()
                .map(|(k, v)| vec![k.clone(), cell(v)])
                .collect();
            let header = ["position", "title", "decides", "in_convocation"].map(String::from);
            let items: Vec<Vec<String>> = rows
                .iter()
                .map(|r| {
                    let v = serde_json::to_value(r).unwrap_or_default();
                    header.iter().map(|k| cell(&v[k])).collect()
                })
                .collect();
            let body = format!(
                "<h1>{}</h1>\n{}<h2>Agenda</h2>\n{}",
                html::escape(&m.title),
                html::table(&["field", "value"].map(String::from), &fields, &[]),
                html::table(&header, &items, &[])
            );
            ctx.out.text(&html::page("en", &m.title, &body))
        }
        Format::Table | Format::Md => {
            ctx.out.record(&with_officers(m)?)?;
            if !rows.is_empty() {
                ctx.out.outcome_line(String::new());
                ctx.out.outcome_line_msg(&msg!("meeting-agenda-heading"));
                ctx.out.list(&rows, "")?;
            }
            Ok(())
        }
    }
}

#[derive(Debug, Args)]
pub struct EditArgs {
    /// The meeting (its number)
    pub meeting: i64,
    /// The new title
    #[arg(long)]
    pub title: Option<String>,
    /// The new date and time: 2027-03-14T19:30 or 14-03-2027 19:30 (local time)
    #[arg(long = "at", visible_alias = "date", value_parser = datetime_arg)]
    pub date: Option<NaiveDateTime>,
    /// The new end time (HH:MM), for the calendar event
    #[arg(long, value_parser = time_arg)]
    pub end: Option<chrono::NaiveTime>,
    /// The new place where it is held
    #[arg(long)]
    pub location: Option<String>,
    /// The new kind: regular, annual (jaarvergadering) or extraordinary
    #[arg(long, value_parser = crate::cli::choices::MeetingKindChoice::parser())]
    pub kind: Option<Kind>,
    /// The member who chairs the meeting (for the minutes); also after it closed
    #[arg(long, value_name = "N", value_parser = crate::cli::args::member_number)]
    pub chair: Option<i64>,
    /// The member who takes the minutes (notulist); also after it closed
    #[arg(long, value_name = "N", value_parser = crate::cli::args::member_number)]
    pub secretary: Option<i64>,
    /// The tellers (stemcommissie), by member number; replaces those recorded before
    #[arg(long, value_name = "N", num_args = 1.., value_parser = crate::cli::args::member_number)]
    pub tellers: Option<Vec<i64>>,
}

impl EditArgs {
    pub fn run(self, ctx: &mut Ctx) -> anyhow::Result<()> {
        let id = self.meeting;
        let edit = ops::edit::Edit {
            fields: MeetingEdit {
                title: self.title,
                starts_at: self.date,
                ends_at: self.end,
                location: self.location,
                kind: self.kind,
            },
            chair: self.chair,
            secretary: self.secretary,
            tellers: self.tellers,
        };
        let mut store = ctx.open_store()?;
        let changed = ops::edit::edit(&mut store, &ctx.actor("meeting edit"), id, edit)?;
        ctx.out.outcome_msg(&msg!("meeting-changed", meeting = id));
        crate::cli::report_shown(ctx, "meeting edit", changed.map(|m| MeetingRow::new(&m)))
    }
}

#[derive(Debug, Args)]
pub struct CancelArgs {
    /// The meeting (its number)
    pub meeting: i64,
    /// Why, for the record
    #[arg(long)]
    pub reason: Option<String>,
}

impl CancelArgs {
    pub fn run(self, ctx: &mut Ctx) -> anyhow::Result<()> {
        let id = self.meeting;
        let reason = self.reason.unwrap_or_else(|| "no reason given".into());
        let mut store = ctx.open_store()?;
        let changed = ops::cancel(&mut store, &ctx.actor("meeting cancel"), id, &reason)?;
        ctx.out
            .outcome_msg(&msg!("meeting-cancelled", meeting = id));
        crate::cli::report(ctx, "meeting cancel", changed.map(|m| MeetingRow::new(&m)))
    }
}

#[derive(Debug, Args)]
pub struct OpenArgs {
    /// The meeting (its number)
    pub meeting: i64,
    /// When it happened, for entering it afterwards [default: now]
    #[arg(long, value_parser = datetime_arg)]
    pub at: Option<NaiveDateTime>,
    /// Open a meeting that was not convened, or on another day, at its own risk (recorded; its
    /// decisions are voidable, BW 2:15)
    #[arg(long, conflicts_with = "undo")]
    pub force: bool,
    /// Take back an opening made by mistake, while nothing has been recorded in the meeting
    #[arg(long)]
    pub undo: bool,
}

impl OpenArgs {
    pub fn run(self, ctx: &mut Ctx) -> anyhow::Result<()> {
        let mut store = ctx.open_store()?;
        let cmd = "meeting open";
        if self.undo {
            if self.at.is_some() {
                return Err(crate::exit::UsageError::new(msg!("meeting-open-undo-at")).into());
            }
            let changed = ops::undo_open(&mut store, &ctx.actor(cmd), self.meeting)?;
            let m = &changed.value;
            ctx.out.outcome_msg(&msg!(
                "meeting-open-undone",
                meeting = m.id,
                state = m.state().as_str()
            ));
            return crate::cli::report(ctx, cmd, changed.map(|m| MeetingRow::new(&m)));
        }
        let at = self
            .at
            .unwrap_or_else(|| ctx.clock.now().with_timezone(&chrono::Local).naive_local());
        let changed = ops::open(&mut store, &ctx.actor(cmd), self.meeting, at, self.force)
            .map_err(with_flags)?;
        let o = &changed.value;
        for w in &o.forced {
            ctx.out
                .warn_msg(&msg!("meeting-opened-forced", why = w.to_string()));
        }
        ctx.out.outcome_msg(&msg!(
            "meeting-opened",
            meeting = o.meeting.id,
            at = when::iso_minutes(at),
            roll = o.roll
        ));
        let mut value = serde_json::to_value(MeetingRow::new(&o.meeting))?;
        value["roll"] = o.roll.into();
        crate::cli::report(ctx, cmd, changed.map(|_| value))
    }
}

#[derive(Debug, Args)]
pub struct CloseArgs {
    /// The meeting (its number)
    pub meeting: i64,
    /// When it happened, for entering it afterwards [default: now]
    #[arg(long, value_parser = datetime_arg)]
    pub at: Option<NaiveDateTime>,
    /// Why an opened meeting did not take place, or what the chair noted at closing
    #[arg(long)]
    pub note: Option<String>,
}

impl CloseArgs {
    pub fn run(self, ctx: &mut Ctx) -> anyhow::Result<()> {
        let at = self
            .at
            .unwrap_or_else(|| ctx.clock.now().with_timezone(&chrono::Local).naive_local());
        let cmd = "meeting close";
        let mut store = ctx.open_store()?;
        let changed = ops::close(
            &mut store,
            &ctx.actor(cmd),
            self.meeting,
            at,
            self.note.as_deref(),
        )
        .map_err(with_flags)?;
        ctx.out.outcome_msg(&msg!(
            "meeting-closed",
            meeting = changed.value.id,
            at = when::iso_minutes(at)
        ));
        crate::cli::report(ctx, cmd, changed.map(|m| MeetingRow::new(&m)))
    }
}
