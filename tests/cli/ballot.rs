//! Secret ballots through the binary: a whole secret vote (codes, papers, ballots, close,
//! export), every refusal with the database unchanged, and an inspection of the schema and of
//! every row afterwards that finds no path from a member to a choice.

use std::collections::BTreeSet;

use serde_json::Value;

use crate::common::TestEnv;

/// Six members; the meeting on 2026-03-20 with three board proposals, member 5's proxy held by
/// member 1, members 1..=present checked in. Returns the proposals' numbers.
fn assembly(env: &TestEnv, present: u32) -> Vec<String> {
    let mut csv = String::from("member_no,given_name,family_name,joined_on\n");
    for i in 1..=present.max(6) {
        csv.push_str(&format!("{i},Lid,Nummer{i},2020-01-01\n"));
    }
    std::fs::write(env.path("leden.csv"), csv).unwrap();
    env.ok(&["member", "import", "leden.csv"]);
    let m = env.json(&[
        "meeting",
        "new",
        "--title",
        "ALV",
        "--date",
        "2026-03-20T19:30",
        "--kind",
        "extraordinary",
    ])["changed"]
        .clone()["id"]
        .to_string();
    let proposals = (1..=3)
        .map(|i| {
            env.json(&[
                "proposal",
                "new",
                "--title",
                &format!("Voorstel {i} <geheim>"),
                "--kind",
                "ordinary",
                "--by-board",
                "--meeting",
                &m,
            ])["changed"]["id"]
                .to_string()
        })
        .collect();
    env.ok(&["meeting", "proxy", &m, "--from", "5", "--to", "1"]);
    env.ready_to_convene(&m);
    env.ok(&["meeting", "convene", &m, "--sent", "2026-01-01", "--quiet"]);
    env.ok(&["meeting", "open", &m, "--at", "2026-03-20T19:30"]);
    let input: String = (1..=present)
        .filter(|n| *n != 5)
        .map(|n| format!("{n}\n"))
        .collect();
    let out = env
        .quorum()
        .args(["meeting", "checkin", &m, "-"])
        .write_stdin(input)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    proposals
}

fn refused(env: &TestEnv, args: &[&str], code: i32, says: &str) {
    let before = env.dump();
    let err = env.fails(args, code);
    assert!(err.contains(says), "{args:?}: expected '{says}' in:\n{err}");
    assert_eq!(env.dump(), before, "{args:?} changed the database");
}

/// The codes of a CSV written by `vote codes`.
fn codes(env: &TestEnv, file: &str) -> Vec<String> {
    let text = std::fs::read_to_string(env.path(file)).unwrap();
    let mut lines = text.lines();
    assert_eq!(lines.next(), Some("vote,code"));
    lines
        .map(|l| l.split_once(',').unwrap().1.to_string())
        .collect()
}

fn journal_len(env: &TestEnv) -> usize {
    env.json(&["journal", "list"]).as_array().unwrap().len()
}

