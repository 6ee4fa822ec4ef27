//! What a writing use case returns: the changed thing and the journal's head, both read in the
//! one transaction that made the change. Taking the head in a second transaction (as the CLI
//! did) could name a later command's entry when two secretaries work at once.

use crate::store::{Actor, Store, WriteTx};

/// The outcome of a writing use case. `nothing_changed` is true when the command found the
/// database already as asked (then no journal entry was written and `journal_head` is the head
/// as it stood).
#[derive(Debug, Clone)]
pub struct Changed<T> {
    pub value: T,
    pub journal_head: Option<String>,
    pub nothing_changed: bool,
}

impl<T> Changed<T> {
    /// The same change carrying another view of its value (a row turned into its `show` shape).
    pub fn map<U>(self, f: impl FnOnce(T) -> U) -> Changed<U> {
        Changed {
            value: f(self.value),
            journal_head: self.journal_head,
            nothing_changed: self.nothing_changed,
        }
    }
}

/// Runs `f` as one writing transaction and returns its value with the journal head taken in
/// the same transaction, after `f`'s entries.
pub fn write<T>(
    store: &mut Store,
    actor: &Actor,
    f: impl FnOnce(&WriteTx<'_>) -> anyhow::Result<T>,
) -> anyhow::Result<Changed<T>> {
    store.write(actor, |tx| {
        let value = f(tx)?;
        let journal_head = tx.journal_head()?;
        Ok(Changed {
            value,
            journal_head,
            nothing_changed: false,
        })
    })
}

/// As [`write`], for a use case that may find nothing to do: `f` returns the value and whether
/// it changed anything.
pub fn write_maybe<T>(
    store: &mut Store,
    actor: &Actor,
    f: impl FnOnce(&WriteTx<'_>) -> anyhow::Result<(T, bool)>,
) -> anyhow::Result<Changed<T>> {
    store.write(actor, |tx| {
        let (value, changed) = f(tx)?;
        let journal_head = tx.journal_head()?;
        Ok(Changed {
            value,
            journal_head,
            nothing_changed: !changed,
        })
    })
}
