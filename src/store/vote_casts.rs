//! Roll calls: who cast whose votes and how they were divided, the proxies a voter holds, and
//! the members excluded from a proposal's vote (BW 2:12). Never used for secret ballots.

use rusqlite::{OptionalExtension as _, params};
use serde_json::json;

use super::votes::n;
use super::{Change, ReadTx, WriteTx};
use crate::domain::journal::action;
use crate::domain::vote::Split;

pub use crate::domain::vote::held::Cast as CastRow;

/// An active proxy held by a member at a meeting.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Held {
    pub giver_id: i64,
    pub giver: i64,
    pub instruction: Option<String>,
}

impl ReadTx<'_> {
    /// True when the member may not vote on the proposal (BW 2:12).
    pub fn is_excluded(&self, proposal_id: i64, member_id: i64) -> anyhow::Result<bool> {
        Ok(self.conn.query_row(
            "SELECT EXISTS (SELECT 1 FROM proposal_exclusion WHERE proposal_id = ?1 AND member_id = ?2)",
            params![proposal_id, member_id],
            |r| r.get(0),
        )?)
    }

    /// The votes of members excluded from the proposal: (present or represented now, in all),
    /// from the meeting's snapshot.
    pub fn excluded_votes(&self, meeting_id: i64, proposal_id: i64) -> anyhow::Result<(u64, u64)> {
        let (present, total): (i64, i64) = self.conn.query_row(
            "SELECT
                 COALESCE(SUM(CASE WHEN EXISTS (SELECT 1 FROM attendance a WHERE a.meeting_id = v.meeting_id
                         AND a.member_id = v.member_id AND a.status = 'present' AND a.checked_out_at IS NULL)
                     OR EXISTS (SELECT 1 FROM proxy p JOIN attendance a ON a.meeting_id = p.meeting_id
                         AND a.member_id = p.holder_id AND a.status = 'present' AND a.checked_out_at IS NULL
                         WHERE p.meeting_id = v.meeting_id AND p.giver_id = v.member_id AND p.ended_at IS NULL)
                     THEN v.votes ELSE 0 END), 0),
                 COALESCE(SUM(v.votes), 0)
             FROM meeting_voter v JOIN proposal_exclusion x ON x.member_id = v.member_id AND x.proposal_id = ?2
             WHERE v.meeting_id = ?1",
            params![meeting_id, proposal_id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        Ok((present.max(0) as u64, total.max(0) as u64))
    }

    /// The active proxies a member holds at a meeting, by giver's number.
    pub fn proxies_held(&self, meeting_id: i64, holder_id: i64) -> anyhow::Result<Vec<Held>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT p.giver_id, g.number, p.instruction FROM proxy p JOIN member g ON g.id = p.giver_id
             WHERE p.meeting_id = ?1 AND p.holder_id = ?2 AND p.ended_at IS NULL ORDER BY g.number",
        )?;
        let rows = stmt.query_map(params![meeting_id, holder_id], |r| {
            Ok(Held {
                giver_id: r.get(0)?,
                giver: r.get(1)?,
                instruction: r.get(2)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// One member's cast in a roll call, if any: one indexed row, so that a long roll call
    /// does not read every earlier cast per vote.
    pub fn cast_of(&self, vote_id: i64, member_id: i64) -> anyhow::Result<Option<Split>> {
        let row: Option<[i64; 5]> = self
            .conn
            .prepare_cached(
                "SELECT votes_for, against, abstain, blank, weight FROM vote_cast
                 WHERE vote_id = ?1 AND member_id = ?2",
            )?
            .query_row(params![vote_id, member_id], |r| {
                Ok([r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?])
            })
            .optional()?;
        Ok(row.map(|[f, a, ab, b, w]| {
            let text = format!("for={f},against={a},abstain={ab},blank={b}");
            Split::parse(&text, w.max(0) as u64).unwrap_or_default()
        }))
    }

    /// The casts of a roll call, by member number.
    pub fn vote_casts(&self, vote_id: i64) -> anyhow::Result<Vec<CastRow>> {
        let mut stmt = self.conn.prepare(
            "SELECT c.member_id, m.number, b.number, c.votes_for, c.against, c.abstain, c.blank,
                 c.weight, c.cast_at
             FROM vote_cast c JOIN member m ON m.id = c.member_id JOIN member b ON b.id = c.cast_by
             WHERE c.vote_id = ?1 ORDER BY m.number",
        )?;
        let rows = stmt.query_map([vote_id], |r| {
            let part =
                |i: usize| -> rusqlite::Result<u64> { Ok(r.get::<_, i64>(i)?.max(0) as u64) };
            let text = format!(
                "for={},against={},abstain={},blank={}",
                part(3)?,
                part(4)?,
                part(5)?,
                part(6)?
            );
            let weight = part(7)?;
            Ok(CastRow {
                member_id: r.get(0)?,
                number: r.get(1)?,
                cast_by: r.get(2)?,
                split: Split::parse(&text, weight).unwrap_or_default(),
                weight,
                cast_at: r.get(8)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}

impl WriteTx<'_> {
    /// Records a member's votes in a roll call; voting again replaces the earlier cast, and
    /// the change is journaled with both. Returns the earlier split, if any.
    pub fn put_cast(
        &self,
        vote_id: i64,
        member_id: i64,
        cast_by: i64,
        split: &Split,
        weight: u64,
    ) -> anyhow::Result<Option<Split>> {
        use crate::domain::vote::Choice;
        let old = self.cast_of(vote_id, member_id)?;
        let at = self.actor().at_rfc3339();
        let choice = split.single().map_or("split", |c| c.name());
        self.conn.execute(
            "INSERT INTO vote_cast (vote_id, member_id, cast_by, choice, weight, votes_for, against,
                 abstain, blank, cast_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
             ON CONFLICT (vote_id, member_id) DO UPDATE SET cast_by = excluded.cast_by,
                 choice = excluded.choice, weight = excluded.weight, votes_for = excluded.votes_for,
                 against = excluded.against, abstain = excluded.abstain, blank = excluded.blank,
                 cast_at = excluded.cast_at",
            params![
                vote_id,
                member_id,
                cast_by,
                choice,
                n(weight),
                n(split.get(Choice::For)),
                n(split.get(Choice::Against)),
                n(split.get(Choice::Abstain)),
                n(split.get(Choice::Blank)),
                at
            ],
        )?;
        let by_proxy = if cast_by == member_id {
            ""
        } else {
            " by proxy"
        };
        let mut change = Change {
            action: if old.is_some() {
                action::VOTE_RECAST
            } else {
                action::VOTE_CAST
            },
            entity: "vote",
            entity_id: Some(vote_id.to_string()),
            member_id: Some(member_id),
            summary: format!(
                "{} in vote {vote_id}{by_proxy}",
                if old.is_some() {
                    "changed a roll-call vote"
                } else {
                    "roll-call vote"
                }
            ),
            new: Some(json!({ "split": split.to_string(), "cast_by": cast_by })),
            ..Default::default()
        };
        change.old = old.as_ref().map(|s| json!({ "split": s.to_string() }));
        self.journal(change)?;
        Ok(old)
    }
}
