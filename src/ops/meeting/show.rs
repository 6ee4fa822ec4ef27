//! `meeting show`: the meeting, its agenda and the officers the minutes name.

use crate::domain::meeting::Meeting;
use crate::domain::meeting::agenda::Item;
use crate::store::Store;

/// One meeting with its agenda, its chair, minute-taker and tellers by name.
#[derive(Debug, Clone)]
pub struct Shown {
    pub meeting: Meeting,
    pub agenda: Vec<Item>,
    pub chair: Option<String>,
    pub minute_taker: Option<String>,
    pub tellers: Vec<String>,
}

pub fn show(store: &mut Store, id: i64) -> anyhow::Result<Shown> {
    store.read(|tx| {
        // First, so that a number that names no meeting is said so, not "no rows".
        let meeting = tx.meeting(id)?;
        let (chair, secretary) = tx.meeting_officers(id)?;
        let name = |member: Option<i64>| -> anyhow::Result<Option<String>> {
            member
                .map(|mid| Ok(tx.member(tx.member_number(mid)?)?.data.full_name()))
                .transpose()
        };
        let tellers = tx
            .meeting_tellers(id)?
            .into_iter()
            .map(|t| Ok(name(Some(t))?.unwrap_or_default()))
            .collect::<anyhow::Result<Vec<String>>>()?;
        Ok(Shown {
            meeting,
            agenda: tx.agenda(id)?,
            chair: name(chair)?,
            minute_taker: name(secretary)?,
            tellers,
        })
    })
}
