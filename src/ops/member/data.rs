//! `member data`.

use crate::domain::category::Category;
use crate::domain::journal::{Entry, JournalFilter, Payload};
use crate::domain::member::Member;
use crate::domain::office::BoardTerm;
use crate::store::Store;

/// Everything held about one member (GDPR art. 15 and 20), read in one transaction.
#[derive(Debug)]
pub struct SubjectFacts {
    pub association: Option<String>,
    pub member: Member,
    pub category: Category,
    /// Every journal entry naming the member, with its recorded values.
    pub journal: Vec<(Entry, Option<Payload>)>,
    pub board_terms: Vec<BoardTerm>,
}

pub fn data(store: &mut Store, number: i64) -> anyhow::Result<SubjectFacts> {
    store.read(|tx| {
        let member = tx.member(number)?;
        let (_, category) = tx.category_required(&member.category)?;
        let journal = tx.journal_entries(&JournalFilter {
            member_id: Some(member.id),
            ..Default::default()
        })?;
        Ok(SubjectFacts {
            association: tx.association_name()?,
            board_terms: tx.board_terms(member.id)?,
            member,
            category,
            journal,
        })
    })
}
