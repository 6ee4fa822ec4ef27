//! `member unsuspend`.

use chrono::NaiveDate;

use crate::domain::member::Member;
use crate::ops::Changed;
use crate::store::{Actor, Store};

/// Lifts the suspension of member `number` from `date`.
pub fn unsuspend(
    store: &mut Store,
    actor: &Actor,
    number: i64,
    date: NaiveDate,
) -> anyhow::Result<Changed<Member>> {
    crate::ops::write(store, actor, |tx| tx.unsuspend_member(number, date))
}
