//! `actions done A [--on DATE]`.

use crate::domain::msg::msg;
use chrono::NaiveDate;

use super::ActionView;
use crate::domain::DomainError;
use crate::ops::Changed;
use crate::store::{Actor, Store};

/// Marks action `id` done on `on`; an item done already is refused with the day it was done.
pub fn done(
    store: &mut Store,
    actor: &Actor,
    id: i64,
    on: NaiveDate,
) -> anyhow::Result<Changed<ActionView>> {
    crate::ops::write(store, actor, |tx| {
        let a = tx.action(id)?;
        if let Some(d) = &a.done_at {
            return Err(DomainError::said(msg!(
                "action-done-already",
                id = id,
                on = crate::ops::decision::day_arg(d)
            ))
            .into());
        }
        tx.action_done(id, on)?;
        Ok(tx.action(id)?.into())
    })
}
