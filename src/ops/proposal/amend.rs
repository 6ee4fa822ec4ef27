//! `proposal amend`.

use chrono::NaiveDate;

use super::new::Added;
use super::{By, detail, record};
use crate::domain::proposal::{check_text, check_title};
use crate::ops::Changed;
use crate::store::proposals::NewProposal;
use crate::store::{Actor, Store};

/// Records an amendment of proposal `of`: same meeting and kind, listed with it.
pub fn amend(
    store: &mut Store,
    actor: &Actor,
    today: NaiveDate,
    of: i64,
    title: &str,
    text: Option<&str>,
    by: By,
) -> anyhow::Result<Changed<Added>> {
    let title = check_title(title)?;
    let text = text.map(check_text).transpose()?;
    crate::ops::write(store, actor, |tx| {
        let p = tx.proposal(of)?;
        p.check_amendable()?;
        if let Some(mid) = p.meeting_id {
            tx.meeting(mid)?.check_changeable()?;
        }
        let (a, signers) = record(
            tx,
            NewProposal {
                title: title.clone(),
                text: text.clone(),
                kind: p.kind,
                by_board: by == By::Board,
                meeting_id: p.meeting_id,
                amends: Some(of),
                today,
                member_id: p.member_id,
            },
            &by,
            today,
        )?;
        let mut warnings = Vec::new();
        if a.text.is_none() {
            warnings.push(format!(
                "amendment {} has no text; the chair reads it out, and the minutes need it (`quorum proposal edit {} --text …`)",
                a.id, a.id
            ));
        }
        Ok(Added {
            detail: detail(tx, a.id)?,
            proposal: a,
            signers,
            item: None,
            warnings,
        })
    })
}
