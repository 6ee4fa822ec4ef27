//! The worked examples of rules.md §3, one test each, plus the edges of the arithmetic.

use super::*;

fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn rules_with(pairs: &[(&str, &str)]) -> Rules {
    let mut r = Rules::default();
    for (k, v) in pairs {
        r.set(k, v).unwrap();
    }
    r
}

const TWO_THIRDS: Threshold = Threshold::AtLeast(Fraction::of(2, 3));

/// Example 1: 40 for, 30 against, 10 blank, 5 invalid; 150 voting members, 85 present.
const EX1: Tally = Tally {
    votes_for: 40,
    against: 30,
    blank: 10,
    invalid: 5,
    abstain: 0,
};
const EX1_ATT: Attendance = Attendance {
    present: 85,
    total: 150,
};

#[test]
fn example_1_dutch_default_adopts_with_36_needed() {
    assert!(is_adopted(40, 30, Threshold::MoreThanHalf));
    assert_eq!(Threshold::MoreThanHalf.needed(70), 36);
    assert!(!is_adopted(35, 35, Threshold::MoreThanHalf));
    let d = Rules::default().decide(Question::Ordinary, &EX1, &EX1_ATT, false);
    assert_eq!(
        d,
        Decision {
            verdict: Verdict::Adopted,
            base: 70,
            needed: 36,
            quorum_needed: None
        }
    );
}

#[test]
fn example_1_quorum_of_half_the_members_is_met() {
    let r = rules_with(&[("quorum_ordinary", "1/2")]);
    let d = r.decide(Question::Ordinary, &EX1, &EX1_ATT, false);
    assert_eq!(d.verdict, Verdict::Adopted);
    assert_eq!(d.quorum_needed, Some(75));
    let fewer = Attendance {
        present: 74,
        total: 150,
    };
    assert_eq!(
        r.decide(Question::Ordinary, &EX1, &fewer, false).verdict,
        Verdict::NoQuorum
    );
}

#[test]
fn example_1_sensitivity_checks() {
    let present = rules_with(&[("majority_ordinary_base", "present")]);
    let d = present.decide(Question::Ordinary, &EX1, &EX1_ATT, false);
    assert_eq!((d.verdict, d.base), (Verdict::Rejected, 85));

    let blank = rules_with(&[("blank_counts_as_cast", "true")]);
    let d = blank.decide(Question::Ordinary, &EX1, &EX1_ATT, false);
    assert_eq!((d.verdict, d.base), (Verdict::Rejected, 80));

    let ronr = rules_with(&[("invalid_counts_as_cast", "true")]);
    let d = ronr.decide(Question::Ordinary, &EX1, &EX1_ATT, false);
    assert_eq!((d.verdict, d.base, d.needed), (Verdict::Adopted, 75, 38));

    let d = Rules::default().decide(Question::StatuteAmendment, &EX1, &EX1_ATT, false);
    assert_eq!((d.verdict, d.base, d.needed), (Verdict::Rejected, 70, 47));
    assert!(!is_adopted(40, 30, TWO_THIRDS));
    assert!(is_adopted(47, 23, TWO_THIRDS));
}

#[test]
fn example_1_half_plus_one_differs_only_on_odd_counts() {
    // 71 cast: a strict majority is 36; "half plus one" read literally is 36.5 → 37.
    assert_eq!(Threshold::MoreThanHalf.needed(71), 36);
    assert_eq!(Threshold::HalfPlusOne.needed(71), 37);
    assert!(is_adopted(36, 35, Threshold::MoreThanHalf));
    assert!(!is_adopted(36, 35, Threshold::HalfPlusOne));
    assert!(is_adopted(37, 34, Threshold::HalfPlusOne));
    // Even counts agree: 70 cast needs 36 either way.
    for base in 0..200 {
        let (s, h) = (
            Threshold::MoreThanHalf.needed(base),
            Threshold::HalfPlusOne.needed(base),
        );
        assert_eq!(h - s, base % 2, "base {base}");
        assert!(Threshold::HalfPlusOne.passes(h, base) || base == 0);
        assert!(!Threshold::HalfPlusOne.passes(h - 1, base));
    }
    let r = rules_with(&[("majority_formula", "half_plus_one")]);
    let t = Tally {
        votes_for: 36,
        against: 35,
        ..Tally::default()
    };
    let d = r.decide(Question::Ordinary, &t, &EX1_ATT, false);
    assert_eq!((d.verdict, d.needed), (Verdict::Rejected, 37));
}

