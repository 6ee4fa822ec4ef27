//! Judging one paper ballot (rules.md B4): blank, valid, or invalid with the reason. Invalid and
//! blank papers are kept, never dropped; only the tellers' reading of the names happens here.

use crate::tally::Method;

/// A paper as the tellers read it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Paper {
    /// The candidate numbers named, in the paper's order.
    Valid(Vec<i64>),
    Blank,
    Invalid(String),
}

/// How many names one paper may hold under `method` for `seats` seats; None: any number.
/// Each round of a majority-runoff election is a ballot for one person (B7).
pub fn names_allowed(method: Method, seats: usize) -> Option<usize> {
    match method {
        Method::MajorityRunoff => Some(1),
        Method::Majority | Method::Plurality => Some(seats),
        Method::Approval
        | Method::Irv
        | Method::StvScottish
        | Method::StvMeek
        | Method::Schulze => None,
    }
}

/// How a voter fills in a ballot with a code: one name, a list of approved names, or a ranking.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    Choice,
    Approve,
    Rank,
}

impl Form {
    pub fn flag(self) -> &'static str {
        match self {
            Form::Choice => "--choice NAME",
            Form::Approve => "--approve \"A,B\"",
            Form::Rank => "--rank \"A,B,C\"",
        }
    }
}

/// The forms a ballot under `method` for `seats` seats takes. One name is always a ballot (an
/// approval of one, a ranking of one); a list of names where a paper may hold several without
/// order; a ranking where the method reads preferences.
pub fn forms(method: Method, seats: usize) -> &'static [Form] {
    match method {
        Method::MajorityRunoff => &[Form::Choice],
        Method::Majority | Method::Plurality if seats == 1 => &[Form::Choice],
        Method::Majority | Method::Plurality | Method::Approval => &[Form::Choice, Form::Approve],
        Method::Irv | Method::StvScottish | Method::StvMeek | Method::Schulze => {
            &[Form::Choice, Form::Rank]
        }
    }
}

/// Judges a paper naming `names` (in order) against the election's `candidates` (number, name)
/// and the numbers on this round's ballot. A name that is nobody's, a name written twice, a
/// candidate not on this round's ballot or more names than allowed make the paper invalid (B4).
pub fn judge(
    names: &[String],
    candidates: &[(i64, String)],
    on_ballot: &[i64],
    allowed: Option<usize>,
) -> Paper {
    let names: Vec<&str> = names
        .iter()
        .map(|n| n.trim())
        .filter(|n| !n.is_empty())
        .collect();
    if names.is_empty() {
        return Paper::Blank;
    }
    let mut chosen = Vec::new();
    for name in &names {
        let Some((number, _)) = candidates.iter().find(|(_, n)| n == name) else {
            return Paper::Invalid(format!("names '{name}', who is not a candidate"));
        };
        if chosen.contains(number) {
            return Paper::Invalid(format!("names '{name}' twice"));
        }
        if !on_ballot.contains(number) {
            return Paper::Invalid(format!("names '{name}', who is not on this round's ballot"));
        }
        chosen.push(*number);
    }
    if let Some(max) = allowed
        && chosen.len() > max
    {
        return Paper::Invalid(format!(
            "names {} candidates where {max} {} allowed",
            chosen.len(),
            if max == 1 { "is" } else { "are" }
        ));
    }
    Paper::Valid(chosen)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cands() -> Vec<(i64, String)> {
        vec![(1, "A".into()), (2, "B".into()), (3, "C".into())]
    }

    fn s(v: &[&str]) -> Vec<String> {
        v.iter().map(|x| x.to_string()).collect()
    }

    #[test]
    fn blank_valid_and_each_invalid_reason() {
        let all = [1, 2, 3];
        assert_eq!(judge(&s(&[]), &cands(), &all, Some(1)), Paper::Blank);
        assert_eq!(judge(&s(&[" "]), &cands(), &all, Some(1)), Paper::Blank);
        assert_eq!(
            judge(&s(&["B"]), &cands(), &all, Some(1)),
            Paper::Valid(vec![2])
        );
        assert_eq!(
            judge(&s(&["A", "B"]), &cands(), &all, Some(1)),
            Paper::Invalid("names 2 candidates where 1 is allowed".into())
        );
        assert_eq!(
            judge(&s(&["D"]), &cands(), &all, None),
            Paper::Invalid("names 'D', who is not a candidate".into())
        );
        assert_eq!(
            judge(&s(&["A", "B", "A"]), &cands(), &all, None),
            Paper::Invalid("names 'A' twice".into())
        );
        assert_eq!(
            judge(&s(&["C"]), &cands(), &[1, 2], Some(1)),
            Paper::Invalid("names 'C', who is not on this round's ballot".into())
        );
        assert_eq!(
            judge(&s(&["C", "A", "B"]), &cands(), &all, None),
            Paper::Valid(vec![3, 1, 2])
        );
    }

    #[test]
    fn forms_by_method() {
        assert_eq!(forms(Method::MajorityRunoff, 1), &[Form::Choice]);
        assert_eq!(forms(Method::Plurality, 1), &[Form::Choice]);
        assert!(forms(Method::Plurality, 3).contains(&Form::Approve));
        assert!(forms(Method::Approval, 1).contains(&Form::Approve));
        assert!(!forms(Method::Approval, 2).contains(&Form::Rank));
        assert!(forms(Method::StvMeek, 3).contains(&Form::Rank));
        assert!(!forms(Method::Schulze, 1).contains(&Form::Approve));
    }

    #[test]
    fn names_allowed_by_method() {
        assert_eq!(names_allowed(Method::MajorityRunoff, 1), Some(1));
        assert_eq!(names_allowed(Method::Plurality, 3), Some(3));
        assert_eq!(names_allowed(Method::StvScottish, 3), None);
    }
}
