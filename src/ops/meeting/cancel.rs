//! `meeting cancel`.

use crate::domain::meeting::Meeting;
use crate::ops::Changed;
use crate::store::{Actor, Store};

/// Cancels a meeting that has not been opened.
pub fn cancel(
    store: &mut Store,
    actor: &Actor,
    id: i64,
    reason: &str,
) -> anyhow::Result<Changed<Meeting>> {
    crate::ops::write(store, actor, |tx| {
        tx.meeting(id)?.check_cancel()?;
        tx.cancel_meeting(id, reason)
    })
}
