//! `meeting ics`: what the calendar event is made from.

use crate::domain::meeting::Meeting;
use crate::domain::meeting::agenda::Item;
use crate::store::Store;

/// The meeting, the association's name and the agenda.
pub fn ics(store: &mut Store, id: i64) -> anyhow::Result<(Meeting, String, Vec<Item>)> {
    store.read(|tx| {
        Ok((
            tx.meeting(id)?,
            tx.association_name()?.unwrap_or_default(),
            tx.agenda(id)?,
        ))
    })
}
