//! `member delete`.

use super::Removed;
use crate::domain::member::Member;
use crate::store::{Actor, Store};

/// Deletes the record of member `number`, added by mistake, after `confirm`; refused with a
/// `DeleteRefusal` when anything but its own creation refers to it. Returns the deleted member.
pub fn delete(
    store: &mut Store,
    actor: &Actor,
    number: i64,
    confirm: impl FnOnce(&Member) -> anyhow::Result<()>,
) -> anyhow::Result<Removed<Member>> {
    let m = store.read(|tx| tx.member(number))?;
    confirm(&m)?;
    let changed = crate::ops::write(store, actor, |tx| tx.delete_member(number))?;
    // Committed; failing to empty the log must not make it look undone.
    let wal_emptied = store.truncate_wal().unwrap_or(false);
    Ok(Removed {
        changed,
        wal_emptied,
    })
}
