//! `meeting list`.

use crate::domain::meeting::Meeting;
use crate::store::Store;

/// Every meeting, as the store orders them.
pub fn list(store: &mut Store) -> anyhow::Result<Vec<Meeting>> {
    store.read(|tx| tx.meetings())
}
