//! `meeting close`.

use crate::domain::msg::msg;
use chrono::NaiveDateTime;

use crate::domain::DomainError;
use crate::domain::meeting::Meeting;
use crate::ops::Changed;
use crate::store::{Actor, Store};

/// Closes an open meeting at `at` once no vote or election round is open; `note` says why it
/// did not take place, or what the chair noted.
pub fn close(
    store: &mut Store,
    actor: &Actor,
    id: i64,
    at: NaiveDateTime,
    note: Option<&str>,
) -> anyhow::Result<Changed<Meeting>> {
    crate::ops::write(store, actor, |tx| {
        let m = tx.meeting(id)?;
        m.check_close(&tx.open_questions(id)?)?;
        let opened = m.opened_at.as_deref().unwrap_or_default();
        if crate::domain::meeting::when::iso_minutes(at).as_str() < opened {
            return Err(DomainError::invalid_said(
                "at",
                msg!(
                    "close-before-opening",
                    at = at,
                    opened = crate::domain::msg::Arg::iso_moment(opened)
                ),
            )
            .into());
        }
        tx.close_meeting(&m, at, note.map(str::trim).filter(|n| !n.is_empty()))
    })
}
