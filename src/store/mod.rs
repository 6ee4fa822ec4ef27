//! The store: every SQL statement and every transaction.
//!
//! One SQLite file (bundled SQLite, nothing to install), owner-only (mode 0600), foreign keys on,
//! WAL with a busy timeout so that two board members working at once wait instead of failing.
//! Writing commands go through [`Store::write`]: one IMMEDIATE transaction that also appends the
//! journal entries, so a change and its evidence land together or not at all.

use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::{Context as _, bail};
use chrono::{DateTime, SecondsFormat, Utc};
use rusqlite::{Connection, OpenFlags, OptionalExtension as _, TransactionBehavior};

use crate::domain::refusal::{StoreRefusal, Why};

mod association;
mod association_lang;
pub mod ballots;
pub mod board_terms;
mod categories;
pub mod codes;
pub mod decisions;
pub mod delegates;
pub mod duties;
pub mod elections;
pub mod export;
pub mod import;
pub mod journal;
pub mod journal_state;
pub mod meeting_documents;
pub mod meeting_door;
pub mod meeting_requests;
pub mod meetings;
mod member_changes;
mod member_delete;
pub mod members;
mod migrations;
pub mod minutes;
pub mod minutes_circulation;
pub mod offices;
pub mod proposals;
pub mod resolutions;
pub mod restore;
pub mod roll;
pub mod rules;
mod rules_pins;
mod stored;
pub mod vote_casts;
pub mod votes;

pub use journal::Change;

/// Who is changing the registry, with which command, and when: stamped on every journal entry.
#[derive(Debug, Clone)]
pub struct Actor {
    pub name: String,
    /// The subcommand path (`member add`), never its arguments.
    pub command: String,
    pub at: DateTime<Utc>,
}

impl Actor {
    pub fn at_rfc3339(&self) -> String {
        self.at.to_rfc3339_opts(SecondsFormat::Secs, true)
    }
}

/// An open database.
pub struct Store {
    conn: Connection,
    path: PathBuf,
    read_only: bool,
    /// On a read-only filesystem: opened immutable.
    read_only_fs: bool,
    /// Set when opening upgraded an older schema: (old version, where the copy was put).
    pub upgraded: Option<(u32, PathBuf)>,
}

/// A connection inside a read transaction. Store submodules add their queries as methods on it.
pub struct ReadTx<'c> {
    pub(crate) conn: &'c Connection,
}

/// A connection inside a write transaction, with the actor its journal entries are stamped with.
/// Changes are methods on it; it derefs to [`ReadTx`] for the queries. A change inside
/// [`Store::read`] therefore does not compile, instead of panicking at run time.
pub struct WriteTx<'c> {
    read: ReadTx<'c>,
    actor: &'c Actor,
    /// Registry digests recorded since the last journal entry, which will cover them.
    state: std::cell::RefCell<journal_state::Pending>,
}

impl<'c> std::ops::Deref for WriteTx<'c> {
    type Target = ReadTx<'c>;
    fn deref(&self) -> &ReadTx<'c> {
        &self.read
    }
}

const SQLITE_MAGIC: &[u8] = b"SQLite format 3\0";

/// How long a command waits for another one that is writing, before it gives up.
const BUSY_TIMEOUT: Duration = Duration::from_secs(30);

fn owner_can_write(path: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        // Checked on the mode bits rather than by trying: root may write anything, but a file
        // its owner made read-only is a wish to respect.
        std::fs::metadata(path).is_ok_and(|m| m.permissions().mode() & 0o200 != 0)
    }
    #[cfg(not(unix))]
    {
        std::fs::metadata(path).is_ok_and(|m| !m.permissions().readonly())
    }
}

/// True when the file lies on a read-only filesystem (a backup on a write-protected stick, a
/// read-only mount): opening it for writing fails with EROFS. Opening for writing changes nothing.
/// Removes what SQLite keeps beside a database file that is gone or no longer used.
pub(crate) fn remove_side_files(path: &Path) {
    for suffix in ["-wal", "-shm", "-journal"] {
        let _ = std::fs::remove_file(side_file(path, suffix));
    }
}

