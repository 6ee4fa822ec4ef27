//! Removing the binding force of a nomination (BW 2:37 lid 4, rules.md A14, B9, Example 3): the
//! meeting may take it away by `binding_nomination_override_majority` of the votes cast, where the
//! statutes say so only with `binding_nomination_override_presence` of all votes present or
//! represented. While the nomination stays binding, a nomination that names one person per seat
//! appoints them.

use crate::domain::rules::Rules;
use crate::domain::rules::types::Majority;

/// The meeting's vote on removing the binding force.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OverrideVote {
    pub votes_for: u64,
    pub against: u64,
    /// Votes present or represented, and in total (for the presence requirement).
    pub present: u64,
    pub total: u64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OverrideDecision {
    pub removed: bool,
    /// Votes for removal needed on these votes cast.
    pub needed: u64,
    pub explanation: String,
}

pub fn decide_override(rules: &Rules, v: &OverrideVote) -> OverrideDecision {
    let cast = v.votes_for + v.against;
    let (passes, needed, what) = match rules.binding_nomination_override_majority {
        Majority::AtLeast(f) => (
            f.reached(v.votes_for, cast),
            f.needed(cast).max(1),
            format!("at least {}/{} of the votes cast", f.num(), f.den()),
        ),
        Majority::Ordinary => {
            let t = rules.ordinary_threshold();
            (
                t.passes(v.votes_for, cast),
                t.needed(cast),
                "an ordinary majority of the votes cast".to_string(),
            )
        }
    };
    let mut explanation = format!(
        "{} of {cast} votes cast for removing the binding force; {what} is needed: {needed}.",
        v.votes_for
    );
    let mut removed = passes;
    if let Some(p) = rules.binding_nomination_override_presence
        && !p.reached(v.present, v.total)
    {
        removed = false;
        explanation.push_str(&format!(
            " The statutes require {}/{} of all {} votes present or represented; {} are.",
            p.num(),
            p.den(),
            v.total,
            v.present
        ));
    }
    explanation.push_str(if removed {
        " The nomination is no longer binding."
    } else {
        " The nomination stays binding."
    });
    OverrideDecision {
        removed,
        needed,
        explanation,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn example_3_fifty_of_eighty_keeps_the_nomination_binding() {
        let rules = Rules::default();
        let v = OverrideVote {
            votes_for: 50,
            against: 30,
            present: 80,
            total: 120,
        };
        let d = decide_override(&rules, &v);
        assert_eq!(d.needed, 54);
        assert!(!d.removed);
        let d = decide_override(
            &rules,
            &OverrideVote {
                votes_for: 54,
                against: 26,
                ..v
            },
        );
        assert!(d.removed, "3*54 = 162 >= 160");
    }
}
