//! Use cases: what a command does, between parsing and rendering. An op calls the domain's checks
//! and the store's transactions in the right order and returns data; it parses no flags and
//! prints nothing (progress and problems go back to the caller), so `cli` stays thin and a future
//! front end or test can run the same use case.
//!
//! One file per use case or noun, like cargo's `ops/cargo_<name>.rs` behind `commands/<name>.rs`.

pub mod actions;
pub mod association;
pub mod ballot;
pub mod board;
pub mod category;
pub mod changed;
pub mod db;
pub mod decision;
pub mod delegate;
pub mod demo;
pub mod election;
pub mod guest;
pub mod journal;
pub mod kascommissie;
pub mod meeting;
pub mod member;
pub mod member_import;
pub mod minutes;
pub mod proposal;
pub mod resolution;
pub mod roll;
pub mod rules;
pub mod todo;
pub mod vote;

pub use changed::{Changed, write, write_maybe};
