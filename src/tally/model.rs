//! What an election is once its file has been read: candidates and weighted, ranked ballots.

use std::collections::{BTreeSet, HashMap};
use std::hash::{BuildHasher, RandomState};

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
    /// The ballots, in file order. A file's reader merges identical lines (same preferences, same
    /// weight) into the ballot of the first, so that memory grows with the distinct ballots, not the
    /// lines; `merged` keeps the lines after the first, for reports that name every line.
    pub ballots: Vec<Ballot>,
    /// The further lines of merged ballots (empty when no lines were merged).
    pub merged: Merged,
    /// Debian-style default option ("None of the Above"), if the file has one.
    pub default_option: Option<CandidateId>,
    /// Per-option majority requirement `(numerator, denominator)` against the default option
    /// (Debian constitution A.6(8)); empty means 1:1 for every option.
    pub majority_requirements: Vec<(CandidateId, u32, u32)>,
    /// Free-form metadata from the file (ABIF `{key: value}` lines, Debian headers), in file order.
    pub metadata: Vec<(String, String)>,
}

/// One ballot line, possibly standing for many identical ballots: a line's weight, or identical
/// lines merged while reading (then `line` is the first and `Election::merged` holds the others).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ballot {
    /// How many voters cast exactly this ballot (BLT weight, ABIF count; summed over merged
    /// lines). Always ≥ 1.
    pub weight: u64,
    /// Preferences from most to least preferred. A rank with more than one candidate holds
    /// candidates ranked equal (ABIF `=`, BLT `=`), which IRV treats as an overvote.
    /// For plurality, approval and majority a ballot's choices are all its candidates.
    pub ranks: Vec<Rank>,
    /// 1-based line in the source file, so that invalid votes can be reported where they are
    /// (the first of merged lines).
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

    /// Every line `ballot` stands for, with the weight that line carries, in file order: its own
    /// line, and the lines merged into it while reading.
    pub fn lines_of<'a>(&'a self, ballot: &Ballot) -> impl Iterator<Item = (usize, u64)> + 'a {
        let (first, repeats) = match self.merged.get(ballot.line) {
            Some(r) => ((ballot.line, r.line_weight), Some(r)),
            None => ((ballot.line, ballot.weight), None),
        };
        let weight = first.1;
        std::iter::once(first).chain(
            repeats
                .into_iter()
                .flat_map(Repeats::lines)
                .map(move |l| (l, weight)),
        )
    }

    /// The weight each line of `ballot` carries: its weight, or its weight shared among the
    /// identical lines merged into it.
    pub fn line_weight(&self, ballot: &Ballot) -> u64 {
        self.merged
            .get(ballot.line)
            .map_or(ballot.weight, |r| r.line_weight)
    }

    /// The ballots as they were before identical lines were merged: for each line of the file
    /// that holds one, in file order, the line, the index into `ballots` and the line's weight.
    pub fn in_file_order(&self) -> Box<dyn Iterator<Item = (usize, usize, u64)> + '_> {
        if self.merged.is_empty() {
            return Box::new(
                self.ballots
                    .iter()
                    .enumerate()
                    .map(|(i, b)| (b.line, i, b.weight)),
            );
        }
        // The ballot on each line, by line number (`u32::MAX`: none), to read them in order
        // without sorting.
        let last = self
            .ballots
            .iter()
            .filter_map(|b| self.lines_of(b).last())
            .map(|(line, _)| line)
            .max()
            .unwrap_or(0);
        let mut on_line = vec![u32::MAX; last + 1];
        for (i, b) in self.ballots.iter().enumerate() {
            for (line, _) in self.lines_of(b) {
                on_line[line] = u32::try_from(i).unwrap_or(u32::MAX);
            }
        }
        Box::new(
            on_line
                .into_iter()
                .enumerate()
                .filter(|&(_, i)| i != u32::MAX)
                .map(|(line, i)| {
                    let i = i as usize;
                    (line, i, self.line_weight(&self.ballots[i]))
                }),
        )
    }

    /// The same election with one ballot a line, as the file has them (merged lines undone).
    pub fn unmerged(self) -> Election {
        if self.merged.is_empty() {
            return self;
        }
        let ballots = self
            .in_file_order()
            .map(|(line, i, weight)| Ballot {
                weight,
                ranks: self.ballots[i].ranks.clone(),
                line,
            })
            .collect();
        Election {
            ballots,
            merged: Merged::default(),
            ..self
        }
    }

    /// Id of the candidate with this name (exact match).
    pub fn candidate_id(&self, name: &str) -> Option<CandidateId> {
        self.candidates.iter().position(|c| c == name)
    }
}

/// The lines merged into ballots while reading, by the ballot's first line.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Merged {
    /// Sorted by the first line.
    by_first_line: Vec<(usize, Repeats)>,
}

impl Merged {
    pub fn is_empty(&self) -> bool {
        self.by_first_line.is_empty()
    }

