//! Member use cases (`quorum member …`), one verb a file. Each opens its own transactions and
//! returns data; a writing one returns [`crate::ops::Changed`], its journal head read in the
//! same transaction. Questions to a person (a likely duplicate, a confirmation) come in as
//! callbacks, so a use case never prompts and a refusal is typed, worded by the command line.

mod add;
mod arrears;
mod birthdays;
mod data;
mod delete;
mod edit;
mod erase;
mod export;
mod jubilees;
mod leave;
mod list;
mod pipeline;
mod rejoin;
mod show;
mod suspend;
mod unsuspend;

pub use add::{Ask, add, category_names};
pub use arrears::{Arrears, arrears};
pub use birthdays::{Birthday, birthdays};
pub use data::{SubjectFacts, data};
pub use delete::delete;
pub use edit::edit;
pub use erase::erase;
pub use export::export;
pub use jubilees::{Jubilee, Jubilees, jubilees};
pub use leave::{leave, resign, undo_leave};
pub use list::list;
pub use rejoin::rejoin;
pub use show::show;
pub use suspend::{suspend, suspend_for_appeal};
pub use unsuspend::unsuspend;

/// A change that removed personal data, and whether the database's log could be emptied of
/// the old copies (not when another program has the file open).
#[derive(Debug)]
pub struct Removed<T> {
    pub changed: crate::ops::Changed<T>,
    pub wal_emptied: bool,
}
