//! Schema migrations, versioned by `PRAGMA user_version`. Append-only: a released migration is
//! never edited, so every old database upgrades along the same path.

use anyhow::Context as _;
use rusqlite::Connection;

/// One step of the schema: a SQL file, or a Rust function of the transaction for a change of
/// data that SQL cannot make well (a backfill that needs a rule of the domain, a hash chain).
/// Either runs in the migration's own transaction with its version bump, so a failing step
/// leaves the file at the version before it. A Rust step changes data only: tables, indexes
/// and triggers are made by SQL files, which `missing` reads.
#[derive(Clone, Copy)]
pub enum Migration {
    Sql(&'static str),
    // No released version needs one yet; the unit test below runs one.
    #[cfg_attr(not(test), allow(dead_code))]
    Rust(fn(&rusqlite::Transaction<'_>) -> anyhow::Result<()>),
}

impl Migration {
    fn run(&self, tx: &rusqlite::Transaction<'_>) -> anyhow::Result<()> {
        match self {
            Migration::Sql(sql) => Ok(tx.execute_batch(sql)?),
            Migration::Rust(step) => step(tx),
        }
    }

    fn sql(&self) -> Option<&'static str> {
        match self {
            Migration::Sql(sql) => Some(sql),
            Migration::Rust(_) => None,
        }
    }
}

/// The list below as `Migration`s: `include_str!("sql/NNNN_what.sql")` is a SQL step,
/// `rust(path::to::function)` a Rust one.
macro_rules! migrations {
    (@one include_str ($path:literal)) => { Migration::Sql(include_str!($path)) };
    (@one rust ($step:path)) => { Migration::Rust($step) };
    ($($kind:ident $(!)? ($($arg:tt)*)),* $(,)?) => { [$(migrations!(@one $kind ($($arg)*))),*] };
}

/// Migration N (1-based) brings a database from version N-1 to N.
const MIGRATIONS: &[Migration] = &migrations![
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
    include_str!("sql/0011_decisions.sql"),
    include_str!("sql/0012_minutes.sql"),
    include_str!("sql/0013_election_codes.sql"),
    include_str!("sql/0014_board_terms.sql"),
    include_str!("sql/0015_phone2.sql"),
    include_str!("sql/0016_external_code.sql"),
    include_str!("sql/0017_journal_state.sql"),
    include_str!("sql/0018_period_index.sql"),
    include_str!("sql/0019_standing.sql"),
    include_str!("sql/0020_organisation.sql"),
    include_str!("sql/0021_offices.sql"),
    include_str!("sql/0022_agenda_member.sql"),
    include_str!("sql/0023_minutes_circulation.sql"),
    include_str!("sql/0024_meeting_order_documents.sql"),
    include_str!("sql/0025_board_dismissal.sql"),
    include_str!("sql/0026_forced.sql"),
    include_str!("sql/0027_ballot_abstain.sql"),
    include_str!("sql/0028_joined_unknown.sql"),
];

/// The header mark of a quorum file (`PRAGMA application_id`, "QRM1"), set by a migration.
pub const APPLICATION_ID: i32 = i32::from_be_bytes(*b"QRM1");

pub fn application_id(conn: &Connection) -> anyhow::Result<i32> {
    Ok(conn.pragma_query_value(None, "application_id", |r| r.get(0))?)
}

/// What schema `version` promises and `conn` lacks ("table journal_head"). Every command runs
/// this when it opens the file, so it reads the names the migrations declare from their text
/// instead of applying them to a database in memory (that cost a few milliseconds a command);
/// a test holds the two to the same answer for every version.
pub fn missing(conn: &Connection, version: u32) -> anyhow::Result<Vec<String>> {
    let mut stmt =
        conn.prepare_cached("SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'")?;
    let have: std::collections::BTreeSet<(String, String)> = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<Result<_, _>>()?;
    Ok(declared(version)
        .into_iter()
        .filter(|n| !have.contains(n))
        .map(|(kind, name)| format!("{kind} {name}"))
        .collect())
}

/// The words of a migration, without comments and string literals (a trigger's message).
fn words(sql: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut word = String::new();
    let mut chars = sql.chars().peekable();
    let flush = |w: &mut String, out: &mut Vec<String>| {
        if !w.is_empty() {
            out.push(std::mem::take(w));
        }
    };
    while let Some(c) = chars.next() {
        match c {
            '-' if chars.peek() == Some(&'-') => {
                flush(&mut word, &mut out);
                for c in chars.by_ref() {
                    if c == '\n' {
                        break;
                    }
                }
            }
            '\'' => {
                flush(&mut word, &mut out);
                while let Some(c) = chars.next() {
                    if c == '\'' {
                        if chars.peek() == Some(&'\'') {
                            chars.next();
                        } else {
                            break;
                        }
                    }
                }
            }
            c if c.is_alphanumeric() || c == '_' => word.push(c),
            _ => flush(&mut word, &mut out),
        }
    }
    flush(&mut word, &mut out);
    out
}

/// The tables, indexes, triggers and views that the migrations up to `version` leave, by name.
fn declared(version: u32) -> std::collections::BTreeSet<(String, String)> {
    let mut names = std::collections::BTreeSet::new();
    for sql in MIGRATIONS
        .iter()
        .take(version as usize)
        .filter_map(Migration::sql)
    {
        let w = words(sql);
        let kw = |i: usize, k: &str| w.get(i).is_some_and(|x| x.eq_ignore_ascii_case(k));
        let mut i = 0;
        while i < w.len() {
            let create = kw(i, "CREATE");
            if create || kw(i, "DROP") {
                let mut j = i + 1;
                while kw(j, "UNIQUE") || kw(j, "TEMP") || kw(j, "TEMPORARY") {
                    j += 1;
                }
                let kind = ["TABLE", "INDEX", "TRIGGER", "VIEW"]
                    .into_iter()
                    .find(|k| kw(j, k));
                if let Some(kind) = kind {
                    j += 1;
                    if kw(j, "IF") {
                        j += if kw(j + 1, "NOT") { 3 } else { 2 };
                    }
                    if let Some(name) = w.get(j) {
                        let key = (kind.to_ascii_lowercase(), name.clone());
                        if create {
                            names.insert(key);
                        } else {
                            names.remove(&key);
                        }
                    }
                    i = j;
                }
            }
            i += 1;
        }
    }
    names
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
    apply_steps(conn, MIGRATIONS, from, to)
}

fn apply_steps(
    conn: &mut Connection,
    steps: &[Migration],
    from: u32,
    to: u32,
) -> anyhow::Result<()> {
    for (i, step) in steps
        .iter()
        .enumerate()
        .take(to as usize)
        .skip(from as usize)
    {
        let to = i as u32 + 1;
        let tx = conn.transaction()?;
        step.run(&tx)
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

    #[test]
    fn the_declared_names_are_what_the_migrations_make() {
        for v in 0..=LATEST {
            let mut conn = Connection::open_in_memory().unwrap();
            apply_up_to(&mut conn, 0, v).unwrap();
            let mut stmt = conn
                .prepare("SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'")
                .unwrap();
            let made: std::collections::BTreeSet<(String, String)> = stmt
                .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
                .unwrap()
                .map(Result::unwrap)
                .collect();
            assert_eq!(
                declared(v),
                made,
                "schema {v}: read the new migration's names"
            );
            assert!(missing(&conn, v).unwrap().is_empty());
        }
        let conn = Connection::open_in_memory().unwrap();
        conn.execute_batch(MIGRATIONS[0].sql().unwrap()).unwrap();
        conn.execute_batch("DROP TABLE journal_head").unwrap();
        assert_eq!(missing(&conn, 1).unwrap(), vec!["table journal_head"]);
    }

    /// A Rust step runs between SQL steps in its own transaction: it sees what the SQL before it
    /// made, its rows are there after it, and when it fails the file stays at the version before
    /// it with nothing of it written.
    #[test]
    fn a_rust_step_runs_in_its_own_transaction_between_sql_steps() {
        fn backfill(tx: &rusqlite::Transaction<'_>) -> anyhow::Result<()> {
            let n: i64 = tx.query_row("SELECT COUNT(*) FROM t", [], |r| r.get(0))?;
            tx.execute("INSERT INTO t (x) VALUES (?1)", [n * 10])?;
            Ok(())
        }
        fn fails(tx: &rusqlite::Transaction<'_>) -> anyhow::Result<()> {
            tx.execute("INSERT INTO t (x) VALUES (99)", [])?;
            anyhow::bail!("the backfill found a row it cannot decide")
        }
        let steps = [
            Migration::Sql("CREATE TABLE t (x INTEGER); INSERT INTO t VALUES (1), (2);"),
            // As the list writes it.
            migrations![rust(backfill)][0],
            Migration::Sql("CREATE INDEX t_x ON t (x);"),
            Migration::Rust(fails),
        ];
        let mut conn = Connection::open_in_memory().unwrap();
        apply_steps(&mut conn, &steps, 0, 3).unwrap();
        assert_eq!(version(&conn).unwrap(), 3);
        let xs: Vec<i64> = conn
            .prepare("SELECT x FROM t ORDER BY x")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .map(Result::unwrap)
            .collect();
        assert_eq!(xs, vec![1, 2, 20]);
        let err = apply_steps(&mut conn, &steps, 3, 4).unwrap_err();
        assert!(format!("{err:#}").contains("applying schema migration 4"));
        assert!(format!("{err:#}").contains("cannot decide"));
        assert_eq!(version(&conn).unwrap(), 3);
        let after: i64 = conn
            .query_row("SELECT COUNT(*) FROM t WHERE x = 99", [], |r| r.get(0))
            .unwrap();
        assert_eq!(after, 0, "a failed step writes nothing");
    }

    fn apply_until(conn: &mut Connection, stop: u32) {
        for step in MIGRATIONS.iter().take(stop as usize) {
            let tx = conn.transaction().unwrap();
            step.run(&tx).unwrap();
            tx.commit().unwrap();
        }
        conn.pragma_update(None, "user_version", stop).unwrap();
    }
}
