//! `rules export`: the version in force on a date, with the association's name for the header.

use chrono::NaiveDate;

use crate::domain::rules::Rules;
use crate::domain::rules::version::RulesVersion;
use crate::store::Store;

/// What the exported file is written from.
#[derive(Debug)]
pub struct Export {
    pub association: String,
    pub version: RulesVersion,
    pub rules: Rules,
}

pub fn export(store: &mut Store, on: NaiveDate) -> anyhow::Result<Export> {
    store.read(|tx| {
        let (version, rules) = tx.rules_in_force(on)?;
        Ok(Export {
            association: tx.association_name()?.unwrap_or_default(),
            version,
            rules,
        })
    })
}
