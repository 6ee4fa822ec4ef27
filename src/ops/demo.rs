//! `demo`: the use-case side of the demo association: the votes a general meeting held on a date
//! would count per category, as the voting roll gives them.

use chrono::NaiveDate;
use serde::Serialize;

use crate::domain::category::Category;
use crate::store::ReadTx;

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
/// are members on `on`; suspended ones are counted as members with no vote (BW 2:24d). The
/// voting roll decides the votes, under the rules in force on `on`.
pub fn votes_by_category(
    tx: &ReadTx<'_>,
    categories: &[Category],
    on: NaiveDate,
) -> anyhow::Result<Vec<CategoryVotes>> {
    let mut rows: Vec<CategoryVotes> = categories
        .iter()
        .map(|c| CategoryVotes {
            category: c.name.clone(),
            has_vote: c.has_vote,
            weight: c.weight,
            ..Default::default()
        })
        .collect();
    tx.roll_on(on, |_, c, standing| {
        if let Some(row) = rows.iter_mut().find(|r| r.category == c.name)
            && standing.status.is_member()
        {
            row.members += 1;
            row.votes += standing.votes;
        }
        Ok(())
    })?;
    Ok(rows)
}
