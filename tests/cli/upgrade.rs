//! A database written by the previous release (schema 1, `tests/fixtures/upgrade/v1.db`) opens,
//! is copied aside, upgrades through every migration and keeps everything it held.

use crate::common::TestEnv;

fn upgraded_env() -> (TestEnv, String) {
    let env = TestEnv::empty();
    let fixture =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/upgrade/v1.db");
    std::fs::copy(&fixture, env.db()).expect("copy the v1 fixture");
    let out = env
        .quorum()
        .args(["member", "list", "--status", "all", "--format", "json"])
        .output()
        .expect("quorum runs");
    assert!(
        out.status.success(),
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    (env, String::from_utf8(out.stderr).unwrap())
}

#[test]
fn a_schema_1_file_upgrades_and_keeps_every_member_period_and_journal_entry() {
    let (env, stderr) = upgraded_env();
    assert!(stderr.contains("Upgraded"), "stderr: {stderr}");
    assert!(stderr.contains("from schema 1"), "stderr: {stderr}");
    let copy = env.path("test.v1.bak");
    assert!(copy.exists(), "the old file is kept aside: {stderr}");
    assert!(
        stderr.contains("test.v1.bak"),
        "stderr names the copy: {stderr}"
    );

    let members = env.json(&["member", "list", "--status", "all"]);
    let numbers: Vec<i64> = members
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["number"].as_i64().unwrap())
        .collect();
    let mut sorted = numbers.clone();
    sorted.sort_unstable();
    assert_eq!(sorted, vec![1, 2, 3, 4, 5, 6, 101, 102, 103]);

    // Member 2 keeps both periods (left 2024-12-31, rejoined 2025-06-01).
    let data = env.json(&["member", "data", "2"]);
    let text = data.to_string();
    assert!(text.contains("2024-12-31"), "{text}");
    assert!(text.contains("2025-06-01"), "{text}");
    assert!(text.contains("2010-01-01"), "{text}");
    // Member 6 keeps the suspension.
    let data = env.json(&["member", "data", "6"]);
    let text = data.to_string();
    assert!(text.contains("2025-09-30"), "{text}");

    // The rules set before the upgrade are still in force.
    let rules = env.ok(&["rules", "show", "--format", "csv"]);
    assert!(
        rules
            .lines()
            .any(|l| l.starts_with("notice_days_ordinary,21")),
        "{rules}"
    );

    // Every journal entry is there and the chain verifies, also after a new write.
    let journal = env.json(&["journal", "list"]);
    // ... and after them the upgrade's record of the registry as it stood.
    assert_eq!(journal.as_array().unwrap().len(), 23);
    assert_eq!(journal[22]["action"], "registry.baseline");
    let old_head = "282952bad9057253cca07d1405b4308979821fc148138ea5eecfaebf3caed29b";
    let verify = env
        .quorum()
        .args(["journal", "verify", "--head", old_head])
        .output()
        .unwrap();
    assert!(verify.status.success());
    let said = String::from_utf8_lossy(&verify.stderr).to_string()
        + &String::from_utf8_lossy(&verify.stdout);
    assert!(
        said.contains("intact") && said.contains("noted head as entry 22"),
        "the old chain verifies, with its head: {said}"
    );
    assert!(
        said.contains("9 members, 5 categories and 1 rules version match"),
        "{said}"
    );
    env.ok(&["member", "arrears", "1", "--since", "2026-01-01"]);
    env.ok(&["journal", "verify"]);
    assert_eq!(env.json(&["journal", "list"]).as_array().unwrap().len(), 24);
    // From the upgrade on, a change outside quorum is found in the old members too.
    let conn = rusqlite::Connection::open(env.db()).unwrap();
    conn.execute("UPDATE member SET city = 'Elders' WHERE number = 2", [])
        .unwrap();
    drop(conn);
    let err = env.fails(&["journal", "verify"], 1);
    assert!(err.contains("member 2 differs"), "{err}");
}

fn count(env: &TestEnv, query: &str) -> i64 {
    let conn = rusqlite::Connection::open(env.db()).unwrap();
    conn.query_row(query, [], |r| r.get(0)).unwrap()
}

#[test]
fn old_entries_name_their_one_member_keep_hash_version_1_and_stay_tamper_evident() {
    let (env, _) = upgraded_env();
    // Migration 5 names the member of each of the 12 entries about one, and no one else.
    assert_eq!(count(&env, "SELECT COUNT(*) FROM journal_member"), 12);
    assert_eq!(
        count(
            &env,
            "SELECT COUNT(*) FROM journal j JOIN journal_member m ON m.seq = j.seq
             WHERE m.member_id = j.member_id AND j.hash_version = 1"
        ),
        12
    );
    let member_2: Vec<i64> = env
        .json(&["journal", "list", "--member", "2"])
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["seq"].as_i64().unwrap())
        .collect();
    assert_eq!(member_2, [9, 14, 15]);
    // Member 5 was erased before the upgrade: the old erasure still explains the missing values.
    env.ok(&["journal", "verify"]);
    env.ok(&["member", "arrears", "1", "--since", "2026-01-01"]);
    assert_eq!(
        count(&env, "SELECT hash_version FROM journal WHERE seq = 24"),
        3
    );
    env.ok(&["journal", "verify"]);

    // A version 1 hash does not cover the list, so it must stay the entry's one member.
    let conn = rusqlite::Connection::open(env.db()).unwrap();
    conn.execute(
        "INSERT INTO journal_member (seq, member_id) VALUES (9, 3)",
        [],
    )
    .unwrap();
    let err = env.quorum().args(["journal", "verify"]).output().unwrap();
    let err = String::from_utf8_lossy(&err.stderr).to_string();
    assert!(
        err.contains("broken at entry 9") && err.contains("other members"),
        "{err}"
    );
    // Turning an old entry into a new one, to add members under a new hash, is found too.
    conn.execute_batch(
        "DELETE FROM journal_member WHERE seq = 9 AND member_id = 3;
         UPDATE journal SET hash_version = 2 WHERE seq = 9",
    )
    .unwrap();
    let err = env.fails(&["journal", "verify"], 1);
    assert!(
        err.contains("broken at entry 9") && err.contains("edited"),
        "{err}"
    );
}
