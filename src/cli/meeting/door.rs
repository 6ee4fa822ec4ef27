//! `meeting checkin|checkout|apologies|attendance`.

use crate::domain::msg::msg;
use clap::{Args, ValueEnum};

use crate::app::Ctx;
use std::io::BufRead as _;

use crate::ops::meeting::{self as ops, Door, Scan};
use crate::output::Format;
use crate::output::meeting::{AttendanceRow, DoorRow, attendance_html};

#[derive(Debug, Args)]
pub struct CheckinArgs {
    /// The meeting (its number)
    pub meeting: i64,
    /// Member numbers; `-` reads them from stdin, one a line (a barcode scanner)
    #[arg(required = true, value_name = "N")]
    pub numbers: Vec<String>,
    /// Admit suspended members for the item on their own suspension (BW 2:38 lid 1), without a vote
    #[arg(long, value_name = "ITEM", conflicts_with = "delegate")]
    pub suspension_item: Option<String>,
    /// Check one member that is an organisation in through its registered delegate
    /// (`member delegate add`); the collective's votes are cast by the delegate
    #[arg(long, value_name = "NAME")]
    pub delegate: Option<String>,
}

fn render(
    ctx: &Ctx,
    command: &str,
    doors: crate::ops::Changed<Vec<Door>>,
    verb: &str,
) -> anyhow::Result<usize> {
    let mut refused = 0;
    let rows: Vec<DoorRow> = doors
        .value
        .iter()
        .map(|d| match d {
            Door::In {
                number,
                votes,
                notes,
            } => DoorRow {
                number: *number,
                result: verb.into(),
                votes: *votes,
                note: notes_words(ctx, notes),
            },
            Door::Refused { number, reason } => {
                refused += 1;
                DoorRow {
                    number: *number,
                    result: "refused".into(),
                    votes: 0,
                    note: Some(crate::i18n::words(ctx.out.lang, reason)),
                }
            }
        })
        .collect();
    // A long batch at a terminal lists only the rows worth a look; they stay on stdout, where
    // the outcome always is, however many numbers were given.
    let rows: Vec<DoorRow> = if ctx.out.format == Format::Table && rows.len() > 20 {
        rows.into_iter()
            .filter(|r| r.result == "refused" || r.note.is_some())
            .collect()
    } else {
        rows
    };
    crate::cli::report_list(ctx, command, doors.map(|_| rows), "")?;
    Ok(refused)
}

/// Exit 1 when any number was refused (the others are recorded): a script must not take a
/// partial door for a whole one.
fn refused_error(refused: usize, total: usize) -> anyhow::Result<()> {
    if refused > 0 {
        return Err(crate::domain::DomainError::said(msg!(
            "checkin-some-refused",
            refused = refused,
            total = total
        ))
        .into());
    }
    Ok(())
}

/// The door's notes on one number in the terminal's language, one line ("already present; …").
fn notes_words(ctx: &Ctx, notes: &[crate::domain::msg::Text]) -> Option<String> {
    (!notes.is_empty()).then(|| {
        notes
            .iter()
            .map(|n| crate::i18n::words(ctx.out.lang, n))
            .collect::<Vec<_>>()
            .join("; ")
    })
}

/// What a person at the door reads for one scan: "Member 12: present (1 vote)".
fn scan_line(ctx: &Ctx, scan: &Scan) -> crate::domain::msg::Msg {
    match scan {
        Scan::Door(Door::In {
            number,
            votes,
            notes,
        }) => match notes_words(ctx, notes) {
            Some(note) => msg!(
                "scan-present-noted",
                number = *number,
                votes = *votes,
                note = note
            ),
            None => msg!("scan-present", number = *number, votes = *votes),
        },
        Scan::Door(Door::Refused { number, reason }) => msg!(
            "scan-refused",
            number = *number,
            reason = crate::i18n::words(ctx.out.lang, reason)
        ),
        Scan::Unreadable { line, text } => {
            msg!("scan-unreadable", line = *line, text = text)
        }
    }
}

impl CheckinArgs {
    /// `meeting checkin M -`: the scanner's lines checked in one by one as they arrive.
    fn run_stream(self, ctx: &mut Ctx) -> anyhow::Result<()> {
        let mut store = ctx.open_store()?;
        let table = ctx.out.format == Format::Table;
        let ctx = &*ctx;
        let scans = ops::checkin_stream(
            &mut store,
            || ctx.actor("meeting checkin"),
            self.meeting,
            std::io::stdin().lock().lines(),
            self.suspension_item.as_deref(),
            |scan| {
                let line = scan_line(ctx, scan);
                if table {
                    ctx.out.outcome_line_msg(&line);
                } else if matches!(scan, Scan::Unreadable { .. }) {
                    ctx.out.warn_msg(&line);
                }
            },
        )?;
        let unreadable = scans
            .value
            .iter()
            .filter(|s| matches!(s, Scan::Unreadable { .. }))
            .count();
        let doors = scans.map(|scans| {
            scans
                .into_iter()
                .filter_map(|s| match s {
                    Scan::Door(d) => Some(d),
                    Scan::Unreadable { .. } => None,
                })
                .collect::<Vec<Door>>()
        });
        let scanned = doors.value.len();
        let refused = if table {
            doors
                .value
                .iter()
                .filter(|d| matches!(d, Door::Refused { .. }))
                .count()
        } else {
            render(ctx, "meeting checkin", doors, "present")?
        };
        let total = scanned + unreadable;
        ctx.out.outcome_msg(&msg!(
            "checkin-scans",
            done = scanned - refused,
            total = total,
            meeting = self.meeting
        ));
        refused_error(refused + unreadable, total)
    }

