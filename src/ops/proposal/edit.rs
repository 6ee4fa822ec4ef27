//! `proposal edit`: a draft's title, text, kind or the day its text lies open.

use chrono::NaiveDate;

use super::{Detail, detail};
use crate::domain::DomainError;
use crate::domain::proposal::{ProposalEdit, check_text, check_title};
use crate::ops::Changed;
use crate::store::{Actor, Store};

/// Applies an edit to a draft.
pub fn edit(
    store: &mut Store,
    actor: &Actor,
    today: NaiveDate,
    id: i64,
    mut e: ProposalEdit,
) -> anyhow::Result<Changed<Detail>> {
    e.title = e.title.as_deref().map(check_title).transpose()?;
    e.text = e.text.as_deref().map(check_text).transpose()?;
    crate::ops::write(store, actor, |tx| {
        let p = tx.proposal(id)?;
        p.check_draft("edited")?;
        if let Some(k) = e.kind
            && k != p.kind
        {
            if let Some(of) = p.amends {
                return Err(DomainError::invalid(
                    "kind",
                    format!(
                        "proposal {id} amends proposal {of} and has its kind ({})",
                        p.kind
                    ),
                )
                .into());
            }
            // The convocation announced what the item decides; a new kind would change that.
            if let Some(item) = tx.proposal_item(id)?
                && item.sent_position.is_some()
                && k.decides() != p.kind.decides()
            {
                return Err(DomainError::invalid(
                    "kind",
                    format!(
                        "proposal {id} was in the convocation as item {} deciding {}; a {k} proposal would decide {} (BW 2:42, notice_days_*): draft a new proposal for the next meeting",
                        item.position,
                        item.decides.as_str(),
                        k.decides().as_str()
                    ),
                )
                .into());
            }
            for a in tx.amendments(id)? {
                tx.edit_proposal(
                    a.id,
                    &ProposalEdit {
                        kind: Some(k),
                        ..Default::default()
                    },
                    today,
                )?;
            }
        }
        tx.edit_proposal(id, &e, today)?;
        detail(tx, id)
    })
}
