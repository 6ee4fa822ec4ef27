//! Use cases: they orchestrate domain checks and store calls for one command each, in one
//! transaction, and return what the command line renders.

pub mod meeting;
