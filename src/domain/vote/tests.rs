//! The worked examples of rules.md §3 (1, 2 and 4) and their sensitivity checks, through the
//! result engine and in both languages; then the laws, as property tests.

use super::result::{keys, threshold_name, verdict_name};
use super::*;
use crate::domain::lang::Lang;
use crate::domain::rules::Rules;
use crate::domain::rules::decide::{Attendance, Question, Tally, Threshold, Verdict};

fn rules_with(pairs: &[(&str, &str)]) -> Rules {
    let mut r = Rules::default();
    for (k, v) in pairs {
        r.set(k, v).unwrap();
    }
    r
}

/// Example 1: 40 for, 30 against, 10 blank, 5 invalid; 150 votes, 85 present or represented.
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

fn ex1(pairs: &[(&str, &str)], q: Question, lang: Lang) -> Outcome {
    outcome(&rules_with(pairs), q, &EX1, &EX1_ATT, false, lang)
}

#[test]
fn example_1_dutch_default_in_both_languages() {
    let o = ex1(&[], Question::Ordinary, Lang::En);
    assert_eq!(o.verdict(), Verdict::Adopted);
    assert_eq!((o.decision.base, o.decision.needed), (70, 36));
    assert_eq!(
        (o.result_name(), o.base_name(), o.threshold_name().as_str()),
        ("adopted", "cast", "more_than_half")
    );
    assert_eq!(
        o.explanation,
        "Adopted: 40 for is more than half of the 70 votes cast (40 for + 30 against); at least 36 \
         for were needed (rules majority_ordinary_base = cast, majority_formula = \
         strict_more_than_half); 10 blank and 5 invalid are not votes cast (rules \
         blank_counts_as_cast = false, invalid_counts_as_cast = false); no quorum required (rule \
         quorum_ordinary = none)."
    );
    let o = ex1(&[], Question::Ordinary, Lang::Nl);
    assert_eq!(
        o.explanation,
        "Aangenomen: 40 stemmen voor is meer dan de helft van de 70 uitgebrachte stemmen (40 voor + \
         30 tegen); er waren ten minste 36 stemmen voor nodig (regels majority_ordinary_base = \
         cast, majority_formula = strict_more_than_half); 10 blanco stemmen en 5 ongeldige stemmen \
         gelden als niet uitgebracht (regels blank_counts_as_cast = false, invalid_counts_as_cast \
         = false); geen quorum vereist (regel quorum_ordinary = none)."
    );
}

#[test]
fn example_1_quorum_of_half_the_members() {
    let o = ex1(&[("quorum_ordinary", "1/2")], Question::Ordinary, Lang::En);
    assert_eq!(o.verdict(), Verdict::Adopted);
    assert!(
        o.explanation.ends_with(
            "quorum reached: 85 of the 150 votes present or represented, half needs 75 (rule quorum_ordinary = 1/2)."
        ),
        "{}",
        o.explanation
    );
    let o = ex1(&[("quorum_ordinary", "1/2")], Question::Ordinary, Lang::Nl);
    assert!(o.explanation.contains(
        "quorum bereikt: 85 van de 150 stemmen aanwezig of vertegenwoordigd, voor de helft zijn er 75 nodig (regel quorum_ordinary = 1/2)"
    ));
    let fewer = Attendance {
        present: 74,
        total: 150,
    };
    let r = rules_with(&[("quorum_ordinary", "1/2")]);
    let o = outcome(&r, Question::Ordinary, &EX1, &fewer, false, Lang::En);
    assert_eq!(o.result_name(), "no_quorum");
    assert!(o.explanation.starts_with(
        "No decision: the quorum was not reached: 74 of the 150 votes present or represented, half needs 75"
    ));
}

#[test]
fn example_1_base_present_rejects() {
    let o = ex1(
        &[("majority_ordinary_base", "present")],
        Question::Ordinary,
        Lang::En,
    );
    assert_eq!(
        (o.verdict(), o.decision.base, o.decision.needed),
        (Verdict::Rejected, 85, 43)
    );
    assert_eq!(o.base_name(), "present");
    assert!(o.explanation.starts_with(
        "Rejected: 40 for is not more than half of the 85 votes present or represented; the other 45 votes (30 against, 10 blank, 5 invalid) count as not for; at least 43 for were needed (rules majority_ordinary_base = present"
    ), "{}", o.explanation);
    let o = ex1(
        &[("majority_ordinary_base", "present")],
        Question::Ordinary,
        Lang::Nl,
    );
    assert!(o.explanation.starts_with(
        "Verworpen: 40 stemmen voor is niet meer dan de helft van de 85 aanwezige of vertegenwoordigde stemmen; de overige 45 stemmen (30 tegen, 10 blanco, 5 ongeldig) tellen als niet voor"
    ), "{}", o.explanation);
    // The whole membership as base: those who did not vote count too.
    let o = ex1(
        &[("majority_ordinary_base", "all")],
        Question::Ordinary,
        Lang::En,
    );
    assert_eq!(
        (o.verdict(), o.decision.base, o.decision.needed),
        (Verdict::Rejected, 150, 76)
    );
    assert!(
        o.explanation
            .contains("(30 against, 10 blank, 5 invalid, 65 not voting)")
    );
    let o = ex1(
        &[("majority_ordinary_base", "all")],
        Question::Ordinary,
        Lang::Nl,
    );
    assert!(
        o.explanation
            .contains("van de 150 stemmen van alle stemgerechtigde leden")
    );
    assert!(o.explanation.contains("65 niet gestemd"));
}

