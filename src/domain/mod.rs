//! The domain: pure rules and types. No SQL, no printing, no clock: callers pass `today`.

pub mod category;
pub mod date;
pub mod decision;
pub mod election;
pub mod error;
pub mod expulsion;
pub mod import;
pub mod journal;
pub mod jubilee;
pub mod lang;
pub mod meeting;
pub mod member;
pub mod member_change;
pub mod minutes;
pub mod msg;
pub mod office;
pub mod proposal;
pub mod refusal;
pub mod resignation;
pub mod resolution;
pub mod roll;
pub mod rules;
pub mod text;
pub mod vote;

pub use error::DomainError;
