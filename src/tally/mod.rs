//! The counting engine: ballots in, a result with every stage out.
//!
//! Pure code: no database, no printing, no clock, no floats. Vote values are fixed-point integers
//! (`TallyResult::decimals` says the scale), so every stage adds up to the valid total exactly.
//! Parsers live in `format`, the counting rules in `method`, tie-breaking by lot in `lot`.

pub mod batch;
pub mod format;
pub mod limits;
pub mod lot;
pub mod method;
pub mod model;
pub mod result;

pub use method::{Method, TallyOptions, count};
pub use model::{Ballot, CandidateId, Election, Rank};
pub use result::{InvalidVote, Lot, Stage, StageAction, TallyResult};

/// Why a count could not be made. Messages are for the person recounting: they say what to fix.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum TallyError {
    /// The input file is malformed; `line` is 1-based.
    #[error("line {line}: {reason}")]
    Parse { line: usize, reason: String },
    /// The input cannot be counted by this method (for example more seats than candidates).
    #[error("{0}")]
    Unsuitable(String),
    /// The file could not be read to its end (a disk or pipe error, or text that is not UTF-8).
    #[error("cannot read the file: {0}")]
    Io(String),
}