    /// The lines merged into the ballot read first on `line`.
    pub fn get(&self, line: usize) -> Option<&Repeats> {
        self.by_first_line
            .binary_search_by_key(&line, |(first, _)| *first)
            .ok()
            .map(|i| &self.by_first_line[i].1)
    }
}

/// The lines after the first of a ballot read from several identical lines, stored as runs of
/// consecutive lines: a few bytes for any number of lines in a row, about two a line otherwise.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Repeats {
    /// The weight each of the lines carries (the ballot's weight is this times the lines).
    pub line_weight: u64,
    /// The ballot's first line (not one of these), from which the first gap is counted.
    first: usize,
    /// How many lines are here.
    count: usize,
    /// Closed runs, each as two LEB128 numbers: the gap from the end of the run before (or from
    /// the first line) to its start, and its length less one.
    runs: Vec<u8>,
    /// The last line of the last closed run, or the first line.
    closed_end: usize,
    /// The run being extended: its first line and its length (at least 1).
    open: (usize, usize),
}

impl Repeats {
    pub(crate) fn new(first: usize, line_weight: u64, second: usize) -> Self {
        Repeats {
            line_weight,
            first,
            count: 1,
            runs: Vec::new(),
            closed_end: first,
            open: (second, 1),
        }
    }

    /// Adds a line after every line already here.
    pub(crate) fn push(&mut self, line: usize) {
        self.count += 1;
        let (start, len) = self.open;
        if line == start + len {
            self.open.1 += 1;
            return;
        }
        leb128(&mut self.runs, start - self.closed_end);
        leb128(&mut self.runs, len - 1);
        self.closed_end = start + len - 1;
        self.open = (line, 1);
    }

    /// The lines, in file order.
    pub fn lines(&self) -> impl Iterator<Item = usize> + '_ {
        let mut bytes = self.runs.iter().copied();
        let mut end = self.first;
        let closed = std::iter::from_fn(move || {
            let start = end + read_leb128(&mut bytes)?;
            let len = read_leb128(&mut bytes)? + 1;
            end = start + len - 1;
            Some(start..start + len)
        });
        let (start, len) = self.open;
        closed.chain(std::iter::once(start..start + len)).flatten()
    }

    /// How many lines are here.
    pub fn len(&self) -> usize {
        self.count
    }

    /// Never true: a ballot has repeats only once a second line was merged into it.
    pub fn is_empty(&self) -> bool {
        self.count == 0
    }
}

/// Merges identical ballot lines as a reader reads them: a line with the same preferences and
/// the same weight as an earlier one adds its weight to that ballot and its line to the ballot's
/// repeats, instead of becoming a ballot of its own. The ballots stay in the order of their first
/// line, so that "the first ballot that …" is found at the same line as before merging.
#[derive(Debug, Default)]
pub struct Merger {
    /// Keyed by the process, so that no file can be made to collide (the order of the ballots
    /// never depends on it).
    hasher: RandomState,
    /// Hash of (preferences, line weight) to the last ballot read with that hash.
    index: HashMap<u64, u32>,
    /// For each ballot, the one read before it with the same hash (`u32::MAX`: none).
    collisions: Vec<u32>,
    /// For each ballot, the lines merged into it so far.
    repeats: Vec<Option<Box<Repeats>>>,
    /// The bytes of the ballot being hashed, kept to reuse the allocation.
    key: Vec<u8>,
}

const NONE: u32 = u32::MAX;

impl Merger {
    /// Adds `ballot` (one line of the file, read after every ballot already in `election`).
    pub fn push(&mut self, election: &mut Election, ballot: Ballot) {
        let ballots = &mut election.ballots;
        if ballots.len() >= NONE as usize {
            // Beyond 4 billion distinct ballots, keep the rest as they come.
            ballots.push(ballot);
            return;
        }
        // Hashed as a few packed bytes: one pass of the hasher over them costs a fraction of
        // hashing the ranks field by field.
        self.key.clear();
        leb128(&mut self.key, ballot.weight as usize);
        for rank in &ballot.ranks {
            for &c in rank {
                leb128(&mut self.key, c + 1);
            }
            self.key.push(0);
        }
        let hash = self.hasher.hash_one(&self.key[..]);
        let head = self.index.get(&hash).copied().unwrap_or(NONE);
        let mut at = head;
        while at != NONE {
            let i = at as usize;
            let line_weight = self.repeats[i]
                .as_ref()
                .map_or(ballots[i].weight, |r| r.line_weight);
            if line_weight == ballot.weight && ballots[i].ranks == ballot.ranks {
                let total = ballots[i].weight.checked_add(ballot.weight);
                let Some(total) = total else {
                    break;
                };
                ballots[i].weight = total;
                match &mut self.repeats[i] {
                    Some(r) => r.push(ballot.line),
                    slot => {
                        *slot = Some(Box::new(Repeats::new(
                            ballots[i].line,
                            line_weight,
                            ballot.line,
                        )))
                    }
                }
                return;
            }
            at = self.collisions[i];
        }
        self.index.insert(hash, ballots.len() as u32);
        self.collisions.push(head);
        self.repeats.push(None);
        ballots.push(ballot);
    }

