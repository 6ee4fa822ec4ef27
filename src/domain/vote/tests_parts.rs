//! Choices and splits, the chair's declaration, the challenge of Example 4, and the laws of the
//! result engine as property tests.

use super::*;
use crate::domain::lang::Lang;
use crate::domain::rules::Rules;
use crate::domain::rules::decide::{Attendance, Question, Tally, Verdict};

fn rules_with(pairs: &[(&str, &str)]) -> Rules {
    let mut r = Rules::default();
    for (k, v) in pairs {
        r.set(k, v).unwrap();
    }
    r
}

#[test]
fn choices_and_splits() {
    assert_eq!("Against".parse::<Choice>(), Ok(Choice::Against));
    let err = "maybe".parse::<Choice>().unwrap_err();
    assert_eq!(err.field(), Some("choice"));
    assert!(
        err.to_string()
            .contains("'maybe' is not a choice; choose for, against, abstain or blank")
    );
    let s = Split::parse("for=3,against=2", 5).unwrap();
    assert_eq!(
        (
            s.get(Choice::For),
            s.get(Choice::Against),
            s.get(Choice::Blank)
        ),
        (3, 2, 0)
    );
    assert_eq!(s.to_string(), "for=3,against=2");
    assert_eq!(s.single(), None);
    assert_eq!(
        Split::parse("blank=4", 4).unwrap().single(),
        Some(Choice::Blank)
    );
    let err = Split::parse("for=3,against=1", 5).unwrap_err().to_string();
    assert!(
        err.contains("add up to 4") && err.contains("has 5 votes"),
        "{err}"
    );
    assert!(
        Split::parse("for=3,for=2", 5)
            .unwrap_err()
            .to_string()
            .contains("named twice")
    );
    assert!(
        Split::parse("for=x", 1)
            .unwrap_err()
            .to_string()
            .contains("'x'")
    );
    assert!(
        Split::parse("for", 1)
            .unwrap_err()
            .to_string()
            .contains("CHOICE=N")
    );
    assert!(
        Split::parse("", 1)
            .unwrap_err()
            .to_string()
            .contains("empty")
    );
    assert!(
        Split::parse("yes=1", 1)
            .unwrap_err()
            .to_string()
            .contains("'yes' is not a choice")
    );
    let mut t = Tally::default();
    s.add_to(&mut t);
    Split::whole(Choice::Abstain, 2).add_to(&mut t);
    assert_eq!((t.votes_for, t.against, t.abstain), (3, 2, 2));
    assert_eq!("roll-call".parse::<Method>(), Ok(Method::RollCall));
    assert_eq!("hoofdelijk".parse::<Method>(), Ok(Method::RollCall));
    assert_eq!("Schriftelijk".parse::<Method>(), Ok(Method::Ballot));
    assert_eq!("hand".parse::<Method>(), Ok(Method::Hands));
    assert!(
        "show"
            .parse::<Method>()
            .unwrap_err()
            .to_string()
            .contains("hands, roll-call or ballot")
    );
}

#[test]
fn the_chairs_declaration_agrees_or_differs() {
    let r = Rules::default();
    let d = Declaration::judge(Declared::Adopted, Verdict::Adopted, &r, Lang::En);
    assert!(d.agrees);
    assert_eq!(
        d.text,
        "The chair declared the proposal adopted, as computed."
    );
    let d = Declaration::judge(Declared::Adopted, Verdict::Rejected, &r, Lang::Nl);
    assert!(!d.agrees && d.decisive);
    assert_eq!(d.result(), Verdict::Adopted);
    assert!(d.text.starts_with("De voorzitter verklaart het voorstel aangenomen; volgens de berekening is de uitslag: verworpen. De uitspraak van de voorzitter is beslissend (art. 2:13 lid 3 BW"));
    let d = Declaration::judge(Declared::Rejected, Verdict::NoQuorum, &r, Lang::En);
    assert!(!d.agrees);
    assert!(
        d.text
            .contains("the computation gives no decision, the quorum not being reached")
    );
    let not_decisive = rules_with(&[("chair_declaration_decisive", "false")]);
    let d = Declaration::judge(
        Declared::Adopted,
        Verdict::Rejected,
        &not_decisive,
        Lang::En,
    );
    assert_eq!(d.result(), Verdict::Rejected);
    assert!(
        d.text
            .contains("Under the statutes the computation decides")
    );
    assert!(
        "aangenomen"
            .parse::<Declared>()
            .unwrap_err()
            .to_string()
            .contains("adopted or rejected")
    );
}

fn challenge(method: Method, demanders: u64, demand_votes: u64) -> Challenge {
    Challenge {
        method,
        closed: true,
        superseded: false,
        moved_on: None,
        demanders,
        demand_votes,
        meeting_votes: 85,
    }
}

#[test]
fn example_4_challenges() {
    // After a show of hands one voter is enough.
    assert_eq!(may_challenge(&challenge(Method::Hands, 1, 1)), Ok(()));
    // After a written ballot or a roll call, the majority of the meeting.
    let err = may_challenge(&challenge(Method::Ballot, 1, 1))
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("majority of the meeting")
            && err.contains("1 of the 85")
            && err.contains("43 are needed"),
        "{err}"
    );
    assert!(may_challenge(&challenge(Method::RollCall, 30, 42)).is_err());
    assert_eq!(may_challenge(&challenge(Method::RollCall, 30, 43)), Ok(()));
    // Not at once: the declaration stands.
    let late = Challenge {
        moved_on: Some(crate::domain::msg::msg!(
            "challenge-vote-opened-since",
            vote = 2
        )),
        ..challenge(Method::Hands, 1, 1)
    };
    let err = may_challenge(&late).unwrap_err().to_string();
    assert!(
        err.contains("too late: vote 2 was opened since") && err.contains("BW 2:15"),
        "{err}"
    );
    let open = Challenge {
        closed: false,
        ..challenge(Method::Hands, 1, 1)
    };
    assert!(matches!(may_challenge(&open), Err(e) if e.to_string().contains("still open")));
    let twice = Challenge {
        superseded: true,
        ..challenge(Method::Hands, 1, 1)
    };
    assert!(
        may_challenge(&twice)
            .unwrap_err()
            .to_string()
            .contains("already replaced")
    );
    assert!(
        may_challenge(&challenge(Method::Hands, 0, 0))
            .unwrap_err()
            .to_string()
            .contains("--by")
    );
}

