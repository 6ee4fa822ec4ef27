//! `meeting proxy`: give, revoke and list the proxies of a meeting.

use crate::domain::msg::msg;
use chrono::NaiveDate;

use super::member_id;
use crate::domain::DomainError;
use crate::domain::meeting::door::ProxyRow;
use crate::domain::meeting::proxy::{self, Form};
use crate::ops::Changed;
use crate::store::{Actor, Store};

/// Records a proxy after every check of the rules.
#[allow(clippy::too_many_arguments)]
pub fn give_proxy(
    store: &mut Store,
    actor: &Actor,
    id: i64,
    from: i64,
    to: i64,
    instruction: Option<&str>,
    form: Form,
    received: NaiveDate,
) -> anyhow::Result<Changed<()>> {
    crate::ops::write(store, actor, |tx| {
        let m = tx.meeting(id)?;
        m.check_door()?;
        if received > m.date() {
            return Err(DomainError::invalid_said(
                "received",
                msg!(
                    "received-after-meeting",
                    received = received,
                    meeting = m.date()
                ),
            )
            .into());
        }
        let (_, rules) = tx.meeting_rules(&m)?;
        let g = member_id(tx, from)?;
        let h = member_id(tx, to)?;
        let giver = tx.proxy_party(&m, g, from)?;
        let holder = tx.proxy_party(&m, h, to)?;
        proxy::check(&rules, &giver, &holder, form)?;
        tx.add_proxy(&m, (g, from), (h, to), instruction, form, received)?;
        Ok(())
    })
}

/// Revokes the proxy of `from`; NotFound when there is none.
pub fn revoke_proxy(
    store: &mut Store,
    actor: &Actor,
    id: i64,
    from: i64,
) -> anyhow::Result<Changed<i64>> {
    crate::ops::write(store, actor, |tx| {
        let m = tx.meeting(id)?;
        m.check_door()?;
        let g = member_id(tx, from)?;
        tx.end_proxy(&m, (g, from), false)?.ok_or_else(|| {
            DomainError::Missing(msg!("no-proxy-at-meeting", member = from, meeting = id)).into()
        })
    })
}

/// The proxies of meeting `id` (NotFound when there is no such meeting).
pub fn list(store: &mut Store, id: i64) -> anyhow::Result<Vec<ProxyRow>> {
    store.read(|tx| {
        tx.meeting(id)?;
        tx.proxies(id)
    })
}
