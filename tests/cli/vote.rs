//! Votes through the binary: a meeting with a show of hands and a roll call, a weighted
//! federation with a split and proxies with an instruction, every refusal (exit code, message,
//! database unchanged), rules.md Example 2 at both meetings and Example 4 (challenge, new vote,
//! superseded).

use serde_json::Value;

use crate::common::TestEnv;

/// Members 1..=n in `category` (made with `weight` votes if it is not `regular`), joined 2020.
fn registry(n: u32, category: &str, weight: u32) -> TestEnv {
    let env = TestEnv::new();
    if category != "regular" {
        env.ok(&["category", "add", category, "--weight", &weight.to_string()]);
    }
    let mut csv = String::from("member_no,given_name,family_name,joined_on,category\n");
    for i in 1..=n {
        csv.push_str(&format!("{i},Lid,Nummer{i},2020-01-01,{category}\n"));
    }
    std::fs::write(env.path("leden.csv"), csv).unwrap();
    env.ok(&["member", "import", "leden.csv"]);
    env
}

/// A meeting on `date` with a board proposal of each of `kinds` on its agenda, `proxies` (giver,
/// holder, instruction) given, opened, and `present` checked in. Returns the meeting's number
/// and the proposals' numbers.
fn meeting(
    env: &TestEnv,
    date: &str,
    second_of: Option<&str>,
    kinds: &[&str],
    present: &[u32],
    proxies: &[(u32, u32, Option<&str>)],
) -> (String, Vec<String>) {
    let mut args = vec![
        "meeting",
        "new",
        "--title",
        "ALV",
        "--date",
        date,
        "--kind",
        "extraordinary",
    ];
    if let Some(first) = second_of {
        args.extend(["--second-of", first]);
    }
    let id = env.json(&args)["changed"]["id"].to_string();
    let proposals = kinds.iter().map(|k| proposal(env, &id, k)).collect();
    for (g, h, ins) in proxies {
        let (g, h) = (g.to_string(), h.to_string());
        let mut a = vec!["meeting", "proxy", &id, "--from", &g, "--to", &h];
        if let Some(i) = ins {
            a.extend(["--instruction", i]);
        }
        env.ok(&a);
    }
    env.ready_to_convene(&id);
    env.ok(&["meeting", "convene", &id, "--sent", "2026-01-01", "--quiet"]);
    env.ok(&["meeting", "open", &id, "--at", date]);
    let input: String = present.iter().map(|n| format!("{n}\n")).collect();
    let out = env
        .quorum()
        .args(["meeting", "checkin", &id, "-"])
        .write_stdin(input)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    (id, proposals)
}

fn proposal(env: &TestEnv, meeting: &str, kind: &str) -> String {
    env.json(&[
        "proposal",
        "new",
        "--title",
        "Voorstel",
        "--kind",
        kind,
        "--by-board",
        "--meeting",
        meeting,
        "--text",
        "De tekst van het voorstel.",
    ])["changed"]["id"]
        .to_string()
}

/// Runs a refused command and checks its exit code, its message and that nothing changed.
fn refused(env: &TestEnv, args: &[&str], code: i32, says: &str) {
    let before = env.dump();
    let err = env.fails(args, code);
    assert!(err.contains(says), "{args:?}: expected '{says}' in:\n{err}");
    assert_eq!(env.dump(), before, "{args:?} changed the database");
}

fn range(a: u32, b: u32) -> Vec<u32> {
    (a..=b).collect()
}

