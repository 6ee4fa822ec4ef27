//! The foundation issue's whole path, end to end, and two board members working at once.

use serde_json::Value;

use crate::common::TestEnv;

fn numbers(v: &Value) -> Vec<i64> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|m| m["number"].as_i64().unwrap())
        .collect()
}

#[test]
fn a_year_in_the_registry() {
    let env = TestEnv::new();
    // Categories: a federation gives its member collectives three votes.
    env.ok(&["category", "add", "collective", "--weight", "3"]);
    env.ok(&["category", "add", "friend", "--not-member"]);

    // Members joining, one of them a collective.
    let add = |args: &[&str]| {
        let mut all = vec!["member", "add"];
        all.extend_from_slice(args);
        env.ok(&all);
    };
    add(&[
        "--given-name",
        "Jan",
        "--prefix",
        "van der",
        "--family-name",
        "Berg",
        "--email",
        "jan@example.org",
        "--joined",
        "01-02-2020",
        "--city",
        "Utrecht",
    ]);
    add(&[
        "--given-name",
        "Émile",
        "--family-name",
        "Müller",
        "--joined",
        "2021-06-15",
        "--city",
        "Zwolle",
    ]);
    add(&[
        "--family-name",
        "Bewonerscollectief De Wilgen",
        "--category",
        "collective",
        "--joined",
        "2022-01-01",
    ]);
    add(&[
        "--number",
        "10",
        "--given-name",
        "Anna",
        "--family-name",
        "Bakker",
        "--joined",
        "2019-05-05",
        "--email-consent",
        "2019-05-05",
    ]);
    add(&[
        "--given-name",
        "Noor",
        "--family-name",
        "Dijk",
        "--category",
        "friend",
        "--joined",
        "2023-01-01",
    ]);

    // Edited, left, rejoined, suspended.
    env.ok(&["member", "edit", "1", "--email", "jan.vdberg@example.org"]);
    env.ok(&[
        "member",
        "leave",
        "2",
        "--date",
        "31-12-2024",
        "--reason",
        "moved",
    ]);
    env.ok(&["member", "rejoin", "2", "--date", "2025-09-01"]);
    env.ok(&[
        "member",
        "suspend",
        "10",
        "--reason",
        "contribution unpaid",
        "--from",
        "2026-01-15",
    ]);

    // Who was a member on 31 December 2024, and who is now?
    let then = env.json(&[
        "member",
        "list",
        "--as-of",
        "2024-12-31",
        "--sort",
        "number",
    ]);
    assert_eq!(numbers(&then), [1, 2, 3, 10, 11]);
    let mid_2025 = env.json(&[
        "member",
        "list",
        "--as-of",
        "2025-06-01",
        "--sort",
        "number",
    ]);
    assert_eq!(numbers(&mid_2025), [1, 3, 10, 11]);
    let active = env.json(&["member", "list", "--status", "active", "--sort", "number"]);
    assert_eq!(numbers(&active), [1, 2, 3, 11]);
    let suspended = env.json(&["member", "list", "--status", "suspended"]);
    assert_eq!(numbers(&suspended), [10]);
    // Register order: Bakker, Berg (van der), Bewonerscollectief, Dijk, Müller.
    let by_name = env.json(&["member", "list", "--status", "all"]);
    assert_eq!(numbers(&by_name), [10, 1, 3, 11, 2]);
    let found = env.json(&["member", "list", "--search", "MULLER"]);
    assert_eq!(numbers(&found), [2]);

    // Access request, then leaving and erasure.
    let data: Value = serde_json::from_str(&env.ok(&["member", "data", "2"])).unwrap();
    assert_eq!(data["family_name"], "Müller");
    assert_eq!(data["periods"].as_array().unwrap().len(), 2);
    env.ok(&["member", "leave", "2", "--date", "2026-02-28"]);
    env.ok(&["member", "erase", "2", "--yes"]);
    let data: Value = serde_json::from_str(&env.ok(&["member", "data", "2"])).unwrap();
    assert_eq!(data["family_name"], Value::Null);
    // The anonymous record still answers the past.
    let then = env.json(&[
        "member",
        "list",
        "--as-of",
        "2024-12-31",
        "--sort",
        "number",
    ]);
    assert_eq!(numbers(&then), [1, 2, 3, 10, 11]);
    assert!(!env.dump().contains("Müller"));
    assert!(!env.dump().contains("muller"));

    // The journal verifies, and a change with plain SQL is found.
    env.ok(&["journal", "verify"]);
    let entries = env.json(&["journal", "list", "--member", "1"]);
    assert_eq!(entries.as_array().unwrap().len(), 2, "added and edited");
    let conn = rusqlite::Connection::open(env.db()).unwrap();
    conn.execute(
        "UPDATE journal SET summary = 'nothing happened' WHERE action = 'member.leave'",
        [],
    )
    .unwrap();
    drop(conn);
    let err = env.fails(&["journal", "verify"], 1);
    assert!(err.contains("the journal is broken at entry"), "{err}");
}

#[test]
fn two_terminals_adding_members_at_once_both_succeed() {
    let env = TestEnv::new();
    let bin = assert_cmd::cargo::cargo_bin!("quorum");
    let spawn = |who: &str| {
        let db = env.db();
        let who = who.to_string();
        std::thread::spawn(move || {
            for i in 0..15 {
                let out = std::process::Command::new(bin)
                    .args([
                        "--actor",
                        &who,
                        "member",
                        "add",
                        "--family-name",
                        &format!("{who}{i}"),
                    ])
                    .env("QUORUM_DB", &db)
                    .env("QUORUM_NOW", crate::common::NOW)
                    .env("NO_COLOR", "1")
                    .output()
                    .unwrap();
                assert!(
                    out.status.success(),
                    "{}",
                    String::from_utf8_lossy(&out.stderr)
                );
            }
        })
    };
    let a = spawn("alice");
    let b = spawn("bob");
    a.join().unwrap();
    b.join().unwrap();
    let all = env.json(&["member", "list", "--sort", "number"]);
    assert_eq!(
        numbers(&all),
        (1..=30).collect::<Vec<_>>(),
        "30 distinct numbers, none lost"
    );
    env.ok(&["journal", "verify"]);
}
