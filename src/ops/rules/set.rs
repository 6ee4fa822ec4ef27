//! `rules set KEY VALUE`: one key changed in the version in force today, or in the version from
//! `from` (a new one when none starts then).

use chrono::NaiveDate;

use crate::domain::rules::KeyDef;
use crate::domain::rules::version::RulesChanged;
use crate::ops::Changed;
use crate::store::{Actor, Store};

/// What `rules set` asks.
pub struct Set<'a> {
    pub key: &'static KeyDef,
    /// None keeps the value (only the article changes).
    pub value: Option<&'a str>,
    /// The article of the statutes the key comes from; empty or `none` removes it.
    pub article: Option<&'a str>,
    pub from: Option<NaiveDate>,
    pub note: Option<&'a str>,
    pub today: NaiveDate,
}

/// A change that alters pinned rules is refused with `domain::rules::pin::Refusal`, which the
/// caller words as the command that records it as a correction.
pub fn set(
    store: &mut Store,
    actor: &Actor,
    req: Set<'_>,
) -> anyhow::Result<Changed<RulesChanged>> {
    crate::ops::write(store, actor, |tx| {
        tx.change_rules(req.from, req.today, req.note, |r| {
            let mut r = r.clone();
            if let Some(value) = req.value {
                req.key.set(&mut r, value)?;
            }
            if let Some(article) = req.article {
                req.key.set_article(&mut r, article)?;
            }
            Ok(r)
        })
    })
}
