//! Guests of a meeting (issue 30): donateurs and invited non-members. They are on the attendance
//! list and in the minutes as guests, and never on a roll nor in any count.

use crate::domain::DomainError;
use crate::domain::meeting::door::GuestRow;
use crate::domain::msg::msg;
use crate::domain::roll::Status;
use crate::ops::Changed;
use crate::store::{Actor, Store};

/// Who the guest is: a name, or a person in the registry who is not a member (a donateur).
#[derive(Debug, Clone)]
pub enum Guest {
    Name(String),
    Registered(i64),
}

/// `meeting guest add`: registers a guest; a member with membership on the meeting's date is
/// refused, since members attend (and count) through the door's check-in.
pub fn add(
    store: &mut Store,
    actor: &Actor,
    meeting: i64,
    g: &Guest,
) -> anyhow::Result<Changed<GuestRow>> {
    crate::ops::write(store, actor, |tx| {
        let m = tx.meeting(meeting)?;
        if m.cancelled_at.is_some() {
            return Err(
                DomainError::said(msg!("guest-meeting-cancelled", meeting = meeting)).into(),
            );
        }
        let id = match g {
            Guest::Name(name) => {
                let name = name.trim();
                if name.is_empty() {
                    return Err(DomainError::invalid_said("name", msg!("guest-needs-name")).into());
                }
                tx.add_meeting_guest(meeting, Some(name), None)?
            }
            Guest::Registered(number) => {
                let p = tx.member(*number)?;
                let in_law = tx.category(&p.category)?.is_some_and(|(_, c)| c.is_member);
                if in_law && matches!(p.status_on(m.date()), Status::Active | Status::Suspended) {
                    return Err(crate::exit::hinted(
                        msg!("guest-is-member", number = *number, on = m.date()),
                        msg!("guest-is-member-hint", meeting = meeting, number = *number),
                    ));
                }
                if tx
                    .meeting_guests(meeting)?
                    .iter()
                    .any(|x| x.number == Some(*number))
                {
                    return Err(DomainError::said(msg!(
                        "guest-already",
                        number = *number,
                        meeting = meeting
                    ))
                    .into());
                }
                tx.add_meeting_guest(meeting, None, Some(p.id))?
            }
        };
        tx.meeting_guests(meeting)?
            .into_iter()
            .find(|x| x.id == id)
            .ok_or_else(|| {
                anyhow::Error::from(crate::exit::Failed(msg!("guest-vanished", guest = id)))
            })
    })
}

/// `meeting guest remove`: a guest registered by mistake.
pub fn remove(
    store: &mut Store,
    actor: &Actor,
    meeting: i64,
    guest: i64,
) -> anyhow::Result<Changed<GuestRow>> {
    crate::ops::write(store, actor, |tx| {
        let g = tx
            .meeting_guests(meeting)?
            .into_iter()
            .find(|x| x.id == guest)
            .ok_or_else(|| {
                DomainError::Missing(msg!("lookup-guest", meeting = meeting, guest = guest))
            })?;
        let member_id = match g.number {
            Some(n) => tx.member_id(n)?,
            None => None,
        };
        tx.remove_meeting_guest(&g, member_id)?;
        Ok(g)
    })
}

/// `meeting guest list`: the guests of meeting `meeting` (NotFound when there is no such meeting).
pub fn list(store: &mut Store, meeting: i64) -> anyhow::Result<Vec<GuestRow>> {
    store.read(|tx| {
        tx.meeting(meeting)?;
        tx.meeting_guests(meeting)
    })
}
