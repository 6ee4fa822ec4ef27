//! The result of a vote: `Rules::decide` for the verdict and its numbers, and an explanation that
//! states the figures and the rules applied, in the association's language, so that the room can
//! check the laptop. Integer arithmetic only (rules.md §3).

use crate::domain::lang::Lang;
use crate::domain::rules::Rules;
use crate::domain::rules::decide::{
    Attendance, Decision, Question, Requirement, Tally, Threshold, Verdict,
};
use crate::domain::rules::types::MajorityBase;

use super::explain;

/// A vote's result under the rules, with everything it was computed from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    pub decision: Decision,
    pub question: Question,
    pub requirement: Requirement,
    pub tally: Tally,
    pub attendance: Attendance,
    pub tied_before: bool,
    /// One paragraph for the minutes: the verdict, the figures and the rules.
    pub explanation: String,
}

/// Computes the result and its explanation.
pub fn outcome(
    rules: &Rules,
    question: Question,
    tally: &Tally,
    attendance: &Attendance,
    tied_before: bool,
    lang: Lang,
) -> Outcome {
    let mut o = Outcome {
        decision: rules.decide(question, tally, attendance, tied_before),
        question,
        requirement: rules.requirement(question),
        tally: *tally,
        attendance: *attendance,
        tied_before,
        explanation: String::new(),
    };
    o.explanation = explain::text(rules, &o, lang);
    o
}

/// The stored name of a verdict.
pub fn verdict_name(v: Verdict) -> &'static str {
    match v {
        Verdict::Adopted => "adopted",
        Verdict::Rejected => "rejected",
        Verdict::NoQuorum => "no_quorum",
        Verdict::Postponed => "postponed",
    }
}

/// The verdict with this stored name.
pub fn verdict_from_name(name: &str) -> Option<Verdict> {
    [
        Verdict::Adopted,
        Verdict::Rejected,
        Verdict::NoQuorum,
        Verdict::Postponed,
    ]
    .into_iter()
    .find(|v| verdict_name(*v) == name)
}

/// The stored name of a majority base.
pub fn base_name(b: MajorityBase) -> &'static str {
    b.name()
}

/// The stored form of a threshold: `more_than_half`, `half_plus_one`, or the fraction (`2/3`).
pub fn threshold_name(t: Threshold) -> String {
    match t {
        Threshold::MoreThanHalf => "more_than_half".into(),
        Threshold::HalfPlusOne => "half_plus_one".into(),
        Threshold::AtLeast(f) => f.to_string(),
    }
}

/// The stored name of a question.
pub fn question_name(q: Question) -> &'static str {
    match q {
        Question::Ordinary => "ordinary",
        Question::StatuteAmendment => "statute_amendment",
        Question::StatuteAmendmentSecondMeeting => "statute_amendment_second_meeting",
        Question::Dissolution => "dissolution",
        Question::BindingNominationOverride => "binding_nomination_override",
        Question::BoardDismissal => "board_dismissal",
    }
}

/// The question with this stored name.
pub fn question_from_name(name: &str) -> Option<Question> {
    [
        Question::Ordinary,
        Question::StatuteAmendment,
        Question::StatuteAmendmentSecondMeeting,
        Question::Dissolution,
        Question::BindingNominationOverride,
        Question::BoardDismissal,
    ]
    .into_iter()
    .find(|q| question_name(*q) == name)
}

/// The rule keys that set a question's quorum and its majority.
pub fn keys(q: Question) -> (&'static str, Option<&'static str>) {
    match q {
        Question::Ordinary => ("quorum_ordinary", None),
        Question::StatuteAmendment => (
            "statute_amendment_quorum",
            Some("statute_amendment_majority"),
        ),
        Question::StatuteAmendmentSecondMeeting => {
            ("second_meeting_quorum", Some("second_meeting_majority"))
        }
        Question::Dissolution => ("dissolution_quorum", Some("dissolution_majority")),
        Question::BindingNominationOverride => (
            "binding_nomination_override_presence",
            Some("binding_nomination_override_majority"),
        ),
        Question::BoardDismissal => ("quorum_ordinary", Some("board_dismissal_majority")),
    }
}

impl Outcome {
    pub fn verdict(&self) -> Verdict {
        self.decision.verdict
    }

    pub fn result_name(&self) -> &'static str {
        verdict_name(self.decision.verdict)
    }

    pub fn base_name(&self) -> &'static str {
        base_name(self.requirement.base)
    }

    pub fn threshold_name(&self) -> String {
        threshold_name(self.requirement.threshold)
    }
}
