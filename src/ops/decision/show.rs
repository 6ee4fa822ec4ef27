//! `decisions show ID`: one decision with its grounds and status history.

use super::view::{Shown, read};
use crate::store::Store;

/// `decisions show ID`: by code or number.
pub fn show(store: &mut Store, id: &str) -> anyhow::Result<Shown> {
    store.read(|tx| {
        let d = super::find(tx, id)?;
        Ok(Shown {
            history: tx.decision_history(d.id)?,
            view: read(tx, d.id)?,
        })
    })
}
