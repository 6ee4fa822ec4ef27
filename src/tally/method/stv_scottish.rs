//! Scottish STV: the Scottish Local Government Elections Order 2007, Schedule 1, rules 45–52.
//!
//! - Quota (rule 46): `floor(valid papers / (seats + 1)) + 1`.
//! - Surplus (rules 48–49): every paper the elected candidate holds moves on, at a transfer value
//!   of `surplus × the paper's value ÷ the candidate's total`, truncated to five decimals. A paper
//!   keeps the reduced value it arrived with, so later surpluses are weighted by it. The largest
//!   surplus goes first; every surplus is transferred before anyone is excluded, with no deferral.
//! - Exclusion (rules 50–51): the lowest continuing candidate's papers move at the values they
//!   carry.
//! - Ties (rules 49(2), 51): the most recent earlier stage at which the tied candidates had unequal
//!   votes decides; when more than two are tied and several share the deciding figure at that
//!   stage, those go on back further; equal at every stage means lot.
//! - Last vacancies (rule 52): once the continuing candidates are no more than the vacancies, they
//!   are all elected and nothing more is transferred.
//!
//! Values are integers in units of 10^-5 vote. The value that truncation removes from a surplus is
//! kept as `residue`, so that every stage adds up to the valid total exactly.

use crate::tally::TallyError;
use crate::tally::lot::LotDrawer;
use crate::tally::model::{CandidateId, Election};
use crate::tally::result::{Stage, StageAction, TallyResult};

use super::stv_common::{self, Group, Want, fixed, join_names};

const DECIMALS: u32 = 5;
const SCALE: i64 = 100_000;

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
    let valid = i64::try_from(prepared.valid_weight)
        .ok()
        .and_then(|v| v.checked_mul(SCALE))
        .ok_or_else(|| TallyError::Unsuitable("too many ballots to count".into()))?;
    let quota = (valid / SCALE / (seats as i64 + 1) + 1) * SCALE;

    let mut count = Count::new(election, prepared.groups, quota);
    count.run(seats, lots);

    Ok(TallyResult {
        method: "stv-scottish".into(),
        title: election.title.clone(),
        candidates: election.candidates.clone(),
        seats,
        decimals: DECIMALS,
        elected: count.elected,
        runoff: Vec::new(),
        valid_total: valid,
        invalid: prepared.invalid,
        quota: Some(quota),
        stages: count.stages,
        pairwise: None,
        seed: 0,
        lots: Vec::new(),
        notes: prepared.notes,
    })
}

/// The state of the count between stages.
struct Count<'a> {
    names: &'a [String],
    groups: Vec<Group>,
    /// Index into `groups[g].prefs` of the candidate holding group g's papers.
    at: Vec<usize>,
    /// Value of each paper of group g, scaled.
    value: Vec<i64>,
    /// Groups held by each candidate.
    parcels: Vec<Vec<usize>>,
    status: Vec<Status>,
    votes: Vec<i64>,
    exhausted: i64,
    residue: i64,
    quota: i64,
    stages: Vec<Stage>,
    elected: Vec<CandidateId>,
    /// Elected candidates whose surplus has not been transferred yet.
    pending: Vec<CandidateId>,
}

impl<'a> Count<'a> {
    fn new(election: &'a Election, groups: Vec<Group>, quota: i64) -> Self {
        let n = election.candidates.len();
        let status = (0..n)
            .map(|c| {
                if election.withdrawn.contains(&c) {
                    Status::Withdrawn
                } else {
                    Status::Continuing
                }
            })
            .collect();
        let mut parcels = vec![Vec::new(); n];
        let mut votes = vec![0i64; n];
        for (g, group) in groups.iter().enumerate() {
            let first = group.prefs[0];
            parcels[first].push(g);
            votes[first] += group.weight as i64 * SCALE;
        }
        Count {
            names: &election.candidates,
            at: vec![0; groups.len()],
            value: vec![SCALE; groups.len()],
            groups,
            parcels,
            status,
            votes,
            exhausted: 0,
            residue: 0,
            quota,
            stages: Vec::new(),
            elected: Vec::new(),
            pending: Vec::new(),
        }
    }