#[test]
fn a_whole_secret_vote_with_every_refusal() {
    let env = TestEnv::new();
    let p = assembly(&env, 4);
    env.ok(&["vote", "open", &p[0], "--method", "ballot"]);
    env.ok(&["vote", "open", &p[1], "--method", "hands", "--parallel"]);
    env.ok(&["vote", "open", &p[2], "--method", "ballot", "--parallel"]);

    refused(
        &env,
        &["vote", "codes", "2", "--output", "x.csv"],
        1,
        "not a secret ballot",
    );
    refused(
        &env,
        &["vote", "codes", "9", "--output", "x.csv"],
        1,
        "no vote 9",
    );
    let out = env.json(&[
        "vote",
        "codes",
        "1",
        "--output",
        "codes.csv",
        "--html",
        "ballots.html",
    ]);
    assert_eq!(out["command"], "vote codes");
    refused(
        &env,
        &["vote", "convert", "1", "--method", "roll-call"],
        1,
        "codes were issued",
    );
    // Members 1..4 present, member 1 also holds member 5's proxy: one code per vote.
    let c = codes(&env, "codes.csv");
    assert_eq!(c.len(), 5);
    assert_eq!(c.iter().collect::<BTreeSet<_>>().len(), 5);
    assert!(
        c.iter()
            .all(|c| c.len() == 14 && c.matches('-').count() == 2)
    );
    #[cfg(unix)]
    for f in ["codes.csv", "ballots.html"] {
        use std::os::unix::fs::PermissionsExt as _;
        let mode = std::fs::metadata(env.path(f)).unwrap().permissions().mode();
        assert_eq!(mode & 0o077, 0, "{f} is readable by others");
    }
    let html = std::fs::read_to_string(env.path("ballots.html")).unwrap();
    assert_eq!(html.matches("class=\"slip\"").count(), 5);
    for word in [
        "Stembiljet",
        // The paper says whose meeting it belongs to, and no internal number.
        "<p>Vereniging De Eendracht — ",
        "Voorstel: Voorstel 1 &lt;geheim&gt;",
        "Voor",
        "Tegen",
        "Blanco",
    ] {
        assert!(html.contains(word), "{word} missing");
    }
    // Under the model statutes an abstention weighs as a blank vote: no box of its own.
    assert!(!html.contains("Onthouding"), "{html}");
    assert!(c.iter().all(|c| html.contains(c.as_str())));
    assert!(
        !html.contains("Nummer")
            && !std::fs::read_to_string(env.path("codes.csv"))
                .unwrap()
                .contains("Nummer")
    );
    refused(
        &env,
        &["vote", "codes", "1", "--output", "again.csv"],
        1,
        "issued already",
    );
    assert!(!env.path("again.csv").exists());
    env.ok(&["vote", "codes", "3", "--output", "codes3.csv"]);
    let other = codes(&env, "codes3.csv");

    refused(
        &env,
        &["vote", "count", "1", "--for", "1", "--against", "0"],
        1,
        "secret ballot with codes",
    );
    let journal = journal_len(&env);
    env.ok(&["vote", "cast", "1", "--code", &c[0], "for"]);
    // Case, spaces and dashes do not matter.
    let sloppy = c[1].to_lowercase().replace('-', " ");
    env.ok(&["vote", "cast", "1", "--code", &sloppy, "for"]);
    // The words printed on the Dutch paper are choices too.
    env.ok(&["vote", "cast", "1", "--code", &c[2], "tegen"]);
    env.ok(&["vote", "cast", "1", "--code", &c[3], "blanco"]);
    assert_eq!(journal_len(&env), journal, "a ballot was journaled");
    // No running count while the vote is open.
    assert_eq!(env.json(&["vote", "show", "1"])["ballots"], Value::Null);

    let mut typo = c[4].clone().into_bytes();
    typo[0] = if typo[0] == b'A' { b'B' } else { b'A' };
    let typo = String::from_utf8(typo).unwrap();
    refused(
        &env,
        &["vote", "cast", "1", "--code", &typo, "for"],
        1,
        "mistyped",
    );
    refused(
        &env,
        &["vote", "cast", "1", "--code", "K7QM-3XRT", "for"],
        1,
        "mistyped",
    );
    refused(
        &env,
        &["vote", "cast", "1", "--code", "O7QM-3XRT-9PWC", "for"],
        1,
        "mistyped",
    );
    // A code of another vote gets the same answer as one that exists nowhere.
    let unknown = env.fails(&["vote", "cast", "1", "--code", &other[0], "for"], 1);
    assert!(
        unknown.contains("not one of the codes of vote 1"),
        "{unknown}"
    );
    assert!(!unknown.contains("vote 3"), "{unknown}");
    refused(
        &env,
        &["vote", "cast", "1", "--code", &other[1], "for"],
        1,
        "not one of the codes of vote 1",
    );
    refused(
        &env,
        &["vote", "cast", "1", "--code", &c[0], "against"],
        1,
        "used already",
    );
    refused(
        &env,
        &["vote", "cast", "1", "--code", &c[4], "maybe"],
        2,
        "not a choice",
    );
    refused(
        &env,
        &["vote", "cast", "2", "--code", &c[4], "for"],
        1,
        "not a secret ballot",
    );

    let closed = env.json(&["vote", "close", "1"]);
    let v = &closed["changed"];
    assert_eq!(
        (
            v["for"].as_u64(),
            v["against"].as_u64(),
            v["blank"].as_u64()
        ),
        (Some(2), Some(1), Some(1))
    );
    assert_eq!(v["result"], "adopted");
    assert_eq!(v["ballots"], "for for against blank");
    refused(
        &env,
        &["vote", "cast", "1", "--code", &c[4], "for"],
        1,
        "closed",
    );
    let export: Value = env.json(&["vote", "export"]);
    assert_eq!(export[0]["ballots"], "for for against blank");
    assert_eq!(export[1]["ballots"], Value::Null);
    let actions: Vec<String> = env
        .json(&["journal", "list"])
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["entity_id"] == "1" && e["entity"] == "vote")
        .map(|e| e["action"].as_str().unwrap_or_default().to_string())
        .collect();
    assert_eq!(actions, ["vote.open", "vote.codes", "vote.close"]);
}

