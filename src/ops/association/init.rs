//! `quorum init`: a new database with the association's name, the default categories and the
//! statutes' default rules.

use chrono::NaiveDate;
use serde::Serialize;

use crate::domain::category;
use crate::domain::lang::Lang;
use crate::ops::Changed;
use crate::store::{Actor, Store};

/// What `init` asks.
#[derive(Debug)]
pub struct Init {
    pub name: String,
    pub lang: Lang,
    pub today: NaiveDate,
}

/// The new registry (the JSON `changed` of `init`).
#[derive(Debug, Serialize)]
pub struct Created {
    pub name: String,
    pub db: String,
}

/// Fills the freshly created `store`. A database that failed to initialise is of no use, so on
/// an error its file is removed.
pub fn init(mut store: Store, actor: &Actor, req: Init) -> anyhow::Result<Changed<Created>> {
    let db = store.path().display().to_string();
    let result = crate::ops::write(&mut store, actor, |tx| {
        tx.set_association(&req.name)?;
        if req.lang != Lang::default() {
            tx.set_association_lang(req.lang)?;
        }
        for c in category::defaults() {
            tx.add_category(&c)?;
        }
        tx.init_rules(req.today)?;
        Ok(Created {
            name: req.name.clone(),
            db: db.clone(),
        })
    });
    if result.is_err() {
        let path = store.path().to_path_buf();
        drop(store);
        let _ = std::fs::remove_file(&path);
    }
    result
}
