//! `resolution sign R --member N…`: signatures, the last agreement adopting.

use crate::domain::msg::msg;
use chrono::NaiveDate;

use crate::domain::DomainError;
use crate::domain::resolution::{self as dr};
use crate::ops::Changed;
use crate::ops::meeting::member_id;
use crate::store::resolutions::ResolutionRow;
use crate::store::{Actor, ReadTx, Store};

use super::view::{self, Done};
use super::{open_resolution, settle};

/// What signing did: the members who signed and, when it made the decision, its explanation.
#[derive(Debug, Clone)]
pub struct Signed {
    pub numbers: Vec<i64>,
    pub adopted: Option<String>,
}

/// Why member `number` (internal id `mid`) is not in the snapshot of `r`.
fn not_a_voter(
    tx: &ReadTx<'_>,
    r: &ResolutionRow,
    mid: i64,
    number: i64,
) -> anyhow::Result<DomainError> {
    let mut why: crate::domain::msg::Arg = msg!("no-vote").into();
    tx.roll_line(r.roll_on, mid, |_, _, s| {
        if let Some(reason) = &s.reason {
            why = reason.to_string().into();
        } else if s.votes > 0 {
            why = msg!("sign-excluded").into();
        }
        Ok(())
    })?;
    Ok(DomainError::said(msg!(
        "sign-no-vote",
        number = number,
        resolution = r.id,
        why = why,
        on = r.roll_on
    )))
}

/// Records the signatures of members `numbers` on `signed_on`, agreeing or against. The last
/// agreement of the snapshot adopts the resolution and decides the proposal.
pub fn sign(
    store: &mut Store,
    actor: &Actor,
    id: i64,
    numbers: &[i64],
    signed_on: NaiveDate,
    agree: bool,
    today: NaiveDate,
) -> anyhow::Result<Changed<Done<Signed>>> {
    crate::ops::write(store, actor, |tx| {
        let lang = tx.association_lang()?;
        let r = open_resolution(tx, id)?;
        dr::check_signature_day(r.board_informed, signed_on, today)?;
        let voters = tx.resolution_voters(id)?;
        let before = tx.resolution_signatures(id)?;
        for (i, &number) in numbers.iter().enumerate() {
            if numbers[..i].contains(&number) {
                return Err(DomainError::invalid_said(
                    "members",
                    msg!("sign-named-twice", number = number),
                )
                .into());
            }
            let mid = member_id(tx, number)?;
            if let Some(s) = before.iter().find(|s| s.member_id == mid) {
                return Err(DomainError::said(msg!(
                    "sign-already",
                    number = number,
                    resolution = id,
                    on = s.signed_on,
                    how = if s.agree { "agreed" } else { "against" }
                ))
                .into());
            }
            let Some(v) = voters.iter().find(|v| v.member_id == mid) else {
                return Err(not_a_voter(tx, &r, mid, number)?.into());
            };
            // Membership on the signing day needs only the periods, not the rules of that day.
            let status = tx.member(number)?.status_on(signed_on);
            if !status.is_member() {
                return Err(DomainError::said(msg!(
                    "sign-not-member",
                    number = number,
                    on = signed_on,
                    status = status.as_str()
                ))
                .into());
            }
            tx.add_resolution_signature(id, v, signed_on, agree)?;
        }
        let adopted = settle(tx, &r, false, lang)?;
        let signed = Signed {
            numbers: numbers.to_vec(),
            adopted,
        };
        view::done(tx, id, signed)
    })
}
