//! `member export`.

use chrono::NaiveDate;

use super::pipeline::{Feed, pipeline};
use crate::domain::member::Member;
use crate::domain::roll::Selection;
use crate::store::Store;
use crate::store::export::RawMember;

/// Hands every member of `category` (all when None) that `selection` admits on `on` to `each`,
/// in member-number order: the rows are read on this thread and checked and handed over on
/// another, a batch at a time, so a million members cost no more memory than ten.
pub fn export(
    store: &mut Store,
    category: Option<&str>,
    selection: Selection,
    on: NaiveDate,
    mut each: impl FnMut(&Member) -> anyhow::Result<()> + Send,
) -> anyhow::Result<()> {
    store.read(|tx| {
        pipeline(
            |feed: &mut Feed<RawMember>| tx.export_raw(category, |m| Ok(feed.hand_over(m)?)),
            |next| {
                let mut m = Member::default();
                while let Some(batch) = next() {
                    for raw in batch.values() {
                        raw.decode(&mut m)?;
                        if selection.admits(m.status_on(on)) {
                            each(&m)?;
                        }
                    }
                }
                Ok(())
            },
        )
    })
}
