//! `quorum journal list | verify`: the association's evidence of every change.

mod list;
mod verify;

pub use list::{NoMember, list};
pub use verify::{Verified, verify};

/// The journal's newest hash, read on its own (for a writing command that has not moved onto
/// [`crate::ops::Changed`] yet: a second transaction, so a later command's entry may show).
pub fn head(store: &mut crate::store::Store) -> anyhow::Result<Option<String>> {
    store.read(|tx| tx.journal_head())
}
