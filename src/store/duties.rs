//! What `quorum todo` reads besides the offices: meetings held and planned, minutes not yet
//! approved, decisions awaiting a deed or voidable, accounts approved, former members' data.

use super::ReadTx;

/// A meeting as the duties see it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MeetingDay {
    pub id: i64,
    pub title: String,
    /// 'YYYY-MM-DD'
    pub date: String,
    pub annual: bool,
    pub closed: bool,
    /// Closed and its minutes approved (sealed).
    pub sealed: bool,
}

/// A decision a duty names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecisionDay {
    pub code: String,
    pub title: String,
    pub decided_on: String,
}

impl ReadTx<'_> {
    /// Every meeting not cancelled, by date.
    pub fn meeting_days(&self) -> anyhow::Result<Vec<MeetingDay>> {
        let mut stmt = self.conn.prepare(
            "SELECT m.id, m.title, substr(m.starts_at, 1, 10), m.kind = 'annual',
                 m.closed_at IS NOT NULL,
                 EXISTS (SELECT 1 FROM minutes_seal s WHERE s.meeting_id = m.id)
             FROM meeting m WHERE m.cancelled_at IS NULL ORDER BY m.starts_at, m.id",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(MeetingDay {
                id: r.get(0)?,
                title: r.get(1)?,
                date: r.get(2)?,
                annual: r.get(3)?,
                closed: r.get(4)?,
                sealed: r.get(5)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Adopted statute amendments still waiting for the notarial deed (BW 2:43 lid 5).
    pub fn awaiting_deed(&self) -> anyhow::Result<Vec<DecisionDay>> {
        self.decision_days("SELECT code, title, decided_on FROM decision WHERE status = 'awaiting-deed' ORDER BY decided_on, id")
    }

    /// Decisions whose recorded standing is voidable (BW 2:15), whatever the ground: the standing
    /// column is what `domain::decision::standing` decided, so a confirmed decision or one
    /// valid under BW 2:42 lid 3 is not listed.
    pub fn voidable_decisions(&self) -> anyhow::Result<Vec<DecisionDay>> {
        self.decision_days(
            "SELECT d.code, d.title, d.decided_on FROM decision d
             WHERE d.status NOT IN ('rejected', 'superseded') AND d.standing = 'voidable'
             ORDER BY d.decided_on, d.id",
        )
    }

    /// Adopted decisions on proposals of the kind `accounts`.
    pub fn accounts_adopted(&self) -> anyhow::Result<Vec<DecisionDay>> {
        self.decision_days(
            "SELECT d.code, d.title, d.decided_on FROM decision d JOIN proposal p ON p.id = d.proposal_id
             WHERE p.kind = 'accounts' AND d.status NOT IN ('rejected', 'superseded')
             ORDER BY d.decided_on, d.id",
        )
    }

    fn decision_days(&self, sql: &str) -> anyhow::Result<Vec<DecisionDay>> {
        let mut stmt = self.conn.prepare(sql)?;
        let rows = stmt.query_map([], |r| {
            Ok(DecisionDay {
                code: r.get(0)?,
                title: r.get(1)?,
                decided_on: r.get(2)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Adopted decisions to dismiss or suspend a board member, by day.
    pub fn board_member_decisions(
        &self,
    ) -> anyhow::Result<Vec<crate::domain::proposal::board::BoardDecision>> {
        let mut stmt = self.conn.prepare(
            "SELECT d.code, m.number, p.kind = 'board-dismissal', d.decided_on
             FROM decision d JOIN proposal p ON p.id = d.proposal_id JOIN member m ON m.id = p.member_id
             WHERE p.kind IN ('board-dismissal', 'board-suspension') AND d.outcome = 'adopted'
               AND d.status NOT IN ('rejected', 'superseded')
             ORDER BY d.decided_on, d.id",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, i64>(1)?,
                r.get::<_, bool>(2)?,
                r.get::<_, String>(3)?,
            ))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (code, member, dismissal, on) = row?;
            out.push(crate::domain::proposal::board::BoardDecision {
                code,
                member,
                dismissal,
                on: on.get(..10).unwrap_or_default().parse()?,
            });
        }
        Ok(out)
    }

    /// Former members whose data is not erased: (number, the day the last membership ended).
    pub fn former_unerased(&self) -> anyhow::Result<Vec<(i64, String)>> {
        let mut stmt = self.conn.prepare(
            "SELECT m.number, MAX(p.left_on) FROM member m JOIN membership_period p ON p.member_id = m.id
             WHERE m.erased_at IS NULL GROUP BY m.id
             HAVING COUNT(p.left_on) = COUNT(*) ORDER BY 2, m.number",
        )?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}