mod laws {
    use super::*;
    use proptest::prelude::*;

    fn tally() -> impl Strategy<Value = Tally> {
        (0u64..400, 0u64..400, 0u64..60, 0u64..60, 0u64..60).prop_map(|(f, a, b, i, ab)| Tally {
            votes_for: f,
            against: a,
            blank: b,
            invalid: i,
            abstain: ab,
        })
    }

    fn rules() -> impl Strategy<Value = Rules> {
        (
            0usize..3,
            any::<bool>(),
            any::<bool>(),
            any::<bool>(),
            any::<bool>(),
            any::<bool>(),
            0usize..3,
        )
            .prop_map(|(base, hpo, blank, invalid, abst, tie, quorum)| {
                let base = ["cast", "present", "all"][base];
                let quorum = ["none", "1/2", "2/3"][quorum];
                rules_with(&[
                    ("majority_ordinary_base", base),
                    (
                        "majority_formula",
                        if hpo {
                            "half_plus_one"
                        } else {
                            "strict_more_than_half"
                        },
                    ),
                    ("blank_counts_as_cast", if blank { "true" } else { "false" }),
                    (
                        "invalid_counts_as_cast",
                        if invalid { "true" } else { "false" },
                    ),
                    (
                        "abstention_counts_as_cast",
                        if abst { "true" } else { "false" },
                    ),
                    (
                        "tie_matters",
                        if tie {
                            "postpone_then_reject"
                        } else {
                            "rejected"
                        },
                    ),
                    ("quorum_ordinary", quorum),
                    ("statute_amendment_quorum", quorum),
                ])
            })
    }

    fn question() -> impl Strategy<Value = Question> {
        prop_oneof![
            Just(Question::Ordinary),
            Just(Question::StatuteAmendment),
            Just(Question::StatuteAmendmentSecondMeeting),
            Just(Question::Dissolution),
            Just(Question::BoardDismissal),
        ]
    }

    fn lang() -> impl Strategy<Value = Lang> {
        prop_oneof![Just(Lang::En), Just(Lang::Nl)]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(512))]

        /// A split that parses always sums to the weight, and its text parses back to itself.
        #[test]
        fn a_split_sums_to_the_weight(parts in proptest::collection::vec(0u64..20, 4), extra in 0u64..3) {
            let weight: u64 = parts.iter().sum();
            let text = format!("for={},against={},abstain={},blank={}", parts[0], parts[1], parts[2], parts[3]);
            let s = Split::parse(&text, weight).unwrap();
            prop_assert_eq!(s.total(), Some(weight));
            if weight > 0 {
                prop_assert_eq!(Split::parse(&s.to_string(), weight), Ok(s));
            }
            if extra > 0 {
                prop_assert!(Split::parse(&text, weight + extra).is_err());
            }
        }

        /// One more vote for never turns an adopted proposal into anything else.
        #[test]
        fn a_vote_for_never_undoes_adoption(r in rules(), q in question(), t in tally(), extra in 0u64..50, tied in any::<bool>(), l in lang()) {
            let voted = t.votes_for + t.against + t.blank + t.invalid + t.abstain;
            let att = Attendance { present: voted + 1 + extra, total: 2 * (voted + 1 + extra) };
            let before = outcome(&r, q, &t, &att, tied, l);
            let more = Tally { votes_for: t.votes_for + 1, ..t };
            let after = outcome(&r, q, &more, &att, tied, l);
            if before.verdict() == Verdict::Adopted {
                prop_assert_eq!(after.verdict(), Verdict::Adopted);
            }
        }

        /// The explanation opens with the verdict and states the base and the votes for.
        #[test]
        fn the_explanation_states_the_figures(r in rules(), q in question(), t in tally(), l in lang()) {
            let voted = t.votes_for + t.against + t.blank + t.invalid + t.abstain;
            // Below 1,000 so that no thousands separator comes between the digits.
            let att = Attendance { present: voted, total: voted + 7 };
            let o = outcome(&r, q, &t, &att, false, l);
            let head = match (o.verdict(), l) {
                (Verdict::Adopted, Lang::En) => "Adopted: ",
                (Verdict::Adopted, Lang::Nl) => "Aangenomen: ",
                (Verdict::Rejected, Lang::En) => "Rejected: ",
                (Verdict::Rejected, Lang::Nl) => "Verworpen: ",
                (Verdict::NoQuorum, Lang::En) => "No decision: ",
                (Verdict::NoQuorum, Lang::Nl) => "Geen besluit: ",
                (Verdict::Postponed, Lang::En) => "Postponed: ",
                (Verdict::Postponed, Lang::Nl) => "Aangehouden: ",
            };
            prop_assert!(o.explanation.starts_with(head), "{}", o.explanation);
            prop_assert!(o.explanation.ends_with('.'));
            if o.verdict() != Verdict::NoQuorum && o.decision.base > 0 {
                prop_assert!(o.explanation.contains(&format!(" {} ", o.decision.base)), "{}", o.explanation);
                prop_assert!(o.explanation.contains(&format!("{} ", o.decision.needed)), "{}", o.explanation);
            }
        }
    }
}
