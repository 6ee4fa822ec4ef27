//! Migration 23 (offices): the board terms that board elections recorded (migration 14) become
//! seats on the board with the election's decision. The schema-14 file is made from the schema-10
//! fixture by applying migrations 11 to 14 as released, marking its election a board election and
//! recording the term the release of stop 14 recorded for it.

use crate::common::TestEnv;

#[test]
fn board_terms_of_elections_become_seats_with_their_decision() {
    let env = TestEnv::empty();
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    std::fs::copy(root.join("tests/fixtures/upgrade/v10.db"), env.db()).unwrap();
    {
        let conn = rusqlite::Connection::open(env.db()).unwrap();
        for file in [
            "0011_decisions.sql",
            "0012_minutes.sql",
            "0013_election_codes.sql",
            "0014_board_terms.sql",
        ] {
            let sql = std::fs::read_to_string(root.join("src/store/sql").join(file)).unwrap();
            conn.execute_batch(&format!("BEGIN; {sql}; COMMIT;"))
                .unwrap();
        }
        conn.execute_batch(
            "PRAGMA user_version = 14;
             UPDATE election SET board = 1 WHERE id = 1;
             INSERT INTO board_term (member_id, election_id, since)
                 SELECT id, 1, '2026-03-20' FROM member WHERE number = 1;",
        )
        .unwrap();
    }
    env.ok(&["journal", "verify"]);
    let board = env.json(&["board", "--on", "2026-03-20"]);
    assert_eq!(board.as_array().unwrap().len(), 1, "{board}");
    assert_eq!(board[0]["member"], 1);
    assert_eq!(board[0]["role"], "lid");
    assert_eq!(board[0]["since"], "2026-03-20");
    let code = board[0]["appointed_by"].as_str().unwrap().to_string();
    let decision = env.json(&["decisions", "show", &code]);
    assert_eq!(decision["kind"], "election");
    assert_eq!(decision["election"], 1);
    // `member show` still names the term, now read from the seat.
    assert_eq!(
        env.json(&["member", "show", "1"])["board"],
        "board member since 2026-03-20 (election 1)"
    );
    // Recorded by the upgrade, not by a command: nothing to report to the Handelsregister.
    assert_eq!(env.json(&["board", "reports"]), serde_json::json!([]));
    let tables: i64 = rusqlite::Connection::open(env.db())
        .unwrap()
        .query_row(
            "SELECT COUNT(*) FROM sqlite_schema WHERE name = 'board_term' AND type = 'table'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(tables, 0, "the term table is replaced by the seats");
    let terms: i64 = rusqlite::Connection::open(env.db())
        .unwrap()
        .query_row(
            "SELECT COUNT(*) FROM board_term WHERE since = '2026-03-20'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(terms, 1, "the view keeps the terms readable as before");
    env.ok(&["journal", "verify"]);
}
