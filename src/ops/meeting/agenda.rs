//! `meeting agenda M add|move|remove|list`. Each change returns the agenda as it then stands,
//! read in the change's own transaction.

use crate::domain::DomainError;
use crate::domain::lang::Lang;
use crate::domain::meeting::Meeting;
use crate::domain::meeting::agenda::{
    self, Decides, Item, annual_template, append_position, check_position,
};
use crate::domain::msg::msg;
use crate::ops::Changed;
use crate::store::{Actor, Store};

/// Checks an agenda change against the meeting's state.
pub fn check_agenda_change(m: &Meeting) -> Result<(), DomainError> {
    m.check_changeable()?;
    if m.opened_at.is_some() {
        return Err(DomainError::said(msg!(
            "agenda-meeting-open",
            meeting = m.id
        )));
    }
    Ok(())
}

/// Checks adding an item (or a proposal) to the agenda: allowed until the meeting closes, also
/// while it is open; an item added after the convocation is marked "not in the convocation" and a
/// decision on it is voidable (BW 2:15).
pub fn check_agenda_add(m: &Meeting) -> Result<(), DomainError> {
    m.check_changeable()
}

/// The agenda of meeting `id` (NotFound when there is no such meeting).
pub fn list(store: &mut Store, id: i64) -> anyhow::Result<Vec<Item>> {
    store.read(|tx| {
        tx.meeting(id)?;
        tx.agenda(id)
    })
}

/// What `agenda add` adds.
#[derive(Debug, Clone)]
pub enum Add {
    /// One item; `about_member` (a number) when it deals with that member's suspension or
    /// expulsion, so that a suspended member is convened for it (BW 2:38 lid 1).
    Item {
        title: String,
        decides: Decides,
        about_member: Option<i64>,
    },
    /// The annual meeting's standard items, in `lang` or the association's language.
    Template { lang: Option<Lang> },
    /// Proposal `proposal`, titled as it unless `title` is given.
    Proposal {
        proposal: i64,
        title: Option<String>,
    },
}

/// The agenda after an addition.
#[derive(Debug, Clone)]
pub struct Added {
    pub count: usize,
    /// The convocation went out already: the items are not in it.
    pub after_convocation: bool,
    pub agenda: Vec<Item>,
}

/// Adds items at `position` (default: the end).
pub fn add(
    store: &mut Store,
    actor: &Actor,
    id: i64,
    position: Option<u32>,
    what: Add,
) -> anyhow::Result<Changed<Added>> {
    crate::ops::write(store, actor, |tx| {
        let m = tx.meeting(id)?;
        check_agenda_add(&m)?;
        let (count, after_convocation) = match what {
            Add::Proposal { proposal, title } => {
                let p = tx.proposal(proposal)?;
                let (_, warn) =
                    crate::ops::proposal::put_on_agenda(tx, &m, &p, position, title.as_deref())?;
                (1, warn.is_some())
            }
            what => {
                let items = tx.agenda(id)?;
                // The template is a whole agenda: it goes at the end; a single item goes before
                // the closing items.
                let (list, about_member, first): (Vec<(String, Decides)>, Option<i64>, u32) =
                    match what {
                        Add::Template { lang } => {
                            let lang = match lang {
                                Some(l) => l,
                                None => tx.association_lang()?,
                            };
                            let list = annual_template(lang)
                                .into_iter()
                                .map(|(t, d)| (t.to_string(), d))
                                .collect();
                            (list, None, items.len() as u32 + 1)
                        }
                        Add::Item {
                            title,
                            decides,
                            about_member,
                        } => {
                            if title.trim().is_empty() {
                                return Err(DomainError::invalid_said(
                                    "title",
                                    msg!("agenda-item-needs-title"),
                                )
                                .into());
                            }
                            let at = append_position(&items, &title);
                            (vec![(title.trim().to_string(), decides)], about_member, at)
                        }
                        Add::Proposal { .. } => unreachable!("handled above"),
                    };
                let first = position.unwrap_or(first);
                check_position(first, items.len(), true)?;
                let about = about_member
                    .map(|n| tx.member(n))
                    .transpose()?
                    .map(|x| x.id);
                for (at, (t, d)) in (first..).zip(&list) {
                    tx.add_agenda_item(id, at, t, *d, about)?;
                }
                (list.len(), m.convened_on.is_some())
            }
        };
        Ok(Added {
            count,
            after_convocation,
            agenda: tx.agenda(id)?,
        })
    })
}

/// Moves item `from` to position `to`.
pub fn move_item(
    store: &mut Store,
    actor: &Actor,
    id: i64,
    from: u32,
    to: u32,
) -> anyhow::Result<Changed<Vec<Item>>> {
    crate::ops::write(store, actor, |tx| {
        let m = tx.meeting(id)?;
        check_agenda_change(&m)?;
        let len = tx.agenda(id)?.len();
        check_position(from, len, false)?;
        check_position(to, len, false)?;
        tx.move_agenda_item(id, from, to)?;
        tx.agenda(id)
    })
}

/// Removes the item at `position`, unless it was in the convocation; a proposal it put to the
/// meeting goes back to being a draft without a meeting.
pub fn remove(
    store: &mut Store,
    actor: &Actor,
    id: i64,
    position: u32,
) -> anyhow::Result<Changed<Vec<Item>>> {
    crate::ops::write(store, actor, |tx| {
        let m = tx.meeting(id)?;
        check_agenda_change(&m)?;
        let items = tx.agenda(id)?;
        check_position(position, items.len(), false)?;
        let item = &items[position as usize - 1];
        agenda::check_remove(item)?;
        if tx.item_documents(item.id)? > 0 {
            return Err(DomainError::said(msg!(
                "agenda-item-has-documents",
                item = position,
                title = &item.title,
                meeting = id
            ))
            .into());
        }
        let proposal = tx.item_proposal(item.id)?;
        tx.remove_agenda_item(id, item)?;
        if let Some(pid) = proposal {
            tx.unlink_proposal(pid, id)?;
        }
        tx.agenda(id)
    })
}
