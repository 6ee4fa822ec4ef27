//! `quorum actions [list] | done`: the action items agreed in meetings, across meetings.

mod done;
mod list;

use serde::Serialize;

pub use done::done;
pub use list::list;

/// An action item as listed and as `actions done` reports it (stable CSV columns, JSON keys).
#[derive(Debug, Default, Serialize)]
pub struct ActionView {
    pub id: i64,
    pub meeting: i64,
    pub meeting_date: String,
    pub item: Option<u32>,
    pub who: String,
    pub what: String,
    pub due: Option<String>,
    pub done: Option<String>,
}

impl From<crate::store::minutes::ActionRow> for ActionView {
    fn from(a: crate::store::minutes::ActionRow) -> Self {
        ActionView {
            id: a.id,
            meeting: a.meeting_id,
            meeting_date: a.meeting_date,
            item: a.item_position,
            who: a.who,
            what: a.what,
            due: a.due,
            done: a.done_at,
        }
    }
}
