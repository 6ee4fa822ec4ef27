//! Meek STV as OpenSTV and OpaVote count it, so that their published round reports can be
//! reproduced figure for figure.
//!
//! - Values are integers in units of 10^-6 vote (OpaVote's precision 6).
//! - Every candidate has a keep factor, 1 at first. A ballot gives each candidate it reaches, in
//!   order, the keep factor's share of what is left of it; excluded and withdrawn candidates are
//!   passed over as if they had never stood. Ballots are counted through a tree of their common
//!   beginnings, and each share is truncated per tree node, as OpenSTV does: that is what makes the
//!   published figures come out exactly.
//! - The threshold is Droop, dynamic and fractional: `votes held by candidates ÷ (seats + 1)`,
//!   truncated, plus 10^-6.
//! - One round is one iteration. While any candidate is over the threshold, elected candidates'
//!   keep factors are lowered to `keep × threshold ÷ votes` (rounded up) and the ballots are
//!   counted again, unless some candidates cannot win whatever the surplus does ("sure losers",
//!   excluded together), the surplus is below 10^-6, or the keep factors stopped changing. Then
//!   candidates are excluded: all sure losers at once, else the one with the fewest votes.
//! - Ties go back round by round to the most recent round where the tied candidates differed,
//!   then to lot.
//! - The count ends when the seats are filled or no more candidates remain than seats; remaining
//!   candidates with votes are then elected and those with none are not.
//!
//! The value a ballot carries past its last preference is reported as exhausted; what truncation
//! removes is the residue. OpenSTV reports the two together as "exhausted".
//!
//! Ballots are read as for Scottish STV (see `stv_common`): a ballot counts up to its first unclear
//! rank (equal ranks, or a candidate ranked again), and one that is unclear from its first rank,
//! blank, or for withdrawn candidates only is an invalid vote. The published Stack Overflow files
//! have no such ballots apart from those for the withdrawn candidate.

use crate::tally::TallyError;
use crate::tally::lot::LotDrawer;
use crate::tally::model::{CandidateId, Election};
use crate::tally::result::{Stage, StageAction, TallyResult};

use super::stv_common::{self, Group, Want, fixed, join_names};

const DECIMALS: u32 = 6;
const P: i64 = 1_000_000;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Status {
    Continuing,
    Elected,
    Excluded,
    Withdrawn,
}

pub(super) fn count(
    election: &Election,
    seats: usize,
    lots: &mut LotDrawer,
) -> Result<TallyResult, TallyError> {
    let prepared = stv_common::prepare(election, seats)?;
    let total = i64::try_from(prepared.valid_weight)
        .ok()
        .and_then(|v| v.checked_mul(P))
        .ok_or_else(|| TallyError::Unsuitable("too many ballots to count".into()))?;

    let mut meek = Meek::new(election, prepared.groups, seats, total);
    meek.run(lots);

    let mut notes = prepared.notes;
    if meek.elected.len() < seats {
        notes.push(format!(
            "{} of {seats} seats filled: the other candidates have no votes left",
            meek.elected.len()
        ));
    }
    Ok(TallyResult {
        method: "stv-meek".into(),
        title: election.title.clone(),
        candidates: election.candidates.clone(),
        seats,
        decimals: DECIMALS,
        elected: meek.elected,
        runoff: Vec::new(),
        valid_total: total,
        invalid: prepared.invalid,
        quota: meek.thresholds.last().copied(),
        stages: meek.stages,
        pairwise: None,
        seed: 0,
        lots: Vec::new(),
        notes,
    })
}

/// A node of the ballot tree: the ballots whose preferences, with excluded candidates passed
/// over, begin with the path from the root to here.
struct Node {
    candidate: CandidateId,
    weight: i64,
    children: Vec<usize>,
}

struct Meek<'a> {
    names: &'a [String],
    groups: Vec<Group>,
    seats: usize,
    total: i64,
    status: Vec<Status>,
    keep: Vec<i64>,
    /// Per round, oldest first.
    counts: Vec<Vec<i64>>,
    thresholds: Vec<i64>,
    surpluses: Vec<i64>,
    keeps: Vec<Vec<i64>>,
    stages: Vec<Stage>,
    elected: Vec<CandidateId>,
    first_exclusion: bool,
}

