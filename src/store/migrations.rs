//! Schema migrations, versioned by `PRAGMA user_version`. Append-only: a released migration is
//! never edited, so every old database upgrades along the same path.

use anyhow::Context as _;
use rusqlite::Connection;

/// Migration N (1-based) brings a database from version N-1 to N.
const MIGRATIONS: &[&str] = &[
    include_str!("sql/0001_initial.sql"),
    include_str!("sql/0002_roll.sql"),
    include_str!("sql/0003_meetings.sql"),
    include_str!("sql/0004_application_id.sql"),
    include_str!("sql/0005_journal_members.sql"),
    include_str!("sql/0006_proposals.sql"),
    include_str!("sql/0007_votes.sql"),
    include_str!("sql/0008_resolutions.sql"),
    include_str!("sql/0009_ballots.sql"),
    include_str!("sql/0010_elections.sql"),
    include_str!("sql/0013_election_codes.sql"),
    include_str!("sql/0014_board_terms.sql"),
];

/// The header mark of a quorum file (`PRAGMA application_id`, "QRM1"), set by a migration.
pub const APPLICATION_ID: i32 = i32::from_be_bytes(*b"QRM1");

pub fn application_id(conn: &Connection) -> anyhow::Result<i32> {
    Ok(conn.pragma_query_value(None, "application_id", |r| r.get(0))?)
}

/// What schema `version` promises and `conn` lacks ("table journal_head"), found by applying
/// the migrations up to `version` to an empty database in memory and comparing the names.
pub fn missing(conn: &Connection, version: u32) -> anyhow::Result<Vec<String>> {
    let mut expected = Connection::open_in_memory()?;
    apply_up_to(&mut expected, 0, version)?;
    let names = |c: &Connection| -> anyhow::Result<Vec<(String, String)>> {
        let mut stmt = c.prepare(
            "SELECT type, name FROM sqlite_master
             WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name",
        )?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<Result<_, _>>()?)
    };
    let have = names(conn)?;
    Ok(names(&expected)?
        .into_iter()
        .filter(|n| !have.contains(n))
        .map(|(kind, name)| format!("{kind} {name}"))
        .collect())
}

/// The schema version this binary writes.
pub const LATEST: u32 = MIGRATIONS.len() as u32;

pub fn version(conn: &Connection) -> anyhow::Result<u32> {
    Ok(conn.pragma_query_value(None, "user_version", |r| r.get(0))?)
}

/// Applies every migration after `from`, each in its own transaction with its version bump.
pub fn apply(conn: &mut Connection, from: u32) -> anyhow::Result<()> {
    apply_up_to(conn, from, LATEST)
}

fn apply_up_to(conn: &mut Connection, from: u32, to: u32) -> anyhow::Result<()> {
    for (i, sql) in MIGRATIONS
        .iter()
        .enumerate()
        .take(to as usize)
        .skip(from as usize)
    {
        let to = i as u32 + 1;
        let tx = conn.transaction()?;
        tx.execute_batch(sql)
            .with_context(|| format!("applying schema migration {to}"))?;
        tx.pragma_update(None, "user_version", to)?;
        tx.commit()?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrations_apply_from_scratch_and_set_the_version() {
        let mut conn = Connection::open_in_memory().unwrap();
        apply(&mut conn, 0).unwrap();
        assert_eq!(version(&conn).unwrap(), LATEST);
        // Applying again from the latest version is a no-op.
        apply(&mut conn, LATEST).unwrap();
    }

    #[test]
    fn each_step_applies_on_top_of_the_previous() {
        for stop in 0..LATEST {
            let mut conn = Connection::open_in_memory().unwrap();
            apply_until(&mut conn, stop);
            apply(&mut conn, stop).unwrap();
            assert_eq!(version(&conn).unwrap(), LATEST);
        }
    }

    fn apply_until(conn: &mut Connection, stop: u32) {
        for sql in MIGRATIONS.iter().take(stop as usize) {
            conn.execute_batch(sql).unwrap();
        }
        conn.pragma_update(None, "user_version", stop).unwrap();
    }
}
