//! `meeting new`: plan a meeting, and the checks on a second meeting after one without quorum.

use crate::domain::DomainError;
use crate::domain::meeting::{self as dm, Kind, Meeting, NewMeeting};
use crate::domain::msg::msg;
use crate::ops::Changed;
use crate::store::{Actor, Store};

/// Plans a meeting; returns it with warnings (the annual-meeting deadline).
pub fn new(
    store: &mut Store,
    actor: &Actor,
    m: NewMeeting,
) -> anyhow::Result<Changed<(Meeting, Vec<String>)>> {
    crate::ops::write(store, actor, |tx| {
        let rules = tx.rules_on(m.starts_at.date())?;
        let mut warnings = Vec::new();
        if let Some(first) = m.second_of {
            let first = tx.meeting(first)?;
            if first.cancelled_at.is_some() {
                return Err(DomainError::said(msg!(
                    "second-meeting-after-cancelled",
                    meeting = first.id
                ))
                .into());
            }
            let (_, first_rules) = tx.meeting_rules(&first)?;
            dm::check_second_meeting(&first_rules, &first, m.starts_at)?;
        }
        if m.kind == Kind::Annual
            && let Some(w) = dm::annual_warning(&rules, m.starts_at.date())
        {
            warnings.push(w);
        }
        Ok((tx.add_meeting(&m)?, warnings))
    })
}