impl<'a> Meek<'a> {
    fn new(election: &'a Election, groups: Vec<Group>, seats: usize, total: i64) -> Self {
        let n = election.candidates.len();
        let status: Vec<Status> = (0..n)
            .map(|c| {
                if election.withdrawn.contains(&c) {
                    Status::Withdrawn
                } else {
                    Status::Continuing
                }
            })
            .collect();
        let keep = status
            .iter()
            .map(|&s| if s == Status::Withdrawn { 0 } else { P })
            .collect();
        Meek {
            names: &election.candidates,
            groups,
            seats,
            total,
            status,
            keep,
            counts: Vec::new(),
            thresholds: Vec::new(),
            surpluses: Vec::new(),
            keeps: Vec::new(),
            stages: Vec::new(),
            elected: Vec::new(),
            first_exclusion: true,
        }
    }

    fn with_status(&self, s: Status) -> Vec<CandidateId> {
        (0..self.status.len())
            .filter(|&c| self.status[c] == s)
            .collect()
    }

    fn over(&self) -> bool {
        let winners = self.elected.len();
        winners == self.seats || self.with_status(Status::Continuing).len() + winners <= self.seats
    }

    fn run(&mut self, lots: &mut LotDrawer) {
        let newly = self.count_round();
        self.push_stage(
            StageAction::FirstCount,
            "First preferences counted.".into(),
            &newly,
        );
        while !self.over() {
            if self.surplus_to_transfer() {
                let lowered = self.lower_keep_factors();
                let newly = self.count_round();
                let action = if newly.is_empty() {
                    StageAction::Iteration
                } else {
                    StageAction::Elected {
                        candidates: newly.clone(),
                    }
                };
                let desc = format!("Surpluses transferred; keep factors: {lowered}.");
                self.push_stage(action, desc, &newly);
            } else {
                let (out, why) = self.choose_exclusions(lots);
                for &c in &out {
                    self.status[c] = Status::Excluded;
                    self.keep[c] = 0;
                }
                let newly = self.count_round();
                let desc = format!("{} excluded. {why}", join_names(&out, self.names));
                self.push_stage(StageAction::Excluded { candidates: out }, desc, &newly);
            }
        }
        self.finish();
    }

    /// The last round's figures, which every decision between rounds is based on.
    fn last_count(&self) -> &[i64] {
        self.counts.last().map(Vec::as_slice).unwrap_or(&[])
    }

    fn surplus_to_transfer(&self) -> bool {
        let surplus = self.surpluses.last().copied().unwrap_or(0);
        surplus >= 1 && self.sure_losers().is_empty() && !self.keep_factors_settled()
    }

    /// The keep factors did not change in the last round: iterating again would change nothing.
    fn keep_factors_settled(&self) -> bool {
        let k = self.keeps.len();
        k >= 2 && self.keeps[k - 1] == self.keeps[k - 2]
    }

    /// The largest group of lowest candidates whose votes together, plus all surplus, stay below
    /// the next candidate: no transfer can save any of them.
    fn sure_losers(&self) -> Vec<CandidateId> {
        let count = self.last_count();
        let mut continuing = self.with_status(Status::Continuing);
        let max_losers = (continuing.len() + self.elected.len()).saturating_sub(self.seats);
        let surplus = self.surpluses.last().copied().unwrap_or(0);
        if continuing.iter().all(|&c| count[c] == 0) && surplus == 0 {
            return continuing;
        }
        continuing.sort_by_key(|&c| (count[c], c));
        let mut losers = Vec::new();
        let mut sum = surplus;
        let mut i = 0;
        while i < continuing.len() {
            let votes = count[continuing[i]];
            let mut j = i;
            while j < continuing.len() && count[continuing[j]] == votes {
                j += 1;
            }
            if j == continuing.len() {
                break;
            }
            sum += votes * (j - i) as i64;
            if sum < count[continuing[j]] && j <= max_losers {
                losers = continuing[..j].to_vec();
            }
            i = j;
        }
        losers
    }

