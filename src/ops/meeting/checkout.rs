//! `meeting checkout` and `meeting apologies`.

use super::Door;
use crate::domain::msg::msg;
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
                    reason: msg!("door-no-member", number = number).into(),
                });
                continue;
            };
            let done = if apologies {
                tx.apologies(&m, mid, number)?
            } else {
                tx.check_out(&m, mid, number)?
            };
            let notes = match (done, apologies) {
                (true, _) => vec![],
                (false, true) => vec![msg!("door-already-on-list").into()],
                (false, false) => vec![msg!("door-not-in-room").into()],
            };
            out.push(Door::In {
                number,
                votes: 0,
                notes,
            });
        }
        Ok(out)
    })
}