#[test]
fn example_1_blanks_counted_as_cast_reject() {
    let pairs = [("blank_counts_as_cast", "true")];
    let o = ex1(&pairs, Question::Ordinary, Lang::En);
    assert_eq!((o.verdict(), o.decision.base), (Verdict::Rejected, 80));
    assert!(o.explanation.starts_with(
        "Rejected: 40 for is not more than half of the 80 votes cast (40 for + 30 against + 10 blank; rule blank_counts_as_cast = true); at least 41 for were needed"
    ), "{}", o.explanation);
    assert!(
        o.explanation
            .contains("5 invalid are not votes cast (rule invalid_counts_as_cast = false)")
    );
    let o = ex1(&pairs, Question::Ordinary, Lang::Nl);
    assert!(o.explanation.starts_with(
        "Verworpen: 40 stemmen voor is niet meer dan de helft van de 80 uitgebrachte stemmen (40 voor + 30 tegen + 10 blanco; regel blank_counts_as_cast = true)"
    ), "{}", o.explanation);
    assert!(
        o.explanation
            .contains("5 ongeldige stemmen gelden als niet uitgebracht")
    );
}

#[test]
fn example_1_invalid_as_in_roberts_rules_adopts_needing_38() {
    let pairs = [("invalid_counts_as_cast", "true")];
    let o = ex1(&pairs, Question::Ordinary, Lang::En);
    assert_eq!(
        (o.verdict(), o.decision.base, o.decision.needed),
        (Verdict::Adopted, 75, 38)
    );
    assert!(
        o.explanation
            .contains("(40 for + 30 against + 5 invalid; rule invalid_counts_as_cast = true)")
    );
    assert!(
        o.explanation
            .contains("10 blank are not votes cast (rule blank_counts_as_cast = false)")
    );
    let o = ex1(&pairs, Question::Ordinary, Lang::Nl);
    assert!(o.explanation.starts_with("Aangenomen: 40 stemmen voor is meer dan de helft van de 75 uitgebrachte stemmen (40 voor + 30 tegen + 5 ongeldig; regel invalid_counts_as_cast = true); er waren ten minste 38 stemmen voor nodig"));
}

#[test]
fn example_1_as_a_statute_amendment_needs_47() {
    let o = ex1(&[], Question::StatuteAmendment, Lang::En);
    assert_eq!(
        (o.verdict(), o.decision.base, o.decision.needed),
        (Verdict::Rejected, 70, 47)
    );
    assert_eq!(o.threshold_name(), "2/3");
    assert!(o.explanation.starts_with(
        "Rejected: 40 for is less than two-thirds of the 70 votes cast (40 for + 30 against); at least 47 for were needed (rule statute_amendment_majority = 2/3)"
    ));
    assert!(
        o.explanation
            .ends_with("no quorum required (rule statute_amendment_quorum = none).")
    );
    let o = ex1(&[], Question::StatuteAmendment, Lang::Nl);
    assert!(o.explanation.starts_with(
        "Verworpen: 40 stemmen voor is minder dan twee derde van de 70 uitgebrachte stemmen (40 voor + 30 tegen); er waren ten minste 47 stemmen voor nodig (regel statute_amendment_majority = 2/3)"
    ));
    let t = Tally {
        votes_for: 47,
        against: 23,
        ..Tally::default()
    };
    let o = outcome(
        &Rules::default(),
        Question::StatuteAmendment,
        &t,
        &EX1_ATT,
        false,
        Lang::En,
    );
    assert!(
        o.explanation
            .starts_with("Adopted: 47 for is at least two-thirds of the 70 votes cast")
    );
}

