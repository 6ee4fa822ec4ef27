//! `proposal edit`: a draft's title, text, kind or the day its text lies open.

use crate::domain::msg::msg;
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
                return Err(DomainError::invalid_said(
                    "kind",
                    msg!(
                        "proposal-amendment-kind",
                        proposal = id,
                        of = of,
                        kind = p.kind.as_str()
                    ),
                )
                .into());
            }
            // The convocation announced what the item decides; a new kind would change that.
            if let Some(item) = tx.proposal_item(id)?
                && item.sent_position.is_some()
                && k.decides() != p.kind.decides()
            {
                return Err(DomainError::invalid_said(
                    "kind",
                    msg!(
                        "proposal-kind-after-convocation",
                        proposal = id,
                        item = item.position,
                        decides = msg!("decides-word", decides = item.decides.as_str()),
                        kind = k.as_str(),
                        would = msg!("decides-word", decides = k.decides().as_str())
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
