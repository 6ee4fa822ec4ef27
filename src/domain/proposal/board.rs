//! Dismissal and suspension of a board member by the general meeting (BW 2:37; model statutes,
//! rules.md B16): both decided by `board_dismissal_majority`; a suspension lapses after
//! `board_suspension_max_days` unless the meeting dismisses the member before then.

use chrono::{Days, NaiveDate};

/// An adopted decision about a board member.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BoardDecision {
    pub code: String,
    /// The member's number.
    pub member: i64,
    pub dismissal: bool,
    pub on: NaiveDate,
}

/// A suspension with the day it lapses.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Suspension {
    pub code: String,
    pub member: i64,
    pub since: NaiveDate,
    pub lapses_on: NaiveDate,
}

/// The day a suspension decided on `since` lapses: `max_days` later.
pub fn lapses_on(since: NaiveDate, max_days: u32) -> NaiveDate {
    since
        .checked_add_days(Days::new(u64::from(max_days)))
        .unwrap_or(since)
}

/// The suspensions no dismissal of the same member followed (on or after the suspension's day),
/// each with the day it lapses.
pub fn open_suspensions(decisions: &[BoardDecision], max_days: u32) -> Vec<Suspension> {
    decisions
        .iter()
        .filter(|s| !s.dismissal)
        .filter(|s| {
            !decisions
                .iter()
                .any(|d| d.dismissal && d.member == s.member && d.on >= s.on)
        })
        .map(|s| Suspension {
            code: s.code.clone(),
            member: s.member,
            since: s.on,
            lapses_on: lapses_on(s.on, max_days),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn a_suspension_lapses_after_the_max_days_unless_a_dismissal_follows() {
        // Model statutes (rules.md B16): a suspension ends after 3 months (90 days) unless it is
        // followed by a dismissal.
        assert_eq!(lapses_on(d("2026-04-01"), 90), d("2026-06-30"));
        let suspended = BoardDecision {
            code: "ALV-2026-04-01/1".into(),
            member: 1,
            dismissal: false,
            on: d("2026-04-01"),
        };
        let open = open_suspensions(std::slice::from_ref(&suspended), 90);
        assert_eq!(open.len(), 1);
        assert_eq!(open[0].lapses_on, d("2026-06-30"));
        let dismissed = BoardDecision {
            code: "ALV-2026-05-01/1".into(),
            member: 1,
            dismissal: true,
            on: d("2026-05-01"),
        };
        assert!(open_suspensions(&[suspended.clone(), dismissed], 90).is_empty());
        // A dismissal of another member leaves it running.
        let other = BoardDecision {
            code: "ALV-2026-05-01/2".into(),
            member: 2,
            dismissal: true,
            on: d("2026-05-01"),
        };
        assert_eq!(open_suspensions(&[suspended, other], 90).len(), 1);
    }
}
