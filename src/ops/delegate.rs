//! Delegates of member collectives (issue 30): people registered by a member that is an
//! organisation to speak and vote for it, and the check-in of the collective through one of them.
//! A delegate is not a member: the collective is on the roll, with its weight, and its votes are
//! cast by whoever it sent.

use crate::domain::msg::msg;
use chrono::NaiveDate;
use serde::Serialize;

use crate::domain::DomainError;
use crate::domain::office::mandate_covers;
use crate::ops::Changed;
use crate::ops::meeting::Door;
use crate::store::delegates::{DelegateRow, NewDelegate};
use crate::store::{Actor, ReadTx, Store};

/// A delegate as `member delegate list` shows it.
#[derive(Debug, Clone, Default, Serialize)]
pub struct DelegateView {
    pub id: i64,
    pub member: i64,
    pub name: String,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub from: String,
    pub until: Option<String>,
}

fn view(number: i64, d: &DelegateRow) -> DelegateView {
    DelegateView {
        id: d.id,
        member: number,
        name: d.name.clone().unwrap_or_default(),
        email: d.email.clone(),
        phone: d.phone.clone(),
        from: d.valid_from.clone(),
        until: d.until.clone(),
    }
}

/// The member with `number` when it is an organisation; refused otherwise.
fn organisation(tx: &ReadTx<'_>, number: i64) -> anyhow::Result<crate::domain::member::Member> {
    let m = tx.member(number)?;
    if m.data.organisation.is_none() {
        return Err(crate::exit::hinted(
            msg!("delegate-member-is-person", number = number),
            msg!("delegate-member-is-person-hint", number = number),
        ));
    }
    Ok(m)
}

/// What `member delegate add` asks.
#[derive(Debug, Clone)]
pub struct Add {
    pub number: i64,
    pub name: String,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub from: NaiveDate,
    pub until: Option<NaiveDate>,
}

pub fn add(store: &mut Store, actor: &Actor, a: &Add) -> anyhow::Result<Changed<DelegateView>> {
    crate::ops::write(store, actor, |tx| {
        let m = organisation(tx, a.number)?;
        let name = a.name.trim();
        if name.is_empty() {
            return Err(DomainError::invalid_said("name", msg!("delegate-needs-name")).into());
        }
        if let Some(e) = &a.email {
            crate::domain::member::check_email_said(e)
                .map_err(|why| DomainError::invalid_said("email", why))?;
        }
        if let Some(u) = a.until
            && u < a.from
        {
            return Err(DomainError::invalid_said(
                "until",
                msg!("date-before", date = u, before = a.from),
            )
            .into());
        }
        let id = tx.add_delegate(&NewDelegate {
            member_id: m.id,
            number: a.number,
            name,
            email: a.email.as_deref(),
            phone: a.phone.as_deref(),
            valid_from: &a.from.to_string(),
            until: a.until.map(|u| u.to_string()).as_deref(),
        })?;
        let d = tx
            .delegates(m.id)?
            .into_iter()
            .find(|d| d.id == id)
            .ok_or_else(|| {
                anyhow::Error::from(crate::exit::Failed(msg!(
                    "delegate-vanished",
                    delegate = id
                )))
            })?;
        Ok(view(a.number, &d))
    })
}

/// `member delegate list N`.
pub fn list(store: &mut Store, number: i64) -> anyhow::Result<Vec<DelegateView>> {
    store.read(|tx| {
        let m = organisation(tx, number)?;
        Ok(tx
            .delegates(m.id)?
            .iter()
            .map(|d| view(number, d))
            .collect())
    })
}

/// `member delegate end N DELEGATE --on D`: the mandate's last day.
pub fn end(
    store: &mut Store,
    actor: &Actor,
    number: i64,
    delegate: i64,
    on: NaiveDate,
) -> anyhow::Result<Changed<DelegateView>> {
    crate::ops::write(store, actor, |tx| {
        let m = organisation(tx, number)?;
        let d = tx
            .delegates(m.id)?
            .into_iter()
            .find(|d| d.id == delegate)
            .ok_or_else(|| {
                DomainError::Missing(msg!(
                    "lookup-delegate",
                    number = number,
                    delegate = delegate
                ))
            })?;
        if on.to_string() < d.valid_from {
            return Err(DomainError::invalid_said(
                "on",
                msg!(
                    "delegate-end-before-start",
                    on = on,
                    from = crate::ops::decision::day_arg(&d.valid_from)
                ),
            )
            .into());
        }
        tx.end_delegate(&d, number, &on.to_string())?;
        let d = tx
            .delegates(m.id)?
            .into_iter()
            .find(|x| x.id == delegate)
            .ok_or_else(|| {
                anyhow::Error::from(crate::exit::Failed(msg!(
                    "delegate-vanished",
                    delegate = delegate
                )))
            })?;
        Ok(view(number, &d))
    })
}

/// `meeting checkin M N --delegate NAME`: the collective goes in through a delegate whose mandate
/// covers the meeting's date; a name that is not registered is refused, naming those that are.
pub fn checkin(
    store: &mut Store,
    actor: &Actor,
    meeting: i64,
    number: i64,
    name: &str,
) -> anyhow::Result<crate::ops::Changed<Door>> {
    crate::ops::write(store, actor, |tx| {
        let m = tx.meeting(meeting)?;
        m.check_door()?;
        let org = organisation(tx, number)?;
        let day = m.date();
        let all = tx.delegates(org.id)?;
        let valid: Vec<&DelegateRow> = all
            .iter()
            .filter(|d| {
                let from = d.valid_from.parse().unwrap_or(day);
                let until = d.until.as_deref().and_then(|u| u.parse().ok());
                d.name.is_some() && mandate_covers(from, until, day)
            })
            .collect();
        let wanted = name.trim().to_lowercase();
        let Some(d) = valid.iter().find(|d| {
            d.name
                .as_deref()
                .is_some_and(|n| n.to_lowercase() == wanted)
        }) else {
            let names: Vec<&str> = valid.iter().filter_map(|d| d.name.as_deref()).collect();
            let given = format!("{name:?}");
            return Err(crate::exit::hinted(
                if names.is_empty() {
                    msg!(
                        "delegate-not-known-none",
                        name = given,
                        number = number,
                        on = day
                    )
                } else {
                    msg!(
                        "delegate-not-known",
                        name = given,
                        number = number,
                        on = day,
                        names = names.join(", ")
                    )
                },
                msg!("delegate-not-known-hint", number = number),
            ));
        };
        let door = crate::ops::meeting::checkin_one(tx, &m, number, None)?;
        if let Door::In { .. } = door {
            tx.set_attendance_delegate(m.id, org.id, number, d.id)?;
        }
        Ok(door)
    })
}