#[test]
fn a_meeting_with_a_hands_vote_and_a_roll_call() {
    let env = registry(6, "regular", 1);
    let (m, p) = meeting(
        &env,
        "2026-03-20T19:30",
        None,
        &["budget", "ordinary"],
        &range(1, 4),
        &[(5, 1, Some("against"))],
    );
    let (p1, p2) = (p[0].as_str(), p[1].as_str());

    let out = env.json(&["vote", "open", p1, "--method", "hands"]);
    assert_eq!(out["command"], "vote open");
    let v = &out["changed"];
    assert_eq!(
        (v["id"].as_i64(), v["status"].as_str(), v["method"].as_str()),
        (Some(1), Some("open"), Some("hands"))
    );
    assert_eq!(env.json(&["proposal", "show", p1])["status"], "voting");
    refused(
        &env,
        &["vote", "count", "1", "--for", "4", "--against", "2"],
        1,
        "only 5 votes are present or represented",
    );
    refused(
        &env,
        &["vote", "count", "1", "--for", "-1", "--against", "2"],
        2,
        "",
    );
    refused(&env, &["vote", "close", "1"], 1, "no counts yet");
    env.ok(&[
        "vote",
        "count",
        "1",
        "--for",
        "3",
        "--against",
        "1",
        "--blank",
        "1",
    ]);
    let text = env.ok(&["vote", "close", "1", "--declare", "adopted"]);
    let text = text
        .split_once('\n')
        .filter(|(first, _)| {
            first.starts_with("      Closed vote 1 on proposal") && first.ends_with(": adopted")
        })
        .map(|(_, rest)| rest)
        .expect("the outcome line first");
    assert!(text.starts_with(
        "Aangenomen: 3 stemmen voor is meer dan de helft van de 4 uitgebrachte stemmen (3 voor + 1 tegen)"
    ), "{text}");
    assert!(text.contains(
        "De voorzitter verklaart het voorstel aangenomen, in overeenstemming met de berekening."
    ));
    refused(&env, &["vote", "close", "1"], 1, "closed already");
    assert_eq!(env.json(&["proposal", "show", p1])["status"], "decided");

    // The roll call, in English this time.
    env.ok(&["association", "edit", "--lang", "en"]);
    env.ok(&["vote", "open", p2, "--method", "roll-call"]);
    // The holder casts for the giver, as instructed: no warning.
    let out = env
        .quorum()
        .args(["vote", "cast", "2", "1", "against", "--for-member", "5"])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success() && !err.contains("warning"), "{err}");
    assert!(
        err.contains("member 5's proxy instructs 'against'"),
        "{err}"
    );
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(
        said.contains("Cast vote 2 on proposal 2 \u{2018}Voorstel\u{2019}: member 5 against"),
        "{said}"
    );
    refused(
        &env,
        &["vote", "cast", "2", "2", "for", "--for-member", "5"],
        1,
        "member 2 holds no proxy from member 5",
    );
    let out = env
        .quorum()
        .args(["vote", "cast", "2", "1", "for", "--with-proxies"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains(
            "warning: member 5's proxy instructs 'against'; this vote goes against the instruction"
        ),
        "{err}"
    );
    env.ok(&["vote", "cast", "2", "2", "against"]);
    env.ok(&["vote", "cast", "2", "3", "abstain"]);
    let err = env
        .quorum()
        .args(["vote", "cast", "2", "3", "for"])
        .output()
        .unwrap();
    assert!(
        String::from_utf8_lossy(&err.stdout)
            .contains("Changed vote 2 on proposal 2 \u{2018}Voorstel\u{2019}: member 3 for")
    );
    refused(
        &env,
        &["vote", "cast", "2", "6", "for"],
        1,
        "member 6 is not present",
    );
    refused(
        &env,
        &["vote", "cast", "2", "4", "maybe"],
        2,
        "'maybe' is not a choice",
    );
    refused(
        &env,
        &["vote", "cast", "2", "4", "for", "--split", "for=2"],
        1,
        "the parts add up to 2, but the voter has 1 vote",
    );
    refused(
        &env,
        &["vote", "cast", "2", "9", "for"],
        1,
        "no member with number 9",
    );
    refused(
        &env,
        &["vote", "count", "2", "--for", "1", "--against", "0"],
        1,
        "its votes are cast by name",
    );
    let show = env.json(&["vote", "show", "2"]);
    assert_eq!(
        show["roll_call"],
        serde_json::json!([
            {"member": 1, "choice": "for", "cast_by": null},
            {"member": 2, "choice": "against", "cast_by": null},
            {"member": 3, "choice": "for", "cast_by": null},
            {"member": 5, "choice": "for", "cast_by": 1},
        ])
    );
    let text = env.ok(&["vote", "close", "2", "--declare", "rejected"]);
    // The outcome line first: the declaration differs from the computation, both are said.
    let text = text
        .split_once('\n')
        .filter(|(first, _)| {
            first.contains("Closed vote 2 on proposal 2")
                && first.ends_with(": computed adopted, declared rejected")
        })
        .expect("the outcome line first")
        .1;
    assert!(
        text.starts_with(
            "Adopted: 3 for is more than half of the 4 votes cast (3 for + 1 against)"
        ),
        "{text}"
    );
    assert!(
        text.contains("The chair declared the proposal rejected; the computation gives adopted."),
        "{text}"
    );
    refused(
        &env,
        &["vote", "cast", "2", "4", "for"],
        1,
        "closed already",
    );
    let show = env.json(&["vote", "show", "2"]);
    assert_eq!(
        (
            show["declaration"].as_str(),
            show["declaration_differs"].as_bool()
        ),
        (Some("rejected"), Some(true))
    );
    assert_eq!(show["result"], "adopted");

    let list = env.json(&["vote", "list", "--meeting", &m]);
    let ids: Vec<i64> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_i64().unwrap())
        .collect();
    assert_eq!(ids, vec![1, 2]);
    let csv = env.ok(&["vote", "export", "--format", "csv"]);
    let mut lines = csv.lines();
    let header = lines.next().unwrap();
    for col in [
        "proposal",
        "method",
        "for",
        "against",
        "base",
        "threshold",
        "result",
        "explanation",
        "declaration",
        "roll_call",
    ] {
        assert!(header.split(',').any(|h| h == col), "{col} in {header}");
    }
    assert_eq!(lines.count(), 2);
    refused(&env, &["vote", "show", "7"], 1, "no vote 7");
    let journal = env.ok(&["journal", "list", "--format", "csv"]);
    assert!(journal.contains("vote.recast"), "{journal}");
}

