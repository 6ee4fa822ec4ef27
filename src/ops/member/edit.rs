//! `member edit`.

use chrono::NaiveDate;

use crate::domain::member::Member;
use crate::domain::member_change::{FieldChange, MemberPatch};
use crate::ops::Changed;
use crate::store::{Actor, Store};

/// Applies `patch` to member `number` in one transaction and returns what changed with the
/// member as now stored (under the new number if it was renumbered); nothing changed when the
/// member already had these values. The field checks, including number and birth date, are
/// `domain::member_change`'s.
pub fn edit(
    store: &mut Store,
    actor: &Actor,
    number: i64,
    patch: &MemberPatch,
    today: NaiveDate,
) -> anyhow::Result<Changed<(Vec<FieldChange>, Member)>> {
    crate::ops::write_maybe(store, actor, |tx| {
        let changes = tx.edit_member(number, patch, today)?;
        let renumbered = changes.iter().any(|c| c.field == "number");
        let now = patch.number.filter(|_| renumbered).unwrap_or(number);
        let changed = !changes.is_empty();
        Ok(((changes, tx.member(now)?), changed))
    })
}
