//! `decisions made-known ID --on DATE`: the day the year to claim annulment runs from.

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
            return Err(DomainError::Refused(format!(
                "decision {} is {}; the term to claim annulment (BW 2:15 lid 5) concerns a voidable decision",
                d.code, d.standing
            ))
            .into());
        }
        if on.to_string() < d.decided_on {
            return Err(DomainError::invalid(
                "made_known",
                format!("{on} is before the decision was taken ({})", d.decided_on),
            )
            .into());
        }
        tx.set_decision_made_known(d.id, on)?;
        view::read(tx, d.id)
    })
}
