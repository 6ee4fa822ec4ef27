//! The notice period of a convocation: which rule applies (the longest one any agenda item
//! needs), how many days a sending date gives, counted as `notice_day_counting` says, and the last
//! lawful day to send.

use crate::domain::msg::msg;
use chrono::NaiveDate;
use serde::Serialize;

use super::agenda::Decides;
use crate::domain::msg::Msg;
use crate::domain::rules::Rules;
use crate::domain::rules::decide::{latest_sending_date, notice_days_given};

/// BW 2:42: a statute amendment needs at least 7 days, whatever the statutes say.
pub const LEGAL_MINIMUM_STATUTE_AMENDMENT: u32 = 7;

/// The notice check of one convocation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Notice {
    pub sent: NaiveDate,
    pub meeting: NaiveDate,
    /// The rule key that sets the period.
    pub key: &'static str,
    pub required: u32,
    pub given: i64,
    pub last_day_to_send: NaiveDate,
    pub ok: bool,
}

/// The period a meeting with these items needs, and the key that sets it.
pub fn required(rules: &Rules, items: impl IntoIterator<Item = Decides>) -> (&'static str, u32) {
    let mut best = ("notice_days_ordinary", rules.notice_days_ordinary);
    for d in items {
        let this = match d {
            Decides::StatuteAmendment => (
                "notice_days_statute_amendment",
                rules
                    .notice_days_statute_amendment
                    .max(LEGAL_MINIMUM_STATUTE_AMENDMENT),
            ),
            Decides::Dissolution => ("notice_days_dissolution", rules.notice_days_dissolution),
            Decides::None | Decides::Ordinary => continue,
        };
        if this.1 >= best.1 {
            best = this;
        }
    }
    best
}

/// Checks a convocation sent on `sent` for a meeting on `meeting` with these items.
pub fn check(
    rules: &Rules,
    items: impl IntoIterator<Item = Decides>,
    sent: NaiveDate,
    meeting: NaiveDate,
) -> Notice {
    let (key, days) = required(rules, items);
    let given = notice_days_given(sent, meeting, rules.notice_day_counting);
    Notice {
        sent,
        meeting,
        key,
        required: days,
        given,
        last_day_to_send: latest_sending_date(meeting, days, rules.notice_day_counting),
        ok: given >= i64::from(days),
    }
}

impl Notice {
    /// "sent on 2027-03-05, the convocation gives 8 days of notice; notice_days_… = 14 …".
    pub fn shortfall(&self) -> Msg {
        msg!(
            "notice-too-short",
            sent = self.sent,
            given = self.given.max(0),
            meeting = self.meeting,
            key = self.key,
            required = self.required,
            last = self.last_day_to_send
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::rules::types::NoticeDayCounting;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn the_longest_period_of_any_item_applies() {
        let rules = Rules {
            notice_days_ordinary: 10,
            notice_days_statute_amendment: 21,
            ..Rules::default()
        };
        assert_eq!(required(&rules, []), ("notice_days_ordinary", 10));
        assert_eq!(
            required(&rules, [Decides::Ordinary, Decides::StatuteAmendment]),
            ("notice_days_statute_amendment", 21)
        );
        let short = Rules {
            notice_days_ordinary: 3,
            notice_days_dissolution: 0,
            ..Rules::default()
        };
        assert_eq!(
            required(&short, [Decides::Dissolution]),
            ("notice_days_ordinary", 3)
        );
    }

    #[test]
    fn example_2_fourteen_days_excluding_both_days() {
        // Meeting on 14 March 2027; 14 days' notice, neither the sending day nor the meeting day
        // counts: the last day to send is 27 February.
        let rules = Rules::default();
        let items = [Decides::StatuteAmendment];
        let ok = check(&rules, items, d("2027-02-27"), d("2027-03-14"));
        assert!(ok.ok);
        assert_eq!(ok.given, 14);
        let late = check(&rules, items, d("2027-02-28"), d("2027-03-14"));
        assert!(!late.ok);
        assert_eq!(late.last_day_to_send, d("2027-02-27"));
        assert!(
            late.shortfall()
                .to_string()
                .contains("last lawful day to send was 2027-02-27")
        );
        let incl = Rules {
            notice_day_counting: NoticeDayCounting::IncludeSendingDay,
            ..Rules::default()
        };
        assert!(check(&incl, items, d("2027-02-28"), d("2027-03-14")).ok);
    }
}
