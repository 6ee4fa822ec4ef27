//! General assemblies: planning, convocation, the door (check-in, proxies) and quorum.

pub mod document;

use chrono::{NaiveDate, NaiveDateTime};

use crate::domain::DomainError;
use crate::domain::meeting::notice::{self, Notice};
use crate::domain::meeting::proxy::{self, Form};
use crate::domain::meeting::quorum::{self, Statement};
use crate::domain::meeting::request::{self, Outcome};
use crate::domain::meeting::{self as dm, Kind, Meeting, agenda};
use crate::store::meeting_door::CheckedIn;
use crate::store::meetings::NewMeeting;
use crate::store::{Actor, ReadTx, Store};

/// The internal id of member `number`, or NotFound naming it.
pub fn member_id(tx: &ReadTx<'_>, number: i64) -> anyhow::Result<i64> {
    tx.member_id(number)?.ok_or_else(|| {
        DomainError::NotFound(format!(
            "no member with number {number}; `quorum member list --status all` lists the members"
        ))
        .into()
    })
}

/// Plans a meeting; returns it with warnings (the annual-meeting deadline).
pub fn new(
    store: &mut Store,
    actor: &Actor,
    m: NewMeeting,
) -> anyhow::Result<(Meeting, Vec<String>)> {
    store.write(actor, |tx| {
        let rules = tx.rules_on(m.starts_at.date())?;
        let mut warnings = Vec::new();
        if let Some(first) = m.second_of {
            let first = tx.meeting(first)?;
            if first.cancelled_at.is_some() {
                return Err(DomainError::Refused(format!(
                    "meeting {} was cancelled; a second meeting follows a meeting that was held",
                    first.id
                ))
                .into());
            }
            let (_, first_rules) = tx.meeting_rules(&first)?;
            dm::check_second_meeting(&first_rules, &first, m.starts_at)?;
        }
        if m.kind == Kind::Annual
            && let Some(w) = dm::annual_warning(&rules, m.starts_at.date())
        {
            warnings.push(w);
        }
        Ok((tx.add_meeting(&m)?, warnings))
    })
}

/// The convocation, checked and recorded; `forced` overrides a short notice.
pub fn convene(
    store: &mut Store,
    actor: &Actor,
    id: i64,
    sent: Option<NaiveDate>,
    today: NaiveDate,
    channel: &str,
    force: bool,
) -> anyhow::Result<(Meeting, Notice, bool)> {
    store.write(actor, |tx| {
        let m = tx.meeting(id)?;
        m.check_changeable()?;
        if let Some(on) = m.convened_on {
            // Convened already: the documents may be written again, the record stays.
            if sent.is_some_and(|s| s != on) {
                return Err(DomainError::Refused(format!(
                    "meeting {id} was convened on {on} already; the convocation is on record"
                ))
                .into());
            }
            let (_, rules) = tx.meeting_rules(&m)?;
            let items = tx.agenda(id)?;
            let sent_items = items.iter().filter(|i| i.sent_position.is_some()).map(|i| i.decides);
            let n = notice::check(&rules, sent_items, on, m.date());
            return Ok((m, n, false));
        }
        let sent = sent.unwrap_or(today);
        if sent > m.date() {
            return Err(DomainError::invalid(
                "sent",
                format!("{sent} is after the meeting on {}", m.date()),
            )
            .into());
        }
        let (_, rules) = tx.meeting_rules(&m)?;
        let items = tx.agenda(id)?;
        let n = notice::check(&rules, items.iter().map(|i| i.decides), sent, m.date());
        if !n.ok && !force {
            return Err(crate::exit::hinted(
                n.shortfall(),
                "choose a later meeting date (`quorum meeting edit M --date …`), or record the override with --force",
            ));
        }
        let missing = crate::domain::meeting::convocation::missing(&m, &items);
        if !missing.is_empty() && !force {
            let what: Vec<String> = missing
                .iter()
                .map(|w| match *w {
                    "place" => format!("a place (`quorum meeting edit {id} --location …`)"),
                    _ => format!("agenda items (`quorum meeting agenda {id} add …`)"),
                })
                .collect();
            return Err(crate::exit::hinted(
                format!(
                    "meeting {id} cannot be convened yet: the convocation must name {}",
                    what.join(" and ")
                ),
                "add them first, or convene anyway at the meeting's own risk with --force (recorded)",
            ));
        }
        let m = tx.convene_meeting(&m, sent, channel, &n, !n.ok, &missing)?;
        Ok((m, n, true))
    })
}

