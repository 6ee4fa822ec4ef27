//! `decisions confirm ID --by CODE`: a voidable decision confirmed by a later one.

use super::{DecisionView, find, view};
use crate::domain::DomainError;
use crate::domain::decision::Outcome;
use crate::domain::decision::standing as ds;
use crate::domain::msg::msg;
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
            let found: crate::domain::msg::Arg = match e.downcast_ref::<DomainError>() {
                Some(DomainError::Missing(m)) => m.clone().into(),
                _ => e.to_string().into(),
            };
            DomainError::invalid_said("confirmed_by", msg!("confirm-by-not-found", error = found))
        })?;
        if b.id == d.id || b.outcome != Outcome::Adopted || b.decided_on < d.decided_on {
            return Err(DomainError::invalid_said(
                "confirmed_by",
                msg!(
                    "confirm-by-not-later-adopted",
                    by = b.code.as_str(),
                    outcome = msg!("decision-status-word", status = b.outcome.as_str()),
                    by_on = super::day_arg(&b.decided_on),
                    code = d.code.as_str(),
                    on = super::day_arg(&d.decided_on)
                ),
            )
            .into());
        }
        if b.standing != ds::Standing::Valid {
            return Err(DomainError::invalid_said(
                "confirmed_by",
                msg!(
                    "confirm-by-not-valid",
                    by = b.code.as_str(),
                    standing = msg!("standing-word", standing = b.standing.as_str())
                ),
            )
            .into());
        }
        tx.confirm_decision(d.id, &b.code, ds::standing_of(&d.grounds, true))?;
        view::read(tx, d.id)
    })
}