#[test]
fn example_1_half_plus_one_on_an_odd_base() {
    let r = rules_with(&[("majority_formula", "half_plus_one")]);
    let t = Tally {
        votes_for: 36,
        against: 35,
        ..Tally::default()
    };
    let o = outcome(&r, Question::Ordinary, &t, &EX1_ATT, false, Lang::En);
    assert_eq!((o.verdict(), o.decision.needed), (Verdict::Rejected, 37));
    assert_eq!(o.threshold_name(), "half_plus_one");
    assert!(o.explanation.starts_with(
        "Rejected: 36 for is less than half plus one of the 71 votes cast (36 for + 35 against); at least 37 for were needed (rules majority_ordinary_base = cast, majority_formula = half_plus_one)"
    ), "{}", o.explanation);
    let o = outcome(&r, Question::Ordinary, &t, &EX1_ATT, false, Lang::Nl);
    assert!(o.explanation.starts_with(
        "Verworpen: 36 stemmen voor is minder dan de helft plus één van de 71 uitgebrachte stemmen"
    ));
    // The strict reading adopts the same count.
    let o = outcome(
        &Rules::default(),
        Question::Ordinary,
        &t,
        &EX1_ATT,
        false,
        Lang::En,
    );
    assert_eq!((o.verdict(), o.decision.needed), (Verdict::Adopted, 36));
    let t = Tally {
        votes_for: 37,
        against: 34,
        ..Tally::default()
    };
    let o = outcome(&r, Question::Ordinary, &t, &EX1_ATT, false, Lang::Nl);
    assert!(
        o.explanation
            .starts_with("Aangenomen: 37 stemmen voor is ten minste de helft plus één van de 71")
    );
}

const EX2_FIRST: Attendance = Attendance {
    present: 121,
    total: 194,
};
const EX2_SECOND: Attendance = Attendance {
    present: 68,
    total: 194,
};
const EX2_VOTES: Tally = Tally {
    votes_for: 45,
    against: 20,
    blank: 2,
    invalid: 1,
    abstain: 0,
};

#[test]
fn example_2_first_meeting_has_no_quorum() {
    let r = rules_with(&[("statute_amendment_quorum", "2/3")]);
    let o = outcome(
        &r,
        Question::StatuteAmendment,
        &Tally::default(),
        &EX2_FIRST,
        false,
        Lang::En,
    );
    assert_eq!(
        (o.verdict(), o.decision.quorum_needed),
        (Verdict::NoQuorum, Some(130))
    );
    assert_eq!(
        o.explanation,
        "No decision: the quorum was not reached: 121 of the 194 votes present or represented, two-thirds needs 130 (rule statute_amendment_quorum = 2/3)."
    );
    let o = outcome(
        &r,
        Question::StatuteAmendment,
        &Tally::default(),
        &EX2_FIRST,
        false,
        Lang::Nl,
    );
    assert_eq!(
        o.explanation,
        "Geen besluit: het quorum is niet bereikt: 121 van de 194 stemmen aanwezig of vertegenwoordigd, voor twee derde zijn er 130 nodig (regel statute_amendment_quorum = 2/3)."
    );
    // A vote taken anyway is shown as having no effect.
    let o = outcome(
        &r,
        Question::StatuteAmendment,
        &EX2_VOTES,
        &EX2_FIRST,
        false,
        Lang::En,
    );
    assert!(
        o.explanation.ends_with(
            "the votes counted (45 for, 20 against, 2 blank, 1 invalid) have no effect."
        )
    );
    // The law alone: meeting 1 could have decided.
    let o = outcome(
        &Rules::default(),
        Question::StatuteAmendment,
        &EX2_VOTES,
        &EX2_FIRST,
        false,
        Lang::En,
    );
    assert_eq!(o.verdict(), Verdict::Adopted);
}

#[test]
fn example_2_second_meeting_adopts_with_44_needed() {
    let r = rules_with(&[("statute_amendment_quorum", "2/3")]);
    let q = Question::StatuteAmendmentSecondMeeting;
    let o = outcome(&r, q, &EX2_VOTES, &EX2_SECOND, false, Lang::En);
    assert_eq!(
        (o.verdict(), o.decision.base, o.decision.needed),
        (Verdict::Adopted, 65, 44)
    );
    assert_eq!(
        o.explanation,
        "Adopted: 45 for is at least two-thirds of the 65 votes cast (45 for + 20 against); at least 44 for were needed (rule second_meeting_majority = 2/3); 2 blank and 1 invalid are not votes cast (rules blank_counts_as_cast = false, invalid_counts_as_cast = false); no quorum required at a second meeting (rule second_meeting_quorum = none)."
    );
    let o = outcome(&r, q, &EX2_VOTES, &EX2_SECOND, false, Lang::Nl);
    assert_eq!(
        o.explanation,
        "Aangenomen: 45 stemmen voor is ten minste twee derde van de 65 uitgebrachte stemmen (45 voor + 20 tegen); er waren ten minste 44 stemmen voor nodig (regel second_meeting_majority = 2/3); 2 blanco stemmen en 1 ongeldige stem gelden als niet uitgebracht (regels blank_counts_as_cast = false, invalid_counts_as_cast = false); in een tweede vergadering is geen quorum vereist (regel second_meeting_quorum = none)."
    );
    let short = Tally {
        votes_for: 43,
        against: 22,
        ..EX2_VOTES
    };
    let o = outcome(&r, q, &short, &EX2_SECOND, false, Lang::En);
    assert!(
        o.explanation
            .starts_with("Rejected: 43 for is less than two-thirds of the 65 votes cast")
    );
}

