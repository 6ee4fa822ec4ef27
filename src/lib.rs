//! quorum: an association's member registry and member democracy, from a terminal.
//!
//! Layers, with a one-way dependency rule (docs/design.md, "Layers"):
//! `cli` (clap structs and handlers) → `app` (resolved context) → `ops` (use cases) → `domain`
//! (pure rules), `store` (all SQL); `output` renders. `tally` is the counting engine: pure, and
//! usable without a database.

pub mod app;
pub mod cli;
pub mod clock;
pub mod domain;
pub mod exit;
pub mod files;
pub mod i18n;
pub mod ops;
pub mod output;
pub mod prompt;
pub mod rng;
pub mod store;
pub mod tally;

pub use cli::run;
