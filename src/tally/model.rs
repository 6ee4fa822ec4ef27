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
    pub ranks: Vec<Rank>,
    /// 1-based line in the source file, so that invalid votes can be reported where they are.
    pub line: usize,
}

impl Ballot {
    /// A ballot of single preferences, for tests and the CSV reader.
    pub fn ranked(weight: u64, prefs: &[CandidateId]) -> Self {
        Ballot {
            weight,
            ranks: prefs.iter().map(|&c| Rank::one(c)).collect(),
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

/// One rank of a ballot: the candidates placed there, usually one, several when ranked equal, none
/// when the rank was left empty. It reads as a slice (`&[CandidateId]`). A rank of one candidate is
/// kept inline, so that reading a ballot allocates once rather than once a rank: with a thousand
/// ward files in one call, those allocations were most of the time spent (issue 13).
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Rank(Repr);

/// `Many` never holds exactly one candidate, so that equal ranks have one form and `Eq` holds.
#[derive(Clone, PartialEq, Eq, Hash)]
enum Repr {
    One(CandidateId),
    Many(Vec<CandidateId>),
}

impl Rank {
    /// A rank holding one candidate.
    pub fn one(c: CandidateId) -> Self {
        Rank(Repr::One(c))
    }

    /// A rank holding nobody.
    pub fn empty() -> Self {
        Rank(Repr::Many(Vec::new()))
    }

    /// Adds a candidate ranked equal to those already here.
    pub fn push(&mut self, c: CandidateId) {
        match &mut self.0 {
            Repr::One(first) => {
                let first = *first;
                self.0 = Repr::Many(vec![first, c]);
            }
            Repr::Many(all) if all.is_empty() => self.0 = Repr::One(c),
            Repr::Many(all) => all.push(c),
        }
    }

    /// Ranks built from nested lists, for tests and readers that build them so.
    pub fn list(ranks: Vec<Vec<CandidateId>>) -> Vec<Rank> {
        ranks.into_iter().map(Rank::from).collect()
    }
}

impl From<Vec<CandidateId>> for Rank {
    fn from(all: Vec<CandidateId>) -> Self {
        match all.as_slice() {
            [c] => Rank::one(*c),
            _ => Rank(Repr::Many(all)),
        }
    }
}

impl FromIterator<CandidateId> for Rank {
    fn from_iter<I: IntoIterator<Item = CandidateId>>(iter: I) -> Self {
        let mut rank = Rank::empty();
        for c in iter {
            rank.push(c);
        }
        rank
    }
}

impl std::ops::Deref for Rank {
    type Target = [CandidateId];
    fn deref(&self) -> &[CandidateId] {
        match &self.0 {
            Repr::One(c) => std::slice::from_ref(c),
            Repr::Many(all) => all,
        }
    }
}

impl<'a> IntoIterator for &'a Rank {
    type Item = &'a CandidateId;
    type IntoIter = std::slice::Iter<'a, CandidateId>;
    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

impl PartialEq<Vec<CandidateId>> for Rank {
    fn eq(&self, other: &Vec<CandidateId>) -> bool {
        **self == **other
    }
}

impl std::fmt::Debug for Rank {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list().entries(self.iter()).finish()
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
