//! `demo`: the use-case side of the demo association. For now the votes a general meeting held
//! on a date would count per category; the voting roll (issue 7, item 2) will supersede it.

use chrono::NaiveDate;
use serde::Serialize;

use crate::domain::category::{Category, member_votes};
use crate::domain::member::Member;

/// One category's members and votes on a date.
#[derive(Debug, Default, Clone, PartialEq, Eq, Serialize)]
pub struct CategoryVotes {
    pub category: String,
    pub has_vote: bool,
    pub weight: u32,
    pub members: u32,
    pub votes: u32,
}

/// Members and votes per category on `on`, in the order of `categories`. `members` are those who
/// are members on `on`; suspended ones are counted as members with no vote (BW 2:24d).
pub fn votes_by_category(
    categories: &[Category],
    members: &[Member],
    on: NaiveDate,
) -> Vec<CategoryVotes> {
    let mut rows: Vec<CategoryVotes> = categories
        .iter()
        .map(|c| CategoryVotes {
            category: c.name.clone(),
            has_vote: c.has_vote,
            weight: c.weight,
            ..Default::default()
        })
        .collect();
    for m in members {
        if let Some((row, c)) = rows
            .iter_mut()
            .zip(categories)
            .find(|(_, c)| c.name == m.category)
        {
            row.members += 1;
            row.votes += member_votes(c, m.status_on(on));
        }
    }
    rows
}
