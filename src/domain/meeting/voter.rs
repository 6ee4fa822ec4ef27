//! Who may attend a meeting and vote, with what weight, on its date: the member's line on the
//! voting roll (`domain::roll::standing`, the one place that decides votes) in the words of the
//! door, plus access (BW 2:38 lid 1: every member who is not suspended may attend).

use chrono::NaiveDate;
use serde::Serialize;

use crate::domain::roll::{Reason, Standing};

/// A member's place at the meeting.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Voter {
    pub member_id: i64,
    pub number: i64,
    pub votes: u32,
    /// May enter the meeting (BW 2:38 lid 1: every member who is not suspended).
    pub access: bool,
    /// Why the member has no vote or no access; for a minor with votes, who casts them.
    /// None for a member who votes in person.
    pub reason: Option<String>,
    /// Suspended on the date: may be admitted for the item on their own suspension (A15).
    pub suspended: bool,
}

/// The member's place at the meeting on `date`, from their standing on the roll that day.
pub fn voter(member_id: i64, number: i64, s: &Standing, date: NaiveDate) -> Voter {
    let (access, reason) = match &s.reason {
        None => (true, None),
        Some(Reason::NotAMember { category }) => (
            false,
            Some(format!(
                "category '{category}' is not a member in law: no access and no vote"
            )),
        ),
        Some(Reason::Former | Reason::NotYet { .. }) => {
            (false, Some(format!("not a member on {date}")))
        }
        Some(Reason::Suspended { until }) => {
            let until = until.map_or_else(String::new, |u| format!(" until {u}"));
            (
                false,
                Some(format!(
                    "suspended{until}: no vote (BW 2:24d); admitted only for the item on the own suspension"
                )),
            )
        }
        Some(Reason::NoVote { category }) => {
            (true, Some(format!("category '{category}' has no vote")))
        }
        // The waiting period and arrears take the vote, not the seat; a minor keeps the votes,
        // cast by the legal representative.
        Some(other @ (Reason::Waiting { .. } | Reason::Arrears { .. } | Reason::Minor { .. })) => {
            (true, Some(other.to_string()))
        }
    };
    Voter {
        member_id,
        number,
        votes: s.votes,
        access,
        suspended: matches!(s.reason, Some(Reason::Suspended { .. })),
        reason,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::roll::{CastBy, Status};

    fn day() -> NaiveDate {
        NaiveDate::from_ymd_opt(2027, 3, 14).unwrap()
    }

    fn standing(votes: u32, reason: Option<Reason>) -> Standing {
        Standing {
            status: Status::Active,
            votes,
            cast_by: (votes > 0).then_some(CastBy::Own),
            reason,
        }
    }

    #[test]
    fn a_voter_votes_with_the_weight_and_enters() {
        let v = voter(1, 7, &standing(3, None), day());
        assert_eq!(
            (v.votes, v.access, v.reason, v.suspended),
            (3, true, None, false)
        );
    }

    #[test]
    fn former_members_and_supporters_stay_outside() {
        let v = voter(1, 7, &standing(0, Some(Reason::Former)), day());
        assert!(!v.access && v.reason.unwrap().contains("not a member on 2027-03-14"));
        let s = standing(
            0,
            Some(Reason::NotAMember {
                category: "supporter".into(),
            }),
        );
        assert!(!voter(1, 7, &s, day()).access);
    }

    #[test]
    fn a_suspended_member_has_no_vote_nor_access_but_may_be_admitted() {
        let s = standing(
            0,
            Some(Reason::Suspended {
                until: NaiveDate::from_ymd_opt(2027, 9, 30),
            }),
        );
        let v = voter(1, 7, &s, day());
        assert!(v.suspended && !v.access && v.votes == 0);
        let reason = v.reason.unwrap();
        assert!(reason.starts_with("suspended until 2027-09-30"), "{reason}");
    }

    #[test]
    fn waiting_arrears_and_no_vote_categories_enter_without_a_vote() {
        for reason in [
            Reason::NoVote {
                category: "honorary".into(),
            },
            Reason::Waiting {
                days: 30,
                votes_from: day(),
            },
            Reason::Arrears { since: day() },
        ] {
            let v = voter(1, 7, &standing(0, Some(reason)), day());
            assert!(v.access && v.votes == 0 && v.reason.is_some());
        }
    }

    #[test]
    fn a_minor_keeps_the_votes_cast_by_the_representative() {
        let mut s = standing(1, Some(Reason::Minor { min_age: 16 }));
        s.cast_by = Some(CastBy::LegalRepresentative);
        let v = voter(1, 7, &s, day());
        assert_eq!(v.votes, 1);
        assert!(v.access);
        assert!(v.reason.unwrap().contains("legal representative"));
    }
}
