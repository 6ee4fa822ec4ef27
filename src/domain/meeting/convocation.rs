//! What a convocation must name before it goes out: the agenda and the place (the date is part
//! of every meeting). A letter that says "… om 20.00 uur." with an empty agenda tells a member
//! neither where to go nor what will be decided; the meeting may still be convened at its own
//! risk with `--force`.

use chrono::NaiveDate;

use super::Meeting;
use super::agenda::Item;
use crate::domain::member::Member;

/// A board member who retires at the annual meeting, as the convocation names the open seat.
#[derive(Debug, Clone)]
pub struct Retiring {
    pub name: String,
    /// The Dutch role (voorzitter, secretaris, penningmeester, lid).
    pub role: String,
    pub re_eligible: bool,
}

/// Whether member `x` may be convened by e-mail for a convocation sent on `sent`: with an
/// address and consent given by then (BW 2:41 lid 5); the others are convened by post.
pub fn by_email(x: &Member, sent: NaiveDate) -> bool {
    x.data.email.is_some() && x.data.email_consent.is_some_and(|c| c <= sent)
}

/// What the convocation of `m` with agenda `items` lacks: stable names, in the letter's order.
pub fn missing(m: &Meeting, items: &[Item]) -> Vec<&'static str> {
    let mut out = Vec::new();
    if m.location.as_deref().is_none_or(|l| l.trim().is_empty()) {
        out.push("place");
    }
    if items.is_empty() {
        out.push("agenda");
    }
    out
}
