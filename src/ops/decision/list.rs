//! `decisions`: the register.

use crate::domain::decision::{Decision, Filter};
use crate::store::Store;

/// `decisions [--from D] [--status S] [--search T] [--meeting M]`: the register, oldest first.
pub fn list(store: &mut Store, filter: &Filter) -> anyhow::Result<Vec<Decision>> {
    store.read(|tx| tx.decisions(filter))
}