/// What happened to one number at the door.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Door {
    In {
        number: i64,
        votes: u32,
        note: Option<String>,
    },
    Refused {
        number: i64,
        reason: String,
    },
}

/// Checks in several members; refusals are reported while the others go in.
pub fn checkin(
    store: &mut Store,
    actor: &Actor,
    id: i64,
    numbers: &[i64],
    suspension_item: Option<&str>,
) -> anyhow::Result<Vec<Door>> {
    store.write(actor, |tx| {
        let m = tx.meeting(id)?;
        m.check_door()?;
        let mut out = Vec::with_capacity(numbers.len());
        for &number in numbers {
            out.push(checkin_one(tx, &m, number, suspension_item)?);
        }
        Ok(out)
    })
}

/// Checks in one member inside the caller's transaction (also for a collective's delegate).
pub(crate) fn checkin_one(
    tx: &crate::store::WriteTx<'_>,
    m: &Meeting,
    number: i64,
    suspension_item: Option<&str>,
) -> anyhow::Result<Door> {
    let Some(mid) = tx.member_id(number)? else {
        return Ok(Door::Refused {
            number,
            reason: format!("no member with number {number}"),
        });
    };
    let v = tx.meeting_voter(m, mid)?;
    let admitted = if v.access {
        None
    } else if v.suspended && suspension_item.is_some() {
        suspension_item
    } else {
        return Ok(Door::Refused {
            number,
            reason: v.reason.clone().unwrap_or_else(|| "no access".into()),
        });
    };
    let mut notes = Vec::new();
    if let Some(holder) = tx.end_proxy(m, (mid, number), true)? {
        notes.push(format!(
            "the proxy to member {holder} is cancelled: the giver checked in"
        ));
    }
    match tx.check_in(m, mid, number, admitted)? {
        CheckedIn::AlreadyPresent => notes.push("already present".into()),
        CheckedIn::Returned => notes.push("back in the room".into()),
        CheckedIn::New => {}
    }
    if admitted.is_some() {
        notes.push("admitted for the item on the own suspension only; no vote".into());
    } else if let Some(why) = &v.reason {
        // In the room without a vote, or with votes someone else casts: the door says so.
        notes.push(why.clone());
    }
    Ok(Door::In {
        number,
        votes: v.votes,
        note: (!notes.is_empty()).then(|| notes.join("; ")),
    })
}

/// One line a scanner gave at the door.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Scan {
    /// A member number, and what the door made of it.
    Door(Door),
    /// A line that is not a member number (a misread): nothing was recorded for it.
    Unreadable { line: usize, text: String },
}

/// Checks in the numbers of `lines` as they arrive (a barcode scanner on stdin), each in its own
/// transaction, so that a misread line costs only itself and an interruption keeps every scan
/// made; `each` hears of every scan as soon as it is recorded. `actor` is asked per scan, so each
/// check-in keeps its own time.
pub fn checkin_stream(
    store: &mut Store,
    actor: impl Fn() -> Actor,
    id: i64,
    lines: impl Iterator<Item = std::io::Result<String>>,
    suspension_item: Option<&str>,
    mut each: impl FnMut(&Scan),
) -> anyhow::Result<Vec<Scan>> {
    let mut scans = Vec::new();
    for (i, line) in lines.enumerate() {
        let line = line?;
        let text = line.trim();
        if text.is_empty() {
            continue;
        }
        let scan = match text.parse::<i64>().ok().filter(|n| *n > 0) {
            Some(n) => {
                let mut doors = checkin(store, &actor(), id, &[n], suspension_item)?;
                Scan::Door(doors.remove(0))
            }
            None => Scan::Unreadable {
                line: i + 1,
                text: text.to_string(),
            },
        };
        each(&scan);
        scans.push(scan);
    }
    Ok(scans)
}

