//! `meeting checkin`: members in at the door, one by one from a scanner or several at once.

use crate::domain::meeting::Meeting;
use crate::domain::msg::{Text, msg};
use crate::ops::Changed;
use crate::store::meeting_door::CheckedIn;
use crate::store::{Actor, Store};

/// What happened to one number at the door.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Door {
    In {
        number: i64,
        votes: u32,
        /// What the door says besides: already present, a proxy cancelled, no vote.
        notes: Vec<Text>,
    },
    Refused {
        number: i64,
        reason: Text,
    },
}

/// Checks in several members; refusals are reported while the others go in.
pub fn checkin(
    store: &mut Store,
    actor: &Actor,
    id: i64,
    numbers: &[i64],
    suspension_item: Option<&str>,
) -> anyhow::Result<Changed<Vec<Door>>> {
    crate::ops::write(store, actor, |tx| {
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
pub fn checkin_one(
    tx: &crate::store::WriteTx<'_>,
    m: &Meeting,
    number: i64,
    suspension_item: Option<&str>,
) -> anyhow::Result<Door> {
    let Some(mid) = tx.member_id(number)? else {
        return Ok(Door::Refused {
            number,
            reason: msg!("door-no-member", number = number).into(),
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
            reason: match &v.reason {
                Some(why) => Text::English(why.clone()),
                None => msg!("door-no-access").into(),
            },
        });
    };
    let mut notes = Vec::new();
    if let Some(holder) = tx.end_proxy(m, (mid, number), true)? {
        notes.push(msg!("door-proxy-cancelled", holder = holder).into());
    }
    match tx.check_in(m, mid, number, admitted)? {
        CheckedIn::AlreadyPresent => notes.push(msg!("door-already-present").into()),
        CheckedIn::Returned => notes.push(msg!("door-back-in-room").into()),
        CheckedIn::New => {}
    }
    if admitted.is_some() {
        notes.push(msg!("door-admitted-for-suspension").into());
    } else if let Some(why) = &v.reason {
        // In the room without a vote, or with votes someone else casts: the door says so.
        notes.push(Text::English(why.clone()));
    }
    Ok(Door::In {
        number,
        votes: v.votes,
        notes,
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
) -> anyhow::Result<Changed<Vec<Scan>>> {
    let mut scans = Vec::new();
    // Each scan is its own transaction; the head is the last one's, or as it stood.
    let mut journal_head = None;
    let mut changed = false;
    for (i, line) in lines.enumerate() {
        let line = line?;
        let text = line.trim();
        if text.is_empty() {
            continue;
        }
        let scan = match text.parse::<i64>().ok().filter(|n| *n > 0) {
            Some(n) => {
                let mut doors = checkin(store, &actor(), id, &[n], suspension_item)?;
                journal_head = doors.journal_head;
                changed = true;
                Scan::Door(doors.value.remove(0))
            }
            None => Scan::Unreadable {
                line: i + 1,
                text: text.to_string(),
            },
        };
        each(&scan);
        scans.push(scan);
    }
    if !changed {
        journal_head = store.read(|tx| tx.journal_head())?;
    }
    Ok(Changed {
        value: scans,
        journal_head,
        nothing_changed: !changed,
    })
}
