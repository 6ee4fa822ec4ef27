//! `member erase`.

use chrono::NaiveDate;

use super::Removed;
use crate::domain::member::Member;
use crate::domain::member_change::check_erase;
use crate::store::{Actor, Store};

/// Erases the personal data of former member `number` (`store::member_changes::erase_member`
/// says what is kept), with the member's name in the elections it stood in. Refused with an
/// `EraseRefusal` before `confirm` is asked: a confirmation of what cannot happen is noise.
/// Returns the anonymous record that is kept.
pub fn erase(
    store: &mut Store,
    actor: &Actor,
    number: i64,
    today: NaiveDate,
    confirm: impl FnOnce(&Member) -> anyhow::Result<()>,
) -> anyhow::Result<Removed<Member>> {
    let m = store.read(|tx| tx.member(number))?;
    check_erase(&m, today)?;
    confirm(&m)?;
    let changed = crate::ops::write(store, actor, |tx| {
        let m = tx.erase_member(number, today)?;
        crate::ops::election::forget_candidate(tx, m.id)?;
        tx.member(number)
    })?;
    // The erasure is committed; failing to empty the log must not make it look undone.
    let wal_emptied = store.truncate_wal().unwrap_or(false);
    Ok(Removed {
        changed,
        wal_emptied,
    })
}
