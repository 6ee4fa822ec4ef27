//! `journal list [--member N] [--from DATE]`.

use chrono::NaiveDate;

use crate::domain::journal::{Entry, JournalFilter, Payload};
use crate::domain::msg::{Msg, msg};
use crate::store::Store;

/// No member has the number asked for; the caller says where to look.
#[derive(Debug)]
pub struct NoMember(pub i64);

impl NoMember {
    /// The fact in the catalogue's words.
    pub fn msg(&self) -> Msg {
        msg!("door-no-member", number = self.0)
    }
}

impl std::fmt::Display for NoMember {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.msg().fmt(f)
    }
}

impl std::error::Error for NoMember {}

/// The entries naming member `member` (a number, in any role) on or after `since`, oldest
/// first, with their values where they are kept.
pub fn list(
    store: &mut Store,
    member: Option<i64>,
    since: Option<NaiveDate>,
) -> anyhow::Result<Vec<(Entry, Option<Payload>)>> {
    store.read(|tx| {
        let member_id = match member {
            Some(n) => Some(tx.member_id(n)?.ok_or(NoMember(n))?),
            None => None,
        };
        let since = since.map(|d| d.to_string());
        tx.journal_entries(&JournalFilter { member_id, since })
    })
}
