//! `member show`.

use crate::domain::member::Member;
use crate::domain::office::BoardTerm;
use crate::store::Store;

/// Member `number` with the board terms it won.
pub fn show(store: &mut Store, number: i64) -> anyhow::Result<(Member, Vec<BoardTerm>)> {
    store.read(|tx| {
        let m = tx.member(number)?;
        let terms = tx.board_terms(m.id)?;
        Ok((m, terms))
    })
}