pub(crate) fn side_file(path: &Path, suffix: &str) -> std::path::PathBuf {
    let mut s = path.as_os_str().to_owned();
    s.push(suffix);
    std::path::PathBuf::from(s)
}

fn immutable_uri(path: &Path) -> String {
    let abs = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let mut uri = String::from("file:");
    for b in abs.to_string_lossy().bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'/' | b'-' | b'_' | b'.' | b'~' => {
                uri.push(b as char)
            }
            _ => uri.push_str(&format!("%{b:02X}")),
        }
    }
    uri.push_str("?immutable=1");
    uri
}

fn on_read_only_fs(path: &Path) -> bool {
    #[cfg(unix)]
    {
        const EROFS: i32 = 30;
        matches!(
            std::fs::OpenOptions::new().write(true).open(path),
            Err(e) if e.raw_os_error() == Some(EROFS)
        )
    }
    #[cfg(not(unix))]
    {
        let _ = path;
        false
    }
}

/// True when `err` says another connection holds the file (a bulk import without WAL).
pub fn is_busy(err: &anyhow::Error) -> bool {
    err.chain().any(|e| {
        e.downcast_ref::<rusqlite::Error>().is_some_and(|e| {
            matches!(
                e.sqlite_error_code(),
                Some(rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked)
            )
        })
    })
}

/// A read-only open of a WAL file makes its `-shm` with the file's read-only mode; once the
/// owner makes the database writable again (`chmod u+w`, as the hint says), that `-shm` would
/// still refuse every write. The side files follow the database: owner read and write.
fn repair_side_file_modes(path: &Path) {
    #[cfg(unix)]
    for suffix in ["-shm", "-wal"] {
        use std::os::unix::fs::PermissionsExt as _;
        let side = side_file(path, suffix);
        if side.exists() && !owner_can_write(&side) {
            let _ = std::fs::set_permissions(&side, std::fs::Permissions::from_mode(0o600));
        }
    }
    #[cfg(not(unix))]
    let _ = path;
}

/// A refusal about the file or its contents; the command line words what to do (`cli::hints`).
use crate::domain::msg::msg;

pub(crate) fn refused(message: impl Into<crate::domain::msg::Text>, why: Why) -> anyhow::Error {
    StoreRefusal::new(message, why).into()
}

impl Store {
    /// Creates a new, empty database at `path` with mode 0600 and the current schema.
    /// Refuses when a file is already there, and when the folder does not exist.
    pub fn create(path: &Path) -> anyhow::Result<Store> {
        if path.exists() {
            return Err(refused(
                msg!("store-file-exists", path = path.display().to_string()),
                Why::FileExists,
            ));
        }
        let dir = path
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        if !dir.is_dir() {
            return Err(refused(
                msg!("store-no-folder", folder = dir.display().to_string()),
                Why::NoFolder,
            ));
        }
        crate::files::create_private(path)
            .with_context(|| format!("creating {}", path.display()))?;
        let result = Self::connect(path, false, false).and_then(|mut store| {
            store.tune()?;
            migrations::apply(&mut store.conn, 0)?;
            Ok(store)
        });
        if result.is_err() {
            // Nothing half-made may stay behind.
            let _ = std::fs::remove_file(path);
        }
        result
    }

