//! `meeting quorum`: the quorum statement, every rule with its numbers.

use crate::domain::meeting::Meeting;
use crate::domain::meeting::quorum::{self, Statement};
use crate::store::{ReadTx, Store};

/// The quorum statement at this moment.
pub fn statement(tx: &ReadTx<'_>, m: &Meeting, at: String) -> anyhow::Result<Statement> {
    let (from, rules) = tx.meeting_rules(m)?;
    let counts = tx.meeting_counts(m)?;
    let second = m.second_of.is_some();
    Ok(Statement {
        meeting: m.id,
        at,
        rules_from: from.to_string(),
        second_meeting: second,
        snapshot: m.opened_at.is_some(),
        counts,
        available_votes: counts.available(),
        rules: quorum::lines(&rules, &counts, second),
    })
}

/// The quorum statement of meeting `id` as it stands, stamped `at`.
pub fn quorum(store: &mut Store, id: i64, at: String) -> anyhow::Result<Statement> {
    store.read(|tx| {
        let m = tx.meeting(id)?;
        statement(tx, &m, at)
    })
}
