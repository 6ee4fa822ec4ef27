//! `quorum init` and `quorum association show | edit`: the association's name and language.

mod edit;
mod init;
mod show;

pub use edit::edit;
pub use init::{Created, Init, init};
pub use show::show;