/// Statutes that count an abstention as cast but not a blank vote: the paper has the box
/// "Onthouding", the teller enters it as printed, and the two abstentions reject a proposal that
/// two blank votes would have let through (2 for, 1 against: base 5 with them, 3 without).
#[test]
fn an_abstention_on_a_ballot_counts_where_the_statutes_count_it() {
    let env = TestEnv::new();
    env.ok(&["rules", "set", "abstention_counts_as_cast", "true"]);
    let p = assembly(&env, 6);
    env.ok(&["vote", "open", &p[0], "--method", "ballot"]);
    env.ok(&[
        "vote",
        "codes",
        "1",
        "--output",
        "codes.csv",
        "--html",
        "ballots.html",
    ]);
    let html = std::fs::read_to_string(env.path("ballots.html")).unwrap();
    for word in [
        "&#9744; Blanco",
        "&#9744; Onthouding",
        "blanco of onthouding",
    ] {
        assert!(html.contains(word), "{word} missing in {html}");
    }
    let c = codes(&env, "codes.csv");
    assert_eq!(c.len(), 6);
    for (code, choice) in c
        .iter()
        .zip(["voor", "for", "tegen", "onthouding", "abstain", "blanco"])
    {
        env.ok(&["vote", "cast", "1", "--code", code, choice]);
    }
    let v = env.json(&["vote", "close", "1"])["changed"].clone();
    assert_eq!(
        (
            v["for"].as_u64(),
            v["against"].as_u64(),
            v["blank"].as_u64(),
            v["abstain"].as_u64()
        ),
        (Some(2), Some(1), Some(1), Some(2)),
        "{v}"
    );
    assert_eq!(v["result"], "rejected", "{v}");
    assert_eq!(v["ballots"], "for for against abstain abstain blank", "{v}");
}

/// Every table and its columns, from sqlite_master and pragma table_info.
fn schema(conn: &rusqlite::Connection) -> Vec<(String, Vec<String>)> {
    let names: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    names
        .into_iter()
        .map(|t| {
            let cols = conn
                .prepare(&format!("SELECT name FROM pragma_table_info('{t}')"))
                .unwrap()
                .query_map([], |r| r.get(0))
                .unwrap()
                .map(Result::unwrap)
                .collect();
            (t, cols)
        })
        .collect()
}

fn rows(conn: &rusqlite::Connection, table: &str) -> Vec<Vec<String>> {
    let mut stmt = conn.prepare(&format!("SELECT * FROM {table}")).unwrap();
    let n = stmt.column_count();
    stmt.query_map([], |r| {
        Ok((0..n)
            .map(|i| match r.get_ref(i).unwrap() {
                rusqlite::types::ValueRef::Null => String::new(),
                rusqlite::types::ValueRef::Integer(x) => x.to_string(),
                rusqlite::types::ValueRef::Real(x) => x.to_string(),
                rusqlite::types::ValueRef::Text(t) | rusqlite::types::ValueRef::Blob(t) => {
                    String::from_utf8_lossy(t).into_owned()
                }
            })
            .collect())
    })
    .unwrap()
    .map(Result::unwrap)
    .collect()
}

