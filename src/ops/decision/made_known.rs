//! `decisions made-known ID --on DATE`: the day the year to claim annulment runs from.

use crate::domain::msg::msg;
use chrono::NaiveDate;

use super::{DecisionView, find, view};
use crate::domain::DomainError;
use crate::domain::decision::standing as ds;
use crate::ops::Changed;
use crate::store::{Actor, Store};

/// Records the day a voidable decision was made known; the year to claim annulment runs from
/// it (BW 2:15 lid 5).
pub fn made_known(
    store: &mut Store,
    actor: &Actor,
    id: &str,
    on: NaiveDate,
) -> anyhow::Result<Changed<DecisionView>> {
    crate::ops::write(store, actor, |tx| {
        let d = find(tx, id)?;
        if d.standing != ds::Standing::Voidable {
            return Err(DomainError::said(msg!(
                "made-known-not-voidable",
                code = d.code.as_str(),
                standing = msg!("standing-word", standing = d.standing.as_str())
            ))
            .into());
        }
        if on.to_string() < d.decided_on {
            return Err(DomainError::invalid_said(
                "made_known",
                msg!(
                    "made-known-before-decided",
                    on = on,
                    decided = super::day_arg(&d.decided_on)
                ),
            )
            .into());
        }
        tx.set_decision_made_known(d.id, on)?;
        view::read(tx, d.id)
    })
}
