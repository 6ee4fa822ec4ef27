//! Who may attend a meeting and vote, with what weight, on its date: a pure function of the
//! member's standing on that date and their category. The store's `meeting_roll` feeds it; the
//! house issue's voting roll (`domain::roll`) is meant to replace it, with the same output.

use chrono::NaiveDate;
use serde::Serialize;

/// What the registry says about a member on the meeting date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Facts {
    pub member_id: i64,
    pub number: i64,
    pub category: String,
    pub category_is_member: bool,
    pub category_has_vote: bool,
    pub weight: u32,
    /// A membership period contains the date.
    pub member_on_date: bool,
    /// A suspension in force on the date: its last day, if it has one.
    pub suspended: Option<Option<NaiveDate>>,
}

/// A member's place at the meeting.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Voter {
    pub member_id: i64,
    pub number: i64,
    pub votes: u32,
    /// May enter the meeting (BW 2:38 lid 1: every member who is not suspended).
    pub access: bool,
    /// Why the member has no vote or no access; None for a voter.
    pub reason: Option<String>,
    /// Suspended on the date: may be admitted for the item on their own suspension (A15).
    pub suspended: bool,
}

/// The member's votes and access on `date` (BW 2:38, 2:24d).
pub fn voter(f: &Facts, date: NaiveDate) -> Voter {
    let (votes, access, reason) = if !f.category_is_member {
        (
            0,
            false,
            Some(format!(
                "category '{}' is not a member in law: no access and no vote",
                f.category
            )),
        )
    } else if !f.member_on_date {
        (0, false, Some(format!("not a member on {date}")))
    } else if let Some(until) = f.suspended {
        let until = until.map_or_else(String::new, |u| format!(" until {u}"));
        (
            0,
            false,
            Some(format!(
                "suspended{until}: no vote (BW 2:24d); admitted only for the item on the own suspension"
            )),
        )
    } else if !f.category_has_vote || f.weight == 0 {
        (
            0,
            true,
            Some(format!("category '{}' has no vote", f.category)),
        )
    } else {
        (f.weight, true, None)
    };
    Voter {
        member_id: f.member_id,
        number: f.number,
        votes,
        access,
        reason,
        suspended: f.member_on_date && f.category_is_member && f.suspended.is_some(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn facts() -> Facts {
        Facts {
            member_id: 1,
            number: 7,
            category: "regular".into(),
            category_is_member: true,
            category_has_vote: true,
            weight: 1,
            member_on_date: true,
            suspended: None,
        }
    }

    #[test]
    fn votes_and_reasons() {
        let day = NaiveDate::from_ymd_opt(2027, 3, 14).unwrap();
        let v = voter(&facts(), day);
        assert_eq!((v.votes, v.access, v.reason), (1, true, None));
        let coll = Facts {
            weight: 3,
            ..facts()
        };
        assert_eq!(voter(&coll, day).votes, 3);
        let gone = Facts {
            member_on_date: false,
            ..facts()
        };
        let v = voter(&gone, day);
        assert!(!v.access && v.reason.unwrap().contains("not a member on 2027-03-14"));
        let susp = Facts {
            suspended: Some(NaiveDate::from_ymd_opt(2027, 9, 30)),
            ..facts()
        };
        let v = voter(&susp, day);
        assert!(v.suspended && !v.access && v.votes == 0);
        assert!(v.reason.unwrap().contains("until 2027-09-30"));
        let donor = Facts {
            category: "supporter".into(),
            category_is_member: false,
            category_has_vote: false,
            ..facts()
        };
        assert!(!voter(&donor, day).access);
        let no_vote = Facts {
            category_has_vote: false,
            ..facts()
        };
        let v = voter(&no_vote, day);
        assert!(v.access && v.votes == 0);
    }
}
