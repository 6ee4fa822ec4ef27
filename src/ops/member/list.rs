//! `member list`.

use crate::domain::member::{Member, MemberFilter};
use crate::store::Store;

/// Hands the members `filter` selects to `each`, one at a time in its order: a listing of any
/// length in flat memory.
pub fn list(
    store: &mut Store,
    filter: &MemberFilter,
    mut each: impl FnMut(&Member) -> anyhow::Result<()>,
) -> anyhow::Result<()> {
    store.read(|tx| tx.for_each_member(filter, &mut each))
}
