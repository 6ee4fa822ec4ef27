//! General assemblies: planning, convocation, the door (check-in, proxies) and quorum. One file
//! per verb; the handlers in `cli/meeting` call these and render what they return.

use crate::domain::DomainError;
use crate::domain::msg::msg;
use crate::store::ReadTx;

pub mod agenda;
pub mod attendance;
pub mod cancel;
pub mod checkin;
pub mod checkout;
pub mod close;
pub mod convene;
pub mod document;
pub mod edit;
pub mod ics;
pub mod list;
pub mod new;
pub mod open;
pub mod proxy;
pub mod quorum;
pub mod request;
pub mod show;

pub use crate::domain::meeting::{MeetingEdit, NewMeeting};
pub use agenda::{check_agenda_add, check_agenda_change};
pub use cancel::cancel;
pub use checkin::{Door, Scan, checkin, checkin_one, checkin_stream};
pub use checkout::checkout_or_apologies;
pub use close::close;
pub use convene::convene;
pub use new::new;
pub use open::{Opened, open, open_close, undo_open};
pub use proxy::{give_proxy, revoke_proxy};
pub use quorum::statement;
pub use request::member_request;

/// The internal id of member `number`, or NotFound naming it.
pub fn member_id(tx: &ReadTx<'_>, number: i64) -> anyhow::Result<i64> {
    tx.member_id(number)?
        .ok_or_else(|| DomainError::Missing(msg!("no-member-with-number", number = number)).into())
}
