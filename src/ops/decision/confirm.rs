//! `decisions confirm ID --by CODE`: a voidable decision confirmed by a later one.

use super::{DecisionView, find, view};
use crate::domain::DomainError;
use crate::domain::decision::Outcome;
use crate::domain::decision::standing as ds;
use crate::ops::Changed;
use crate::store::{Actor, Store};

/// Records the later decision that confirmed a voidable one (BW 2:15 lid 6): it is valid from
/// then on, with the confirmation named.
pub fn confirm(
    store: &mut Store,
    actor: &Actor,
    id: &str,
    by: &str,
) -> anyhow::Result<Changed<DecisionView>> {
    crate::ops::write(store, actor, |tx| {
        let d = find(tx, id)?;
        ds::check_confirm(&d.grounds, d.confirmed_by.as_deref())?;
        let b = find(tx, by).map_err(|e| {
            DomainError::invalid(
                "confirmed_by",
                format!("{e}; record the confirming decision first"),
            )
        })?;
        if b.id == d.id || b.outcome != Outcome::Adopted || b.decided_on < d.decided_on {
            return Err(DomainError::invalid(
                "confirmed_by",
                format!(
                    "decision {} ({}, {}) cannot confirm {} ({}): a confirmation is a later adopted decision",
                    b.code, b.outcome.as_str(), b.decided_on, d.code, d.decided_on
                ),
            )
            .into());
        }
        if b.standing != ds::Standing::Valid {
            return Err(DomainError::invalid(
                "confirmed_by",
                format!("decision {} is {} itself; a confirmation must meet the requirements the first one missed", b.code, b.standing),
            )
            .into());
        }
        tx.confirm_decision(d.id, &b.code, ds::standing_of(&d.grounds, true))?;
        view::read(tx, d.id)
    })
}
