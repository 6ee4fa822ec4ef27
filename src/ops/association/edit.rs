//! `association edit --lang L`.

use crate::domain::lang::Lang;
use crate::ops::Changed;
use crate::store::{Actor, Store};

/// Sets the language of documents for members; the value is whether it changed (the language
/// already set writes no journal entry).
pub fn edit(store: &mut Store, actor: &Actor, lang: Lang) -> anyhow::Result<Changed<bool>> {
    crate::ops::write(store, actor, |tx| tx.set_association_lang(lang))
}
