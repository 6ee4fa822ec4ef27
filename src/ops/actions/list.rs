//! `actions [list] [--open] [--meeting M]`.

use super::ActionView;
use crate::domain::minutes::ActionFilter;
use crate::store::Store;

pub fn list(store: &mut Store, filter: ActionFilter) -> anyhow::Result<Vec<ActionView>> {
    let rows = store.read(|tx| tx.actions(filter))?;
    Ok(rows.into_iter().map(ActionView::from).collect())
}
