//! Removing the binding force of a nomination (BW 2:37 lid 4, rules.md A14, B9, Example 3): the
//! meeting may take it away by `binding_nomination_override_majority` of the votes cast, where the
//! statutes say so only with `binding_nomination_override_presence` of all votes present or
//! represented. While the nomination stays binding, a nomination that names one person per seat
//! appoints them.

use crate::domain::rules::Rules;
use crate::domain::rules::types::Majority;

/// Whether a nomination by `nominated_by` ("board" or "members") binds under `rules`: the board's
/// where the statutes create a binding nomination, the members' only where they also give members
/// that right (`binding_nomination_by_members`).
pub fn binds(rules: &Rules, nominated_by: Option<&str>) -> bool {
    rules.binding_nomination_enabled
        && match nominated_by {
            Some("board") => true,
            Some("members") => rules.binding_nomination_by_members.is_some(),
            _ => false,
        }
}

/// The rule a name outside a kept binding nomination breaks, as said on the paper and in refusals.
pub const OUTSIDE_RULE: &str = "under BW 2:37 lid 4 only nominated candidates can be elected while the binding nomination is kept";

/// While a binding nomination is kept (BW 2:37 lid 4), a paper naming a candidate outside it
/// (`candidates` as number and name, `nominees` the numbers it binds to) is invalid: the reason,
/// naming the first such name and the rule. None when every name is a nominee or no candidate.
pub fn outside_nomination(
    names: &[String],
    candidates: &[(i64, String)],
    nominees: &[i64],
) -> Option<String> {
    names.iter().map(|n| n.trim()).find_map(|name| {
        candidates
            .iter()
            .find(|(number, n)| n == name && !nominees.contains(number))
            .map(|_| {
                format!("names '{name}', who is outside the binding nomination ({OUTSIDE_RULE})")
            })
    })
}

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
    fn only_the_nominations_the_statutes_make_binding_bind() {
        let mut r = Rules::default();
        assert!(
            !binds(&r, Some("board")),
            "off unless the statutes create it"
        );
        r.binding_nomination_enabled = true;
        assert!(binds(&r, Some("board")));
        assert!(!binds(&r, Some("members")));
        assert!(!binds(&r, None));
        r.binding_nomination_by_members = Some(10);
        assert!(binds(&r, Some("members")));
    }

    #[test]
    fn a_name_outside_a_kept_nomination_makes_the_paper_invalid() {
        let cands = vec![(1, "A".to_string()), (2, "X".to_string())];
        let s = |v: &[&str]| v.iter().map(|x| x.to_string()).collect::<Vec<_>>();
        assert_eq!(outside_nomination(&s(&["A"]), &cands, &[1]), None);
        assert_eq!(outside_nomination(&s(&["Nobody"]), &cands, &[1]), None);
        let why = outside_nomination(&s(&[" X "]), &cands, &[1]).unwrap();
        assert!(
            why.starts_with("names 'X', who is outside the binding nomination"),
            "{why}"
        );
        assert!(why.contains("BW 2:37 lid 4"), "{why}");
    }

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
