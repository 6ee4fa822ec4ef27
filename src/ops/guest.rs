//! Guests of a meeting (issue 30): donateurs and invited non-members. They are on the attendance
//! list and in the minutes as guests, and never on a roll nor in any count.

use crate::domain::DomainError;
use crate::domain::meeting::door::GuestRow;
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
            return Err(DomainError::Refused(format!("meeting {meeting} is cancelled")).into());
        }
        let id = match g {
            Guest::Name(name) => {
                let name = name.trim();
                if name.is_empty() {
                    return Err(DomainError::invalid("name", "a guest needs a name").into());
                }
                tx.add_meeting_guest(meeting, Some(name), None)?
            }
            Guest::Registered(number) => {
                let p = tx.member(*number)?;
                let in_law = tx.category(&p.category)?.is_some_and(|(_, c)| c.is_member);
                if in_law && matches!(p.status_on(m.date()), Status::Active | Status::Suspended) {
                    return Err(crate::exit::hinted(
                        format!(
                            "{number} is a member on {}: members attend as members, not as guests",
                            m.date()
                        ),
                        format!("check them in with `quorum meeting checkin {meeting} {number}`"),
                    ));
                }
                if tx
                    .meeting_guests(meeting)?
                    .iter()
                    .any(|x| x.number == Some(*number))
                {
                    return Err(DomainError::Refused(format!(
                        "{number} is a guest of meeting {meeting} already"
                    ))
                    .into());
                }
                tx.add_meeting_guest(meeting, None, Some(p.id))?
            }
        };
        tx.meeting_guests(meeting)?
            .into_iter()
            .find(|x| x.id == id)
            .ok_or_else(|| anyhow::anyhow!("guest {id} not found after writing it"))
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
                DomainError::NotFound(format!(
                    "meeting {meeting} has no guest {guest}; `quorum meeting guest list {meeting}` lists them"
                ))
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