    fn choose_exclusions(&mut self, lots: &mut LotDrawer) -> (Vec<CandidateId>, String) {
        let round = self.counts.len() + 1;
        let purpose = format!("exclusion at round {round}");
        let continuing = self.with_status(Status::Continuing);
        if self.keep_factors_settled() {
            self.first_exclusion = false;
            let (c, why) = self.fewest(&continuing, lots, &purpose);
            return (vec![c], format!("The keep factors no longer change. {why}"));
        }
        let mut out = Vec::new();
        let mut why = String::new();
        if self.first_exclusion {
            out = self.sure_losers();
            // In the first exclusion, candidates with no votes go together with the lowest one.
            let surplus = self.surpluses.last().copied().unwrap_or(0);
            let rest: Vec<CandidateId> = continuing
                .iter()
                .copied()
                .filter(|c| !out.contains(c))
                .collect();
            let count = self.last_count();
            if surplus == 0
                && rest.len() + self.elected.len() > self.seats
                && out.iter().all(|&c| count[c] == 0)
            {
                let (c, w) = self.fewest(&rest, lots, &purpose);
                out.push(c);
                why = w;
            }
        }
        if !self.first_exclusion || out.is_empty() {
            out = self.sure_losers();
            if out.is_empty() {
                let (c, w) = self.fewest(&continuing, lots, &purpose);
                out.push(c);
                why = w;
            }
        }
        self.first_exclusion = false;
        out.sort_unstable();
        if why.is_empty() {
            why = "They cannot win whatever the transfers.".into();
        }
        (out, why)
    }

    /// The candidate among `among` with the fewest votes in the last round, ties broken by the
    /// rounds before it, then by lot.
    fn fewest(
        &self,
        among: &[CandidateId],
        lots: &mut LotDrawer,
        purpose: &str,
    ) -> (CandidateId, String) {
        let count = self.last_count();
        let low = among.iter().map(|&c| count[c]).min().unwrap_or(0);
        let tied: Vec<CandidateId> = among.iter().copied().filter(|&c| count[c] == low).collect();
        let (c, why) = stv_common::break_tie(
            &tied,
            &self.counts,
            Want::Fewest,
            self.names,
            lots,
            purpose,
            "round",
        );
        let why = if why.is_empty() {
            format!("{} has the fewest votes.", self.names[c])
        } else {
            why
        };
        (c, why)
    }

    /// Lowers the keep factor of every candidate over the threshold, rounding up.
    fn lower_keep_factors(&mut self) -> String {
        let count = self.last_count().to_vec();
        let threshold = self.thresholds.last().copied().unwrap_or(0);
        let mut changed = Vec::new();
        for (c, &votes) in count.iter().enumerate() {
            let standing = matches!(self.status[c], Status::Continuing | Status::Elected);
            if standing && votes > threshold {
                let num = i128::from(self.keep[c]) * i128::from(threshold);
                let den = i128::from(votes);
                self.keep[c] = ((num + den - 1) / den) as i64;
                let kept = fixed(self.keep[c], DECIMALS);
                changed.push(format!("{} {kept}", self.names[c]));
            }
        }
        changed.join(", ")
    }

    /// Counts every ballot with the current keep factors and records the round; returns the
    /// candidates newly elected.
    fn count_round(&mut self) -> Vec<CandidateId> {
        let n = self.status.len();
        let (nodes, roots, empty_weight) = self.build_tree();
        let mut votes = vec![0i64; n];
        let mut exhausted = empty_weight * P;
        let mut stack: Vec<(usize, i64)> = roots.iter().map(|&r| (r, P)).collect();
        while let Some((i, left)) = stack.pop() {
            let node = &nodes[i];
            let c = node.candidate;
            let kept = i128::from(left) * i128::from(self.keep[c]) * i128::from(node.weight)
                / i128::from(P);
            votes[c] += kept as i64;
            if self.status[c] != Status::Elected {
                continue;
            }
            let passed = (i128::from(left) * i128::from(P - self.keep[c]) / i128::from(P)) as i64;
            let onward: i64 = node.children.iter().map(|&ch| nodes[ch].weight).sum();
            exhausted += passed * (node.weight - onward);
            if passed > 0 {
                stack.extend(node.children.iter().map(|&ch| (ch, passed)));
            }
        }
        let held: i64 = votes.iter().sum();
        let threshold = held / (self.seats as i64 + 1) + 1;
        let surplus: i64 = (0..n)
            .filter(|&c| matches!(self.status[c], Status::Continuing | Status::Elected))
            .map(|c| (votes[c] - threshold).max(0))
            .sum();
        let residue = self.total - held - exhausted;

        let mut newly: Vec<CandidateId> = self
            .with_status(Status::Continuing)
            .into_iter()
            .filter(|&c| votes[c] >= threshold)
            .collect();
        newly.sort_by(|&a, &b| votes[b].cmp(&votes[a]).then(a.cmp(&b)));
        for &c in &newly {
            self.status[c] = Status::Elected;
            self.elected.push(c);
        }
        self.stages.push(Stage {
            number: self.stages.len() + 1,
            action: StageAction::Iteration,
            description: String::new(),
            votes: votes.clone(),
            exhausted,
            residue,
            threshold: Some(threshold),
        });
        self.counts.push(votes);
        self.thresholds.push(threshold);
        self.surpluses.push(surplus);
        self.keeps.push(self.keep.clone());
        newly
    }

