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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::meeting::{Kind, when};

    #[test]
    fn a_meeting_without_place_or_agenda_lacks_both() {
        let mut m = Meeting {
            id: 1,
            title: "ALV".into(),
            starts_at: when::parse_datetime("2027-04-15T20:00").unwrap(),
            ends_at: None,
            location: None,
            kind: Kind::Annual,
            second_of: None,
            convened_on: None,
            channel: None,
            notice_given: None,
            notice_required: None,
            notice_key: None,
            notice_forced: false,
            rules_from: None,
            rules_digest: None,
            opened_at: None,
            closed_at: None,
            cancelled_at: None,
            cancel_reason: None,
            created_at: String::new(),
        };
        m.location = None;
        assert_eq!(missing(&m, &[]), vec!["place", "agenda"]);
        m.location = Some("  ".into());
        assert_eq!(missing(&m, &[]), vec!["place", "agenda"]);
        m.location = Some("Buurthuis De Kring".into());
        assert_eq!(missing(&m, &[]), vec!["agenda"]);
    }
}
