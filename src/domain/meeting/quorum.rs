//! The quorum statement: the meeting's base (members with a vote, BW 2:24d), who is present in
//! person and by proxy, and for every quorum rule of the statutes whether it is met, with the
//! numbers the room can check. Integer arithmetic only (rules.md §3). The statement is a value:
//! it can be computed at any moment and stored with a vote.

use serde::Serialize;

use crate::domain::rules::{Fraction, Rules};

/// The counts a statement is made from, read from the meeting's snapshot of voters.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    /// Members with a vote on the meeting date.
    pub voters: u64,
    /// Their votes: the base of every quorum.
    pub total_votes: u64,
    /// Members present in person (checked in and not checked out), with or without a vote.
    pub present_members: u64,
    pub present_votes: u64,
    /// Proxies whose holder is present.
    pub proxies: u64,
    pub represented_votes: u64,
}

impl Counts {
    /// Votes present or represented.
    pub fn available(&self) -> u64 {
        self.present_votes + self.represented_votes
    }
}

/// One quorum rule of the statutes, judged.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Line {
    pub key: &'static str,
    /// The fraction, or "none" when the statutes set no quorum.
    pub fraction: String,
    /// False when the rule does not apply to this meeting (a second meeting's quorum at a first).
    pub applies: bool,
    pub needed: u64,
    pub met: bool,
    /// "121 of 194 votes present or represented; 2/3 needs 130: not met".
    pub text: String,
}

/// The whole statement.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Statement {
    pub meeting: i64,
    /// RFC 3339: when it was computed.
    pub at: String,
    /// The start of the rules version it was judged under.
    pub rules_from: String,
    pub second_meeting: bool,
    /// True once the snapshot of voters is fixed (the meeting was opened).
    pub snapshot: bool,
    #[serde(flatten)]
    pub counts: Counts,
    pub available_votes: u64,
    pub rules: Vec<Line>,
}

fn line(key: &'static str, f: Option<Fraction>, applies: bool, c: &Counts, why_not: &str) -> Line {
    let avail = c.available();
    let head = format!("{avail} of {} votes present or represented", c.total_votes);
    let (needed, met, tail) = match f {
        None => (0, true, "no quorum in the statutes: met".to_string()),
        Some(f) => {
            let needed = f.needed(c.total_votes);
            let met = f.reached(avail, c.total_votes);
            (
                needed,
                met,
                format!(
                    "{f} needs {needed}: {}",
                    if met { "met" } else { "not met" }
                ),
            )
        }
    };
    let text = if applies {
        format!("{head}; {tail}")
    } else {
        format!("{head}; {tail} ({why_not})")
    };
    Line {
        key,
        fraction: f.map_or_else(|| "none".into(), |f| f.to_string()),
        applies,
        needed,
        met,
        text,
    }
}

/// Judges every quorum rule for a meeting with these counts.
pub fn lines(rules: &Rules, c: &Counts, second_meeting: bool) -> Vec<Line> {
    vec![
        line("quorum_ordinary", rules.quorum_ordinary, true, c, ""),
        line(
            "statute_amendment_quorum",
            rules.statute_amendment_quorum,
            !second_meeting,
            c,
            "a second meeting decides under second_meeting_quorum",
        ),
        line("dissolution_quorum", rules.dissolution_quorum, true, c, ""),
        line(
            "second_meeting_quorum",
            rules.second_meeting_quorum,
            second_meeting,
            c,
            "applies only at a second meeting",
        ),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn example_2_first_meeting() {
        // 194 votes; 101 present and 20 proxies: 121; 2/3 needs 130.
        let rules = Rules {
            statute_amendment_quorum: Some(Fraction::of(2, 3)),
            ..Rules::default()
        };
        let c = Counts {
            voters: 194,
            total_votes: 194,
            present_members: 101,
            present_votes: 101,
            proxies: 20,
            represented_votes: 20,
        };
        let l = lines(&rules, &c, false);
        let amend = l
            .iter()
            .find(|l| l.key == "statute_amendment_quorum")
            .unwrap();
        assert_eq!(
            amend.text,
            "121 of 194 votes present or represented; 2/3 needs 130: not met"
        );
        assert!(!amend.met && amend.applies && amend.needed == 130);
        assert!(l[0].met && l[0].fraction == "none");
        // At the second meeting: 68 represented, no quorum.
        let c2 = Counts {
            present_votes: 60,
            represented_votes: 8,
            ..c
        };
        let l = lines(&rules, &c2, true);
        assert!(l[3].applies && l[3].met);
        assert!(!l[1].applies);
        // 130 reaches it exactly: 3*130 = 390 >= 388.
        let c3 = Counts {
            present_votes: 110,
            represented_votes: 20,
            ..c
        };
        assert!(lines(&rules, &c3, false)[1].met);
    }
}
