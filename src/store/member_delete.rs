//! `member delete`: a record added by mistake, removed whole while nothing refers to it but its
//! own creation. Every table with a foreign key to `member` is asked (so a table added later is
//! asked too), and the journal for entries naming the member other than its own add and edits.

use rusqlite::params;

use super::{Change, WriteTx};
use crate::domain::journal::action;
use crate::domain::member::Member;
use crate::domain::member_change::{MemberUse, OWN_ACTIONS, check_delete};

/// The member's own rows, deleted with it.
const OWN_TABLES: [&str; 1] = ["membership_period"];

impl WriteTx<'_> {
    /// What refers to the member with internal id `id`, besides its own creation.
    fn member_uses(&self, id: i64) -> anyhow::Result<Vec<MemberUse>> {
        let mut stmt = self.conn.prepare(
            "SELECT m.name, f.\"from\" FROM sqlite_master m, pragma_foreign_key_list(m.name) f
             WHERE m.type = 'table' AND f.\"table\" = 'member' ORDER BY m.name, f.\"from\"",
        )?;
        let links: Vec<(String, String)> = stmt
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        let mut uses = Vec::new();
        for (table, column) in links {
            if OWN_TABLES.contains(&table.as_str()) {
                continue;
            }
            // Names come from the schema itself, never from input.
            let count: i64 = self.conn.query_row(
                &format!("SELECT COUNT(*) FROM \"{table}\" WHERE \"{column}\" = ?1"),
                [id],
                |r| r.get(0),
            )?;
            let what = if column == "member_id" {
                format!("{table} rows")
            } else {
                format!("{table} rows (as {column})")
            };
            uses.push(MemberUse { what, count });
        }
        let mut stmt = self.conn.prepare(
            "SELECT j.action, COUNT(*) FROM journal_member jm JOIN journal j ON j.seq = jm.seq
             WHERE jm.member_id = ?1 AND j.action NOT IN (?2, ?3)
             GROUP BY j.action ORDER BY MIN(j.seq)",
        )?;
        for row in stmt.query_map(params![id, OWN_ACTIONS[0], OWN_ACTIONS[1]], |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?))
        })? {
            let (act, count) = row?;
            uses.push(MemberUse {
                what: format!("{act} journal entries"),
                count,
            });
        }
        Ok(uses)
    }

    /// Deletes member `number` (a refusal is a `member_change::DeleteRefusal`). The journal
    /// keeps its chain: the entries of the member's add and edits stay, their recorded values
    /// are forgotten as an erasure forgets them, and a `member.delete` entry (without values)
    /// says why. The number is free again. Returns the member as it was.
    pub fn delete_member(&self, number: i64) -> anyhow::Result<Member> {
        let m = self.member(number)?;
        check_delete(self.member_uses(m.id)?)?;
        self.conn
            .execute("DELETE FROM membership_period WHERE member_id = ?1", [m.id])?;
        self.journal_forget_member(m.id)?;
        self.conn
            .execute("DELETE FROM member WHERE id = ?1", [m.id])?;
        self.journal(Change {
            action: action::MEMBER_DELETE,
            entity: "member",
            entity_id: Some(number.to_string()),
            member_id: Some(m.id),
            summary: format!("deleted member {number}, a record added by mistake"),
            ..Default::default()
        })?;
        Ok(m)
    }
}
