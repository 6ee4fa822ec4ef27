//! `association edit --lang L`.

use crate::domain::lang::Lang;
use crate::ops::Changed;
use crate::store::{Actor, Store};

/// Sets the language of documents for members; the value is the association as `association
/// show` reads it (its name and language). The language already set writes no journal entry and
/// is `nothing_changed`.
pub fn edit(
    store: &mut Store,
    actor: &Actor,
    lang: Lang,
) -> anyhow::Result<Changed<(String, Lang)>> {
    crate::ops::write_maybe(store, actor, |tx| {
        let changed = tx.set_association_lang(lang)?;
        Ok(((tx.association_name()?.unwrap_or_default(), lang), changed))
    })
}
