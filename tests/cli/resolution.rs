//! Written resolutions outside a meeting (BW 2:40) through the binary: adopted by all twelve
//! members with a vote, failed by one against, every refused signature (exit code, message,
//! database unchanged), the board's prior knowledge, and the roll's snapshot that later registry
//! edits leave alone.

use serde_json::Value;

use crate::common::TestEnv;

/// Members 1..=n (regular, joined 2020) and draft proposal 1 by the board.
fn registry(n: u32) -> TestEnv {
    let env = TestEnv::new();
    let mut csv = String::from("member_no,given_name,family_name,joined_on,category\n");
    for i in 1..=n {
        csv.push_str(&format!("{i},Lid,Nummer{i},2020-01-01,regular\n"));
    }
    std::fs::write(env.path("leden.csv"), csv).unwrap();
    env.ok(&["member", "import", "leden.csv"]);
    env.ok(&[
        "proposal",
        "new",
        "--title",
        "Contributie 2027",
        "--kind",
        "ordinary",
        "--by-board",
        "--text",
        "De contributie wordt €40.",
    ]);
    env
}

/// Runs a refused command and checks its exit code, its message and that nothing changed.
fn refused(env: &TestEnv, args: &[&str], code: i32, says: &str) {
    let before = env.dump();
    let err = env.fails(args, code);
    assert!(err.contains(says), "{args:?}: expected '{says}' in:\n{err}");
    assert_eq!(env.dump(), before, "{args:?} changed the database");
}

fn numbers(a: u32, b: u32) -> Vec<String> {
    (a..=b).map(|n| n.to_string()).collect()
}

fn sign(env: &TestEnv, r: &str, members: &[String], extra: &[&str]) -> Value {
    let mut args = vec!["resolution", "sign", r];
    args.extend(members.iter().map(String::as_str));
    args.extend(extra);
    env.json(&args)
}

#[test]
fn all_twelve_agreeing_adopt_it_and_decide_the_proposal() {
    let env = registry(12);
    let made = env.json(&["resolution", "new", "1", "--board-informed", "20-02-2026"]);
    let r = &made["changed"];
    assert_eq!(made["command"], "resolution new");
    assert_eq!(
        (r["id"].as_i64(), r["status"].as_str()),
        (Some(1), Some("open"))
    );
    assert_eq!(
        (r["voters"].as_u64(), r["votes"].as_u64()),
        (Some(12), Some(12))
    );
    assert_eq!(r["roll_on"], "2026-03-01");
    assert_eq!(r["board_informed"], "2026-02-20");
    assert_eq!(env.json(&["proposal", "show", "1"])["status"], "voting");

    let r = sign(&env, "1", &numbers(1, 11), &["--date", "25-02-2026"]);
    assert_eq!(r["changed"]["status"], "open");
    assert_eq!(r["changed"]["agreed"], 11);
    assert_eq!(
        r["changed"]["unsigned_members"],
        serde_json::json!([{"number": 12}])
    );

    let r = sign(&env, "1", &numbers(12, 12), &[]);
    let c = &r["changed"];
    assert_eq!(c["status"], "adopted");
    assert_eq!(c["agreed"], 12);
    assert!(c["closed_at"].is_string());
    assert_eq!(
        c["explanation"],
        "Aangenomen buiten vergadering: alle 12 stemgerechtigde leden hebben ingestemd (BW 2:40 lid 1), met voorkennis van het bestuur (ingelicht op 2026-02-20); stemgerechtigd volgens de ledenlijst van 2026-03-01."
    );
    assert_eq!(env.json(&["proposal", "show", "1"])["status"], "decided");

    // `vote list` shows it as a decision taken in writing, outside any meeting.
    let list = env.json(&["vote", "list"]);
    let row = &list[0];
    assert_eq!(row["method"], "written");
    assert_eq!(row["meeting"], Value::Null);
    assert_eq!(
        (row["proposal"].as_i64(), row["result"].as_str()),
        (Some(1), Some("adopted"))
    );
    let table = env.ok(&["vote", "list"]);
    assert!(table.contains("written"), "{table}");
    // Signatures are journaled against each member, and the chain holds.
    let j = env.json(&["journal", "list", "--member", "12"]);
    assert!(j.to_string().contains("resolution.sign"), "{j}");
    env.ok(&["journal", "verify"]);

    refused(
        &env,
        &["resolution", "sign", "1", "3"],
        1,
        "resolution 1 is closed (adopted",
    );
    refused(&env, &["resolution", "close", "1"], 1, "is closed");
    refused(
        &env,
        &["resolution", "new", "1", "--board-informed", "20-02-2026"],
        1,
        "proposal 1 is decided",
    );
}

