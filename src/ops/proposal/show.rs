//! `proposal show`.

use super::{Detail, detail};
use crate::store::Store;

/// One proposal with its signers, exclusions, amendments, agenda item and the BW 2:42 checks.
pub fn show(store: &mut Store, id: i64) -> anyhow::Result<Detail> {
    store.read(|tx| detail(tx, id))
}