#[test]
fn example_2_statute_amendment_with_a_quorum_and_a_second_meeting() {
    let r = rules_with(&[("statute_amendment_quorum", "2/3")]);
    // 200 members, 6 suspended, 30 donateurs: 194 votes.
    let first = Attendance {
        present: 121,
        total: 194,
    };
    let d = r.decide(Question::StatuteAmendment, &Tally::default(), &first, false);
    assert_eq!(d.verdict, Verdict::NoQuorum);
    assert_eq!(d.quorum_needed, Some(130));

    let second = Attendance {
        present: 68,
        total: 194,
    };
    let votes = Tally {
        votes_for: 45,
        against: 20,
        blank: 2,
        invalid: 1,
        abstain: 0,
    };
    let d = r.decide(
        Question::StatuteAmendmentSecondMeeting,
        &votes,
        &second,
        false,
    );
    assert_eq!(
        d,
        Decision {
            verdict: Verdict::Adopted,
            base: 65,
            needed: 44,
            quorum_needed: None
        }
    );
    let one_short = Tally {
        votes_for: 43,
        against: 22,
        ..votes
    };
    let d = r.decide(
        Question::StatuteAmendmentSecondMeeting,
        &one_short,
        &second,
        false,
    );
    assert_eq!(d.verdict, Verdict::Rejected);

    // The law alone (no quorum in the statutes): meeting 1 could have decided at once.
    let d = Rules::default().decide(Question::StatuteAmendment, &votes, &first, false);
    assert_eq!(d.verdict, Verdict::Adopted);
}

#[test]
fn example_2_notice_inspection_and_second_meeting_dates() {
    let r = Rules::default();
    let meeting = ymd(2026, 5, 30);
    // 14 days between sending and meeting, neither day counted: sent on 15 May at the latest.
    assert_eq!(
        notice_days_given(ymd(2026, 5, 15), meeting, NoticeDayCounting::ExcludeBoth),
        14
    );
    assert!(r.statute_amendment_notice_ok(ymd(2026, 5, 15), meeting));
    assert!(!r.statute_amendment_notice_ok(ymd(2026, 5, 16), meeting));
    // The law's own floor is 7 days.
    let law = rules_with(&[("notice_days_statute_amendment", "7")]);
    assert!(law.statute_amendment_notice_ok(ymd(2026, 5, 22), meeting));
    assert!(!law.statute_amendment_notice_ok(ymd(2026, 5, 23), meeting));
    // The text lies open from at least 5 days before the meeting day.
    assert!(r.statute_amendment_inspection_ok(ymd(2026, 5, 25), meeting));
    assert!(!r.statute_amendment_inspection_ok(ymd(2026, 5, 26), meeting));

    // Second meeting within 28 days of meeting 1; with 14 days' notice.
    let first = ymd(2026, 4, 1);
    let s = r.second_meeting(first);
    assert_eq!(s.earliest, first);
    assert_eq!(s.latest, ymd(2026, 4, 29));
    // Excluding both days, the convocation must go out by day +13. (rules.md says "+14", which
    // is the count with the sending day included.)
    assert_eq!(s.convene_by, ymd(2026, 4, 14));
    let incl = rules_with(&[("notice_day_counting", "include_sending_day")]);
    assert_eq!(incl.second_meeting(first).convene_by, ymd(2026, 4, 15));
}

#[test]
fn notice_counting_variants() {
    let meeting = ymd(2026, 3, 16);
    let sent = ymd(2026, 3, 1);
    assert_eq!(
        notice_days_given(sent, meeting, NoticeDayCounting::ExcludeBoth),
        14
    );
    assert_eq!(
        notice_days_given(sent, meeting, NoticeDayCounting::IncludeSendingDay),
        15
    );
    for counting in [
        NoticeDayCounting::ExcludeBoth,
        NoticeDayCounting::IncludeSendingDay,
    ] {
        for days in [0, 7, 14] {
            let last = latest_sending_date(meeting, days, counting);
            assert!(notice_ok(last, meeting, days, counting));
            assert!(!notice_ok(
                last.succ_opt().unwrap(),
                meeting,
                days,
                counting
            ));
        }
    }
    let r = Rules::default();
    assert!(r.ordinary_notice_ok(sent, meeting));
    assert!(!r.ordinary_notice_ok(ymd(2026, 3, 2), meeting));
}

#[test]
fn example_3_elections_and_a_binding_nomination() {
    // Round 1: 85 cast, 43 needed; A has 38.
    assert_eq!(Threshold::MoreThanHalf.needed(85), 43);
    assert!(!Threshold::MoreThanHalf.passes(38, 85));
    // Runoff: A 46 of 85.
    assert!(Threshold::MoreThanHalf.passes(46, 85));
    // Runoff tie 42–42: nobody has a majority of 84.
    assert!(!Threshold::MoreThanHalf.passes(42, 84));
    // Removing a nomination's binding force: 80 cast, 54 needed; 50 is not enough.
    let r = Rules::default();
    let req = r.requirement(Question::BindingNominationOverride);
    assert_eq!(req.threshold.needed(80), 54);
    assert!(!req.threshold.passes(50, 80));
    assert!(req.threshold.passes(54, 80));
}

