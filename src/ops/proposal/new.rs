//! `proposal new`: draft a proposal, and put it on a meeting's agenda.

use crate::domain::msg::msg;
use chrono::NaiveDate;

use super::{By, Detail, detail, put_on_agenda, record};
use crate::domain::DomainError;
use crate::domain::meeting::agenda::Item;
use crate::domain::proposal::{Kind, Proposal, Signer, check_text, check_title};
use crate::ops::Changed;
use crate::ops::meeting::check_agenda_add;
use crate::ops::meeting::member_id;
use crate::store::proposals::NewProposal;
use crate::store::{Actor, ReadTx, Store};

/// A proposal as `proposal new` gives it.
#[derive(Debug, Clone)]
pub struct Draft {
    pub title: String,
    pub text: Option<String>,
    pub kind: Kind,
    pub by: By,
    pub meeting: Option<i64>,
    /// The board member (number) a dismissal or suspension is about.
    pub member: Option<i64>,
}

/// A proposal just recorded, with the agenda item it got and warnings for the secretary.
#[derive(Debug, Clone)]
pub struct Added {
    pub proposal: Proposal,
    pub signers: Vec<Signer>,
    pub item: Option<Item>,
    pub warnings: Vec<String>,
    /// The proposal as `proposal show` gives it, after the change.
    pub detail: Detail,
}

/// Records a new proposal, and with `meeting` puts it on that meeting's agenda.
pub fn new(
    store: &mut Store,
    actor: &Actor,
    today: NaiveDate,
    d: Draft,
) -> anyhow::Result<Changed<Added>> {
    let title = check_title(&d.title)?;
    let text = d.text.as_deref().map(check_text).transpose()?;
    if d.by == By::Floor {
        return Err(DomainError::invalid_said("by", msg!("proposal-by-whom")).into());
    }
    crate::ops::write(store, actor, |tx| {
        let meeting = d.meeting.map(|id| tx.meeting(id)).transpose()?;
        if let Some(m) = &meeting {
            check_agenda_add(m)?;
        }
        let member_id = board_member(tx, d.kind, d.member, today)?;
        let (p, signers) = record(
            tx,
            NewProposal {
                title: title.clone(),
                text: text.clone(),
                kind: d.kind,
                by_board: d.by == By::Board,
                meeting_id: None,
                amends: None,
                today,
                member_id,
            },
            &d.by,
            today,
        )?;
        let (item, warnings) = match &meeting {
            Some(m) => {
                let (item, w) = put_on_agenda(tx, m, &p, None, None)?;
                (Some(item), w.into_iter().collect())
            }
            None => (None, Vec::new()),
        };
        Ok(Added {
            proposal: tx.proposal(p.id)?,
            signers,
            item,
            warnings,
            detail: detail(tx, p.id)?,
        })
    })
}

/// The board member a dismissal or suspension is about: named for those kinds only, and sitting
/// on the board on `today` (a seat in `quorum board`).
fn board_member(
    tx: &ReadTx<'_>,
    kind: Kind,
    member: Option<i64>,
    today: NaiveDate,
) -> anyhow::Result<Option<i64>> {
    match (kind.about_board_member(), member) {
        (false, None) => Ok(None),
        (false, Some(_)) => Err(DomainError::invalid_said(
            "member",
            msg!("proposal-kind-no-board-member", kind = kind.as_str()),
        )
        .into()),
        (true, None) => Err(DomainError::invalid_said(
            "member",
            msg!("proposal-kind-names-board-member", kind = kind.as_str()),
        )
        .into()),
        (true, Some(number)) => {
            let id = member_id(tx, number)?;
            if tx.sitting_seat(id, &today.to_string())?.is_none() {
                return Err(DomainError::said(msg!(
                    "proposal-no-board-seat",
                    number = number,
                    on = today
                ))
                .into());
            }
            Ok(Some(id))
        }
    }
}