    /// Records the merged lines in `election`, once every ballot is read.
    pub fn finish(self, election: &mut Election) {
        let mut by_first_line: Vec<(usize, Repeats)> = self
            .repeats
            .into_iter()
            .zip(&election.ballots)
            .filter_map(|(r, b)| r.map(|r| (b.line, *r)))
            .collect();
        by_first_line.sort_unstable_by_key(|&(line, _)| line);
        election.merged = Merged { by_first_line };
    }
}

fn leb128(out: &mut Vec<u8>, mut n: usize) {
    loop {
        let byte = (n & 0x7f) as u8;
        n >>= 7;
        if n == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

fn read_leb128(bytes: &mut impl Iterator<Item = u8>) -> Option<usize> {
    let mut n = 0usize;
    let mut shift = 0;
    loop {
        let byte = bytes.next()?;
        n |= usize::from(byte & 0x7f) << shift;
        if byte & 0x80 == 0 {
            return Some(n);
        }
        shift += 7;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ballot(weight: u64, prefs: &[CandidateId], line: usize) -> Ballot {
        Ballot {
            line,
            ..Ballot::ranked(weight, prefs)
        }
    }

    /// Reads the lines through a merger, as a reader does.
    fn merged(lines: &[(u64, &[CandidateId], usize)]) -> Election {
        let mut e = Election::default();
        let mut merger = Merger::default();
        for &(weight, prefs, line) in lines {
            merger.push(&mut e, ballot(weight, prefs, line));
        }
        merger.finish(&mut e);
        e
    }

    #[test]
    fn repeats_give_back_every_line_in_order() {
        let patterns: Vec<Vec<usize>> = vec![
            vec![2],
            (2..1000).collect(),
            vec![3, 5, 7, 200, 201, 202, 100_000, 100_001, 5_000_000],
            (0..500).map(|i| 10 + i * 3).collect(),
            vec![2, 130, 131, 16_500, 2_100_000_000],
        ];
        for lines in patterns {
            let mut r = Repeats::new(1, 4, lines[0]);
            for &l in &lines[1..] {
                r.push(l);
            }
            assert_eq!(r.lines().collect::<Vec<_>>(), lines);
            assert_eq!(r.len(), lines.len());
        }
        // A run of lines in a row costs nothing however long it is.
        let mut r = Repeats::new(1, 1, 2);
        for l in 3..1_000_000 {
            r.push(l);
        }
        assert!(r.runs.is_empty());
    }

    #[test]
    fn identical_lines_are_merged_keeping_their_lines_and_weights() {
        let e = merged(&[
            (1, &[0, 1], 2),
            (2, &[0, 1], 3),
            (1, &[1], 4),
            (1, &[0, 1], 5),
            (2, &[0, 1], 6),
            (1, &[0, 1], 7),
        ]);
        // Same preferences with another weight stay apart, so that each line keeps its weight.
        let got: Vec<(u64, usize)> = e.ballots.iter().map(|b| (b.weight, b.line)).collect();
        assert_eq!(got, [(3, 2), (4, 3), (1, 4)]);
        assert_eq!(e.total_weight(), 8);
        let lines = |i: usize| e.lines_of(&e.ballots[i]).collect::<Vec<_>>();
        assert_eq!(lines(0), [(2, 1), (5, 1), (7, 1)]);
        assert_eq!(lines(1), [(3, 2), (6, 2)]);
        assert_eq!(lines(2), [(4, 1)]);
        let order: Vec<(usize, usize, u64)> = e.in_file_order().collect();
        assert_eq!(
            order,
            [
                (2, 0, 1),
                (3, 1, 2),
                (4, 2, 1),
                (5, 0, 1),
                (6, 1, 2),
                (7, 0, 1)
            ]
        );
        let back = e.unmerged();
        assert!(back.merged.is_empty());
        let got: Vec<(u64, usize)> = back.ballots.iter().map(|b| (b.weight, b.line)).collect();
        assert_eq!(got, [(1, 2), (2, 3), (1, 4), (1, 5), (2, 6), (1, 7)]);
    }

    #[test]
    fn an_election_without_merged_lines_is_left_as_it_is() {
        let e = Election {
            ballots: vec![ballot(2, &[1], 0), ballot(2, &[1], 0)],
            ..Election::default()
        };
        assert_eq!(e.lines_of(&e.ballots[0]).collect::<Vec<_>>(), [(0, 2)]);
        assert_eq!(e.in_file_order().count(), 2);
        assert_eq!(e.clone().unmerged(), e);
    }
}