#[test]
fn a_weighted_federation_splits_and_excluded_members_do_not_count() {
    let env = registry(4, "club", 5);
    // Member 5 is a member without a vote (an observer): admitted, but casts nothing.
    env.ok(&["category", "add", "observer", "--no-vote"]);
    env.ok(&[
        "member",
        "add",
        "--family-name",
        "Waarnemer",
        "--joined",
        "2020-01-01",
        "--category",
        "observer",
        "--quiet",
    ]);
    let (_, p) = meeting(
        &env,
        "2026-03-20T19:30",
        None,
        &["ordinary"],
        &[1, 2, 3, 5],
        &[],
    );
    let p = p[0].as_str();
    env.ok(&[
        "proposal",
        "exclude",
        p,
        "3",
        "--reason",
        "own contract",
        "--force",
    ]);
    // The Dutch word of BW 2:13 lid 4 for a roll-call vote is accepted as the flag value.
    env.ok(&["vote", "open", p, "--method", "hoofdelijk"]);
    refused(
        &env,
        &["vote", "cast", "1", "5", "for"],
        1,
        "member 5 has no vote",
    );
    env.ok(&[
        "vote",
        "cast",
        "1",
        "1",
        "for",
        "--split",
        "for=3,against=2",
    ]);
    // A teller at a Dutch terminal types the word from the ballot and reads it back in Dutch.
    let cast = env.ok(&["--lang", "nl", "vote", "cast", "1", "2", "tegen"]);
    assert!(cast.contains("Lid 2 stemt tegen in stemming 1"), "{cast}");
    refused(
        &env,
        &["vote", "cast", "1", "3", "for"],
        1,
        "excluded from the vote on proposal 1 (BW 2:12)",
    );
    refused(
        &env,
        &["vote", "cast", "1", "2", "for", "--split", "for=3,for=2"],
        1,
        "named twice",
    );
    let text = env.ok(&["vote", "close", "1"]);
    let text = text
        .split_once('\n')
        .filter(|(first, _)| {
            first.starts_with("      Closed vote 1 on proposal") && first.ends_with(": rejected")
        })
        .map(|(_, rest)| rest)
        .expect("the outcome line first");
    assert!(text.starts_with("Verworpen: 3 stemmen voor is niet meer dan de helft van de 10 uitgebrachte stemmen (3 voor + 7 tegen)"), "{text}");
    let show = env.json(&["vote", "show", "1"]);
    assert_eq!(
        (show["present_votes"].as_i64(), show["total_votes"].as_i64()),
        (Some(10), Some(15))
    );
    assert_eq!(show["roll_call"][0]["choice"], "for=3,against=2");
    assert_eq!(
        (
            show["roll_call"][1]["member"].as_i64(),
            show["roll_call"][1]["choice"].as_str()
        ),
        (Some(2), Some("against"))
    );
}

