//! `proposal withdraw`.

use super::{Detail, detail};
use crate::ops::Changed;
use crate::store::{Actor, Store};

/// A withdrawn proposal as it now stands, and the amendments withdrawn along.
#[derive(Debug, Clone)]
pub struct Withdrawn {
    pub detail: Detail,
    pub along: Vec<i64>,
}

/// Withdraws a draft, and with it its amendments still in draft (they amend nothing any more);
/// returns it with the numbers of the amendments withdrawn along.
pub fn withdraw(store: &mut Store, actor: &Actor, id: i64) -> anyhow::Result<Changed<Withdrawn>> {
    crate::ops::write(store, actor, |tx| {
        tx.proposal(id)?.check_draft("withdrawn")?;
        let mut along = Vec::new();
        for a in tx.amendments(id)? {
            if a.check_draft("withdrawn").is_ok() {
                tx.withdraw_proposal(a.id)?;
                along.push(a.id);
            }
        }
        tx.withdraw_proposal(id)?;
        Ok(Withdrawn {
            detail: detail(tx, id)?,
            along,
        })
    })
}
