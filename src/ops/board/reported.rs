//! `board reported`: a board change reported to the Handelsregister.

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
            .ok_or_else(|| {
                DomainError::NotFound(format!(
                    "no board change {id} to report; `quorum board reports` lists them"
                ))
            })?;
        if let Some(done) = &r.reported_on {
            return Err(DomainError::Refused(format!(
                "board change {id} was reported on {done} already"
            ))
            .into());
        }
        if on.to_string() < r.changed_on {
            return Err(DomainError::invalid(
                "on",
                format!("{on} is before the change itself ({})", r.changed_on),
            )
            .into());
        }
        let member_id = tx
            .member_id(r.number)?
            .ok_or_else(|| anyhow::anyhow!("member {} not found", r.number))?;
        tx.board_reported(&r, member_id, &on.to_string())?;
        let mut r = r;
        r.reported_on = Some(on.to_string());
        Ok(r.into())
    })
}
