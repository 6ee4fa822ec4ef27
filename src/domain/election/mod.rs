//! Elections of persons in a meeting (rules.md B4, B5, B7, B8, Example 3): how a paper is judged
//! and what a counted round decides. Pure: the counting itself is `tally::count`.

pub mod binding;
pub mod paper;
pub mod record;
pub mod round;
pub mod seat;

pub use paper::{Form, Paper, forms, judge, names_allowed};
pub use record::{
    Binding, Candidate, Decided, Election, PaperStatus, Round, RoundResult, RoundStatus, Status,
    StoredPaper,
};
pub use round::{Decision, ElectionRules, Figures, Kind, Outcome, decide};
