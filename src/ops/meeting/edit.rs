//! `meeting edit`: the meeting's own fields, and the officers the minutes name.

use crate::domain::meeting::{Meeting, MeetingEdit};
use crate::ops::Changed;
use crate::store::{Actor, Store};

/// What `meeting edit` changes; None leaves a thing as it is.
#[derive(Debug, Clone, Default)]
pub struct Edit {
    pub fields: MeetingEdit,
    /// The chair and the minute-taker, by member number; also after the meeting closed.
    pub chair: Option<i64>,
    pub secretary: Option<i64>,
    /// The tellers by member number; replaces those recorded before.
    pub tellers: Option<Vec<i64>>,
}

pub fn edit(
    store: &mut Store,
    actor: &Actor,
    id: i64,
    e: Edit,
) -> anyhow::Result<Changed<Meeting>> {
    let f = &e.fields;
    let only_officers = f.title.is_none()
        && f.starts_at.is_none()
        && f.ends_at.is_none()
        && f.location.is_none()
        && f.kind.is_none();
    crate::ops::write(store, actor, |tx| {
        let m = tx.meeting(id)?;
        if e.chair.is_some() || e.secretary.is_some() {
            crate::ops::minutes::officers_in(tx, &m, e.chair, e.secretary)?;
        }
        if let Some(t) = &e.tellers {
            crate::ops::minutes::tellers_in(tx, &m, t)?;
        }
        if only_officers {
            return Ok(m);
        }
        m.check_changeable()?;
        m.check_new_date(e.fields.starts_at)?;
        tx.edit_meeting(id, &e.fields)
    })
}
