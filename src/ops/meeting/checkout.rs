//! `meeting checkout` and `meeting apologies`.

use super::Door;
use crate::ops::Changed;
use crate::store::{Actor, Store};

/// Checks out or records apologies; a refusal for one number does not stop the others.
pub fn checkout_or_apologies(
    store: &mut Store,
    actor: &Actor,
    id: i64,
    numbers: &[i64],
    apologies: bool,
) -> anyhow::Result<Changed<Vec<Door>>> {
    crate::ops::write(store, actor, |tx| {
        let m = tx.meeting(id)?;
        m.check_door()?;
        let mut out = Vec::new();
        for &number in numbers {
            let Some(mid) = tx.member_id(number)? else {
                out.push(Door::Refused {
                    number,
                    reason: format!("no member with number {number}"),
                });
                continue;
            };
            let done = if apologies {
                tx.apologies(&m, mid, number)?
            } else {
                tx.check_out(&m, mid, number)?
            };
            let note = match (done, apologies) {
                (true, _) => None,
                (false, true) => Some("already on the attendance list".to_string()),
                (false, false) => Some("was not in the room".to_string()),
            };
            out.push(Door::In {
                number,
                votes: 0,
                note,
            });
        }
        Ok(out)
    })
}
