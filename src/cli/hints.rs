//! What to do about a refusal of the store, worded for the person at the terminal: the store
//! says what is wrong (`domain::refusal::StoreRefusal`), the command line names the flags and
//! commands that help. `exit::report` asks [`hint`] for each error in the chain.

use crate::domain::msg::{Text, msg};
use crate::domain::refusal::{StoreRefusal, Why};

/// The `help:` line for an error, when it is a refusal of the store.
pub fn hint(err: &(dyn std::error::Error + 'static)) -> Option<Text> {
    let r = err.downcast_ref::<StoreRefusal>()?;
    Some(Text::Msg(match &r.why {
        Why::FileExists => msg!("hint-file-exists"),
        Why::NoFolder => msg!("hint-no-folder"),
        Why::NoDatabase => msg!("hint-no-database"),
        Why::NotQuorum => msg!("hint-not-quorum"),
        Why::ReadOnlyWithWal => msg!("hint-read-only-with-wal"),
        Why::Newer => msg!("hint-newer"),
        Why::Incomplete => msg!("hint-incomplete"),
        Why::ReadOnlyFilesystem => msg!("hint-read-only-filesystem"),
        Why::ReadOnlyFile => msg!("hint-read-only-file"),
        Why::ClockBackwards => msg!("hint-clock-backwards"),
        Why::BadStoredRules => msg!("hint-bad-stored-rules"),
        // A value to type after a flag: ISO, which every shell passes as one word.
        Why::NoRulesOn(date) => msg!("hint-no-rules-on", date = date.to_string()),
        Why::BackupUnreadable => msg!("hint-backup-unreadable"),
        Why::BackupBroken => msg!("hint-backup-broken"),
        Why::NoBackup => msg!("hint-no-backup"),
        Why::BackupWithWal => msg!("hint-backup-with-wal"),
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_store_refusal_gets_its_hint_and_other_errors_none() {
        let e = anyhow::Error::from(StoreRefusal::new("no database at x.db", Why::NoDatabase));
        assert_eq!(e.to_string(), "no database at x.db");
        assert!(hint(e.as_ref()).is_some_and(|h| h.to_string().contains("quorum init")));
        let date = chrono::NaiveDate::from_ymd_opt(2020, 1, 1).unwrap();
        let e = anyhow::Error::from(StoreRefusal::new("no rules", Why::NoRulesOn(date)));
        assert!(hint(e.as_ref()).is_some_and(|h| h.to_string().contains("--from 2020-01-01")));
        let nl = hint(e.as_ref()).map(|h| crate::i18n::words(crate::domain::lang::Lang::Nl, &h));
        assert!(nl.is_some_and(|h| h.contains("--from 2020-01-01") && h.contains("statuten")));
        let other = anyhow::anyhow!("something else");
        assert_eq!(hint(other.as_ref()), None);
    }
}