    /// Opens an existing database, upgrading an older schema (after copying the file aside).
    /// `now` is the time an upgrade records in the journal (the caller's clock: the store reads
    /// neither the clock nor the environment).
    pub fn open(path: &Path, now: DateTime<Utc>) -> anyhow::Result<Store> {
        if !path.exists() {
            return Err(refused(
                msg!("store-no-database", path = path.display().to_string()),
                Why::NoDatabase,
            ));
        }
        let mut head = [0u8; 16];
        let is_sqlite = std::fs::File::open(path)
            .and_then(|mut f| std::io::Read::read_exact(&mut f, &mut head))
            .is_ok()
            && head == SQLITE_MAGIC;
        if !is_sqlite {
            return Err(refused(
                msg!("store-not-sqlite", path = path.display().to_string()),
                Why::NotQuorum,
            ));
        }
        let read_only_fs = on_read_only_fs(path);
        let read_only = read_only_fs || !owner_can_write(path);
        if read_only_fs
            && side_file(path, "-wal")
                .metadata()
                .is_ok_and(|m| m.len() > 0)
        {
            // Read as immutable, SQLite would not look at the WAL: the newest changes would be
            // missing without a word.
            return Err(refused(
                msg!(
                    "store-read-only-with-wal",
                    path = path.display().to_string()
                ),
                Why::ReadOnlyWithWal,
            ));
        }
        if !read_only {
            repair_side_file_modes(path);
        }
        // Everything is checked before anything is changed: a foreign or too-new file keeps its
        // bytes (the switch to WAL comes after the checks).
        let mut store = Self::connect(path, read_only, read_only_fs)?;
        // While a bulk import has the file to itself, opening would wait silently: the caller
        // waits instead (see [`is_busy`]), so that it can say so and keep its own bound.
        store.conn.busy_timeout(Duration::ZERO)?;
        let version = migrations::version(&store.conn)
            .with_context(|| format!("{} is not a usable database", path.display()))?;
        let app_id = migrations::application_id(&store.conn)?;
        if version == 0 || (app_id != 0 && app_id != migrations::APPLICATION_ID) {
            return Err(refused(
                msg!("store-not-quorum", path = path.display().to_string()),
                Why::NotQuorum,
            ));
        }
        if version > migrations::LATEST {
            return Err(refused(
                msg!(
                    "store-newer",
                    path = path.display().to_string(),
                    version = version,
                    latest = migrations::LATEST
                ),
                Why::Newer,
            ));
        }
        let missing = migrations::missing(&store.conn, version)?;
        if !missing.is_empty() {
            return Err(refused(
                msg!(
                    "store-incomplete",
                    path = path.display().to_string(),
                    version = version,
                    missing = missing.join(", ")
                ),
                Why::Incomplete,
            ));
        }
        if !read_only {
            store.tune()?;
        }
        store.conn.busy_timeout(BUSY_TIMEOUT)?;
        if version < migrations::LATEST {
            if read_only {
                bail!(
                    "{} needs an upgrade, but the file is read-only",
                    path.display()
                );
            }
            let copy = path.with_extension(format!("v{version}.bak"));
            store.copy_aside(&copy)?;
            migrations::apply(&mut store.conn, version)?;
            store.upgraded = Some((version, copy));
            if version < journal_state::FIRST_VERSION {
                store.record_registry_after_upgrade(now)?;
            }
        }
        Ok(store)
    }

    /// After an upgrade from a release that kept no digests of the registry, records every row
    /// as it stands, so that from here on a change outside quorum is found. The upgrade itself
    /// is the actor; its time is never before the journal's last entry.
    fn record_registry_after_upgrade(&mut self, now: DateTime<Utc>) -> anyhow::Result<()> {
        use crate::domain::text::counted;
        let last: Option<String> = self
            .conn
            .query_row(
                "SELECT at FROM journal ORDER BY seq DESC LIMIT 1",
                [],
                |r| r.get(0),
            )
            .optional()?;
        let Some(last) = last else {
            return Ok(());
        };
        let at = DateTime::parse_from_rfc3339(&last)
            .map(|t| t.with_timezone(&Utc))
            .map_or(now, |t| t.max(now));
        let actor = Actor {
            name: "quorum".into(),
            command: "upgrade".into(),
            at,
        };
        let version = migrations::LATEST;
        self.write(&actor, |tx| {
            let (members, categories, rules) = tx.record_whole_registry()?;
            tx.journal(Change {
                action: crate::domain::journal::action::REGISTRY_BASELINE,
                entity: "registry",
                summary: format!(
                    "recorded the registry as it stood at the upgrade to schema {version}: {}, {}, {}",
                    counted(members, "member", "members"),
                    counted(categories, "category", "categories"),
                    counted(rules, "rules version", "rules versions"),
                ),
                ..Default::default()
            })?;
            Ok(())
        })
    }

