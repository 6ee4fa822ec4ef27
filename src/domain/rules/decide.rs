//! Pure decision helpers for meeting and vote code: majorities, quorums, notice periods and
//! members' requests, computed from `Rules` with integers only. Each is tested with its worked
//! example from rules.md §3.

use chrono::{Days, NaiveDate};

use super::Rules;
use super::types::{
    Fraction, Majority, MajorityBase, MajorityFormula, NoticeDayCounting, TieMatters,
};

/// How many votes for a proposal must bring, relative to a base.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Threshold {
    /// Strictly more than half ("volstrekte meerderheid"): `2*for > base`.
    MoreThanHalf,
    /// Literal "helft plus één": `2*for >= base + 2`, one vote more than the above on odd bases.
    HalfPlusOne,
    /// At least a fraction, e.g. two-thirds: `3*for >= 2*base`.
    AtLeast(Fraction),
}

impl Threshold {
    /// True when `votes_for` reaches the threshold. Nothing is adopted when the base is 0.
    pub fn passes(self, votes_for: u64, base: u64) -> bool {
        if base == 0 {
            return false;
        }
        let (f, b) = (u128::from(votes_for), u128::from(base));
        match self {
            Threshold::MoreThanHalf => 2 * f > b,
            Threshold::HalfPlusOne => 2 * f >= b + 2,
            Threshold::AtLeast(fr) => fr.reached(votes_for, base),
        }
    }

    /// The fewest votes for that pass, on this base (at least 1).
    pub fn needed(self, base: u64) -> u64 {
        match self {
            Threshold::MoreThanHalf => base / 2 + 1,
            Threshold::HalfPlusOne => base.saturating_add(2).div_ceil(2),
            Threshold::AtLeast(fr) => fr.needed(base).max(1),
        }
    }
}

/// A decision by votes cast, blank, invalid and abstentions left out: `for` against `for + against`.
pub fn is_adopted(votes_for: u64, against: u64, threshold: Threshold) -> bool {
    threshold.passes(votes_for, votes_for + against)
}

/// The counted votes on one question.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tally {
    pub votes_for: u64,
    pub against: u64,
    pub blank: u64,
    pub invalid: u64,
    pub abstain: u64,
}

/// Who could vote: votes present or represented, and all votes of members with a vote on the day
/// (BW 2:24d: suspended members and members without a vote are in neither).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Attendance {
    pub present: u64,
    pub total: u64,
}

/// The kind of decision, which selects the quorum and majority keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Question {
    Ordinary,
    StatuteAmendment,
    /// The statute amendment at the second meeting after the first lacked its quorum (B10).
    StatuteAmendmentSecondMeeting,
    Dissolution,
    /// Removing the binding force of a nomination (BW 2:37).
    BindingNominationOverride,
    BoardDismissal,
}

impl Question {
    /// The keys its quorum and its majority are read from (`Rules::requirement`), for citing the
    /// statutes' articles; the ordinary majority's own keys follow where the majority is ordinary.
    pub fn keys(self, rules: &Rules) -> (&'static str, Vec<&'static str>) {
        let (quorum, majority, which) = match self {
            Question::Ordinary => ("quorum_ordinary", None, Majority::Ordinary),
            Question::StatuteAmendment => (
                "statute_amendment_quorum",
                Some("statute_amendment_majority"),
                rules.statute_amendment_majority,
            ),
            Question::StatuteAmendmentSecondMeeting => (
                "second_meeting_quorum",
                Some("second_meeting_majority"),
                rules.second_meeting_majority,
            ),
            Question::Dissolution => (
                "dissolution_quorum",
                Some("dissolution_majority"),
                rules.dissolution_majority,
            ),
            Question::BindingNominationOverride => (
                "binding_nomination_override_presence",
                Some("binding_nomination_override_majority"),
                rules.binding_nomination_override_majority,
            ),
            Question::BoardDismissal => (
                "quorum_ordinary",
                Some("board_dismissal_majority"),
                rules.board_dismissal_majority,
            ),
        };
        let mut keys: Vec<&'static str> = majority.into_iter().collect();
        if which == Majority::Ordinary {
            keys.extend(["majority_ordinary_base", "majority_formula"]);
        }
        (quorum, keys)
    }
}

