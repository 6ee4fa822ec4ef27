//! `association show`.

use crate::domain::lang::Lang;
use crate::store::Store;

/// The association's name (empty when none is recorded) and the language of its documents.
pub fn show(store: &mut Store) -> anyhow::Result<(String, Lang)> {
    store.read(|tx| {
        Ok((
            tx.association_name()?.unwrap_or_default(),
            tx.association_lang()?,
        ))
    })
}
