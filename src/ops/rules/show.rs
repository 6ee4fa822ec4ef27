//! `rules show`: the version in force on a date.

use chrono::NaiveDate;

use crate::domain::rules::Rules;
use crate::domain::rules::version::RulesVersion;
use crate::store::Store;

/// The version in force on `on`, with its values.
pub fn show(store: &mut Store, on: NaiveDate) -> anyhow::Result<(RulesVersion, Rules)> {
    store.read(|tx| tx.rules_in_force(on))
}
