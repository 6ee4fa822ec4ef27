use chrono::NaiveDate;
use proptest::prelude::*;

use super::*;

fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

fn change(from: Status, to: Status) -> Change {
    Change {
        from,
        to,
        decided_on: d("2027-03-14"),
        on: d("2027-05-01"),
    }
}

const ALL: [Status; 5] = [
    Status::Adopted,
    Status::Rejected,
    Status::AwaitingDeed,
    Status::InForce,
    Status::Superseded,
];

#[test]
fn the_deed_puts_an_awaiting_amendment_in_force() {
    assert!(check_change(&change(Status::AwaitingDeed, Status::InForce)).is_ok());
}

#[test]
fn adopted_awaiting_and_in_force_decisions_can_be_superseded() {
    for from in [Status::Adopted, Status::AwaitingDeed, Status::InForce] {
        assert!(
            check_change(&change(from, Status::Superseded)).is_ok(),
            "{from}"
        );
    }
}

#[test]
fn a_rejected_decision_is_never_put_in_force() {
    let e = check_change(&change(Status::Rejected, Status::InForce)).unwrap_err();
    assert!(e.to_string().contains("rejected decision cannot"), "{e}");
}

#[test]
fn an_ordinary_adopted_decision_needs_no_deed() {
    let e = check_change(&change(Status::Adopted, Status::InForce)).unwrap_err();
    assert!(e.to_string().contains("no notarial deed"), "{e}");
}

#[test]
fn a_date_before_the_decision_is_refused_with_the_field() {
    let mut c = change(Status::AwaitingDeed, Status::InForce);
    c.on = d("2027-03-13");
    assert_eq!(check_change(&c).unwrap_err().field(), Some("date"));
    c.on = c.decided_on;
    assert!(check_change(&c).is_ok());
}

#[test]
fn a_vote_s_result_in_law_follows_a_decisive_declaration() {
    use crate::domain::rules::decide::Verdict;
    use crate::domain::vote::Declared;
    assert_eq!(
        vote_outcome(Some(Verdict::Rejected), Some(Declared::Adopted), true),
        Some(Outcome::Adopted)
    );
    assert_eq!(
        vote_outcome(Some(Verdict::Rejected), Some(Declared::Adopted), false),
        Some(Outcome::Rejected)
    );
    assert_eq!(
        vote_outcome(Some(Verdict::Adopted), None, true),
        Some(Outcome::Adopted)
    );
    assert_eq!(vote_outcome(Some(Verdict::NoQuorum), None, true), None);
    assert_eq!(vote_outcome(Some(Verdict::Postponed), None, false), None);
    assert_eq!(vote_outcome(None, Some(Declared::Adopted), true), None);
}

#[test]
fn an_adopted_statute_amendment_starts_awaiting_its_deed() {
    assert_eq!(Outcome::Adopted.first_status(true), Status::AwaitingDeed);
    assert_eq!(Outcome::Adopted.first_status(false), Status::Adopted);
    assert_eq!(Outcome::Rejected.first_status(true), Status::Rejected);
    assert_eq!(Outcome::Elected.first_status(false), Status::Adopted);
}

#[test]
fn codes_name_the_meeting_kind_and_day() {
    let on = d("2027-03-14");
    assert_eq!(
        code(&code_prefix(Lang::Nl, true, on, 1), 4),
        "ALV-2027-03-14/4"
    );
    assert_eq!(
        code(&code_prefix(Lang::En, true, on, 1), 1),
        "GM-2027-03-14/1"
    );
    assert_eq!(code_prefix(Lang::Nl, true, on, 2), "ALV-2027-03-14-2");
    assert_eq!(code_prefix(Lang::Nl, false, on, 1), "SB-2027-03-14");
    assert_eq!(code_prefix(Lang::En, false, on, 1), "WR-2027-03-14");
    assert_eq!(prefix_of("ALV-2027-03-14-2/12"), "ALV-2027-03-14-2");
}

#[test]
fn status_names_read_back() {
    for s in ALL {
        assert_eq!(s.as_str().parse::<Status>().unwrap(), s);
    }
    assert_eq!("in_force".parse::<Status>().unwrap(), Status::InForce);
    assert_eq!(
        "bogus".parse::<Status>().unwrap_err().field(),
        Some("status")
    );
}

fn status() -> impl Strategy<Value = Status> {
    prop::sample::select(ALL.to_vec())
}

proptest! {
    /// Laws of the transition rule: nothing leaves rejected or superseded, nothing comes back
    /// to adopted, rejected or awaiting-deed, and no status goes to itself.
    #[test]
    fn transitions_only_move_forward(from in status(), to in status(), days in 0i64..4000) {
        let decided_on = d("2020-01-01");
        let c = Change { from, to, decided_on, on: decided_on + chrono::Duration::days(days) };
        let ok = check_change(&c).is_ok();
        if ok {
            prop_assert!(from != to);
            prop_assert!(!matches!(from, Status::Rejected | Status::Superseded));
            prop_assert!(matches!(to, Status::InForce | Status::Superseded));
        }
        // Whatever the date, a change to before the decision is refused.
        let early = Change { on: decided_on - chrono::Duration::days(days + 1), ..c };
        prop_assert!(check_change(&early).is_err());
    }
}
