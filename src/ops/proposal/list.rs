//! `proposal list`.

use crate::domain::proposal::{Proposal, Signer};
use crate::store::Store;

/// Proposals with their signers, all or one meeting's, each followed by its amendments.
pub fn list(
    store: &mut Store,
    meeting: Option<i64>,
) -> anyhow::Result<Vec<(Proposal, Vec<Signer>)>> {
    store.read(|tx| {
        if let Some(m) = meeting {
            tx.meeting(m)?;
        }
        tx.proposals(meeting)?
            .into_iter()
            .map(|p| {
                let s = tx.proposal_signers(p.id)?;
                Ok((p, s))
            })
            .collect()
    })
}
