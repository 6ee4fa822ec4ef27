//! `proposal exclude`: members excluded from the vote on a proposal (BW 2:12).

use std::collections::BTreeSet;

use chrono::NaiveDate;

use super::{Detail, detail};
use crate::domain::proposal::Signer;
use crate::ops::Changed;
use crate::ops::meeting::member_id;
use crate::store::{Actor, Store};

/// Members excluded from a vote: each number with whether it was new, and the proposal as it
/// now stands.
#[derive(Debug, Clone)]
pub struct Excluded {
    pub numbers: Vec<(i64, bool)>,
    pub detail: Detail,
}

/// Excludes members from the vote on a proposal (BW 2:12, A7), all or none; returns each
/// number with whether it was new.
pub fn exclude(
    store: &mut Store,
    actor: &Actor,
    id: i64,
    numbers: &[i64],
    reason: Option<&str>,
    force: bool,
    today: NaiveDate,
) -> anyhow::Result<Changed<Excluded>> {
    let reason = reason.map(str::trim).filter(|r| !r.is_empty());
    crate::ops::write(store, actor, |tx| {
        let p = tx.proposal(id)?;
        p.check_draft("changed")?;
        let rules = match p.meeting_id {
            Some(mid) => tx.meeting_rules(&tx.meeting(mid)?)?.1,
            None => tx.rules_on(today)?,
        };
        let forced = crate::domain::proposal::check_exclusion(&rules, reason, force)?;
        let mut out = Vec::new();
        let mut seen = BTreeSet::new();
        for &number in numbers {
            if !seen.insert(number) {
                continue;
            }
            let s = Signer {
                member_id: member_id(tx, number)?,
                number,
            };
            out.push((number, tx.exclude_from_proposal(id, &s, reason, forced)?));
        }
        Ok(Excluded {
            numbers: out,
            detail: detail(tx, id)?,
        })
    })
}
