//! `resolution close R`: adopted if every voter agreed, else failed.

use crate::ops::Changed;
use crate::store::{Actor, Store};

use super::view::{self, Done};
use super::{open_resolution, settle};

/// Closes an open resolution: adopted if every voter agreed, else failed with the numbers.
/// `did` is the explanation.
pub fn close(store: &mut Store, actor: &Actor, id: i64) -> anyhow::Result<Changed<Done<String>>> {
    crate::ops::write(store, actor, |tx| {
        let lang = tx.association_lang()?;
        let r = open_resolution(tx, id)?;
        let text = settle(tx, &r, true, lang)?.unwrap_or_default();
        view::done(tx, id, text)
    })
}
