//! `db check`: SQLite's integrity and foreign-key checks.

use crate::store::Store;

/// The problems found; empty when the file is sound.
pub fn check(store: &Store) -> anyhow::Result<Vec<String>> {
    store.check()
}
