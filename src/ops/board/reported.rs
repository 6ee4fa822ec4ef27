//! `board reported`: a board change reported to the Handelsregister.

use crate::domain::msg::msg;
use chrono::NaiveDate;

use super::*;
use crate::ops::Changed;
use crate::store::{Actor, Store};

/// `board reported`: a board change reported to the Handelsregister on `on`.
pub fn reported(
    store: &mut Store,
    actor: &Actor,
    id: i64,
    on: NaiveDate,
) -> anyhow::Result<Changed<ReportView>> {
    crate::ops::write(store, actor, |tx| {
        let r = tx
            .board_reports(false)?
            .into_iter()
            .find(|r| r.id == id)
            .ok_or_else(|| DomainError::Missing(msg!("lookup-board-change", id = id)))?;
        if let Some(done) = &r.reported_on {
            return Err(DomainError::said(msg!(
                "board-change-reported-already",
                id = id,
                on = crate::ops::decision::day_arg(done)
            ))
            .into());
        }
        if on.to_string() < r.changed_on {
            return Err(DomainError::invalid_said(
                "on",
                msg!(
                    "board-report-before-change",
                    on = on,
                    changed = crate::ops::decision::day_arg(&r.changed_on)
                ),
            )
            .into());
        }
        let member_id = tx
            .member_id(r.number)?
            .ok_or_else(|| crate::exit::Failed(msg!("member-vanished", number = r.number)))?;
        tx.board_reported(&r, member_id, &on.to_string())?;
        let mut r = r;
        r.reported_on = Some(on.to_string());
        Ok(r.into())
    })
}
