//! `db restore FILE`: a backup checked and put back, the current file kept beside it.

use std::path::Path;

use serde::Serialize;

use crate::ops::Changed;
use crate::store::{Actor, Store};

/// The JSON `changed` of `db restore`, and what the status lines say.
#[derive(Debug, Serialize)]
pub struct Restored {
    pub db: String,
    pub file: String,
    pub sha256: String,
    pub entries: u64,
    pub kept: Option<String>,
    /// The backup's schema when it was upgraded on the way in.
    #[serde(skip)]
    pub upgraded_from: Option<u32>,
}

/// Restores `backup` over `db`; the journal head is read from the restored file.
pub fn restore(db: &Path, backup: &Path, actor: &Actor) -> anyhow::Result<Changed<Restored>> {
    let stamp = actor.at.format("%Y%m%dT%H%M%S").to_string();
    let r = Store::restore(db, backup, &stamp, actor)?;
    let journal_head = Store::open(db, actor.at)?.read(|tx| tx.journal_head())?;
    Ok(Changed {
        value: Restored {
            db: db.display().to_string(),
            file: backup.display().to_string(),
            sha256: r.sha256,
            entries: r.entries,
            kept: r.kept.map(|k| k.display().to_string()),
            upgraded_from: r.upgraded_from,
        },
        journal_head,
        nothing_changed: false,
    })
}
