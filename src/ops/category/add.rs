//! `category add`.

use crate::domain::category::Category;
use crate::ops::Changed;
use crate::store::{Actor, Store};

/// Adds `c`; a name already taken is refused by the store (field `name`).
pub fn add(store: &mut Store, actor: &Actor, c: Category) -> anyhow::Result<Changed<Category>> {
    crate::ops::write(store, actor, |tx| {
        tx.add_category(&c)?;
        Ok(c)
    })
}
