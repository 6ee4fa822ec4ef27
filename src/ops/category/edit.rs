//! `category edit NAME`: a category's name, vote, weight or description.

use crate::domain::category::{Category, Edit};
use crate::ops::Changed;
use crate::store::{Actor, Store};

/// The category after the edit; `None` in the value's first place when it already had these
/// settings (then nothing was written and the second place is the category as it stands).
pub fn edit(
    store: &mut Store,
    actor: &Actor,
    name: &str,
    edit: &Edit,
) -> anyhow::Result<Changed<(Option<Category>, Category)>> {
    crate::ops::write_maybe(store, actor, |tx| {
        let (_, old) = tx.category_required(name)?;
        let new = edit.apply(&old);
        if new == old {
            return Ok(((None, old), false));
        }
        tx.update_category(&old.name, &new)?;
        Ok(((Some(new.clone()), new), true))
    })
}
