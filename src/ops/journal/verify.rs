//! `journal verify [--head HASH]`: the hash chain, the registry against it, and a noted head.

use crate::domain::journal::Break;
use crate::store::Store;

/// An intact chain.
#[derive(Debug)]
pub struct Verified {
    pub entries: u64,
    pub head: Option<String>,
    /// With `--head`: the entry holding that hash, `None` when the chain no longer holds it.
    pub anchored: Option<Option<i64>>,
    /// Members, categories and rules versions compared with the digests the journal recorded;
    /// `None` for a journal written before digests were recorded.
    pub registry: Option<(u64, u64, u64)>,
}

/// The chain checked in one read transaction; `Err(break)` names the first broken entry.
pub fn verify(store: &mut Store, anchor: Option<&str>) -> anyhow::Result<Result<Verified, Break>> {
    store.read(|tx| {
        let anchored = anchor.map(|h| tx.journal_seq_of(h)).transpose()?;
        let result = tx.journal_verify_all()?;
        let head = tx.journal_head()?;
        Ok(result.map(|(entries, r)| Verified {
            entries,
            head,
            anchored,
            registry: r
                .compared
                .then_some((r.members, r.categories, r.rules_versions)),
        }))
    })
}