/// What a question needs: a quorum (share of all votes present), a base and a threshold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Requirement {
    pub quorum: Option<Fraction>,
    pub base: MajorityBase,
    pub threshold: Threshold,
}

/// The outcome under the rules (advice to the chair, whose declaration decides, BW 2:13).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    Adopted,
    Rejected,
    /// The quorum was not present: no valid decision.
    NoQuorum,
    /// A tie under `tie_matters = postpone_then_reject`, the first time.
    Postponed,
}

/// A verdict with the numbers behind it, for the minutes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Decision {
    pub verdict: Verdict,
    pub base: u64,
    pub needed: u64,
    /// Votes that had to be present, when a quorum applies.
    pub quorum_needed: Option<u64>,
}

impl Rules {
    /// The threshold of an ordinary majority under `majority_formula`.
    pub fn ordinary_threshold(&self) -> Threshold {
        match self.majority_formula {
            MajorityFormula::StrictMoreThanHalf => Threshold::MoreThanHalf,
            MajorityFormula::HalfPlusOne => Threshold::HalfPlusOne,
        }
    }

    /// The quorum, base and threshold for a kind of question.
    pub fn requirement(&self, q: Question) -> Requirement {
        let (quorum, majority) = match q {
            Question::Ordinary => (self.quorum_ordinary, Majority::Ordinary),
            Question::StatuteAmendment => (
                self.statute_amendment_quorum,
                self.statute_amendment_majority,
            ),
            Question::StatuteAmendmentSecondMeeting => {
                (self.second_meeting_quorum, self.second_meeting_majority)
            }
            Question::Dissolution => (self.dissolution_quorum, self.dissolution_majority),
            Question::BindingNominationOverride => (
                self.binding_nomination_override_presence,
                self.binding_nomination_override_majority,
            ),
            Question::BoardDismissal => (self.quorum_ordinary, self.board_dismissal_majority),
        };
        let (base, threshold) = match majority {
            Majority::Ordinary => (self.majority_ordinary_base, self.ordinary_threshold()),
            Majority::AtLeast(f) => (MajorityBase::Cast, Threshold::AtLeast(f)),
        };
        Requirement {
            quorum,
            base,
            threshold,
        }
    }

    /// Whether an abstention weighs otherwise than a blank vote, so that a ballot paper needs a
    /// box for each ("onthouding" beside "blanco"); under the model statutes neither is cast.
    pub fn abstention_apart_from_blank(&self) -> bool {
        self.abstention_counts_as_cast != self.blank_counts_as_cast
    }

    /// Votes cast: for + against, plus blank, invalid and abstentions where the statutes count them.
    pub fn cast(&self, t: &Tally) -> u64 {
        let mut cast = t.votes_for + t.against;
        if self.blank_counts_as_cast {
            cast += t.blank;
        }
        if self.invalid_counts_as_cast {
            cast += t.invalid;
        }
        if self.abstention_counts_as_cast {
            cast += t.abstain;
        }
        cast
    }

    /// Decides a question. `tied_before` says the same question was postponed on a tie already.
    pub fn decide(&self, q: Question, t: &Tally, a: &Attendance, tied_before: bool) -> Decision {
        let req = self.requirement(q);
        let base = match req.base {
            MajorityBase::Cast => self.cast(t),
            MajorityBase::Present => a.present,
            MajorityBase::All => a.total,
        };
        let needed = req.threshold.needed(base);
        let quorum_needed = req.quorum.map(|f| f.needed(a.total));
        let verdict = if req.quorum.is_some_and(|f| !f.reached(a.present, a.total)) {
            Verdict::NoQuorum
        } else if req.threshold.passes(t.votes_for, base) {
            Verdict::Adopted
        } else if t.votes_for == t.against
            && self.tie_matters == TieMatters::PostponeThenReject
            && !tied_before
        {
            Verdict::Postponed
        } else {
            Verdict::Rejected
        };
        Decision {
            verdict,
            base,
            needed,
            quorum_needed,
        }
    }
}

fn plus(d: NaiveDate, days: u32) -> NaiveDate {
    d.checked_add_days(Days::new(days.into()))
        .unwrap_or(NaiveDate::MAX)
}