/// Checks out or records apologies; a refusal for one number does not stop the others.
pub fn checkout_or_apologies(
    store: &mut Store,
    actor: &Actor,
    id: i64,
    numbers: &[i64],
    apologies: bool,
) -> anyhow::Result<Vec<Door>> {
    store.write(actor, |tx| {
        let m = tx.meeting(id)?;
        m.check_door()?;
        let mut out = Vec::new();
        for &number in numbers {
            let Some(mid) = tx.member_id(number)? else {
                out.push(Door::Refused {
                    number,
                    reason: format!("no member with number {number}"),
                });
                continue;
            };
            let done = if apologies {
                tx.apologies(&m, mid, number)?
            } else {
                tx.check_out(&m, mid, number)?
            };
            let note = match (done, apologies) {
                (true, _) => None,
                (false, true) => Some("already on the attendance list".to_string()),
                (false, false) => Some("was not in the room".to_string()),
            };
            out.push(Door::In {
                number,
                votes: 0,
                note,
            });
        }
        Ok(out)
    })
}

/// Records a proxy after every check of the rules.
#[allow(clippy::too_many_arguments)]
pub fn give_proxy(
    store: &mut Store,
    actor: &Actor,
    id: i64,
    from: i64,
    to: i64,
    instruction: Option<&str>,
    form: Form,
    received: NaiveDate,
) -> anyhow::Result<()> {
    store.write(actor, |tx| {
        let m = tx.meeting(id)?;
        m.check_door()?;
        if received > m.date() {
            return Err(DomainError::invalid(
                "received",
                format!("{received} is after the meeting on {}", m.date()),
            )
            .into());
        }
        let (_, rules) = tx.meeting_rules(&m)?;
        let g = member_id(tx, from)?;
        let h = member_id(tx, to)?;
        let giver = tx.proxy_party(&m, g, from)?;
        let holder = tx.proxy_party(&m, h, to)?;
        proxy::check(&rules, &giver, &holder, form)?;
        tx.add_proxy(&m, (g, from), (h, to), instruction, form, received)?;
        Ok(())
    })
}

/// Revokes the proxy of `from`; NotFound when there is none.
pub fn revoke_proxy(store: &mut Store, actor: &Actor, id: i64, from: i64) -> anyhow::Result<i64> {
    store.write(actor, |tx| {
        let m = tx.meeting(id)?;
        m.check_door()?;
        let g = member_id(tx, from)?;
        tx.end_proxy(&m, (g, from), false)?.ok_or_else(|| {
            DomainError::NotFound(format!("member {from} has no proxy at meeting {id}")).into()
        })
    })
}

/// The quorum statement at this moment.
pub fn statement(tx: &ReadTx<'_>, m: &Meeting, at: String) -> anyhow::Result<Statement> {
    let (from, rules) = tx.meeting_rules(m)?;
    let counts = tx.meeting_counts(m)?;
    let second = m.second_of.is_some();
    Ok(Statement {
        meeting: m.id,
        at,
        rules_from: from.to_string(),
        second_meeting: second,
        snapshot: m.opened_at.is_some(),
        counts,
        available_votes: counts.available(),
        rules: quorum::lines(&rules, &counts, second),
    })
}

/// A meeting just opened: its roll and what --force overrode.
#[derive(Debug, Clone)]
pub struct Opened {
    pub meeting: Meeting,
    pub roll: u64,
    /// What was forced, in words (the decisions taken are voidable, BW 2:15).
    pub forced: Vec<String>,
}

/// Opens a convened meeting on its day. Without a convocation, or on another day, it is refused
/// naming the problem; `force` opens anyway and records why (its decisions are then voidable).
pub fn open(
    store: &mut Store,
    actor: &Actor,
    id: i64,
    at: NaiveDateTime,
    force: bool,
) -> anyhow::Result<Opened> {
    store.write(actor, |tx| {
        let m = tx.meeting(id)?;
        m.check_openable()?;
        let problems = m.open_problems(at);
        let words: Vec<String> = problems.iter().map(|p| m.open_problem_text(*p, at)).collect();
        if !problems.is_empty() && !force {
            return Err(crate::exit::hinted(
                format!("meeting {id} cannot open: {}", words.join("; ")),
                format!(
                    "convene it for the day it is held; or, if the meeting goes on at its own risk, record that with `quorum meeting open {id} --force` (its decisions are then voidable, BW 2:15)"
                ),
            ));
        }
        let (meeting, roll) = tx.open_meeting(&m, at, &problems)?;
        Ok(Opened {
            meeting,
            roll,
            forced: words,
        })
    })
}