    /// The pre-upgrade copy: holds the same personal data, so owner-only like the database.
    /// `VACUUM INTO` would create it with the process umask; it accepts an empty file, so the
    /// file is made first with mode 0600. A failed copy is removed.
    fn copy_aside(&self, copy: &Path) -> anyhow::Result<()> {
        crate::files::create_private(copy)
            .with_context(|| format!("creating {}", copy.display()))?;
        let run = self
            .conn
            .execute("VACUUM INTO ?1", [copy.to_string_lossy()]);
        if let Err(e) = run {
            let _ = std::fs::remove_file(copy);
            return Err(e).with_context(|| {
                format!("copying {} aside before the upgrade", self.path.display())
            });
        }
        Ok(())
    }

    fn connect(path: &Path, read_only: bool, read_only_fs: bool) -> anyhow::Result<Store> {
        let flags = if read_only {
            OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX
        } else {
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX
        };
        // A WAL file on a read-only filesystem cannot get its `-shm`; nobody can write there, so
        // SQLite may read it as immutable (no locks, no side files).
        let conn = if read_only_fs {
            Connection::open_with_flags(immutable_uri(path), flags | OpenFlags::SQLITE_OPEN_URI)
        } else {
            Connection::open_with_flags(path, flags)
        }
        .with_context(|| format!("opening {}", path.display()))?;
        conn.busy_timeout(BUSY_TIMEOUT)?;
        conn.pragma_update(None, "foreign_keys", true)?;
        Ok(Store {
            conn,
            path: path.to_path_buf(),
            read_only,
            read_only_fs,
            upgraded: None,
        })
    }

