//! An election as it is kept: the election, its candidates, rounds, papers and counted results,
//! with their states as enums. The store turns its text into these at its edge
//! (`store/stored.rs`) and refuses a text it does not know; JSON shows the same words.

use serde::Serialize;

use super::round::Kind;
use crate::tally::Method;

/// Declares a state enum kept as text: its words (`as_str`, serde) and its parser.
macro_rules! stored_words {
    ($(#[$doc:meta])* $name:ident { $($(#[$vdoc:meta])* $variant:ident => $word:literal),+ $(,)? }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
        pub enum $name {
            $($(#[$vdoc])* #[serde(rename = $word)] $variant),+
        }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            pub fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $word),+
                }
            }

            /// The state a stored text names; `None` for a text no version wrote.
            pub fn parse(s: &str) -> Option<$name> {
                Self::ALL.iter().copied().find(|v| v.as_str() == s)
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

stored_words! {
    /// Where an election stands.
    Status {
        Open => "open",
        Elected => "elected",
        /// A runoff tied and the statutes hold the election over (B8).
        Postponed => "postponed",
    }
}

stored_words! {
    /// Whether a round still takes papers.
    RoundStatus {
        Open => "open",
        Counted => "counted",
    }
}

stored_words! {
    /// How a paper was judged when it was entered.
    PaperStatus {
        Valid => "valid",
        Blank => "blank",
        Invalid => "invalid",
    }
}

stored_words! {
    /// What a counted round decided (the name of `round::Outcome`, or `elected` by a one-ballot
    /// method).
    Decided {
        Elected => "elected",
        Runoff => "runoff",
        Free => "free",
        Tie => "tie",
        Postponed => "postponed",
    }
}

impl From<&super::round::Outcome> for Decided {
    fn from(o: &super::round::Outcome) -> Self {
        use super::round::Outcome as O;
        match o {
            O::Elected(_) => Decided::Elected,
            O::Runoff(_) => Decided::Runoff,
            O::Free(_) => Decided::Free,
            O::Tie(_) => Decided::Tie,
            O::Postponed => Decided::Postponed,
        }
    }
}

impl Decided {
    /// The election's status after a round decided this: with `next` candidates (a seat filled
    /// and more to fill, or another ballot) it stays open.
    pub fn status_after(self, next: &[i64]) -> Status {
        match self {
            Decided::Elected if next.is_empty() => Status::Elected,
            Decided::Postponed => Status::Postponed,
            _ => Status::Open,
        }
    }

    /// The kind of the round that follows this one, or `None` when it decided the election.
    pub fn next_kind(self, next: &[i64]) -> Option<Kind> {
        match self {
            // A tie between the last candidates: the new ballot is between the tied.
            Decided::Runoff | Decided::Tie => Some(Kind::Runoff),
            Decided::Free => Some(Kind::Free),
            // Majority-runoff for several seats: a seat is filled, the next seat's ballots begin
            // with a free round of the candidates still standing.
            Decided::Elected if !next.is_empty() => Some(Kind::Free),
            Decided::Elected | Decided::Postponed => None,
        }
    }
}

/// An election.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Election {
    pub id: i64,
    pub meeting_id: i64,
    pub title: String,
    pub seats: i64,
    pub method: Method,
    pub status: Status,
    pub seed: u64,
    pub created_at: String,
    /// The election fills board seats: the elected members' terms are kept (`board_term`).
    pub board: bool,
}

/// A candidate of an election.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    pub number: i64,
    pub member_id: Option<i64>,
    /// The member number, for display.
    pub member_number: Option<i64>,
    pub name: String,
    pub nominated_by: Option<String>,
    pub withdrawn: bool,
    /// Why the meeting insisted on this candidate outside a kept binding nomination (--force).
    pub forced: Option<String>,
}

/// A round (a ballot) of an election.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Round {
    pub number: i64,
    pub kind: Kind,
    pub candidates: Vec<i64>,
    pub status: RoundStatus,
}

/// A paper as entered or cast: the names it holds, as judged.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredPaper {
    pub choice: Vec<String>,
    pub status: PaperStatus,
    /// Why an invalid paper is invalid (only then).
    pub reason: Option<String>,
}

/// A counted round as stored: the engine's result, the decision and the lots.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoundResult {
    pub round: i64,
    pub method: Method,
    pub seed: u64,
    pub tally: String,
    pub outcome: Decided,
    pub elected: Vec<i64>,
    pub next: Vec<i64>,
    pub lots: String,
    pub counted_at: String,
}

/// The meeting's vote on a nomination's binding force.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Binding {
    pub votes_for: u64,
    pub against: u64,
    pub present: u64,
    pub total: u64,
    pub removed: bool,
    pub needed: u64,
    pub explanation: String,
    pub appointed: Vec<i64>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_word_parses_back_and_no_other() {
        for s in Status::ALL {
            assert_eq!(Status::parse(s.as_str()), Some(*s));
        }
        for s in PaperStatus::ALL {
            assert_eq!(PaperStatus::parse(s.as_str()), Some(*s));
        }
        assert_eq!(RoundStatus::parse("closed"), None);
        assert_eq!(Decided::parse("Elected"), None);
        assert_eq!(Kind::parse("second"), None);
        assert_eq!(
            serde_json::to_string(&Decided::Tie).unwrap(),
            "\"tie\"".to_string()
        );
    }

    #[test]
    fn decided_names_the_outcome() {
        use super::super::round::Outcome;
        assert_eq!(Decided::from(&Outcome::Elected(2)), Decided::Elected);
        assert_eq!(Decided::from(&Outcome::Tie(vec![1, 2])), Decided::Tie);
        assert_eq!(
            Decided::from(&Outcome::Postponed).as_str(),
            Outcome::Postponed.name()
        );
    }

    #[test]
    fn status_and_next_round_after_a_count() {
        assert_eq!(Decided::Elected.status_after(&[]), Status::Elected);
        // Seat 1 of 2 filled: the election stays open and seat 2 begins with a free round.
        assert_eq!(Decided::Elected.status_after(&[3, 4]), Status::Open);
        assert_eq!(Decided::Elected.next_kind(&[3, 4]), Some(Kind::Free));
        assert_eq!(Decided::Elected.next_kind(&[]), None);
        assert_eq!(Decided::Tie.next_kind(&[1, 2]), Some(Kind::Runoff));
        assert_eq!(Decided::Runoff.status_after(&[1, 2]), Status::Open);
        assert_eq!(Decided::Free.next_kind(&[1, 2, 3]), Some(Kind::Free));
        assert_eq!(Decided::Postponed.status_after(&[]), Status::Postponed);
        assert_eq!(Decided::Postponed.next_kind(&[]), None);
    }
}