fn minus(d: NaiveDate, days: u32) -> NaiveDate {
    d.checked_sub_days(Days::new(days.into()))
        .unwrap_or(NaiveDate::MIN)
}

/// Days of notice a convocation sent on `sent` gives for a meeting on `meeting`.
pub fn notice_days_given(sent: NaiveDate, meeting: NaiveDate, counting: NoticeDayCounting) -> i64 {
    let between = (meeting - sent).num_days();
    match counting {
        NoticeDayCounting::ExcludeBoth => between - 1,
        NoticeDayCounting::IncludeSendingDay => between,
    }
}

/// True when a convocation sent on `sent` gives at least `days` of notice.
pub fn notice_ok(
    sent: NaiveDate,
    meeting: NaiveDate,
    days: u32,
    counting: NoticeDayCounting,
) -> bool {
    notice_days_given(sent, meeting, counting) >= i64::from(days)
}

/// The last day a convocation can go out and still give `days` of notice.
pub fn latest_sending_date(
    meeting: NaiveDate,
    days: u32,
    counting: NoticeDayCounting,
) -> NaiveDate {
    match counting {
        NoticeDayCounting::ExcludeBoth => minus(meeting, days.saturating_add(1)),
        NoticeDayCounting::IncludeSendingDay => minus(meeting, days),
    }
}

/// True when a text lies open from `open_from`, at least `days` before the meeting day
/// ("ten minste vijf dagen vóór de dag der vergadering"): `open_from <= meeting - days`.
pub fn inspection_ok(open_from: NaiveDate, meeting: NaiveDate, days: u32) -> bool {
    open_from <= minus(meeting, days)
}

/// The dates of a members' request to convene (BW 2:41).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RequestDeadlines {
    /// If the board has not convened by this day, the requesters may convene themselves.
    pub board_acts_by: NaiveDate,
    /// The meeting must be held by this day.
    pub meeting_by: NaiveDate,
}

/// The window of a second meeting after a meeting without quorum.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SecondMeeting {
    pub earliest: NaiveDate,
    pub latest: NaiveDate,
    /// The last day its convocation can go out for a meeting on `latest`.
    pub convene_by: NaiveDate,
}

impl Rules {
    /// Notice check for an ordinary meeting.
    pub fn ordinary_notice_ok(&self, sent: NaiveDate, meeting: NaiveDate) -> bool {
        notice_ok(
            sent,
            meeting,
            self.notice_days_ordinary,
            self.notice_day_counting,
        )
    }

    /// Notice check for a meeting that decides on a statute amendment (BW 2:42).
    pub fn statute_amendment_notice_ok(&self, sent: NaiveDate, meeting: NaiveDate) -> bool {
        let days = self.notice_days_statute_amendment;
        notice_ok(sent, meeting, days, self.notice_day_counting)
    }

    /// Inspection check for the verbatim text of a statute amendment (BW 2:42).
    pub fn statute_amendment_inspection_ok(
        &self,
        open_from: NaiveDate,
        meeting: NaiveDate,
    ) -> bool {
        inspection_ok(open_from, meeting, self.inspection_days_statute_amendment)
    }

    /// True when requesters holding `requester_votes` of `total_votes` may demand a meeting.
    pub fn member_request_threshold_met(&self, requester_votes: u64, total_votes: u64) -> bool {
        self.member_request_threshold
            .reached(requester_votes, total_votes)
    }

    /// The deadlines that run from a members' request received on `received`.
    pub fn member_request_deadlines(&self, received: NaiveDate) -> RequestDeadlines {
        RequestDeadlines {
            board_acts_by: plus(received, self.member_request_self_convene_days),
            meeting_by: plus(received, self.member_request_meeting_days),
        }
    }

    /// When the second meeting after a meeting on `first` (without quorum) may be held, and by
    /// when it must be convened to be held on the last day (with the statute-amendment notice).
    pub fn second_meeting(&self, first: NaiveDate) -> SecondMeeting {
        let latest = plus(first, self.second_meeting_window_days);
        SecondMeeting {
            earliest: plus(first, self.second_meeting_min_gap_days),
            latest,
            convene_by: latest_sending_date(
                latest,
                self.notice_days_statute_amendment,
                self.notice_day_counting,
            ),
        }
    }
}

#[cfg(test)]
#[path = "decide_tests.rs"]
mod tests;
