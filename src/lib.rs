//! quorum: an association's member registry and member democracy, from a terminal.
//!
//! Layers, with a one-way dependency rule:
//! `cli` (clap structs and handlers) → `app` (context) → `domain` (pure rules), `store` (all SQL),
//! `output` (rendering). `tally` is the counting engine: pure, and usable without a database.

pub mod app;
pub mod cli;
pub mod clock;
pub mod domain;
pub mod exit;
pub mod ops;
pub mod output;
pub mod prompt;
pub mod store;
pub mod tally;

pub use app::run;
