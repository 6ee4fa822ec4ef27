//! `resolution list`.

use super::view::{ResolutionView, view_of};
use crate::store::Store;

pub fn list(store: &mut Store) -> anyhow::Result<Vec<ResolutionView>> {
    store.read(|tx| {
        tx.resolutions()?
            .into_iter()
            .map(|r| view_of(tx, r))
            .collect()
    })
}