#[test]
fn no_path_from_a_member_to_a_choice_in_the_schema_or_the_rows() {
    let env = TestEnv::new();
    let p = assembly(&env, 12);
    let seeded = |args: &[&str]| {
        let out = env
            .quorum()
            .env("QUORUM_SEED", "ballot-order")
            .args(args)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    };
    seeded(&["vote", "open", &p[0], "--method", "ballot"]);
    seeded(&["vote", "codes", "1", "--output", "codes.csv"]);
    let c = codes(&env, "codes.csv");
    assert_eq!(c.len(), 12);
    let conn = rusqlite::Connection::open(env.db()).unwrap();
    let ids = |conn: &rusqlite::Connection| -> BTreeSet<i64> {
        conn.prepare("SELECT id FROM ballot")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .map(Result::unwrap)
            .collect()
    };
    // Cast in a known order; note which id each cast got.
    let choices = [
        "for", "for", "for", "for", "against", "against", "against", "against", "blank", "blank",
    ];
    let mut cast_order = Vec::new();
    for (code, choice) in c.iter().zip(choices) {
        let before = ids(&conn);
        seeded(&["vote", "cast", "1", "--code", code, choice]);
        let new: Vec<i64> = ids(&conn).difference(&before).copied().collect();
        assert_eq!(new.len(), 1);
        cast_order.push(new[0]);
    }
    seeded(&["vote", "close", "1"]);
    // Closing rewrote the file in key order and emptied the write-ahead log, which kept the
    // ballots' pages in the order of casting.
    let mut wal = env.db().into_os_string();
    wal.push("-wal");
    let wal_len = std::fs::metadata(&wal).map_or(0, |m| m.len());
    assert_eq!(
        wal_len, 0,
        "the write-ahead log still holds pages after closing"
    );

    // The stored order (the table's key order) is not the order of casting.
    let stored: Vec<i64> = conn
        .prepare("SELECT id FROM ballot")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert_eq!(stored.len(), 10);
    assert_ne!(stored, cast_order, "ballots are stored in casting order");
    let stored_choices: Vec<String> = rows(&conn, "ballot")
        .into_iter()
        .map(|r| r[2].clone())
        .collect();
    assert_ne!(
        stored_choices, choices,
        "choices are stored in casting order"
    );
    assert!(
        conn.prepare("SELECT rowid FROM ballot").is_err(),
        "ballot has a rowid"
    );
    assert!(
        conn.prepare("SELECT rowid FROM ballot_code").is_err(),
        "ballot_code has a rowid"
    );

    let tables = schema(&conn);
    let cols = |t: &str| tables.iter().find(|(n, _)| n == t).unwrap().1.clone();
    assert_eq!(cols("ballot"), ["vote_id", "id", "choice"]);
    assert_eq!(cols("ballot_code"), ["vote_id", "code_hash", "used"]);
    assert_eq!(cols("ballot_issued"), ["vote_id", "member_id", "codes"]);
    // The ballot shares no column but the vote with the tables that name members or codes.
    for t in ["ballot_code", "ballot_issued", "ballot_salt"] {
        let shared: Vec<String> = cols("ballot")
            .into_iter()
            .filter(|c| cols(t).contains(c))
            .collect();
        assert_eq!(shared, ["vote_id"], "ballot and {t} share {shared:?}");
    }
    let member_cols = ["member_id", "cast_by", "holder_id", "giver_id", "member_no"];
    let time_like =
        |c: &str| c.ends_with("_at") || c.contains("time") || c.contains("date") || c == "seq";
    for (t, cs) in &tables {
        let fks: Vec<String> = conn
            .prepare(&format!(
                "SELECT \"table\" FROM pragma_foreign_key_list('{t}')"
            ))
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .map(Result::unwrap)
            .collect();
        let names_member = fks.iter().any(|f| f == "member")
            || cs.iter().any(|c| member_cols.contains(&c.as_str()));
        let has_choice = cs.iter().any(|c| c == "choice");
        if t.starts_with("ballot") {
            assert!(
                !cs.iter().any(|c| time_like(c)),
                "{t} has a time column: {cs:?}"
            );
            assert!(
                !(names_member && has_choice),
                "{t} links members and choices"
            );
        }
        // A table with both (the roll call's) holds nothing of the secret vote.
        if names_member && has_choice && cs.contains(&"vote_id".to_string()) {
            let n: i64 = conn
                .query_row(
                    &format!("SELECT COUNT(*) FROM {t} WHERE vote_id = 1"),
                    [],
                    |r| r.get(0),
                )
                .unwrap();
            assert_eq!(n, 0, "{t} has rows of the secret vote");
        }
    }
    // Every row of every table: no code in clear, and no journal entry per ballot.
    for (t, _) in &tables {
        for row in rows(&conn, t) {
            for cell in &row {
                let upper = cell.to_uppercase();
                for code in &c {
                    assert!(
                        !upper.contains(&code.replace('-', "")) && !upper.contains(code.as_str()),
                        "{t} holds a code"
                    );
                }
            }
            if t == "journal" {
                let text = row.join(" ");
                assert!(
                    !text.contains("vote.cast"),
                    "a ballot was journaled: {text}"
                );
            }
        }
    }
    // A paper ballot counted by the tellers takes no codes.
    seeded(&["vote", "open", &p[1], "--method", "ballot"]);
    seeded(&["vote", "count", "2", "--for", "3", "--against", "1"]);
    refused(
        &env,
        &["vote", "codes", "2", "--output", "x.csv"],
        1,
        "tellers' totals",
    );
    let issued = rows(&conn, "ballot_issued");
    assert_eq!(
        issued
            .iter()
            .map(|r| r[2].parse::<u32>().unwrap())
            .sum::<u32>(),
        12
    );
    assert!(
        issued.iter().any(|r| r[2] == "2"),
        "member 1 holds a proxy: 2 codes"
    );
    let used: i64 = conn
        .query_row("SELECT SUM(used) FROM ballot_code", [], |r| r.get(0))
        .unwrap();
    assert_eq!(used, 10);
}

