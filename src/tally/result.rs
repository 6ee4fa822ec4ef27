//! What a count produces: the elected, every stage, invalid votes and lots drawn.
//! Renderers (table, CSV, JSON) read this; its serde form is the `--format json` contract.

use serde::Serialize;

use super::model::CandidateId;

/// The outcome of one count, with its work shown.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TallyResult {
    /// Method name as given on the command line (`stv-scottish`, …).
    pub method: String,
    pub title: Option<String>,
    /// Candidate names; ids in this struct index into it.
    pub candidates: Vec<String>,
    pub seats: usize,
    /// Every vote value below is an integer in units of 10^-decimals (0 for whole-vote methods).
    pub decimals: u32,
    /// Elected candidates, in order of election.
    pub elected: Vec<CandidateId>,
    /// Majority method without a winner: who goes to the runoff ballot (two, or more on a tie).
    pub runoff: Vec<CandidateId>,
    /// Weight of the valid ballots, scaled.
    pub valid_total: i64,
    /// Ballots that were valid input but not valid votes for this method, with the reason.
    pub invalid: Vec<InvalidVote>,
    /// The quota or threshold in force at the end (STV, majority), scaled.
    pub quota: Option<i64>,
    pub stages: Vec<Stage>,
    /// Pairwise preferences `d[i][j]`: voters preferring i to j (Condorcet methods).
    pub pairwise: Option<Vec<Vec<u64>>>,
    /// The seed for lots; printed and recorded so the count can be reproduced with `--seed`.
    pub seed: u64,
    /// Every lot drawn, in order.
    pub lots: Vec<Lot>,
    /// Plain-language notes about how rules were applied (e.g. overvotes exhausted).
    pub notes: Vec<String>,
}

/// One stage (round, count) of a count.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Stage {
    /// 1-based.
    pub number: usize,
    pub action: StageAction,
    /// One sentence for people: "Surplus of Jane Doe transferred".
    pub description: String,
    /// Each candidate's votes at the end of this stage, scaled; index = candidate id.
    pub votes: Vec<i64>,
    /// Non-transferable / exhausted votes at the end of this stage, scaled.
    pub exhausted: i64,
    /// Value lost to truncation so far, scaled. votes + exhausted + residue = valid_total.
    pub residue: i64,
    /// Threshold or quota in force at this stage (Meek's falls), scaled.
    pub threshold: Option<i64>,
}

/// What happened at a stage.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum StageAction {
    /// First count of first preferences (or the only count, for single-round methods).
    FirstCount,
    /// Candidates elected at this stage.
    Elected { candidates: Vec<CandidateId> },
    /// Surplus of an elected candidate transferred.
    Surplus { from: CandidateId },
    /// Candidates excluded, their votes transferred.
    Excluded { candidates: Vec<CandidateId> },
    /// A runoff ballot between these candidates (majority-runoff).
    Runoff { candidates: Vec<CandidateId> },
    /// Remaining seats filled by the remaining candidates.
    FilledRemaining { candidates: Vec<CandidateId> },
    /// A Meek iteration round with no election or exclusion to report.
    Iteration,
}

/// A ballot that was read but does not count as a valid vote for this method.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct InvalidVote {
    pub line: usize,
    pub weight: u64,
    pub reason: String,
}

/// One drawing of lots, recorded so that it can be checked and reproduced.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Lot {
    /// What was decided: "exclusion at stage 7", "place in the runoff".
    pub purpose: String,
    /// The tied candidates, in id order.
    pub among: Vec<CandidateId>,
    pub chosen: CandidateId,
}

impl Stage {
    /// votes + exhausted + residue: equals the valid total at every stage of a correct count.
    pub fn accounted(&self) -> i64 {
        self.votes.iter().sum::<i64>() + self.exhausted + self.residue
    }
}