#[test]
fn example_2_statute_amendment_at_both_meetings() {
    let env = registry(194, "regular", 1);
    env.ok(&["rules", "set", "statute_amendment_quorum", "2/3"]);
    let proxies: Vec<(u32, u32, Option<&str>)> = (102..=121).map(|g| (g, g - 101, None)).collect();
    let (m1, p) = meeting(
        &env,
        "2026-03-20T19:30",
        None,
        &["statutes"],
        &range(1, 101),
        &proxies,
    );
    let p = p[0].as_str();
    refused(
        &env,
        &["vote", "open", p, "--method", "hands", "--force"],
        1,
        "121 of the 194 votes present or represented, statute_amendment_quorum = 2/3 needs 130",
    );
    let err = env.fails(&["vote", "open", p, "--method", "hands"], 1);
    assert!(
        err.contains("second meeting may decide it whatever the attendance")
            && err.contains("2026-04-17"),
        "{err}"
    );
    env.ok(&["meeting", "close", &m1, "--at", "2026-03-20T21:45"]);

    let proxies: Vec<(u32, u32, Option<&str>)> = (61..=68).map(|g| (g, g - 60, None)).collect();
    let (_, p2) = meeting(
        &env,
        "2026-04-15T19:30",
        Some(&m1),
        &["statutes"],
        &range(1, 60),
        &proxies,
    );
    let p2 = p2[0].as_str();
    refused(
        &env,
        &["vote", "open", p2, "--method", "hands"],
        1,
        "BW 2:42",
    );
    let out = env
        .quorum()
        .args(["vote", "open", p2, "--method", "hands", "--force"])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("voidable"));
    env.ok(&[
        "vote",
        "count",
        "1",
        "--for",
        "45",
        "--against",
        "20",
        "--blank",
        "2",
        "--invalid",
        "1",
    ]);
    let close = env.json(&["vote", "close", "1"]);
    let v = &close["changed"];
    assert_eq!(
        (
            v["result"].as_str(),
            v["base_votes"].as_i64(),
            v["needed"].as_i64()
        ),
        (Some("adopted"), Some(65), Some(44))
    );
    assert_eq!(v["forced"], true);
    assert_eq!(v["question"], "statute_amendment_second_meeting");
    assert!(
        v["explanation"]
            .as_str()
            .unwrap()
            .contains("45 stemmen voor is ten minste twee derde van de 65 uitgebrachte stemmen")
    );
}

#[test]
fn example_4_a_challenge_after_a_show_of_hands() {
    let env = registry(10, "regular", 1);
    let (_, p) = meeting(
        &env,
        "2026-03-20T19:30",
        None,
        &["ordinary", "ordinary"],
        &range(1, 9),
        &[],
    );
    let (p, p2) = (p[0].as_str(), p[1].as_str());
    env.ok(&["vote", "open", p, "--method", "hands"]);
    refused(
        &env,
        &["vote", "challenge", "1", "--by", "4"],
        1,
        "still open",
    );
    env.ok(&["vote", "count", "1", "--for", "5", "--against", "4"]);
    env.ok(&["vote", "close", "1", "--declare", "adopted"]);
    refused(
        &env,
        &["vote", "challenge", "1", "--by", "10"],
        1,
        "member 10 is not a voter present",
    );
    let out = env.json(&["vote", "challenge", "1", "--by", "4"]);
    assert_eq!(
        (
            out["changed"]["id"].as_i64(),
            out["changed"]["method"].as_str()
        ),
        (Some(2), Some("roll_call"))
    );
    let first: Value = env.json(&["vote", "show", "1"]);
    assert_eq!(
        (first["status"].as_str(), first["superseded_by"].as_i64()),
        (Some("superseded"), Some(2))
    );
    refused(
        &env,
        &["vote", "challenge", "1", "--by", "4"],
        1,
        "already replaced",
    );
    for n in 1..=4 {
        env.ok(&["vote", "cast", "2", &n.to_string(), "for"]);
    }
    for n in 5..=9 {
        env.ok(&["vote", "cast", "2", &n.to_string(), "against"]);
    }
    env.ok(&["vote", "close", "2", "--declare", "rejected"]);
    // After a roll call one voter is not enough: the majority of the meeting must ask.
    refused(
        &env,
        &["vote", "challenge", "2", "--by", "1", "2", "3", "4"],
        1,
        "4 of the 9 votes",
    );
    // And once another vote has opened, it is too late.
    env.ok(&["vote", "open", p2, "--method", "hands"]);
    refused(
        &env,
        &[
            "vote",
            "challenge",
            "2",
            "--by",
            "1",
            "2",
            "3",
            "4",
            "5",
            "6",
        ],
        1,
        "too late",
    );
    env.ok(&["vote", "convert", "3", "--method", "ballot"]);
    assert_eq!(env.json(&["vote", "show", "3"])["method"], "ballot");
    // The tellers' totals of the paper ballot.
    env.ok(&[
        "vote",
        "count",
        "3",
        "--for",
        "6",
        "--against",
        "2",
        "--invalid",
        "1",
    ]);
    let text = env.ok(&["vote", "close", "3"]);
    let text = text
        .split_once('\n')
        .filter(|(first, _)| {
            first.starts_with("      Closed vote 3 on proposal") && first.ends_with(": adopted")
        })
        .map(|(_, rest)| rest)
        .expect("the outcome line first");
    assert!(
        text.starts_with(
            "Aangenomen: 6 stemmen voor is meer dan de helft van de 8 uitgebrachte stemmen"
        ),
        "{text}"
    );
}