#[test]
fn ties_rejected_or_postponed_once() {
    let tie = Tally {
        votes_for: 30,
        against: 30,
        ..Tally::default()
    };
    let att = Attendance {
        present: 60,
        total: 100,
    };
    let o = outcome(
        &Rules::default(),
        Question::Ordinary,
        &tie,
        &att,
        false,
        Lang::En,
    );
    assert_eq!(o.verdict(), Verdict::Rejected);
    assert!(
        o.explanation
            .contains("the votes are tied, and a tie rejects (rule tie_matters = rejected)")
    );
    let p = rules_with(&[("tie_matters", "postpone_then_reject")]);
    let o = outcome(&p, Question::Ordinary, &tie, &att, false, Lang::En);
    assert_eq!(o.result_name(), "postponed");
    assert!(
        o.explanation
            .starts_with("Postponed: 30 for is not more than half of the 60 votes cast")
    );
    assert!(o.explanation.contains("held over to the next meeting, where a tie rejects it (rule tie_matters = postpone_then_reject)"));
    let o = outcome(&p, Question::Ordinary, &tie, &att, false, Lang::Nl);
    assert!(o.explanation.starts_with("Aangehouden: "));
    assert!(
        o.explanation.contains(
            "de stemmen staken: het voorstel wordt aangehouden tot de volgende vergadering"
        )
    );
    let o = outcome(&p, Question::Ordinary, &tie, &att, true, Lang::Nl);
    assert_eq!(o.verdict(), Verdict::Rejected);
    assert!(o.explanation.contains(
        "de stemmen staken opnieuw nadat het voorstel was aangehouden, dus is het verworpen"
    ));
}

#[test]
fn nothing_cast_adopts_nothing_and_numbers_read_as_written() {
    let blank = Tally {
        blank: 1,
        ..Tally::default()
    };
    let att = Attendance {
        present: 60,
        total: 100,
    };
    let o = outcome(
        &Rules::default(),
        Question::Ordinary,
        &blank,
        &att,
        false,
        Lang::En,
    );
    assert_eq!(o.verdict(), Verdict::Rejected);
    assert!(
        o.explanation
            .starts_with("Rejected: there are no votes cast, so nothing can be adopted")
    );
    assert!(o.explanation.contains("1 blank is not a vote cast"));
    assert!(!o.explanation.contains("tied"));
    let big = Tally {
        votes_for: 12_345,
        against: 1_000,
        abstain: 1,
        ..Tally::default()
    };
    let att = Attendance {
        present: 20_000,
        total: 30_000,
    };
    let o = outcome(
        &Rules::default(),
        Question::Ordinary,
        &big,
        &att,
        false,
        Lang::Nl,
    );
    assert!(o.explanation.starts_with(
        "Aangenomen: 12.345 stemmen voor is meer dan de helft van de 13.345 uitgebrachte stemmen"
    ));
    assert!(o.explanation.contains(
        "1 onthouding geldt als niet uitgebracht (regel abstention_counts_as_cast = false)"
    ));
    let o = outcome(
        &Rules::default(),
        Question::Ordinary,
        &big,
        &att,
        false,
        Lang::En,
    );
    assert!(o.explanation.contains("12,345 for"));
    assert!(o.explanation.contains("1 abstention is not a vote cast"));
}

#[test]
fn names_and_keys() {
    assert_eq!(verdict_name(Verdict::NoQuorum), "no_quorum");
    assert_eq!(
        threshold_name(Threshold::AtLeast(crate::domain::rules::Fraction::of(3, 4))),
        "3/4"
    );
    assert_eq!(
        keys(Question::Dissolution),
        ("dissolution_quorum", Some("dissolution_majority"))
    );
    let r = rules_with(&[("dissolution_majority", "3/4")]);
    let t = Tally {
        votes_for: 3,
        against: 1,
        ..Tally::default()
    };
    let o = outcome(&r, Question::Dissolution, &t, &EX1_ATT, false, Lang::En);
    assert!(
        o.explanation
            .starts_with("Adopted: 3 for is at least three-quarters of the 4 votes cast")
    );
    assert!(o.explanation.contains("(rule dissolution_majority = 3/4)"));
}
