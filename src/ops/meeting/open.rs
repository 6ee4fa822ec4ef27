//! `meeting open` (and `--undo`): the chair opens the convened meeting; the roll is fixed.

use crate::domain::msg::msg;
use chrono::NaiveDateTime;

use crate::domain::meeting::Meeting;
use crate::ops::Changed;
use crate::store::{Actor, Store};

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
) -> anyhow::Result<Changed<Opened>> {
    crate::ops::write(store, actor, |tx| {
        let m = tx.meeting(id)?;
        m.check_openable()?;
        let problems = m.open_problems(at);
        let words: Vec<String> = problems
            .iter()
            .map(|p| m.open_problem_text(*p, at))
            .collect();
        if !problems.is_empty() && !force {
            let said = problems
                .iter()
                .map(|p| m.open_problem_msg(*p, at))
                .reduce(|first, then| msg!("list-semicolon", first = first, then = then))
                .expect("a problem");
            return Err(crate::exit::hinted(
                msg!("meeting-cannot-open", meeting = id, problems = said),
                msg!("meeting-cannot-open-hint", meeting = id),
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
pub fn undo_open(store: &mut Store, actor: &Actor, id: i64) -> anyhow::Result<Changed<Meeting>> {
    crate::ops::write(store, actor, |tx| {
        let m = tx.meeting(id)?;
        m.check_undo_open(&tx.recorded_in_meeting(id)?)?;
        tx.undo_open_meeting(&m)
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
        let o = open(store, actor, id, at, false)?.value;
        Ok((o.meeting, o.roll))
    } else {
        Ok((super::close(store, actor, id, at, None)?.value, 0))
    }
}
