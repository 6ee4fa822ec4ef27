//! `quorum meeting …`: general assemblies. One file per verb group; handlers parse, call
//! `ops::meeting` and render through `output`.

use crate::domain::msg::msg;
use chrono::NaiveDateTime;
use clap::Subcommand;

use crate::app::Ctx;
use crate::domain::meeting::when;

pub mod agenda;
pub mod convene;
pub mod document;
pub mod door;
pub mod guest;
pub mod plan;
pub mod proxy;
pub mod quorum;
pub mod request;

/// The one date parser (`cli::args::date`), under the name the meeting commands use.
pub(crate) use crate::cli::args::date as date_arg;

pub(crate) fn datetime_arg(s: &str) -> Result<NaiveDateTime, String> {
    when::parse_datetime(s)
}

/// A member number, or `-` (read numbers from stdin, one a line).
pub(crate) fn read_numbers(args: &[String]) -> anyhow::Result<Vec<i64>> {
    let mut out = Vec::new();
    let parse = |s: &str, line: Option<usize>| -> anyhow::Result<i64> {
        s.trim()
            .parse::<i64>()
            .ok()
            .filter(|n| *n > 0)
            .ok_or_else(|| {
                crate::exit::UsageError::new(match line {
                    Some(l) => msg!("not-a-member-number-on-line", given = s.trim(), line = l),
                    None => msg!("not-a-member-number", given = s.trim()),
                })
                .into()
            })
    };
    for a in args {
        if a == "-" {
            use std::io::BufRead as _;
            for (i, line) in std::io::stdin().lock().lines().enumerate() {
                let line = line?;
                if line.trim().is_empty() {
                    continue;
                }
                out.push(parse(&line, Some(i + 1))?);
            }
        } else {
            out.push(parse(a, None)?);
        }
    }
    if out.is_empty() {
        return Err(crate::exit::UsageError::new(msg!("no-member-numbers"))
            .hint(msg!("no-member-numbers-hint"))
            .into());
    }
    Ok(out)
}

/// Plan and hold general meetings: agenda, convocation, attendance, proxies, quorum
#[derive(Debug, Subcommand)]
pub enum MeetingCmd {
    /// Plan a meeting
    New(plan::NewArgs),
    /// List the meetings
    #[command(visible_alias = "ls")]
    List,
    /// Show one meeting with its agenda
    Show(plan::IdArgs),
    /// Change a meeting's title, date, place or kind
    Edit(plan::EditArgs),
    /// Cancel a meeting that has not been opened
    Cancel(plan::CancelArgs),
    /// Record that the chair opened the convened meeting; fixes who may vote (the snapshot)
    Open(plan::OpenArgs),
    /// Record that the chair closed the meeting (no vote or election round may be open)
    Close(plan::CloseArgs),
    /// The agenda: add, move, remove, list
    Agenda(agenda::AgendaArgs),
    /// The meeting documents (stukken) of the agenda items: add, list, remove
    Document(document::DocumentArgs),
    /// Record that the convocation went out, check the notice, write the letter and lists
    Convene(convene::ConveneArgs),
    /// Print the meeting as an iCalendar event (RFC 5545)
    Ics(plan::IdArgs),
    /// A members' request to convene a meeting (BW 2:41); `request list` lists them
    Request(request::RequestArgs),
    /// Check members in at the door (numbers, or - for stdin)
    Checkin(door::CheckinArgs),
    /// Check members out (they left the room)
    Checkout(door::NumbersArgs),
    /// Record apologies (afwezig met kennisgeving)
    Apologies(door::NumbersArgs),
    /// Proxies: give one (`proxy M --from N --to N`), `proxy list M`, `proxy revoke M --from N`
    Proxy(proxy::ProxyArgs),
    /// The attendance list: present, by proxy, apologies
    Attendance(door::AttendanceArgs),
    /// Is the quorum present? Every quorum rule with the numbers
    Quorum(plan::IdArgs),
    /// Guests (donateurs, invited non-members): on the attendance list, never counted
    Guest(guest::GuestArgs),
}

impl MeetingCmd {
    pub fn run(self, ctx: &mut Ctx) -> anyhow::Result<()> {
        match self {
            MeetingCmd::New(a) => a.run(ctx),
            MeetingCmd::List => plan::list(ctx),
            MeetingCmd::Show(a) => plan::show(ctx, a.meeting),
            MeetingCmd::Edit(a) => a.run(ctx),
            MeetingCmd::Cancel(a) => a.run(ctx),
            MeetingCmd::Open(a) => a.run(ctx),
            MeetingCmd::Close(a) => a.run(ctx),
            MeetingCmd::Agenda(a) => a.run(ctx),
            MeetingCmd::Document(a) => a.run(ctx),
            MeetingCmd::Convene(a) => a.run(ctx),
            MeetingCmd::Ics(a) => convene::ics(ctx, a.meeting),
            MeetingCmd::Request(a) => a.run(ctx),
            MeetingCmd::Checkin(a) => a.run(ctx),
            MeetingCmd::Checkout(a) => a.run(ctx, false),
            MeetingCmd::Apologies(a) => a.run(ctx, true),
            MeetingCmd::Proxy(a) => a.run(ctx),
            MeetingCmd::Guest(a) => a.run(ctx),
            MeetingCmd::Attendance(a) => a.run(ctx),
            MeetingCmd::Quorum(a) => quorum::run(ctx, a.meeting),
        }
    }
}