#[test]
fn example_5_members_request() {
    let r = Rules::default();
    // 225 votes: 23 requesters are enough, 22 are not.
    assert!(r.member_request_threshold_met(23, 225));
    assert!(!r.member_request_threshold_met(22, 225));
    let lower = rules_with(&[("member_request_threshold", "1/20")]);
    assert!(lower.member_request_threshold_met(12, 225));
    assert!(!lower.member_request_threshold_met(11, 225));
    let d = r.member_request_deadlines(ymd(2026, 3, 3));
    assert_eq!(d.board_acts_by, ymd(2026, 3, 17));
    assert_eq!(d.meeting_by, ymd(2026, 3, 31));
}

#[test]
fn ties_and_empty_bases() {
    let tie = Tally {
        votes_for: 30,
        against: 30,
        ..Tally::default()
    };
    let att = Attendance {
        present: 60,
        total: 100,
    };
    let d = Rules::default().decide(Question::Ordinary, &tie, &att, false);
    assert_eq!(d.verdict, Verdict::Rejected);
    let p = rules_with(&[("tie_matters", "postpone_then_reject")]);
    assert_eq!(
        p.decide(Question::Ordinary, &tie, &att, false).verdict,
        Verdict::Postponed
    );
    assert_eq!(
        p.decide(Question::Ordinary, &tie, &att, true).verdict,
        Verdict::Rejected
    );

    // Only blank votes: nothing is cast, nothing adopted, not even by "at least 2/3".
    let blank = Tally {
        blank: 10,
        ..Tally::default()
    };
    for q in [Question::Ordinary, Question::StatuteAmendment] {
        let d = Rules::default().decide(q, &blank, &att, false);
        assert_eq!(d.verdict, Verdict::Rejected, "{q:?}");
    }
    assert!(!TWO_THIRDS.passes(0, 0));
    // Huge counts do not overflow.
    assert!(Threshold::MoreThanHalf.passes(u64::MAX / 2 + 1, u64::MAX));
    assert!(Threshold::HalfPlusOne.passes(u64::MAX, u64::MAX));
}

#[test]
fn ordinary_majorities_follow_the_ordinary_keys() {
    let r = rules_with(&[
        ("board_dismissal_majority", "ordinary"),
        ("majority_ordinary_base", "all"),
    ]);
    let req = r.requirement(Question::BoardDismissal);
    assert_eq!(req.base, MajorityBase::All);
    assert_eq!(req.threshold, Threshold::MoreThanHalf);
    let d = r.decide(Question::BoardDismissal, &EX1, &EX1_ATT, false);
    assert_eq!((d.verdict, d.base), (Verdict::Rejected, 150));
    let r = rules_with(&[
        ("dissolution_majority", "3/4"),
        ("dissolution_quorum", "1/2"),
    ]);
    let req = r.requirement(Question::Dissolution);
    assert_eq!(req.threshold, Threshold::AtLeast(Fraction::of(3, 4)));
    assert_eq!(req.quorum, Some(Fraction::of(1, 2)));
}

/// Statutes that count an abstention as cast but not a blank vote (C4's "of the members
/// present" in effect): 5 for, 4 against and 2 abstaining reject (base 11, 6 needed), where the
/// same 2 as blank votes adopt (base 9, 5 needed). Only there does a ballot paper need the box
/// "onthouding" beside "blanco"; under the model statutes both are left out of the votes cast.
#[test]
fn abstention_apart_from_blank_changes_the_outcome() {
    let att = Attendance {
        present: 11,
        total: 20,
    };
    let apart = rules_with(&[("abstention_counts_as_cast", "true")]);
    assert!(apart.abstention_apart_from_blank());
    assert!(!Rules::default().abstention_apart_from_blank());
    assert!(
        !rules_with(&[
            ("abstention_counts_as_cast", "true"),
            ("blank_counts_as_cast", "true")
        ])
        .abstention_apart_from_blank()
    );
    let abstaining = Tally {
        votes_for: 5,
        against: 4,
        blank: 0,
        invalid: 0,
        abstain: 2,
    };
    let blank = Tally {
        blank: 2,
        abstain: 0,
        ..abstaining
    };
    let d = apart.decide(Question::Ordinary, &abstaining, &att, false);
    assert_eq!((d.verdict, d.base, d.needed), (Verdict::Rejected, 11, 6));
    let d = apart.decide(Question::Ordinary, &blank, &att, false);
    assert_eq!((d.verdict, d.base, d.needed), (Verdict::Adopted, 9, 5));
}
