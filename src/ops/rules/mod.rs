//! `quorum rules …`: the statutes' decision parameters, versioned by the date they take effect.
//! Values and ranges live in `domain::rules`, the versions in `store::rules`.

mod export;
mod history;
mod import;
mod set;
mod show;

pub use export::{Export, export};
pub use history::{VersionRow, history};
pub use import::{FileProblems, import};
pub use set::{Set, set};
pub use show::show;