#[test]
fn a_schema_1_database_upgrades_and_takes_votes() {
    let env = TestEnv::empty();
    let fixture =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/upgrade/v1.db");
    std::fs::copy(&fixture, env.db()).unwrap();
    assert_eq!(env.json(&["vote", "list"]), serde_json::json!([]));
    let conn = rusqlite::Connection::open(env.db()).unwrap();
    let tables: i64 = conn
        .query_row(
            "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name IN ('vote', 'vote_cast')",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(tables, 2);
}

#[test]
fn a_stored_vote_value_this_version_does_not_know_is_refused_not_defaulted() {
    let env = registry(4, "regular", 1);
    let (_, p) = meeting(
        &env,
        "2026-03-20T19:30",
        None,
        &["ordinary"],
        &range(1, 4),
        &[],
    );
    env.ok(&["vote", "open", &p[0], "--method", "hands"]);
    let conn = rusqlite::Connection::open(env.db()).unwrap();
    // A later version's question, and (past the CHECK) a method: neither may be read as a
    // default ("ordinary", a show of hands) and counted under the wrong rules.
    conn.execute_batch("UPDATE vote SET question = 'referendum' WHERE id = 1")
        .unwrap();
    let err = env.fails(&["vote", "show", "1"], 1);
    assert!(
        err.contains("table vote, row 1: the question 'referendum'"),
        "{err}"
    );
    conn.execute_batch(
        "PRAGMA ignore_check_constraints = ON;
         UPDATE vote SET question = 'ordinary', method = 'show_of_feet' WHERE id = 1",
    )
    .unwrap();
    let err = env.fails(&["vote", "list"], 1);
    assert!(
        err.contains("table vote, row 1: the method 'show_of_feet'"),
        "{err}"
    );
    conn.execute_batch("UPDATE vote SET method = 'hands' WHERE id = 1")
        .unwrap();
    env.ok(&["vote", "show", "1"]);
}

#[test]
fn a_stored_decision_status_this_version_does_not_know_is_refused() {
    let env = registry(4, "regular", 1);
    let (_, p) = meeting(
        &env,
        "2026-03-20T19:30",
        None,
        &["ordinary"],
        &range(1, 4),
        &[],
    );
    env.ok(&["vote", "open", &p[0], "--method", "hands"]);
    env.ok(&["vote", "count", "1", "--for", "3", "--against", "1"]);
    env.ok(&["vote", "close", "1"]);
    let conn = rusqlite::Connection::open(env.db()).unwrap();
    conn.execute_batch(
        "PRAGMA ignore_check_constraints = ON;
         UPDATE decision SET status = 'annulled' WHERE id = 1",
    )
    .unwrap();
    let err = env.fails(&["decisions"], 1);
    assert!(
        err.contains("table decision, row 1: the status 'annulled'"),
        "{err}"
    );
    conn.execute_batch("UPDATE decision SET status = 'adopted' WHERE id = 1")
        .unwrap();
    env.ok(&["decisions", "show", "1"]);
}
