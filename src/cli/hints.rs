//! What to do about a refusal of the store, worded for the person at the terminal: the store
//! says what is wrong (`domain::refusal::StoreRefusal`), the command line names the flags and
//! commands that help. `exit::report` asks [`hint`] for each error in the chain.

use crate::domain::refusal::{StoreRefusal, Why};

/// The `help:` line for an error, when it is a refusal of the store.
pub fn hint(err: &(dyn std::error::Error + 'static)) -> Option<String> {
    let r = err.downcast_ref::<StoreRefusal>()?;
    Some(match &r.why {
        Why::FileExists => {
            "quorum init makes a new database; choose another --db, or use the existing one".into()
        }
        Why::NoFolder => "create the folder first, or choose another --db".into(),
        Why::NoDatabase => {
            "create one with `quorum init --name \"…\"`, or point --db / QUORUM_DB at yours".into()
        }
        Why::NotQuorum => "check --db / QUORUM_DB; `quorum init` makes a new database".into(),
        Why::ReadOnlyWithWal => {
            "copy the database with its -wal file to a writable disk and open it there once".into()
        }
        Why::Newer => "install the newer quorum; this one will not touch the file".into(),
        Why::Incomplete => {
            "the file was made or changed by another build; restore a backup, or ask for help \
                 before changing it (quorum did not touch it)"
                .into()
        }
        Why::ReadOnlyFilesystem => {
            "copy it to a writable disk to change it (reading, listing and exporting work here)"
                .into()
        }
        Why::ReadOnlyFile => "make it writable for its owner (chmod u+w), or work on a copy".into(),
        Why::ClockBackwards => {
            "check the computer's date and time (and QUORUM_NOW), then run the command again".into()
        }
        Why::BadStoredRules => {
            "a newer quorum may have written them; otherwise restore a backup".into()
        }
        Why::NoRulesOn(date) => format!(
            "record the statutes in force then with `quorum rules set KEY VALUE --from {date}` or `quorum rules import FILE --from {date}`"
        ),
        Why::BackupUnreadable => "choose a backup made by `quorum db backup`".into(),
        Why::BackupBroken => "choose an earlier backup".into(),
        Why::NoBackup => "give the file `quorum db backup` wrote".into(),
        Why::BackupWithWal => {
            "open it once with quorum (`quorum --db FILE db check`), then restore it".into()
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_store_refusal_gets_its_hint_and_other_errors_none() {
        let e = anyhow::Error::from(StoreRefusal::new("no database at x.db", Why::NoDatabase));
        assert_eq!(e.to_string(), "no database at x.db");
        assert!(hint(e.as_ref()).is_some_and(|h| h.contains("quorum init")));
        let date = chrono::NaiveDate::from_ymd_opt(2020, 1, 1).unwrap();
        let e = anyhow::Error::from(StoreRefusal::new("no rules", Why::NoRulesOn(date)));
        assert!(hint(e.as_ref()).is_some_and(|h| h.contains("--from 2020-01-01")));
        let other = anyhow::anyhow!("something else");
        assert_eq!(hint(other.as_ref()), None);
    }
}
