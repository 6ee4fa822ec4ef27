//! What an election is once its file has been read: candidates and weighted, ranked ballots.

use std::collections::BTreeSet;

/// Index into `Election::candidates`.
pub type CandidateId = usize;

/// An election as read from a ballot file, before any method has looked at it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Election {
    /// The title the file gives, if any.
    pub title: Option<String>,
    /// Candidate (or option) names; a candidate's id is its index here.
    pub candidates: Vec<String>,
    /// Candidates withdrawn before the count (BLT negative line): skipped on every ballot.
    pub withdrawn: BTreeSet<CandidateId>,
    /// Seats to fill, when the file says (BLT header). `--seats` overrides it.
    pub seats: Option<usize>,
    /// The ballots, in file order.
    pub ballots: Vec<Ballot>,
    /// Debian-style default option ("None of the Above"), if the file has one.
    pub default_option: Option<CandidateId>,
    /// Per-option majority requirement `(numerator, denominator)` against the default option
    /// (Debian constitution A.6(8)); empty means 1:1 for every option.
    pub majority_requirements: Vec<(CandidateId, u32, u32)>,
    /// Free-form metadata from the file (ABIF `{key: value}` lines, Debian headers), in file order.
    pub metadata: Vec<(String, String)>,
}

/// One ballot line, possibly standing for many identical ballots.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ballot {
    /// How many voters cast exactly this ballot (BLT weight, ABIF count). Always ≥ 1.
    pub weight: u64,
    /// Preferences from most to least preferred. A rank with more than one candidate holds
    /// candidates ranked equal (ABIF `=`, BLT `=`), which IRV treats as an overvote.
    /// For plurality, approval and majority a ballot's choices are all its candidates.
    pub ranks: Vec<Vec<CandidateId>>,
    /// 1-based line in the source file, so that invalid votes can be reported where they are.
    pub line: usize,
}

impl Ballot {
    /// A ballot of single preferences, for tests and the CSV reader.
    pub fn ranked(weight: u64, prefs: &[CandidateId]) -> Self {
        Ballot {
            weight,
            ranks: prefs.iter().map(|&c| vec![c]).collect(),
            line: 0,
        }
    }

    /// Every candidate named on the ballot, in rank order.
    pub fn candidates(&self) -> impl Iterator<Item = CandidateId> + '_ {
        self.ranks.iter().flatten().copied()
    }

    /// The first candidate named twice on this ballot, if any: a rank used twice.
    pub fn repeated_candidate(&self) -> Option<CandidateId> {
        let mut seen = BTreeSet::new();
        self.candidates().find(|&c| !seen.insert(c))
    }

    /// True when the ballot names nobody (a blank vote).
    pub fn is_blank(&self) -> bool {
        self.ranks.iter().all(|r| r.is_empty())
    }
}

impl Election {
    /// Total weight of all ballots.
    pub fn total_weight(&self) -> u64 {
        self.ballots.iter().map(|b| b.weight).sum()
    }

    /// Id of the candidate with this name (exact match).
    pub fn candidate_id(&self, name: &str) -> Option<CandidateId> {
        self.candidates.iter().position(|c| c == name)
    }
}
