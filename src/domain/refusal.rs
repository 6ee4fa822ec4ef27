//! What the store refuses about the database file and its contents, typed: the message states
//! the fact; what to do about it is the command line's to say (`cli::hints`), so the store names
//! no flag and no command.

use chrono::NaiveDate;

use super::msg::Text;

/// A refusal of the store (exit code 1), with the case the command line words a hint for.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
pub struct StoreRefusal {
    pub message: Text,
    pub why: Why,
}

/// The cases, one per thing the user can do something about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Why {
    /// `init` found a file where the new database was to go.
    FileExists,
    /// The folder of a new database does not exist.
    NoFolder,
    /// No database at the path.
    NoDatabase,
    /// The file is not SQLite, or SQLite but not quorum's.
    NotQuorum,
    /// A read-only filesystem holds a database with changes in its `-wal` file.
    ReadOnlyWithWal,
    /// A newer quorum wrote the file.
    Newer,
    /// The schema number promises tables the file lacks.
    Incomplete,
    /// Writing to a database on a read-only filesystem.
    ReadOnlyFilesystem,
    /// Writing to a read-only file.
    ReadOnlyFile,
    /// The clock is before the journal's last entry.
    ClockBackwards,
    /// Stored rules that do not read.
    BadStoredRules,
    /// No rules version is in force on the date.
    NoRulesOn(NaiveDate),
    /// A backup that does not open as a quorum database.
    BackupUnreadable,
    /// A backup whose journal is broken.
    BackupBroken,
    /// No backup at the path.
    NoBackup,
    /// A backup with changes still in its `-wal` file.
    BackupWithWal,
}

impl StoreRefusal {
    pub fn new(message: impl Into<Text>, why: Why) -> Self {
        StoreRefusal {
            message: message.into(),
            why,
        }
    }
}
