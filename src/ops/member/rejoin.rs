//! `member rejoin`.

use chrono::NaiveDate;

use crate::domain::member::Member;
use crate::ops::Changed;
use crate::store::{Actor, Store};

/// Starts a new membership period for former member `number` on `date`; returns the member and
/// whether the membership continues without a break (rejoined the day after leaving).
pub fn rejoin(
    store: &mut Store,
    actor: &Actor,
    number: i64,
    date: NaiveDate,
) -> anyhow::Result<Changed<(Member, bool)>> {
    crate::ops::write(store, actor, |tx| tx.rejoin_member(number, date))
}
