//! `quorum roll`: the voting roll (stemgerechtigdenlijst) on a date, with totals by category.

use chrono::NaiveDate;

use crate::domain::roll::Roll;
use crate::store::Store;

/// Every member's standing on `on` under the rules in force then, in register order.
pub fn show(store: &mut Store, on: NaiveDate) -> anyhow::Result<Roll> {
    store.read(|tx| {
        let mut roll = Roll::new(on, &tx.categories()?);
        tx.roll_on(on, |m, c, s| {
            roll.add(m, c, s);
            Ok(())
        })?;
        Ok(roll)
    })
}
