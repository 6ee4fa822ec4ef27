//! What one voter chooses, and how a voter with several votes (a weighted member, rules.md A15)
//! divides them: `for=3,against=2`, whose parts must add up to the voter's weight.

use crate::domain::msg::msg;
use std::fmt;
use std::str::FromStr;

use crate::domain::DomainError;
use crate::domain::rules::decide::Tally;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Choice {
    For,
    Against,
    Abstain,
    Blank,
}

impl Choice {
    pub const ALL: [Choice; 4] = [Choice::For, Choice::Against, Choice::Abstain, Choice::Blank];
    pub const NAMES: &'static [&'static str] = &["for", "against", "abstain", "blank"];

    pub fn name(self) -> &'static str {
        match self {
            Choice::For => "for",
            Choice::Against => "against",
            Choice::Abstain => "abstain",
            Choice::Blank => "blank",
        }
    }

    fn index(self) -> usize {
        match self {
            Choice::For => 0,
            Choice::Against => 1,
            Choice::Abstain => 2,
            Choice::Blank => 3,
        }
    }
}

impl fmt::Display for Choice {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Choice {
    type Err = DomainError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let t = s.trim().to_lowercase();
        // The words printed on a Dutch ballot paper are accepted as well as the English ones.
        let dutch = match t.as_str() {
            "voor" => Some(Choice::For),
            "tegen" => Some(Choice::Against),
            "onthouding" => Some(Choice::Abstain),
            "blanco" => Some(Choice::Blank),
            _ => None,
        };
        dutch
            .or_else(|| Choice::ALL.into_iter().find(|c| c.name() == t))
            .ok_or_else(|| {
                DomainError::invalid_said("choice", msg!("choice-unknown", given = s.trim()))
            })
    }
}

/// A voter's votes divided over the choices; the parts add up to the voter's weight.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Split {
    votes: [u64; 4],
}

impl Split {
    /// All `weight` votes for one choice.
    pub fn whole(choice: Choice, weight: u64) -> Split {
        let mut s = Split::default();
        s.votes[choice.index()] = weight;
        s
    }

    /// Parses `for=3,against=2` for a voter with `weight` votes. Each choice at most once; the
    /// parts must add up to exactly `weight`.
    pub fn parse(text: &str, weight: u64) -> Result<Split, DomainError> {
        let bad = |m| DomainError::invalid_said("split", m);
        let mut s = Split::default();
        let mut seen = [false; 4];
        for part in text.split(',').map(str::trim).filter(|p| !p.is_empty()) {
            let Some((name, n)) = part.split_once('=') else {
                return Err(bad(msg!("split-part-not-choice", part = part)));
            };
            let choice: Choice = name.parse()?;
            let n: u64 = n
                .trim()
                .parse()
                .map_err(|_| bad(msg!("split-not-whole", given = n.trim(), part = part)))?;
            if std::mem::replace(&mut seen[choice.index()], true) {
                return Err(bad(msg!(
                    "split-named-twice",
                    choice = choice.name(),
                    text = text.trim()
                )));
            }
            s.votes[choice.index()] = n;
        }
        if !seen.iter().any(|x| *x) {
            return Err(bad(msg!("split-empty")));
        }
        let total = s.total();
        if total != Some(weight) {
            let sum: crate::domain::msg::Arg = match total {
                Some(t) => t.into(),
                None => msg!("split-too-many").into(),
            };
            return Err(bad(msg!("split-sum-wrong", sum = sum, weight = weight)));
        }
        Ok(s)
    }

    /// Votes for one choice.
    pub fn get(&self, choice: Choice) -> u64 {
        self.votes[choice.index()]
    }

    /// The sum of the parts (None on overflow, which no weight can equal).
    pub fn total(&self) -> Option<u64> {
        self.votes.iter().try_fold(0u64, |a, v| a.checked_add(*v))
    }

    /// The non-zero parts, in the order for, against, abstain, blank.
    pub fn parts(&self) -> Vec<(Choice, u64)> {
        Choice::ALL
            .into_iter()
            .map(|c| (c, self.get(c)))
            .filter(|(_, n)| *n > 0)
            .collect()
    }

    /// The single choice when the votes are not divided.
    pub fn single(&self) -> Option<Choice> {
        match self.parts().as_slice() {
            [(c, _)] => Some(*c),
            _ => None,
        }
    }

    /// Adds these votes to a tally.
    pub fn add_to(&self, t: &mut Tally) {
        t.votes_for += self.get(Choice::For);
        t.against += self.get(Choice::Against);
        t.abstain += self.get(Choice::Abstain);
        t.blank += self.get(Choice::Blank);
    }
}

/// `for=3,against=2`, the form `parse` reads.
impl fmt::Display for Split {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let parts: Vec<String> = self
            .parts()
            .iter()
            .map(|(c, n)| format!("{c}={n}"))
            .collect();
        f.write_str(&parts.join(","))
    }
}

#[cfg(test)]
mod words_tests {
    use super::*;

    /// The words on a Dutch ballot paper are choices too (issue 27).
    #[test]
    fn the_printed_words_are_choices() {
        for (word, c) in [
            ("voor", Choice::For),
            ("Tegen", Choice::Against),
            ("blanco", Choice::Blank),
            ("onthouding", Choice::Abstain),
            ("for", Choice::For),
            ("blank", Choice::Blank),
        ] {
            assert_eq!(word.parse::<Choice>().unwrap(), c, "{word}");
        }
        let err = "misschien".parse::<Choice>().unwrap_err().to_string();
        assert!(err.contains("voor, tegen"), "{err}");
    }
}
