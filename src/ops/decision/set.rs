//! `decisions set ID --status S`: a status moved as the transition rule allows.

use crate::domain::msg::msg;
use chrono::NaiveDate;

use super::{DecisionView, find, view};
use crate::domain::DomainError;
use crate::domain::decision::{self as dd, Outcome, Status};
use crate::ops::Changed;
use crate::store::decisions::StatusChange;
use crate::store::{Actor, Store};

/// What `decisions set` asks.
#[derive(Debug, Clone)]
pub struct Set {
    pub status: Status,
    pub on: NaiveDate,
    pub note: Option<String>,
    /// The decision that supersedes it (code or number), with `superseded`.
    pub by: Option<String>,
}

/// Changes a decision's status under the transition rule (`domain::decision::check_change`).
pub fn set(
    store: &mut Store,
    actor: &Actor,
    id: &str,
    s: &Set,
) -> anyhow::Result<Changed<DecisionView>> {
    crate::ops::write(store, actor, |tx| {
        let d = find(tx, id)?;
        let from: Status = d.status;
        dd::check_change(&dd::Change {
            from,
            to: s.status,
            decided_on: d.decided_on.parse()?,
            on: s.on,
        })?;
        let by = match &s.by {
            None => None,
            Some(_) if s.status != Status::Superseded => {
                return Err(
                    DomainError::invalid_said("by", msg!("decision-by-needs-superseded")).into(),
                );
            }
            Some(b) => {
                let b = find(tx, b)?;
                if b.id == d.id {
                    return Err(DomainError::invalid_said(
                        "by",
                        msg!("decision-supersedes-itself"),
                    )
                    .into());
                }
                if b.outcome == Outcome::Rejected {
                    return Err(DomainError::invalid_said(
                        "by",
                        msg!("decision-by-rejected", by = b.code.as_str()),
                    )
                    .into());
                }
                if b.decided_on < d.decided_on {
                    return Err(DomainError::invalid_said(
                        "by",
                        msg!(
                            "decision-by-earlier",
                            by = b.code.as_str(),
                            by_on = super::day_arg(&b.decided_on),
                            code = d.code.as_str(),
                            on = super::day_arg(&d.decided_on)
                        ),
                    )
                    .into());
                }
                Some(b.id)
            }
        };
        tx.set_decision_status(
            d.id,
            &StatusChange {
                status: s.status.as_str(),
                on: s.on,
                note: s.note.as_deref(),
                superseded_by: by,
            },
        )?;
        view::read(tx, d.id)
    })
}