    fn run(&mut self, seats: usize, lots: &mut LotDrawer) {
        let newly = self.elect_reaching_quota();
        let desc = format!(
            "First preferences counted; the quota is {}.",
            fixed(self.quota / SCALE, 0)
        );
        self.push_stage(StageAction::FirstCount, desc, &newly);

        while self.elected.len() < seats {
            let continuing = self.continuing();
            let vacancies = seats - self.elected.len();
            if continuing.len() <= vacancies {
                let mut rest = continuing;
                self.order_by_votes(&mut rest);
                for &c in &rest {
                    self.status[c] = Status::Elected;
                    self.elected.push(c);
                }
                let desc = format!(
                    "{} elected: as many continuing candidates as vacancies remain (rule 52).",
                    join_names(&rest, self.names)
                );
                self.push_stage(StageAction::FilledRemaining { candidates: rest }, desc, &[]);
                break;
            }
            let stage = self.stages.len() + 1;
            if !self.pending.is_empty() {
                let top = self
                    .pending
                    .iter()
                    .map(|&c| self.votes[c])
                    .max()
                    .unwrap_or(0);
                let tied: Vec<CandidateId> = self
                    .pending
                    .iter()
                    .copied()
                    .filter(|&c| self.votes[c] == top)
                    .collect();
                let purpose = format!("order of surpluses at stage {stage}");
                let (c, why) = self.break_tie(&tied, Want::Most, lots, &purpose);
                self.pending.retain(|&p| p != c);
                let surplus = self.votes[c] - self.quota;
                self.transfer_surplus(c);
                let newly = self.elect_reaching_quota();
                let desc = format!(
                    "Surplus of {} ({}) transferred. {why}",
                    self.names[c],
                    fixed(surplus, DECIMALS)
                );
                self.push_stage(StageAction::Surplus { from: c }, desc, &newly);
            } else {
                let low = continuing.iter().map(|&c| self.votes[c]).min().unwrap_or(0);
                let tied: Vec<CandidateId> = continuing
                    .iter()
                    .copied()
                    .filter(|&c| self.votes[c] == low)
                    .collect();
                let purpose = format!("exclusion at stage {stage}");
                let (c, why) = self.break_tie(&tied, Want::Fewest, lots, &purpose);
                let had = self.votes[c];
                self.exclude(c);
                let newly = self.elect_reaching_quota();
                let desc = format!(
                    "{} excluded with {} votes; papers transferred at the values they carry. {why}",
                    self.names[c],
                    fixed(had, DECIMALS)
                );
                self.push_stage(
                    StageAction::Excluded {
                        candidates: vec![c],
                    },
                    desc,
                    &newly,
                );
            }
        }
    }

    fn continuing(&self) -> Vec<CandidateId> {
        (0..self.status.len())
            .filter(|&c| self.status[c] == Status::Continuing)
            .collect()
    }

    /// Most votes first; equal votes in id order (the order of election is only reported).
    fn order_by_votes(&self, ids: &mut [CandidateId]) {
        ids.sort_by(|&a, &b| self.votes[b].cmp(&self.votes[a]).then(a.cmp(&b)));
    }

    /// Rule 47: continuing candidates at or over the quota are elected.
    fn elect_reaching_quota(&mut self) -> Vec<CandidateId> {
        let mut newly: Vec<CandidateId> = self
            .continuing()
            .into_iter()
            .filter(|&c| self.votes[c] >= self.quota)
            .collect();
        self.order_by_votes(&mut newly);
        for &c in &newly {
            self.status[c] = Status::Elected;
            self.elected.push(c);
            if self.votes[c] > self.quota {
                self.pending.push(c);
            }
        }
        newly
    }

    fn break_tie(
        &self,
        tied: &[CandidateId],
        want: Want,
        lots: &mut LotDrawer,
        purpose: &str,
    ) -> (CandidateId, String) {
        let history: Vec<Vec<i64>> = self.stages.iter().map(|s| s.votes.clone()).collect();
        stv_common::break_tie(tied, &history, want, self.names, lots, purpose, "stage")
    }

    /// Moves group g on from its current holder to its next continuing preference, at `value`.
    fn pass_on(&mut self, g: usize, value: i64) {
        self.value[g] = value;
        let weight = self.groups[g].weight as i64;
        let prefs = &self.groups[g].prefs;
        let next =
            (self.at[g] + 1..prefs.len()).find(|&i| self.status[prefs[i]] == Status::Continuing);
        match next {
            Some(i) => {
                let c = prefs[i];
                self.at[g] = i;
                self.parcels[c].push(g);
                self.votes[c] += weight * value;
            }
            None => {
                self.at[g] = prefs.len();
                self.exhausted += weight * value;
            }
        }
    }

    /// Rules 48–49: every paper moves on at `surplus × value ÷ total`, truncated.
    fn transfer_surplus(&mut self, c: CandidateId) {
        let total = self.votes[c];
        let surplus = total - self.quota;
        let mut moved = 0i64;
        for g in std::mem::take(&mut self.parcels[c]) {
            let tv = (i128::from(surplus) * i128::from(self.value[g]) / i128::from(total)) as i64;
            moved += self.groups[g].weight as i64 * tv;
            self.pass_on(g, tv);
        }
        self.residue += surplus - moved;
        self.votes[c] = self.quota;
    }

    /// Rule 50: the excluded candidate's papers move at the values they carry.
    fn exclude(&mut self, c: CandidateId) {
        self.status[c] = Status::Excluded;
        for g in std::mem::take(&mut self.parcels[c]) {
            self.pass_on(g, self.value[g]);
        }
        self.votes[c] = 0;
    }

    fn push_stage(&mut self, action: StageAction, mut description: String, newly: &[CandidateId]) {
        if !newly.is_empty() {
            let (verb, be) = if newly.len() == 1 {
                ("reaches", "is")
            } else {
                ("reach", "are")
            };
            description = format!(
                "{} {} {verb} the quota and {be} elected.",
                description.trim_end(),
                join_names(newly, self.names)
            );
        }
        self.stages.push(Stage {
            number: self.stages.len() + 1,
            action,
            description: description.trim_end().to_string(),
            votes: self.votes.clone(),
            exhausted: self.exhausted,
            residue: self.residue,
            threshold: Some(self.quota),
        });
    }
}

#[cfg(test)]
#[path = "stv_scottish_tests.rs"]
mod tests;