    /// The ballot tree as OpenSTV keeps it: a ballot's path runs through elected candidates and
    /// stops at its first continuing one. Returns the nodes, the roots, and the weight of ballots
    /// with nobody left on them.
    fn build_tree(&self) -> (Vec<Node>, Vec<usize>, i64) {
        let mut nodes: Vec<Node> = Vec::new();
        let mut roots: Vec<usize> = Vec::new();
        let mut empty = 0i64;
        for group in &self.groups {
            let weight = group.weight as i64;
            let mut level: Option<usize> = None;
            for &c in &group.prefs {
                let status = self.status[c];
                if matches!(status, Status::Excluded | Status::Withdrawn) {
                    continue;
                }
                let siblings = match level {
                    None => &roots,
                    Some(parent) => &nodes[parent].children,
                };
                let found = siblings.iter().copied().find(|&s| nodes[s].candidate == c);
                let node = match found {
                    Some(s) => s,
                    None => {
                        nodes.push(Node {
                            candidate: c,
                            weight: 0,
                            children: Vec::new(),
                        });
                        let s = nodes.len() - 1;
                        match level {
                            None => roots.push(s),
                            Some(parent) => nodes[parent].children.push(s),
                        }
                        s
                    }
                };
                nodes[node].weight += weight;
                level = Some(node);
                if status == Status::Continuing {
                    break;
                }
            }
            if level.is_none() {
                empty += weight;
            }
        }
        (nodes, roots, empty)
    }

    fn push_stage(&mut self, action: StageAction, description: String, newly: &[CandidateId]) {
        let mut description = description.trim_end().to_string();
        if !newly.is_empty() {
            let (verb, be) = if newly.len() == 1 {
                ("reaches", "is")
            } else {
                ("reach", "are")
            };
            description.push_str(&format!(
                " {} {verb} the threshold and {be} elected.",
                join_names(newly, self.names)
            ));
        }
        if let Some(stage) = self.stages.last_mut() {
            stage.action = action;
            stage.description = description;
        }
    }

    /// When the candidates left are no more than the seats, those with votes are elected.
    fn finish(&mut self) {
        if self.elected.len() == self.seats {
            return;
        }
        let count = self.last_count().to_vec();
        let mut rest: Vec<CandidateId> = self
            .with_status(Status::Continuing)
            .into_iter()
            .filter(|&c| count[c] > 0)
            .collect();
        if rest.is_empty() {
            return;
        }
        rest.sort_by(|&a, &b| count[b].cmp(&count[a]).then(a.cmp(&b)));
        for &c in &rest {
            self.status[c] = Status::Elected;
            self.elected.push(c);
        }
        let mut stage = self
            .stages
            .last()
            .cloned()
            .expect("the first round is always counted");
        stage.number += 1;
        stage.description = format!(
            "{} elected: no more candidates remain than seats.",
            join_names(&rest, self.names)
        );
        stage.action = StageAction::FilledRemaining { candidates: rest };
        self.stages.push(stage);
    }
}

#[cfg(test)]
#[path = "stv_meek_tests.rs"]
mod tests;
