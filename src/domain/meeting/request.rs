//! A members' request to convene a general meeting (BW 2:41, rules.md A22, Example 5).

use chrono::NaiveDate;
use serde::Serialize;

use crate::domain::rules::Rules;
use crate::domain::rules::decide::RequestDeadlines;

/// The judgement of a request, with the figures it rests on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Outcome {
    pub received: NaiveDate,
    pub requester_votes: u64,
    pub total_votes: u64,
    /// `member_request_threshold`, e.g. "1/10".
    pub threshold: String,
    pub needed: u64,
    pub met: bool,
    pub board_acts_by: NaiveDate,
    pub meeting_by: NaiveDate,
    /// "22 of 225 votes: 23 needed".
    pub text: String,
}

/// Judges a request by members holding `requester_votes` of `total_votes` on `received`.
pub fn judge(
    rules: &Rules,
    requester_votes: u64,
    total_votes: u64,
    received: NaiveDate,
) -> Outcome {
    let f = rules.member_request_threshold;
    let needed = f.needed(total_votes).max(1);
    let met = total_votes > 0 && rules.member_request_threshold_met(requester_votes, total_votes);
    let RequestDeadlines {
        board_acts_by,
        meeting_by,
    } = rules.member_request_deadlines(received);
    let text = if met {
        format!("{requester_votes} of {total_votes} votes: {needed} needed, reached")
    } else {
        format!("{requester_votes} of {total_votes} votes: {needed} needed")
    };
    Outcome {
        received,
        requester_votes,
        total_votes,
        threshold: f.to_string(),
        needed,
        met,
        board_acts_by,
        meeting_by,
        text,
    }
}

/// A recorded request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RequestRow {
    pub id: i64,
    pub received_on: String,
    pub requesters: Vec<i64>,
    pub requester_votes: i64,
    pub total_votes: i64,
    pub threshold: String,
    pub board_acts_by: String,
    pub meeting_by: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn example_5() {
        // 230 members, 5 suspended: 225 votes; 1/10 needs 23; received 3 March 2026.
        let rules = Rules::default();
        let day = NaiveDate::from_ymd_opt(2026, 3, 3).unwrap();
        let short = judge(&rules, 22, 225, day);
        assert!(!short.met);
        assert_eq!(short.text, "22 of 225 votes: 23 needed");
        let ok = judge(&rules, 23, 225, day);
        assert!(ok.met);
        assert_eq!(ok.board_acts_by.to_string(), "2026-03-17");
        assert_eq!(ok.meeting_by.to_string(), "2026-03-31");
    }
}
