//! What a convocation must name before it goes out: the agenda and the place (the date is part
//! of every meeting). A letter that says "… om 20.00 uur." with an empty agenda tells a member
//! neither where to go nor what will be decided; the meeting may still be convened at its own
//! risk with `--force`.

use super::Meeting;
use super::agenda::Item;

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
