//! `resolution show R`.

use super::view::{ResolutionView, read};
use crate::store::Store;

pub fn show(store: &mut Store, id: i64) -> anyhow::Result<ResolutionView> {
    store.read(|tx| read(tx, id))
}
