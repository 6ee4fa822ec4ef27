//! `quorum journal`: the chain verifies, and any change behind quorum's back is found and named.

use crate::common::TestEnv;

fn sql(env: &TestEnv, statement: &str) {
    let conn = rusqlite::Connection::open(env.db()).unwrap();
    conn.execute_batch(statement).unwrap();
}

#[test]
fn a_fresh_journal_verifies_and_lists_the_init() {
    let env = TestEnv::new();
    env.ok(&["journal", "verify"]);
    let rows = env.json(&["journal", "list"]);
    let rows = rows.as_array().unwrap();
    assert_eq!(rows[0]["action"], "association.init");
    assert_eq!(rows[0]["actor"], "tester");
    assert_eq!(rows[0]["at"], "2026-03-01T18:00:00Z");
    assert_eq!(rows[0]["command"], "init");
    assert_eq!(
        rows.len(),
        6,
        "init, the four default categories and the default rules"
    );
    assert_eq!(rows[5]["action"], "rules.init");
}

#[test]
fn an_edited_entry_is_named() {
    let env = TestEnv::new();
    sql(&env, "UPDATE journal SET actor = 'mallory' WHERE seq = 3");
    let err = env.fails(&["journal", "verify"], 1);
    assert!(err.contains("broken at entry 3"), "{err}");
    assert!(err.contains("edited"), "{err}");
}

#[test]
fn an_edited_value_is_named() {
    let env = TestEnv::new();
    sql(
        &env,
        "UPDATE journal_payload SET new_value = replace(new_value, 'true', 'false') WHERE seq = 2",
    );
    let err = env.fails(&["journal", "verify"], 1);
    assert!(err.contains("broken at entry 2"), "{err}");
}

#[test]
fn a_deleted_entry_is_named() {
    let env = TestEnv::new();
    sql(
        &env,
        "DELETE FROM journal_payload WHERE seq = 4; DELETE FROM journal WHERE seq = 4",
    );
    let err = env.fails(&["journal", "verify"], 1);
    assert!(err.contains("broken at entry 4"), "{err}");
    assert!(err.contains("missing"), "{err}");
}

#[test]
fn a_deleted_last_entry_leaves_its_values_behind_and_is_found() {
    let env = TestEnv::new();
    sql(
        &env,
        "PRAGMA foreign_keys = OFF; DELETE FROM journal WHERE seq = 5",
    );
    let err = env.fails(&["journal", "verify"], 1);
    assert!(err.contains("broken at entry 5"), "{err}");
}

#[test]
fn a_truncated_tail_is_found() {
    let env = TestEnv::new();
    sql(
        &env,
        "DELETE FROM journal_payload WHERE seq >= 4; DELETE FROM journal WHERE seq >= 4",
    );
    let err = env.fails(&["journal", "verify"], 1);
    assert!(err.contains("broken at entry 4"), "{err}");
    assert!(err.contains("deleted"), "{err}");
}

#[test]
fn an_inserted_entry_is_named() {
    let env = TestEnv::new();
    sql(
        &env,
        "INSERT INTO journal (seq, at, actor, command, action, entity, summary, prev_hash, hash)
         SELECT 7, at, actor, command, action, entity, 'forged', hash, hash FROM journal WHERE seq = 6",
    );
    let err = env.fails(&["journal", "verify"], 1);
    assert!(err.contains("broken at entry 7"), "{err}");
}

#[test]
fn values_are_shown_only_on_request() {
    let env = TestEnv::new();
    let plain = env.json(&["journal", "list"]);
    assert!(plain[1].get("new_value").is_none());
    let with = env.json(&["journal", "list", "--values"]);
    assert_eq!(with[1]["new_value"]["name"], "regular");
}

#[test]
fn since_filters_by_date() {
    let env = TestEnv::new();
    let rows = env.json(&["journal", "list", "--since", "02-03-2026"]);
    assert_eq!(rows.as_array().unwrap().len(), 0);
    let rows = env.json(&["journal", "list", "--since", "2026-03-01"]);
    assert_eq!(rows.as_array().unwrap().len(), 6);
}

#[test]
fn values_show_in_table_and_csv_too() {
    let env = TestEnv::new();
    env.ok(&[
        "member",
        "add",
        "--given-name",
        "Jan",
        "--family-name",
        "Berg",
        "--joined",
        "2020-01-01",
    ]);
    env.ok(&["member", "edit", "1", "--city", "Utrecht"]);
    let csv = env.ok(&["journal", "list", "--values", "--format", "csv"]);
    let header = csv.lines().next().unwrap();
    assert!(header.ends_with(",old_value,new_value"), "{header}");
    assert!(csv.contains("Utrecht"), "{csv}");
    let table = env.ok(&["journal", "list", "--values", "--member", "1"]);
    assert!(
        table.contains("new_value") && table.contains("Utrecht"),
        "{table}"
    );
    let plain = env.ok(&["journal", "list", "--format", "csv"]);
    assert!(!plain.contains("new_value"), "values only when asked for");
}

/// The journal salts of a fresh registry with `seed` set (or none).
fn salts_with_seed(seed: Option<&str>) -> Vec<String> {
    let env = crate::common::TestEnv::empty();
    for args in [
        &["init", "--name", "Vereniging De Eendracht"][..],
        &[
            "member",
            "add",
            "--family-name",
            "Jansen",
            "--joined",
            "2020-01-01",
        ][..],
    ] {
        let mut cmd = env.quorum();
        if let Some(s) = seed {
            cmd.env("QUORUM_SEED", s);
        }
        assert!(cmd.args(args).output().unwrap().status.success());
    }
    let conn = rusqlite::Connection::open(env.db()).unwrap();
    let mut stmt = conn
        .prepare("SELECT salt FROM journal_payload ORDER BY seq")
        .unwrap();
    stmt.query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

#[test]
fn the_same_quorum_seed_gives_the_same_salts_and_no_seed_never_does() {
    let a = salts_with_seed(Some("readme"));
    assert!(!a.is_empty());
    assert_eq!(a, salts_with_seed(Some("readme")), "a seed repeats exactly");
    assert_ne!(
        a,
        salts_with_seed(Some("other")),
        "another seed, other salts"
    );
    assert_ne!(
        salts_with_seed(None),
        salts_with_seed(None),
        "without a seed the salts come from the operating system"
    );
}