/// Takes back an opening made by mistake, while nothing has been recorded in the meeting.
pub fn undo_open(store: &mut Store, actor: &Actor, id: i64) -> anyhow::Result<Meeting> {
    store.write(actor, |tx| {
        let m = tx.meeting(id)?;
        m.check_undo_open(&tx.recorded_in_meeting(id)?)?;
        tx.undo_open_meeting(&m)
    })
}

/// Closes an open meeting at `at` once no vote or election round is open; `note` says why it
/// did not take place, or what the chair noted.
pub fn close(
    store: &mut Store,
    actor: &Actor,
    id: i64,
    at: NaiveDateTime,
    note: Option<&str>,
) -> anyhow::Result<Meeting> {
    store.write(actor, |tx| {
        let m = tx.meeting(id)?;
        m.check_close(&tx.open_questions(id)?)?;
        let opened = m.opened_at.as_deref().unwrap_or_default();
        if crate::domain::meeting::when::iso_minutes(at).as_str() < opened {
            return Err(DomainError::invalid(
                "at",
                format!(
                    "{} is before the opening at {opened}",
                    crate::domain::meeting::when::iso_minutes(at)
                ),
            )
            .into());
        }
        tx.close_meeting(&m, at, note.map(str::trim).filter(|n| !n.is_empty()))
    })
}

/// Cancels a meeting that has not been opened.
pub fn cancel(store: &mut Store, actor: &Actor, id: i64, reason: &str) -> anyhow::Result<Meeting> {
    store.write(actor, |tx| {
        tx.meeting(id)?.check_cancel()?;
        tx.cancel_meeting(id, reason)
    })
}

/// Opens (as convened, no force) or closes a meeting at `at`; for the demo and tests.
pub fn open_close(
    store: &mut Store,
    actor: &Actor,
    id: i64,
    at: NaiveDateTime,
    open_it: bool,
) -> anyhow::Result<(Meeting, u64)> {
    if open_it {
        let o = open(store, actor, id, at, false)?;
        Ok((o.meeting, o.roll))
    } else {
        Ok((close(store, actor, id, at, None)?, 0))
    }
}

/// Judges and, when it reaches the threshold, records a members' request.
pub fn member_request(
    store: &mut Store,
    actor: &Actor,
    by: &[i64],
    received: NaiveDate,
) -> anyhow::Result<(Outcome, Option<i64>, Vec<String>)> {
    store.write(actor, |tx| {
        let rules = tx.rules_on(received)?;
        let roll = tx.meeting_roll(received, None)?;
        let total: u64 = roll.iter().map(|v| u64::from(v.votes)).sum();
        let mut requesters = Vec::new();
        let mut notes = Vec::new();
        let mut seen = std::collections::HashSet::new();
        for &n in by {
            if !seen.insert(n) {
                continue;
            }
            let id = member_id(tx, n)?;
            let v = roll.iter().find(|v| v.member_id == id).expect("on the roll");
            if v.votes == 0 {
                notes.push(format!("member {n} has no vote on {received}: {}", v.reason.as_deref().unwrap_or("no vote")));
            }
            requesters.push((id, n, v.votes));
        }
        let votes: u64 = requesters.iter().map(|r| u64::from(r.2)).sum();
        let o = request::judge(&rules, votes, total, received);
        if !o.met {
            return Err(DomainError::Refused(format!(
                "not enough votes for a members' request: {} (member_request_threshold = {}, BW 2:41); nothing was recorded",
                o.text, o.threshold
            ))
            .into());
        }
        let id = tx.add_member_request(&o, &requesters)?;
        Ok((o, Some(id), notes))
    })
}

/// Checks an agenda change against the meeting's state.
pub fn check_agenda_change(m: &Meeting) -> Result<(), DomainError> {
    m.check_changeable()?;
    if m.opened_at.is_some() {
        return Err(DomainError::Refused(format!(
            "meeting {} is open; the agenda is the meeting's to change now",
            m.id
        )));
    }
    Ok(())
}

/// Checks adding an item (or a proposal) to the agenda: allowed until the meeting closes, also
/// while it is open; an item added after the convocation is marked "not in the convocation" and a
/// decision on it is voidable (BW 2:15).
pub fn check_agenda_add(m: &Meeting) -> Result<(), DomainError> {
    m.check_changeable()
}

pub use agenda::not_in_convocation_warning;
