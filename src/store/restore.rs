//! `db restore`: a backup checked in a copy beside the database (upgraded there when older),
//! the current file kept aside, and the checked copy put in its place with a journal entry.
//! The backup itself is never changed.

use std::path::{Path, PathBuf};

use anyhow::Context as _;

use super::{Actor, Change, Store, remove_side_files, side_file};
use crate::domain::journal::{action, sha256_hex};
use crate::exit::hinted;

/// What a restore did.
#[derive(Debug, Clone)]
pub struct Restored {
    /// The backup's SHA-256, as read.
    pub sha256: String,
    /// Journal entries of the backup, all verified.
    pub entries: u64,
    /// Where the database that was replaced now is (None when there was none).
    pub kept: Option<PathBuf>,
    /// The schema version the backup had, when it was upgraded on the way in.
    pub upgraded_from: Option<u32>,
}

/// Copies `from` to the new file `to`, owner-only; returns the SHA-256 of what it copied.
fn copy_private(from: &Path, to: &Path) -> anyhow::Result<String> {
    let bytes = std::fs::read(from).with_context(|| format!("reading {}", from.display()))?;
    let mut file =
        crate::files::create_private(to).with_context(|| format!("creating {}", to.display()))?;
    std::io::Write::write_all(&mut file, &bytes)?;
    file.sync_all()?;
    Ok(sha256_hex(&bytes))
}

/// Checks the copy at `tmp`: a quorum database (upgraded when older), intact, its journal intact.
fn check_copy(
    tmp: &Path,
    backup: &Path,
    now: chrono::DateTime<chrono::Utc>,
) -> anyhow::Result<(u64, Option<u32>)> {
    let mut store = Store::open(tmp, now).map_err(|e| {
        hinted(
            format!("{} cannot be restored: {e:#}", backup.display()),
            "choose a backup made by `quorum db backup`",
        )
    })?;
    let upgraded = store.upgraded.as_ref().map(|(v, copy)| {
        let _ = std::fs::remove_file(copy);
        *v
    });
    let problems = store.check()?;
    if !problems.is_empty() {
        anyhow::bail!(
            "{} cannot be restored: it is damaged ({})",
            backup.display(),
            problems.join("; ")
        );
    }
    let entries = match store.read(|tx| tx.journal_verify())? {
        Ok(n) => n,
        Err(b) => {
            return Err(hinted(
                format!(
                    "{} cannot be restored: its journal is broken at entry {}: {}",
                    backup.display(),
                    b.seq,
                    b.reason
                ),
                "choose an earlier backup",
            ));
        }
    };
    drop(store);
    Ok((entries, upgraded))
}

impl Store {
    /// Replaces the database at `db` by the backup at `backup`, after checking it; the current
    /// file is renamed to `NAME.before-restore-STAMP` beside it. Run it while no other quorum
    /// command uses the database.
    pub fn restore(
        db: &Path,
        backup: &Path,
        stamp: &str,
        actor: &Actor,
    ) -> anyhow::Result<Restored> {
        if !backup.is_file() {
            return Err(hinted(
                format!("no backup at {}", backup.display()),
                "give the file `quorum db backup` wrote",
            ));
        }
        if side_file(backup, "-wal")
            .metadata()
            .is_ok_and(|m| m.len() > 0)
        {
            return Err(hinted(
                format!("{} has changes still in its -wal file", backup.display()),
                "open it once with quorum (`quorum --db FILE db check`), then restore it",
            ));
        }
        crate::files::sweep_leftovers(db);
        let tmp = crate::files::temp_name(db, std::process::id())?;
        let checked = copy_private(backup, &tmp).and_then(|sha| {
            let (entries, upgraded) = check_copy(&tmp, backup, actor.at)?;
            Ok((sha, entries, upgraded))
        });
        let (sha256, entries, upgraded_from) = match checked {
            Ok(c) => c,
            Err(e) => {
                let _ = std::fs::remove_file(&tmp);
                remove_side_files(&tmp);
                return Err(e);
            }
        };
        remove_side_files(&tmp);
        let kept = if db.exists() {
            let name = db
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_else(|| "quorum.db".into());
            let aside = db.with_file_name(format!("{name}.before-restore-{stamp}"));
            if aside.exists() {
                let _ = std::fs::remove_file(&tmp);
                anyhow::bail!("{} exists already; try again in a second", aside.display());
            }
            std::fs::rename(db, &aside)
                .with_context(|| format!("keeping {} aside", db.display()))?;
            // The database's -wal belongs to it: it goes along, so the kept file is whole.
            let wal = side_file(db, "-wal");
            if wal.exists() {
                std::fs::rename(&wal, side_file(&aside, "-wal"))?;
            }
            let _ = std::fs::remove_file(side_file(db, "-shm"));
            Some(aside)
        } else {
            None
        };
        std::fs::rename(&tmp, db)
            .with_context(|| format!("putting the backup at {}", db.display()))?;
        let mut store = Store::open(db, actor.at)?;
        let summary = format!(
            "restored the database from a backup (sha256 {sha256}, {entries} journal entries){}",
            kept.as_ref()
                .and_then(|k| k.file_name())
                .map_or_else(String::new, |k| format!(
                    "; the file before is kept as {}",
                    k.to_string_lossy()
                ))
        );
        store.write(actor, |tx| {
            tx.journal(Change {
                action: action::DB_RESTORE,
                entity: "db",
                summary: summary.clone(),
                ..Default::default()
            })
        })?;
        Ok(Restored {
            sha256,
            entries,
            kept,
            upgraded_from,
        })
    }
}