#[test]
fn one_against_means_it_fails_with_the_numbers_in_english_too() {
    let env = registry(12);
    env.ok(&["association", "edit", "--lang", "en"]);
    env.ok(&["resolution", "new", "1", "--board-informed", "20-02-2026"]);
    sign(&env, "1", &numbers(1, 10), &[]);
    let r = sign(&env, "1", &numbers(11, 11), &["--against"]);
    // Against does not close it by itself: the secretary closes when the round ends.
    assert_eq!(r["changed"]["status"], "open");
    assert_eq!(
        r["changed"]["against_members"],
        serde_json::json!([{"number": 11}])
    );

    let r = env.json(&["resolution", "close", "1"]);
    let c = &r["changed"];
    assert_eq!(c["status"], "failed");
    assert_eq!(
        (
            c["agreed"].as_u64(),
            c["against"].as_u64(),
            c["unsigned"].as_u64()
        ),
        (Some(10), Some(1), Some(1))
    );
    assert_eq!(
        c["explanation"],
        "Not adopted outside a meeting: a decision outside a meeting needs the agreement of all 12 members with a vote on the roll of 2026-03-01 (BW 2:40 lid 1); 10 agreed, 1 against (member 11), 1 did not sign (member 12). The proposal may still be put to a general meeting."
    );
    // No decision was taken: the proposal is a draft again, for a meeting or a new round.
    assert_eq!(env.json(&["proposal", "show", "1"])["status"], "draft");
    let list = env.json(&["resolution", "list"]);
    assert_eq!(list[0]["status"], "failed");
    let shown = env.ok(&["resolution", "show", "1"]);
    assert!(shown.contains("against"), "{shown}");
    refused(
        &env,
        &["resolution", "sign", "1", "12"],
        1,
        "resolution 1 is closed (failed",
    );
    // A new round on the same proposal may start.
    env.ok(&["resolution", "new", "1", "--board-informed", "20-02-2026"]);
}

#[test]
fn signatures_of_non_voters_former_members_and_twice_are_refused() {
    let env = registry(4);
    env.ok(&[
        "member",
        "add",
        "--given-name",
        "Donateur",
        "--family-name",
        "Vijf",
        "--joined",
        "2020-01-01",
        "--category",
        "supporter",
    ]);
    env.ok(&["member", "leave", "4", "--date", "31-12-2025"]);
    let made = env.json(&["resolution", "new", "1", "--board-informed", "20-02-2026"]);
    assert_eq!(made["changed"]["voters"], 3);
    env.ok(&["resolution", "sign", "1", "1"]);

    refused(
        &env,
        &["resolution", "sign", "1", "5"],
        1,
        "member 5 has no vote in resolution 1 (category supporter has no vote on 2026-03-01)",
    );
    refused(
        &env,
        &["resolution", "sign", "1", "4"],
        1,
        "member 4 has no vote in resolution 1 (former member on 2026-03-01)",
    );
    refused(
        &env,
        &["resolution", "sign", "1", "1"],
        1,
        "member 1 signed resolution 1 already on 2026-03-01 (agreed)",
    );
    // One bad number refuses the whole list: member 2 is not recorded either.
    refused(&env, &["resolution", "sign", "1", "2", "5"], 1, "member 5");
    refused(
        &env,
        &["resolution", "sign", "1", "2", "2"],
        1,
        "named twice",
    );
    refused(
        &env,
        &["resolution", "sign", "1", "99"],
        1,
        "no member with number 99",
    );
    refused(
        &env,
        &["resolution", "sign", "7", "2"],
        1,
        "no resolution 7",
    );
    refused(
        &env,
        &["resolution", "sign", "1", "2", "--date", "02-03-2026"],
        1,
        "--date: 2026-03-02 is after today",
    );
    refused(&env, &["resolution", "sign", "1"], 2, "N");
    let r = env.json(&["resolution", "show", "1"]);
    assert_eq!(
        (r["agreed"].as_u64(), r["unsigned"].as_u64()),
        (Some(1), Some(2))
    );
}

