//! `db backup FILE`: SQLite's online backup, safe while the database is in use.

use std::path::Path;

use serde::Serialize;

use crate::ops::Changed;
use crate::store::Store;

/// The JSON `changed` of `db backup`.
#[derive(Debug, Serialize)]
pub struct BackedUp {
    pub db: String,
    pub file: String,
}

/// Copies the database to `file` (which must not exist); the journal head is the one the copy
/// holds, so a secretary can note it beside the backup.
pub fn backup(store: &mut Store, file: &Path) -> anyhow::Result<Changed<BackedUp>> {
    store.backup(file)?;
    let journal_head = store.read(|tx| tx.journal_head())?;
    Ok(Changed {
        value: BackedUp {
            db: store.path().display().to_string(),
            file: file.display().to_string(),
        },
        journal_head,
        nothing_changed: false,
    })
}
