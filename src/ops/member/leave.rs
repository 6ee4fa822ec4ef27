//! `member leave` (with `--resigned` and `--undo`).

use chrono::NaiveDate;

use crate::domain::member::Member;
use crate::ops::Changed;
use crate::store::{Actor, Store};

/// Ends the membership of member `number` after `last`, its last day as a member.
pub fn leave(
    store: &mut Store,
    actor: &Actor,
    number: i64,
    last: NaiveDate,
    reason: Option<&str>,
) -> anyhow::Result<Changed<Member>> {
    crate::ops::write(store, actor, |tx| tx.leave_member(number, last, reason))
}

/// Withdraws the last leave of member `number`; returns the member and the withdrawn last day.
pub fn undo_leave(
    store: &mut Store,
    actor: &Actor,
    number: i64,
) -> anyhow::Result<Changed<(Member, NaiveDate)>> {
    crate::ops::write(store, actor, |tx| tx.undo_leave_member(number))
}

/// A member's resignation, given on `notice`: the membership ends on the day the statutes' rules
/// in force on that day give (BW 2:36: `resignation_notice_weeks`, `resignation_effective_at`).
/// Returns the member and that last day.
pub fn resign(
    store: &mut Store,
    actor: &Actor,
    number: i64,
    notice: NaiveDate,
    reason: Option<&str>,
) -> anyhow::Result<Changed<(Member, NaiveDate)>> {
    crate::ops::write(store, actor, |tx| {
        let (_, rules) = tx.rules_in_force(notice)?;
        let last = crate::domain::resignation::last_day(&rules, notice);
        let why = reason.map_or_else(
            || format!("resignation given on {notice}"),
            |r| format!("{r} (resignation given on {notice})"),
        );
        let m = tx.leave_member(number, last, Some(&why))?;
        Ok((m, last))
    })
}