#[test]
fn the_board_must_have_been_informed_beforehand() {
    let env = registry(3);
    refused(
        &env,
        &[
            "resolution",
            "new",
            "1",
            "--board-informed",
            "25-02-2026",
            "--on",
            "24-02-2026",
        ],
        1,
        "needs the board's prior knowledge (BW 2:40 lid 1)",
    );
    refused(
        &env,
        &["resolution", "new", "1", "--board-informed", "02-03-2026"],
        1,
        "--board-informed: 2026-03-02 is after today",
    );
    refused(&env, &["resolution", "new", "1"], 2, "--board-informed");
    refused(
        &env,
        &["resolution", "new", "9", "--board-informed", "20-02-2026"],
        1,
        "no proposal 9",
    );
    env.ok(&["resolution", "new", "1", "--board-informed", "20-02-2026"]);
    refused(
        &env,
        &["resolution", "sign", "1", "1", "--date", "19-02-2026"],
        1,
        "comes before the board was informed (2026-02-20)",
    );
    // The same day counts: the board knew by then.
    env.ok(&["resolution", "sign", "1", "1", "--date", "20-02-2026"]);
    refused(
        &env,
        &["resolution", "new", "1", "--board-informed", "20-02-2026"],
        1,
        "proposal 1 is being decided already (written resolution 1)",
    );
    // Nor can a meeting vote on it while the written round is open.
    refused(
        &env,
        &["vote", "open", "1", "--method", "hands"],
        1,
        "proposal 1 is put to the members in writing",
    );
    // `vote list --meeting M` is about one meeting: a written resolution is in none.
    assert_eq!(
        env.json(&["vote", "list", "--meeting", "1"]),
        Value::Array(vec![])
    );
    assert_eq!(env.json(&["vote", "list"])[0]["status"], "open");
}

/// Runs quorum at a later moment than the sandbox's clock.
fn at(env: &TestEnv, now: &str, args: &[&str]) -> std::process::Output {
    env.quorum()
        .env("QUORUM_NOW", now)
        .args(args)
        .output()
        .unwrap()
}

#[test]
fn the_snapshot_is_not_changed_by_later_registry_edits() {
    let env = registry(3);
    env.ok(&["resolution", "new", "1", "--board-informed", "01-03-2026"]);
    let later = "2026-03-20T12:00:00Z";
    // After the roll date: a new member joins, member 3 leaves, member 2 is suspended.
    for args in [
        &[
            "member",
            "add",
            "--given-name",
            "Nieuw",
            "--family-name",
            "Lid",
            "--joined",
            "2026-03-05",
        ][..],
        &["member", "leave", "3", "--date", "10-03-2026"],
        &[
            "member",
            "suspend",
            "2",
            "--reason",
            "test",
            "--from",
            "12-03-2026",
        ],
    ] {
        let out = at(&env, later, args);
        assert!(out.status.success(), "{args:?}: {out:?}");
    }
    let r = env.json(&["resolution", "show", "1"]);
    assert_eq!(
        (r["voters"].as_u64(), r["unsigned_members"].clone()),
        (
            Some(3),
            serde_json::json!([{"number": 1}, {"number": 2}, {"number": 3}])
        )
    );
    let before = env.dump();
    let out = at(&env, later, &["resolution", "sign", "1", "4"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        err.contains("member 4 has no vote in resolution 1 (not a member yet (joins 2026-03-05) on 2026-03-01)"),
        "{err}"
    );
    // Member 3 had a vote on the roll date but has left: a former member cannot sign.
    let out = at(&env, later, &["resolution", "sign", "1", "3"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        err.contains("member 3 is not a member on 2026-03-20 (former)"),
        "{err}"
    );
    assert_eq!(
        env.dump(),
        before,
        "refused signatures changed the database"
    );
    // Signed on days they were still members, all three count: the snapshot decides.
    let signs: [&[&str]; 2] = [
        &["resolution", "sign", "1", "3", "2", "--date", "09-03-2026"],
        &["resolution", "sign", "1", "1"],
    ];
    for args in signs {
        let out = at(&env, later, args);
        assert!(out.status.success(), "{args:?}: {out:?}");
    }
    let r = env.json(&["resolution", "show", "1"]);
    assert_eq!(r["status"], "adopted");
    assert!(
        r["explanation"]
            .as_str()
            .unwrap()
            .contains("alle 3 stemgerechtigde leden")
    );
}