#[test]
fn a_heavy_voter_gets_one_code_per_vote_and_an_excluded_member_none() {
    let env = TestEnv::new();
    env.ok(&["category", "add", "club", "--weight", "3"]);
    let mut csv = String::from("member_no,given_name,family_name,joined_on,category\n");
    for i in 1..=3 {
        csv.push_str(&format!("{i},Club,Nummer{i},2020-01-01,club\n"));
    }
    std::fs::write(env.path("clubs.csv"), csv).unwrap();
    env.ok(&["member", "import", "clubs.csv"]);
    env.json(&[
        "meeting",
        "new",
        "--title",
        "ALV",
        "--date",
        "2026-03-20T19:30",
        "--kind",
        "extraordinary",
    ]);
    env.ok(&[
        "proposal",
        "new",
        "--title",
        "Contract",
        "--kind",
        "ordinary",
        "--by-board",
        "--meeting",
        "1",
    ]);
    env.ready_to_convene("1");
    env.ok(&["meeting", "convene", "1", "--sent", "2026-01-01", "--quiet"]);
    env.ok(&["meeting", "open", "1", "--at", "2026-03-20T19:30"]);
    env.ok(&["meeting", "checkin", "1", "1", "2", "3"]);
    env.ok(&[
        "proposal",
        "exclude",
        "1",
        "3",
        "--reason",
        "own contract",
        "--force",
    ]);
    env.ok(&["vote", "open", "1", "--method", "ballot"]);
    env.ok(&["vote", "codes", "1", "--output", "codes.csv"]);
    let c = codes(&env, "codes.csv");
    assert_eq!(
        c.len(),
        6,
        "two clubs of 3 votes; club 3 is excluded (BW 2:12)"
    );
    let conn = rusqlite::Connection::open(env.db()).unwrap();
    let issued: Vec<(i64, i64)> = conn
        .prepare("SELECT m.number, i.codes FROM ballot_issued i JOIN member m ON m.id = i.member_id ORDER BY 1")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert_eq!(issued, [(1, 3), (2, 3)]);
    for (i, code) in c.iter().enumerate() {
        let choice = if i < 4 { "for" } else { "against" };
        env.ok(&["vote", "cast", "1", "--code", code, choice]);
    }
    let v = env.json(&["vote", "close", "1"]);
    assert_eq!(
        (
            v["changed"]["for"].as_u64(),
            v["changed"]["against"].as_u64()
        ),
        (Some(4), Some(2))
    );
    assert_eq!(v["changed"]["present_votes"].as_u64(), Some(6));
}