    pub fn run(self, ctx: &mut Ctx) -> anyhow::Result<()> {
        if self.numbers.iter().any(|n| n == "-") {
            if self.numbers.len() > 1 {
                return Err(crate::exit::UsageError::new(msg!("checkin-dash-alone"))
                    .hint(msg!("checkin-dash-alone-hint"))
                    .into());
            }
            return self.run_stream(ctx);
        }
        let numbers = super::read_numbers(&self.numbers)?;
        let mut store = ctx.open_store()?;
        if let Some(name) = &self.delegate {
            let [number] = numbers[..] else {
                return Err(crate::exit::UsageError::new(msg!("checkin-delegate-one")).into());
            };
            let door = crate::ops::delegate::checkin(
                &mut store,
                &ctx.actor("meeting checkin"),
                self.meeting,
                number,
                name,
            )?;
            if !matches!(door.value, Door::Refused { .. }) {
                ctx.out.status_msg(&msg!(
                    "checkin-delegate",
                    number = number,
                    meeting = self.meeting,
                    name = name
                ));
            }
            let refused = render(ctx, "meeting checkin", door.map(|d| vec![d]), "present")?;
            return refused_error(refused, 1);
        }
        let doors = ops::checkin(
            &mut store,
            &ctx.actor("meeting checkin"),
            self.meeting,
            &numbers,
            self.suspension_item.as_deref(),
        )?;
        let total = doors.value.len();
        let refused = render(ctx, "meeting checkin", doors, "present")?;
        ctx.out.outcome_msg(&msg!(
            "checkin-numbers",
            done = total - refused,
            total = total,
            meeting = self.meeting
        ));
        refused_error(refused, total)
    }
}

#[derive(Debug, Args)]
pub struct NumbersArgs {
    /// The meeting (its number)
    pub meeting: i64,
    /// Member numbers; `-` reads them from stdin
    #[arg(required = true, value_name = "N")]
    pub numbers: Vec<String>,
}

impl NumbersArgs {
    pub fn run(self, ctx: &mut Ctx, apologies: bool) -> anyhow::Result<()> {
        let numbers = super::read_numbers(&self.numbers)?;
        let cmd = if apologies {
            "meeting apologies"
        } else {
            "meeting checkout"
        };
        let mut store = ctx.open_store()?;
        let doors = ops::checkout_or_apologies(
            &mut store,
            &ctx.actor(cmd),
            self.meeting,
            &numbers,
            apologies,
        )?;
        let total = doors.value.len();
        let refused = render(
            ctx,
            cmd,
            doors,
            if apologies { "apologies" } else { "left" },
        )?;
        refused_error(refused, total)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ListFormat {
    Table,
    Csv,
    Json,
    /// A printable page with a signature column
    Html,
}

#[derive(Debug, Args)]
pub struct AttendanceArgs {
    /// The meeting (its number)
    pub meeting: i64,
    /// table, csv, json or html (the same as --format; kept for scripts that use it)
    #[arg(long = "as", value_enum, value_name = "FORMAT")]
    pub as_format: Option<ListFormat>,
}

impl AttendanceArgs {
    pub fn run(self, ctx: &mut Ctx) -> anyhow::Result<()> {
        let id = self.meeting;
        let format = match self.as_format {
            Some(ListFormat::Table) => Format::Table,
            Some(ListFormat::Csv) => Format::Csv,
            Some(ListFormat::Json) => Format::Json,
            Some(ListFormat::Html) => Format::Html,
            None => ctx.out.format,
        };
        let a = crate::ops::meeting::attendance::attendance(
            &mut ctx.open_store()?,
            id,
            format == Format::Html,
        )?;
        if let Some(sheet) = &a.sheet {
            return ctx
                .out
                .text(&attendance_html(&a.association, &a.meeting, sheet, a.lang));
        }
        let mut rows: Vec<AttendanceRow> = a
            .lines
            .iter()
            .map(|l| {
                let mut row = AttendanceRow::new(&l.attendee, l.votes);
                row.name = l.name.clone();
                row
            })
            .collect();
        rows.extend(a.guests.iter().map(AttendanceRow::guest));
        let mut out = ctx.out.clone();
        out.format = format;
        out.list(&rows, &out.say(&msg!("list-empty-attendance")))
    }
}