    /// The settings of a writable connection; the WAL switch changes the file's header, so it
    /// is made only on a file known to be quorum's.
    fn tune(&self) -> anyhow::Result<()> {
        self.conn
            .pragma_update(None, "journal_mode", "WAL")
            .with_context(|| format!("{} is not a usable database", self.path.display()))?;
        self.conn.pragma_update(None, "synchronous", "NORMAL")?;
        // Erasing a member must not leave their values in freed pages: zero what is deleted.
        self.conn.pragma_update(None, "secure_delete", true)?;
        Ok(())
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Runs `f` in one IMMEDIATE transaction: all of it is committed, or none of it.
    pub fn write<T>(
        &mut self,
        actor: &Actor,
        f: impl FnOnce(&WriteTx<'_>) -> anyhow::Result<T>,
    ) -> anyhow::Result<T> {
        self.write_keeping(actor, f, |_| true)
    }

    /// Runs `f` exactly as [`Store::write`] would, then always rolls back: a dry run that takes
    /// the same path (constraints, triggers, journal) as the real change, and leaves no trace.
    pub fn rehearse<T>(
        &mut self,
        actor: &Actor,
        f: impl FnOnce(&WriteTx<'_>) -> anyhow::Result<T>,
    ) -> anyhow::Result<T> {
        self.write_keeping(actor, f, |_| false)
    }

    /// Runs `f` in one IMMEDIATE transaction and commits it when `keep` says so on its result,
    /// otherwise rolls it back and still returns the result (an import with bad rows reports
    /// every problem and writes nothing).
    pub fn write_keeping<T>(
        &mut self,
        actor: &Actor,
        f: impl FnOnce(&WriteTx<'_>) -> anyhow::Result<T>,
        keep: impl FnOnce(&T) -> bool,
    ) -> anyhow::Result<T> {
        if self.read_only_fs {
            return Err(refused(
                msg!(
                    "store-read-only-filesystem",
                    path = self.path.display().to_string()
                ),
                Why::ReadOnlyFilesystem,
            ));
        }
        if self.read_only {
            return Err(refused(
                msg!(
                    "store-read-only-file",
                    path = self.path.display().to_string()
                ),
                Why::ReadOnlyFile,
            ));
        }
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let write = WriteTx {
            read: ReadTx { conn: &tx },
            actor,
            state: Default::default(),
        };
        let value = f(&write)?;
        if keep(&value) {
            if write.state.borrow().uncovered() > 0 {
                // Every change to the registry ends with its journal entry; digests after the
                // last entry would be covered by none, and the next verify would call them
                // inserted.
                bail!(
                    "internal error: registry digests were recorded after the last journal entry"
                );
            }
            tx.commit().context("committing to the database")?;
        } else {
            tx.rollback().context("rolling back")?;
        }
        Ok(value)
    }

    /// Runs `f` in a read transaction, so that everything it reads is one consistent state.
    pub fn read<T>(
        &mut self,
        f: impl FnOnce(&ReadTx<'_>) -> anyhow::Result<T>,
    ) -> anyhow::Result<T> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Deferred)?;
        let value = f(&ReadTx { conn: &tx })?;
        tx.commit()?;
        Ok(value)
    }

    /// Writes a consistent copy of the database to `dest` with SQLite's online backup.
    ///
    /// The copy is made under a temporary name beside `dest` (owner-only, no rollback journal
    /// of its own), synced, and only then linked in under its name, which must be new: a failed
    /// or killed backup leaves no half copy and no `-journal` behind.
    pub fn backup(&self, dest: &Path) -> anyhow::Result<()> {
        if dest.exists() {
            bail!(
                "{} already exists; choose a new file name for the backup",
                dest.display()
            );
        }
        crate::files::sweep_leftovers(dest);
        let tmp = crate::files::temp_name(dest, std::process::id())?;
        let result = Self::backup_into(&self.conn, &tmp).and_then(|()| {
            // A hard link refuses an existing name, where a rename would replace it.
            std::fs::hard_link(&tmp, dest).with_context(|| format!("creating {}", dest.display()))
        });
        let _ = std::fs::remove_file(&tmp);
        remove_side_files(&tmp);
        result.with_context(|| format!("backing up to {}", dest.display()))
    }

    fn backup_into(conn: &Connection, tmp: &Path) -> anyhow::Result<()> {
        crate::files::create_private(tmp).with_context(|| format!("creating {}", tmp.display()))?;
        let mut target = Connection::open(tmp)?;
        // The copy is new and unnamed until it is complete: a journal for it protects nothing.
        target.pragma_update(None, "journal_mode", "OFF")?;
        rusqlite::backup::Backup::new(conn, &mut target)?.run_to_completion(
            256,
            Duration::from_millis(0),
            None,
        )?;
        target.close().map_err(|(_, e)| e)?;
        std::fs::File::open(tmp)?.sync_all()?;
        Ok(())
    }

    /// SQLite's integrity check and foreign-key check: a list of problems, empty when healthy.
    pub fn check(&self) -> anyhow::Result<Vec<String>> {
        let mut problems = Vec::new();
        let mut stmt = self.conn.prepare("PRAGMA integrity_check")?;
        for row in stmt.query_map([], |r| r.get::<_, String>(0))? {
            let row = row?;
            if row != "ok" {
                problems.push(format!("integrity: {row}"));
            }
        }
        let mut stmt = self.conn.prepare("PRAGMA foreign_key_check")?;
        let rows = stmt.query_map([], |r| {
            Ok(format!(
                "foreign key: row {} of {} points to a missing {}",
                r.get::<_, Option<i64>>(1)?.unwrap_or_default(),
                r.get::<_, String>(0)?,
                r.get::<_, String>(2)?
            ))
        })?;
        for row in rows {
            problems.push(row?);
        }
        Ok(problems)
    }

    /// Tries to set the journal mode without waiting for other connections; true when it took.
    pub(crate) fn switch_journal_mode(&self, mode: &str) -> bool {
        let _ = self.conn.busy_timeout(Duration::ZERO);
        let now: rusqlite::Result<String> =
            self.conn
                .pragma_update_and_check(None, "journal_mode", mode, |r| r.get(0));
        let _ = self.conn.busy_timeout(BUSY_TIMEOUT);
        now.is_ok_and(|m| m.eq_ignore_ascii_case(mode))
    }

    /// The schema version of the open file.
    pub fn schema_version(&self) -> anyhow::Result<u32> {
        migrations::version(&self.conn)
    }
}

impl WriteTx<'_> {
    /// Who makes this change, with which command and when.
    pub(crate) fn actor(&self) -> &Actor {
        self.actor
    }
}