#[test]
fn a_schema_1_database_upgrades_and_takes_secret_ballots() {
    let env = TestEnv::empty();
    let fixture =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/upgrade/v1.db");
    std::fs::copy(&fixture, env.db()).unwrap();
    assert_eq!(env.json(&["vote", "list"]), serde_json::json!([]));
    let conn = rusqlite::Connection::open(env.db()).unwrap();
    let tables: i64 = conn
        .query_row(
            "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'
             AND name IN ('ballot', 'ballot_code', 'ballot_issued', 'ballot_salt')",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(tables, 4);
}

/// Migration 27 rebuilds the ballot table to let it hold abstentions: the ballots of a file
/// written before (schema 18, with three ballots added under that schema's CHECK) are all still
/// there afterwards, keys and choices, and the new CHECK takes `abstain` and nothing else new.
#[test]
fn the_ballot_rebuild_keeps_every_ballot_of_an_older_file() {
    let env = TestEnv::empty();
    let fixture =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/upgrade/v18.db");
    std::fs::copy(&fixture, env.db()).unwrap();
    let before = [(1, 7_i64, "for"), (1, 3, "against"), (1, 9, "blank")];
    {
        let conn = rusqlite::Connection::open(env.db()).unwrap();
        for (v, id, choice) in before {
            conn.execute(
                "INSERT INTO ballot (vote_id, id, choice) VALUES (?1, ?2, ?3)",
                rusqlite::params![v, id, choice],
            )
            .unwrap();
        }
        assert!(
            conn.execute(
                "INSERT INTO ballot (vote_id, id, choice) VALUES (1, 5, 'abstain')",
                []
            )
            .is_err(),
            "schema 18 already took an abstention"
        );
    }
    env.ok(&["db", "check"]);
    let conn = rusqlite::Connection::open(env.db()).unwrap();
    let version: u32 = conn
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .unwrap();
    assert!(version >= 27, "{version}");
    let mut stmt = conn
        .prepare("SELECT vote_id, id, choice FROM ballot ORDER BY id DESC")
        .unwrap();
    let rows: Vec<(i64, i64, String)> = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    let expected: Vec<(i64, i64, String)> = [(1, 9, "blank"), (1, 7, "for"), (1, 3, "against")]
        .into_iter()
        .map(|(v, id, c)| (v, id, c.to_string()))
        .collect();
    assert_eq!(rows, expected);
    conn.execute(
        "INSERT INTO ballot (vote_id, id, choice) VALUES (1, 5, 'abstain')",
        [],
    )
    .unwrap();
    assert!(
        conn.execute(
            "INSERT INTO ballot (vote_id, id, choice) VALUES (1, 6, 'maybe')",
            []
        )
        .is_err()
    );
    let leftover: i64 = conn
        .query_row(
            "SELECT COUNT(*) FROM sqlite_master WHERE name = 'ballot_0027'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(leftover, 0);
}
