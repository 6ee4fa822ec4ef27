//! Elections through the binary: rules.md Example 3 with both rounds and its variants (a tie for
//! the runoff place by lot, a runoff tie by lot or held over, a free round first), papers judged
//! invalid or blank and kept, every refusal (exit 1, database unchanged), the recount, and a
//! three-seat STV election entered from paper whose exported BLT `quorum tally` counts alike.

use serde_json::Value;

use crate::common::TestEnv;

/// An open meeting with members 1..=90 present (Example 3 has 90 papers, and a round holds no
/// more papers than votes present); returns the env and the meeting's number.
fn open_meeting(rules: &[(&str, &str)]) -> (TestEnv, String) {
    let (env, m) = meeting_of(rules, 90);
    checkin(&env, &m, 1..=90);
    (env, m)
}

fn checkin(env: &TestEnv, m: &str, who: std::ops::RangeInclusive<u32>) {
    let present: String = who.map(|n| format!("{n}\n")).collect();
    let out = env
        .quorum()
        .args(["meeting", "checkin", m, "-"])
        .write_stdin(present)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// An open meeting of `members` members (1..=3 named A, B, C), nobody checked in yet.
fn meeting_of(rules: &[(&str, &str)], members: u32) -> (TestEnv, String) {
    let env = TestEnv::new();
    for (k, v) in rules {
        env.ok(&["rules", "set", k, v]);
    }
    let mut csv = String::from("member_no,given_name,family_name,joined_on\n");
    for (i, name) in ["Anna,Aalbers", "Bram,Bakker", "Cor,Claassen"]
        .iter()
        .enumerate()
    {
        csv.push_str(&format!("{},{name},2020-01-01\n", i + 1));
    }
    for i in 4..=members {
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
        "2026-03-01T20:00",
        "--kind",
        "extraordinary",
    ])["changed"]
        .clone()["id"]
        .to_string();
    env.ready_to_convene(&m);
    env.ok(&["meeting", "convene", &m, "--sent", "2026-01-01", "--quiet"]);
    env.ok(&["meeting", "open", &m, "--at", "2026-03-01T20:00"]);
    (env, m)
}

/// An election of one board member from A, B and C (members 1, 2, 3); returns its number.
fn election(env: &TestEnv, meeting: &str) -> String {
    let e = env.json(&[
        "election",
        "new",
        "--meeting",
        meeting,
        "--title",
        "Bestuur 2027",
        "--seed",
        "2027",
    ])["changed"]["id"]
        .to_string();
    for (n, by) in [("1", "board"), ("2", "members"), ("3", "members")] {
        env.ok(&[
            "election",
            "candidate",
            &e,
            "add",
            "--member",
            n,
            "--nominated-by",
            by,
        ]);
    }
    e
}

const A: &str = "Anna Aalbers";
const B: &str = "Bram Bakker";
const C: &str = "Cor Claassen";

/// A CSV ballot file of `(name, papers)` rows (an empty name: blank papers), entered in the
/// open round of `e`.
fn papers(env: &TestEnv, e: &str, file: &str, rows: &[(&str, u32)]) -> Value {
    let mut csv = format!("# candidates: {A}, {B}, {C}\n");
    for (name, n) in rows {
        for _ in 0..*n {
            csv.push_str(&format!("{name}\n"));
        }
    }
    std::fs::write(env.path(file), csv).unwrap();
    env.json(&["election", "ballot", e, "--file", file])
}

fn votes(count: &Value) -> Vec<(String, i64)> {
    count["votes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| {
            (
                v["name"].as_str().unwrap().to_string(),
                v["votes"].as_i64().unwrap(),
            )
        })
        .collect()
}

fn names(v: &Value) -> Vec<&str> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|x| x.as_str().unwrap())
        .collect()
}

#[test]
fn example_3_round_one_then_runoff_elects_a() {
    let (env, m) = open_meeting(&[]);
    let e = election(&env, &m);
    // Round 1: 90 papers: A 38, B 30, C 17, blank 3, invalid 2 (two names on one paper).
    papers(&env, &e, "r1.csv", &[(A, 38), (B, 30), (C, 17), ("", 3)]);
    let mut two = format!("# candidates: {A}, {B}, {C}\n");
    two.push_str(&format!("{A},{B}\n{A},{C}\n"));
    std::fs::write(env.path("r1b.csv"), two).unwrap();
    let entered = env.json(&["election", "ballot", &e, "--file", "r1b.csv"])["changed"].clone();
    assert_eq!(entered["invalid"], 2);
    let c = env.json(&["election", "count", &e])["changed"].clone();
    assert_eq!(c["papers"], 90);
    assert_eq!(c["blank"], 3);
    assert_eq!(c["invalid"], 2);
    assert_eq!(c["cast"], 85);
    assert_eq!(c["needed"], 43);
    assert_eq!(
        votes(&c),
        vec![(A.into(), 38), (B.into(), 30), (C.into(), 17)]
    );
    assert_eq!(c["outcome"], "runoff");
    assert_eq!(names(&c["next"]), vec![A, B]);
    assert!(c["lots"].as_array().unwrap().is_empty());
    assert_eq!(
        c["invalid_reasons"][0]["reason"],
        "names 2 candidates where 1 is allowed"
    );
    // Casting in the counted round is refused; the runoff is opened, with A and B only.
    let before = env.snapshot();
    let err = env.fails(&["election", "ballot", &e, A], 1);
    assert!(err.contains("counted and closed"), "{err}");
    assert_eq!(env.snapshot(), before);
    env.ok(&["election", "round", &e]);
    let err = env.fails(&["election", "ballot", &e, "Dirk"], 1);
    assert!(err.contains("not a candidate"), "{err}");
    let one = env.json(&["election", "ballot", &e, C])["changed"].clone();
    assert_eq!(one["invalid"], 1, "C is not on the runoff ballot");
    // Runoff: A 46, B 39, blank 3 (and the paper naming C, invalid) → A elected.
    papers(&env, &e, "r2.csv", &[(A, 46), (B, 39), ("", 3)]);
    let c = env.json(&["election", "count", &e])["changed"].clone();
    assert_eq!(c["kind"], "runoff");
    assert_eq!(c["cast"], 85);
    assert_eq!(votes(&c), vec![(A.into(), 46), (B.into(), 39)]);
    assert_eq!(c["outcome"], "elected");
    assert_eq!(names(&c["elected"]), vec![A]);
    let show = env.json(&["election", "show", &e]);
    assert_eq!(show["status"], "elected");
    assert_eq!(names(&show["elected"]), vec![A]);
    assert_eq!(show["rounds"].as_array().unwrap().len(), 2);
    // The recount from the stored papers and seed gives the same figures, and changes nothing.
    let before = env.snapshot();
    let re = env.json(&["election", "count", &e, "--recount"]);
    assert_eq!(re[0]["needed"], 43);
    assert_eq!(re[1]["elected"][0], A);
    assert_eq!(env.snapshot(), before);
    // A decided election takes no more rounds.
    env.fails(&["election", "round", &e], 1);
    let list = env.json(&["election", "list"]);
    assert_eq!(list[0]["id"], e.parse::<i64>().unwrap());
}

#[test]
fn a_tie_for_the_runoff_place_is_decided_by_a_recorded_lot() {
    let (env, m) = open_meeting(&[]);
    let e = election(&env, &m);
    papers(&env, &e, "r1.csv", &[(A, 38), (B, 24), (C, 24), ("", 2)]);
    let c = env.json(&["election", "count", &e])["changed"].clone();
    assert_eq!(c["outcome"], "runoff");
    let lots = c["lots"].as_array().unwrap();
    assert_eq!(lots.len(), 1);
    assert_eq!(names(&lots[0]["among"]), vec![B, C]);
    let chosen = lots[0]["chosen"].as_str().unwrap();
    let next = names(&c["next"]);
    assert!(next.contains(&A) && next.contains(&chosen) && next.len() == 2);
    // The same seed draws the same lot: the recount agrees.
    let re = env.json(&["election", "count", &e, "--recount"]);
    assert_eq!(re[0]["lots"][0]["chosen"], chosen);
}

#[test]
fn a_tie_for_the_runoff_place_under_revote_sends_all_tied_to_the_next_ballot() {
    let (env, m) = open_meeting(&[("tie_for_runoff_place", "revote")]);
    let e = election(&env, &m);
    papers(&env, &e, "r1.csv", &[(A, 38), (B, 24), (C, 24)]);
    let c = env.json(&["election", "count", &e])["changed"].clone();
    assert_eq!(names(&c["next"]), vec![A, B, C]);
    assert!(c["lots"].as_array().unwrap().is_empty());
}

fn to_runoff(env: &TestEnv, e: &str) {
    papers(env, e, "r1.csv", &[(A, 38), (B, 30), (C, 17)]);
    env.ok(&["election", "count", e]);
    env.ok(&["election", "round", e]);
    papers(env, e, "r2.csv", &[(A, 42), (B, 42), ("", 2)]);
}

/// Example 3's variant: the runoff ties (A 42, B 42, blank 2). The model statutes hold a new
/// ballot between the tied; only when that ballot ties again does the lot decide.
#[test]
fn a_runoff_tie_goes_to_a_new_ballot_and_the_lot_only_when_it_ties_again() {
    let (env, m) = open_meeting(&[]);
    let e = election(&env, &m);
    to_runoff(&env, &e);
    let c = env.json(&["election", "count", &e])["changed"].clone();
    assert_eq!(c["cast"], 84);
    assert_eq!(c["outcome"], "tie");
    assert!(c["lots"].as_array().unwrap().is_empty());
    assert!(c["elected"].as_array().unwrap().is_empty());
    assert_eq!(names(&c["next"]), vec![A, B]);
    assert!(
        c["explanation"]
            .to_string()
            .contains("a new ballot between"),
        "{c}"
    );
    let out = env
        .quorum()
        .args(["election", "round", &e])
        .output()
        .unwrap();
    let said =
        String::from_utf8_lossy(&out.stdout).to_string() + &String::from_utf8_lossy(&out.stderr);
    assert!(said.contains("round 3 (third ballot, runoff)"), "{said}");
    papers(&env, &e, "r3.csv", &[(A, 43), (B, 43)]);
    let c = env.json(&["election", "count", &e])["changed"].clone();
    assert_eq!(c["outcome"], "elected");
    let lot = &c["lots"][0];
    assert_eq!(lot["purpose"], "tie on the new ballot");
    assert_eq!(names(&lot["among"]), vec![A, B]);
    assert_eq!(c["elected"][0], lot["chosen"]);
    let re = env.json(&["election", "count", &e, "--recount"]);
    assert_eq!(re.as_array().unwrap().len(), 3);
    env.ok(&["meeting", "close", &m, "--at", "2026-03-01T22:00"]);
    let minutes = env.ok(&["minutes", "draft", &m]);
    assert!(
        minutes.contains(
            "De stemmen staken; er volgt een nieuwe stemming tussen Anna Aalbers en Bram Bakker."
        ),
        "{minutes}"
    );
    assert!(
        minutes.contains("Tussen Anna Aalbers en Bram Bakker beslist het lot"),
        "{minutes}"
    );
}

#[test]
fn a_new_ballot_that_does_not_tie_elects() {
    let (env, m) = open_meeting(&[]);
    let e = election(&env, &m);
    to_runoff(&env, &e);
    env.ok(&["election", "count", &e]);
    env.ok(&["election", "round", &e]);
    papers(&env, &e, "r3.csv", &[(A, 40), (B, 44)]);
    let c = env.json(&["election", "count", &e])["changed"].clone();
    assert_eq!(names(&c["elected"]), vec![B]);
    assert!(c["lots"].as_array().unwrap().is_empty());
}

#[test]
fn a_runoff_tie_is_decided_by_lot_at_once_when_the_statutes_say_so() {
    let (env, m) = open_meeting(&[("election_tie", "at_once")]);
    let e = election(&env, &m);
    to_runoff(&env, &e);
    let c = env.json(&["election", "count", &e])["changed"].clone();
    assert_eq!(c["cast"], 84);
    assert_eq!(c["outcome"], "elected");
    let lot = &c["lots"][0];
    assert_eq!(lot["purpose"], "tie in the runoff");
    assert_eq!(names(&lot["among"]), vec![A, B]);
    assert_eq!(c["elected"][0], lot["chosen"]);
}

#[test]
fn a_runoff_tie_holds_the_election_over_when_the_statutes_say_so() {
    let (env, m) = open_meeting(&[("runoff_tie", "postpone"), ("election_tie", "at_once")]);
    let e = election(&env, &m);
    to_runoff(&env, &e);
    let c = env.json(&["election", "count", &e])["changed"].clone();
    assert_eq!(c["outcome"], "postponed");
    assert!(c["elected"].as_array().unwrap().is_empty());
    assert_eq!(env.json(&["election", "show", &e])["status"], "postponed");
    let err = env.fails(&["election", "ballot", &e, A], 1);
    assert!(err.contains("postponed"), "{err}");
}

#[test]
fn a_free_round_comes_before_the_runoff() {
    let (env, m) = open_meeting(&[("free_rounds_before_runoff", "1")]);
    let e = election(&env, &m);
    papers(&env, &e, "r1.csv", &[(A, 38), (B, 30), (C, 17)]);
    let c = env.json(&["election", "count", &e])["changed"].clone();
    assert_eq!(c["outcome"], "free");
    assert_eq!(names(&c["next"]), vec![A, B, C]);
    env.ok(&["election", "round", &e]);
    papers(&env, &e, "r2.csv", &[(A, 40), (B, 30), (C, 15)]);
    let c = env.json(&["election", "count", &e])["changed"].clone();
    assert_eq!(c["kind"], "free");
    assert_eq!(c["outcome"], "runoff");
    assert_eq!(names(&c["next"]), vec![A, B]);
    env.ok(&["election", "round", &e]);
    papers(&env, &e, "r3.csv", &[(A, 45), (B, 40)]);
    let c = env.json(&["election", "count", &e])["changed"].clone();
    assert_eq!(c["kind"], "runoff");
    assert_eq!(names(&c["elected"]), vec![A]);
}

#[test]
fn refusals_exit_1_and_leave_the_database_as_it_was() {
    let (env, m) = open_meeting(&[]);
    let before = env.snapshot();
    let err = env.fails(&["election", "show", "9"], 1);
    assert!(err.contains("no election 9"), "{err}");
    let err = env.fails(
        &[
            "election",
            "new",
            "--meeting",
            &m,
            "--title",
            "Raad",
            "--seats",
            "0",
        ],
        1,
    );
    assert!(err.contains("at least 1 seat"), "{err}");
    assert_eq!(env.snapshot(), before);
    let e = election(&env, &m);
    let before = env.snapshot();
    let err = env.fails(&["election", "candidate", &e, "withdraw", "7"], 1);
    assert!(err.contains("no candidate 7"), "{err}");
    let err = env.fails(
        &["election", "ballot", &e, "--rank", &format!("{A},Dirk")],
        1,
    );
    assert!(err.contains("'Dirk' is not a candidate"), "{err}");
    assert_eq!(env.snapshot(), before);
    // More seats than candidates.
    let big = env.json(&[
        "election",
        "new",
        "--meeting",
        &m,
        "--title",
        "Raad",
        "--seats",
        "3",
        "--method",
        "stv-scottish",
    ])["changed"]["id"]
        .to_string();
    env.ok(&["election", "candidate", &big, "add", "--name", "X"]);
    let before = env.snapshot();
    let err = env.fails(&["election", "ballot", &big, "--rank", "X"], 1);
    assert!(
        err.contains("1 standing candidate(s) for 3 seat(s)"),
        "{err}"
    );
    assert_eq!(env.snapshot(), before);
    // The meeting closed: no more papers.
    env.ok(&["meeting", "close", &m, "--at", "2026-03-01T23:00"]);
    let before = env.snapshot();
    let err = env.fails(&["election", "ballot", &e, A], 1);
    assert!(err.contains("not open"), "{err}");
    assert_eq!(env.snapshot(), before);
}

#[test]
fn blank_and_invalid_papers_are_kept_with_their_reason() {
    let (env, m) = open_meeting(&[]);
    let e = election(&env, &m);
    env.ok(&["election", "ballot", &e, A]);
    env.ok(&["election", "ballot", &e, "--blank"]);
    env.ok(&["election", "ballot", &e, "--invalid", "signed"]);
    env.ok(&["election", "ballot", &e, "--rank", &format!("{A},{A}")]);
    let c = env.json(&["election", "count", &e])["changed"].clone();
    assert_eq!(c["papers"], 4);
    assert_eq!(c["blank"], 1);
    assert_eq!(c["invalid"], 2);
    let reasons: Vec<&str> = c["invalid_reasons"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["reason"].as_str().unwrap())
        .collect();
    assert!(reasons.contains(&"signed"), "{reasons:?}");
    assert!(
        reasons.contains(&"names 'Anna Aalbers' twice"),
        "{reasons:?}"
    );
    assert_eq!(names(&c["elected"]), vec![A]);
}

#[test]
fn three_seat_stv_from_paper_exports_a_blt_that_tally_counts_alike() {
    let (env, m) = open_meeting(&[]);
    let e = env.json(&[
        "election",
        "new",
        "--meeting",
        &m,
        "--title",
        "Raad",
        "--seats",
        "3",
        "--method",
        "stv-scottish",
        "--seed",
        "11",
    ])["changed"]["id"]
        .to_string();
    for n in ["Ada", "Ben", "Cas", "Dio", "Eva"] {
        env.ok(&["election", "candidate", &e, "add", "--name", n]);
    }
    let rows: &[(&str, u32)] = &[
        ("Ada,Ben,Cas", 12),
        ("Ada,Cas", 6),
        ("Ben,Ada", 7),
        ("Cas,Dio", 5),
        ("Dio,Eva,Cas", 6),
        ("Eva,Dio", 4),
        ("", 1),
    ];
    // No `# candidates:` line: a paper naming somebody not nominated is then read, and kept
    // as invalid (B4), instead of the file being refused.
    let mut csv = String::new();
    for (r, n) in rows {
        for _ in 0..*n {
            csv.push_str(&format!("{r}\n"));
        }
    }
    csv.push_str("Ada,Ada\nZed\n");
    std::fs::write(env.path("raad.csv"), csv).unwrap();
    let entered = env.json(&["election", "ballot", &e, "--file", "raad.csv"])["changed"].clone();
    assert_eq!(entered["papers"], 43);
    assert_eq!(entered["invalid"], 2);
    let c = env.json(&["election", "count", &e])["changed"].clone();
    assert_eq!(c["outcome"], "elected");
    let elected = names(&c["elected"])
        .iter()
        .map(|s| s.to_string())
        .collect::<Vec<_>>();
    assert_eq!(elected.len(), 3);
    env.ok(&["election", "export", &e, "--blt", "raad.blt"]);
    let t = env.json(&[
        "tally",
        "raad.blt",
        "--method",
        "stv-scottish",
        "--seed",
        "11",
    ]);
    let tallied: Vec<String> = t["elected"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n.as_str().unwrap().to_string())
        .collect();
    assert_eq!(tallied, elected);
    let stages = env.json(&["election", "export", &e]);
    assert!(stages.as_array().unwrap().len() >= 5);
    assert_eq!(stages[0]["round"], 1);
}

#[test]
fn a_paper_is_stored_without_member_time_or_order() {
    let (env, m) = open_meeting(&[]);
    let e = election(&env, &m);
    for n in [C, A, B] {
        env.ok(&["election", "ballot", &e, n]);
    }
    let conn = rusqlite::Connection::open(env.db()).unwrap();
    let columns: Vec<String> = conn
        .prepare("SELECT name FROM pragma_table_info('election_ballot') ORDER BY cid")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(
        columns,
        ["key", "election_id", "round", "choice", "status", "reason"]
    );
    // WITHOUT ROWID: no hidden insertion order to read back with the sqlite3 shell.
    assert!(conn.prepare("SELECT rowid FROM election_ballot").is_err());
    let keys: Vec<String> = conn
        .prepare("SELECT key FROM election_ballot")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(keys.len(), 3);
    assert!(keys.iter().all(|k| k.len() == 32));
    // The journal says how many papers were entered, never what they say.
    let journal = env.ok(&["journal", "list", "--values", "--format", "json"]);
    assert!(journal.contains("1 paper(s) entered in round 1"));
    assert!(!journal.contains(&format!("\"{C}\"")) || journal.contains("candidate_add"));
    let entries: Value = serde_json::from_str(&journal).unwrap();
    for entry in entries.as_array().unwrap() {
        if entry["action"] == "election.ballots" {
            let text = entry.to_string();
            assert!(
                !text.contains(A) && !text.contains(B) && !text.contains(C),
                "{text}"
            );
        }
    }
}

#[test]
fn a_withdrawn_candidate_is_skipped_and_the_papers_naming_only_them_are_stated() {
    let (env, m) = open_meeting(&[]);
    let e = election(&env, &m);
    papers(&env, &e, "r1.csv", &[(A, 5), (B, 3), (C, 4)]);
    env.ok(&["election", "candidate", &e, "withdraw", "3"]);
    let c = env.json(&["election", "count", &e])["changed"].clone();
    assert_eq!(c["cast"], 8);
    assert_eq!(votes(&c), vec![(A.into(), 5), (B.into(), 3)]);
    assert_eq!(names(&c["elected"]), vec![A]);
    let said = c["explanation"].to_string();
    assert!(said.contains("withdrawn"), "{said}");
}

/// Example 3's variant: A is the board's binding nomination; 50 of 80 votes cast for removing its
/// binding force is less than the 54 that two-thirds needs, so it stays binding and appoints A.
#[test]
fn a_binding_nomination_kept_with_50_of_80_appoints_the_nominee() {
    let env = TestEnv::new();
    env.ok(&["rules", "set", "binding_nomination_enabled", "true"]);
    let mut csv = String::from("member_no,given_name,family_name,joined_on\n");
    for i in 1..=90 {
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
        "2026-03-01T20:00",
        "--kind",
        "extraordinary",
    ])["changed"]
        .clone()["id"]
        .to_string();
    env.ready_to_convene(&m);
    env.ok(&["meeting", "convene", &m, "--sent", "2026-01-01", "--quiet"]);
    env.ok(&["meeting", "open", &m, "--at", "2026-03-01T20:00"]);
    let present: String = (1..=80).map(|n| format!("{n}\n")).collect();
    let out = env
        .quorum()
        .args(["meeting", "checkin", &m, "-"])
        .write_stdin(present)
        .output()
        .unwrap();
    assert!(out.status.success());
    let e = env.json(&[
        "election",
        "new",
        "--meeting",
        &m,
        "--title",
        "Bestuur",
        "--seed",
        "1",
    ])["changed"]["id"]
        .to_string();
    env.ok(&[
        "election",
        "candidate",
        &e,
        "add",
        "--member",
        "1",
        "--nominated-by",
        "board",
    ]);
    env.ok(&[
        "election",
        "candidate",
        &e,
        "add",
        "--member",
        "2",
        "--nominated-by",
        "members",
    ]);
    // More votes than are present is refused, and changes nothing.
    let before = env.snapshot();
    let err = env.fails(
        &["election", "binding", &e, "--for", "60", "--against", "30"],
        1,
    );
    assert!(err.contains("80 votes are present"), "{err}");
    assert_eq!(env.snapshot(), before);
    let b =
        env.json(&["election", "binding", &e, "--for", "50", "--against", "30"])["changed"].clone();
    assert_eq!(b["binding"]["needed"], 54);
    assert_eq!(b["binding"]["removed"], false);
    assert_eq!(b["status"], "elected");
    assert_eq!(names(&b["elected"]), vec!["Lid Nummer1"]);
    env.fails(&["election", "ballot", &e, "Lid Nummer2"], 1);
}

#[test]
fn a_binding_nomination_removed_by_two_thirds_leaves_the_election_free() {
    let (env, m) = open_meeting(&[("binding_nomination_enabled", "true")]);
    let e = election(&env, &m);
    let b =
        env.json(&["election", "binding", &e, "--for", "2", "--against", "1"])["changed"].clone();
    assert_eq!(b["binding"]["removed"], true);
    assert_eq!(b["status"], "open");
    env.ok(&["election", "ballot", &e, B]);
}

#[test]
fn a_round_holds_no_more_papers_than_votes_present_unless_forced() {
    let (env, m) = meeting_of(&[], 5);
    checkin(&env, &m, 1..=3);
    let e = election(&env, &m);
    papers(&env, &e, "r1.csv", &[(A, 2)]);
    let before = env.snapshot();
    std::fs::write(env.path("r1b.csv"), format!("{B}\n{C}\n")).unwrap();
    let err = env.fails(&["election", "ballot", &e, "--file", "r1b.csv"], 1);
    assert!(
        err.contains("round 1 of election 1 would hold 4 papers (2 entered, 2 now), but 3 votes are present or represented at meeting 1"),
        "{err}"
    );
    assert!(err.contains("--force"), "{err}");
    assert_eq!(env.snapshot(), before);
    // One more paper fits; a member checked in later makes room for another.
    env.ok(&["election", "ballot", &e, B]);
    env.fails(&["election", "ballot", &e, C], 1);
    checkin(&env, &m, 4..=4);
    env.ok(&["election", "ballot", &e, C]);
    // --force enters it anyway, and the journal records it with the numbers.
    let forced = env.json(&["election", "ballot", &e, C, "--force"])["changed"].clone();
    assert_eq!(
        forced["forced"],
        "forced: round 1 holds 5 papers, more than the 4 votes present or represented at meeting 1"
    );
    let journal = env.ok(&["journal", "list", "--values", "--format", "json"]);
    assert!(
        journal.contains("forced: round 1 holds 5 papers"),
        "{journal}"
    );
    assert_eq!(env.json(&["election", "count", &e])["changed"]["papers"], 5);
}

#[test]
fn a_board_election_keeps_the_term_on_the_elected_member() {
    let (env, m) = open_meeting(&[
        ("binding_nomination_enabled", "true"),
        ("board_members_from_outside", "true"),
    ]);
    let e = env.json(&[
        "election",
        "new",
        "--meeting",
        &m,
        "--title",
        "Bestuur",
        "--seed",
        "1",
        "--board",
    ])["changed"]
        .clone();
    assert_eq!(e["board"], true);
    let e = e["id"].to_string();
    for n in ["1", "2"] {
        env.ok(&["election", "candidate", &e, "add", "--member", n]);
    }
    env.ok(&[
        "election",
        "candidate",
        &e,
        "add",
        "--name",
        "Piet de Vries",
    ]);
    // Not before the count.
    assert_eq!(env.json(&["member", "show", "1"])["board"], "");
    papers(&env, &e, "r1.csv", &[(A, 50), (B, 30)]);
    let journal = journal_actions(&env);
    env.ok(&["election", "count", &e]);
    assert_eq!(
        env.json(&["member", "show", "1"])["board"],
        "board member since 2026-03-01 (election 1)"
    );
    assert_eq!(env.json(&["member", "show", "2"])["board"], "");
    let after = journal_actions(&env);
    assert_eq!(
        after.len(),
        journal.len() + 3,
        "the count, the decision in the register and the term"
    );
    assert!(after.contains(&"decision.record".to_string()), "{after:?}");
    assert_eq!(after.last().unwrap(), "board.add");
    // The seat on the board (`quorum board`), appointed by the election's decision.
    let board = env.json(&["board", "--on", "2026-03-01"]);
    assert_eq!(board[0]["member"], 1);
    assert_eq!(board[0]["role"], "lid");
    assert_eq!(board[0]["appointed_by"], "ALV-2026-03-01/1");
    assert_eq!(board[0]["term_end"], "2029-06-30");
    let data: Value = serde_json::from_str(&env.ok(&["member", "data", "1"])).unwrap();
    assert_eq!(data["board_terms"][0]["since"], "2026-03-01");
    assert_eq!(data["board_terms"][0]["election"], 1);
    assert_eq!(data["board_terms"][0]["title"], "Bestuur");
    let shown = env.ok(&["member", "show", "1"]);
    assert!(
        shown.contains("board member since 2026-03-01 (election 1)"),
        "{shown}"
    );
    // An election without --board keeps no term.
    let other = env.json(&[
        "election",
        "new",
        "--meeting",
        &m,
        "--title",
        "Kas",
        "--seed",
        "2",
    ])["changed"]["id"]
        .to_string();
    env.ok(&["election", "candidate", &other, "add", "--member", "2"]);
    env.ok(&["election", "ballot", &other, B]);
    env.ok(&["election", "count", &other]);
    assert_eq!(env.json(&["member", "show", "2"])["board"], "");
    // A binding nomination that stays binding appoints, and the term is kept too.
    let third = env.json(&[
        "election",
        "new",
        "--meeting",
        &m,
        "--title",
        "Penningmeester",
        "--seed",
        "3",
        "--board",
    ])["changed"]["id"]
        .to_string();
    env.ok(&[
        "election",
        "candidate",
        &third,
        "add",
        "--member",
        "3",
        "--nominated-by",
        "board",
    ]);
    env.ok(&[
        "election",
        "binding",
        &third,
        "--for",
        "10",
        "--against",
        "80",
    ]);
    assert_eq!(
        env.json(&["member", "show", "3"])["board"],
        "board member since 2026-03-01 (election 3)"
    );
}

fn journal_actions(env: &TestEnv) -> Vec<String> {
    let j: Value = serde_json::from_str(&env.ok(&["journal", "list", "--format", "json"])).unwrap();
    j.as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap().to_string())
        .collect()
}

/// Two seats under majority-runoff: seat by seat, each seat its own ballots (free round, runoff).
#[test]
fn two_seats_by_majority_runoff_are_filled_seat_by_seat() {
    let (env, m) = open_meeting(&[]);
    let e = env.json(&[
        "election",
        "new",
        "--meeting",
        &m,
        "--title",
        "Bestuur",
        "--seats",
        "2",
        "--seed",
        "4",
        "--board",
    ])["changed"]["id"]
        .to_string();
    for n in ["1", "2", "3"] {
        env.ok(&["election", "candidate", &e, "add", "--member", n]);
    }
    // Seat 1: A has a majority at once.
    papers(&env, &e, "r1.csv", &[(A, 50), (B, 25), (C, 15)]);
    let c = env.json(&["election", "count", &e])["changed"].clone();
    assert_eq!(names(&c["elected"]), vec![A]);
    assert_eq!(names(&c["next"]), vec![B, C]);
    assert!(
        c["explanation"].to_string().contains("seat 1 of 2 filled"),
        "{c}"
    );
    let show = env.json(&["election", "show", &e]);
    assert_eq!(show["status"], "open");
    // Seat 2: a free round of B and C; a paper naming A is no longer on the ballot.
    env.ok(&["election", "round", &e]);
    let one = env.json(&["election", "ballot", &e, A])["changed"].clone();
    assert_eq!(one["invalid"], 1);
    papers(&env, &e, "r2.csv", &[(B, 40), (C, 44)]);
    let c = env.json(&["election", "count", &e])["changed"].clone();
    assert_eq!(c["kind"], "free");
    assert_eq!(c["cast"], 84);
    assert_eq!(names(&c["elected"]), vec![C]);
    assert!(c["next"].as_array().unwrap().is_empty());
    let show = env.json(&["election", "show", &e]);
    assert_eq!(show["status"], "elected");
    assert_eq!(names(&show["elected"]), vec![A, C]);
    // Issue 26: the register named only the last seat's member; it names everyone elected.
    let code = env.json(&["decisions"])[0]["code"]
        .as_str()
        .unwrap()
        .to_string();
    let decision = env.json(&["decisions", "show", &code]);
    assert_eq!(names(&decision["elected"]), vec![A, C], "{decision}");
    env.fails(&["election", "round", &e], 1);
    let re = env.json(&["election", "count", &e, "--recount"]);
    assert_eq!(re.as_array().unwrap().len(), 2);
    assert_eq!(
        env.json(&["member", "show", "3"])["board"],
        "board member since 2026-03-01 (election 1)"
    );
}

/// Two seats filled one by one: seat 2 begins with its own first ballot, which ties between the
/// two left; a new ballot between them follows. Every round is labelled with its seat and ballot
/// in the status lines, `election show`, JSON and the minutes.
#[test]
fn each_seat_has_its_own_first_ballot_and_a_tie_on_it_is_balloted_again() {
    let (env, m) = open_meeting(&[]);
    let e = env.json(&[
        "election",
        "new",
        "--meeting",
        &m,
        "--title",
        "Bestuur",
        "--seats",
        "2",
        "--seed",
        "4",
    ])["changed"]["id"]
        .to_string();
    for n in ["1", "2", "3"] {
        env.ok(&["election", "candidate", &e, "add", "--member", n]);
    }
    papers(&env, &e, "r1.csv", &[(A, 50), (B, 25), (C, 15)]);
    let c = env.json(&["election", "count", &e])["changed"].clone();
    assert_eq!(
        (c["seat"].clone(), c["ballot"].clone()),
        (1.into(), 1.into())
    );
    assert_eq!(c["label"], "seat 1, first ballot");
    let out = env
        .quorum()
        .args(["election", "round", &e])
        .output()
        .unwrap();
    let said =
        String::from_utf8_lossy(&out.stdout).to_string() + &String::from_utf8_lossy(&out.stderr);
    assert!(
        said.contains("round 2 (seat 2, first ballot, free)"),
        "{said}"
    );
    papers(&env, &e, "r2.csv", &[(B, 42), (C, 42)]);
    let c = env.json(&["election", "count", &e])["changed"].clone();
    assert_eq!(c["label"], "seat 2, first ballot");
    assert_eq!(c["outcome"], "tie", "{c}");
    assert!(c["lots"].as_array().unwrap().is_empty());
    assert_eq!(names(&c["next"]), vec![B, C]);
    env.ok(&["election", "round", &e]);
    papers(&env, &e, "r3.csv", &[(B, 40), (C, 44)]);
    let c = env.json(&["election", "count", &e])["changed"].clone();
    assert_eq!(c["label"], "seat 2, second ballot");
    assert_eq!(names(&c["elected"]), vec![C]);
    let show = env.json(&["election", "show", &e]);
    let labels: Vec<&str> = show["rounds"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["label"].as_str().unwrap())
        .collect();
    assert_eq!(
        labels,
        vec![
            "seat 1, first ballot",
            "seat 2, first ballot",
            "seat 2, second ballot"
        ]
    );
    assert!(
        env.ok(&["election", "show", &e])
            .contains("seat 2, first ballot")
    );
    env.ok(&["meeting", "close", &m, "--at", "2026-03-01T22:00"]);
    let minutes = env.ok(&["minutes", "draft", &m]);
    assert!(
        minutes.contains("In de tweede stemronde (zetel 2, eerste stemming) worden"),
        "{minutes}"
    );
    assert!(
        minutes.contains("(zetel 2, tweede stemming)") && minutes.contains("De stemmen staken"),
        "{minutes}"
    );
}

/// Two seats, the second needing a runoff: the free rounds count again for each seat.
#[test]
fn the_second_seat_has_its_own_runoff() {
    let (env, m) = open_meeting(&[]);
    let e = env.json(&[
        "election",
        "new",
        "--meeting",
        &m,
        "--title",
        "Bestuur",
        "--seats",
        "2",
        "--seed",
        "4",
    ])["changed"]["id"]
        .to_string();
    for n in ["1", "2", "3"] {
        env.ok(&["election", "candidate", &e, "add", "--member", n]);
    }
    env.ok(&["election", "candidate", &e, "add", "--name", "Dirk"]);
    papers(&env, &e, "r1.csv", &[(A, 50), (B, 25), (C, 15)]);
    env.ok(&["election", "count", &e]);
    env.ok(&["election", "round", &e]);
    let mut csv = format!("# candidates: {A}, {B}, {C}, Dirk\n");
    for (name, n) in [(B, 30), (C, 25), ("Dirk", 20)] {
        for _ in 0..n {
            csv.push_str(&format!("{name}\n"));
        }
    }
    std::fs::write(env.path("r2.csv"), csv).unwrap();
    env.ok(&["election", "ballot", &e, "--file", "r2.csv"]);
    let c = env.json(&["election", "count", &e])["changed"].clone();
    assert_eq!(c["outcome"], "runoff");
    assert_eq!(names(&c["next"]), vec![B, C]);
    env.ok(&["election", "round", &e]);
    papers(&env, &e, "r3.csv", &[(B, 45), (C, 40)]);
    let c = env.json(&["election", "count", &e])["changed"].clone();
    assert_eq!(c["kind"], "runoff");
    assert_eq!(names(&c["elected"]), vec![B]);
    assert_eq!(
        names(&env.json(&["election", "show", &e])["elected"]),
        vec![A, B]
    );
}

/// Example 3's RONR variant (rules.md C8): no runoff and nobody dropped; the ballot is repeated
/// with all three until someone has a majority of the votes cast.
#[test]
fn ronr_repeats_the_ballot_with_every_candidate_until_a_majority() {
    let (env, m) = open_meeting(&[("runoff_drops_candidates", "false")]);
    let e = election(&env, &m);
    papers(&env, &e, "r1.csv", &[(A, 38), (B, 30), (C, 17)]);
    let c = env.json(&["election", "count", &e])["changed"].clone();
    assert_eq!(c["outcome"], "free");
    assert_eq!(names(&c["next"]), vec![A, B, C]);
    assert!(
        c["explanation"].to_string().contains("nobody is dropped"),
        "{c}"
    );
    env.ok(&["election", "round", &e]);
    // A tie between two is no reason to drop the third either, nor to draw a lot.
    papers(&env, &e, "r2.csv", &[(A, 40), (B, 40), (C, 5)]);
    let c = env.json(&["election", "count", &e])["changed"].clone();
    assert_eq!(names(&c["next"]), vec![A, B, C]);
    assert!(c["lots"].as_array().unwrap().is_empty());
    env.ok(&["election", "round", &e]);
    papers(&env, &e, "r3.csv", &[(A, 44), (B, 38), (C, 3)]);
    let c = env.json(&["election", "count", &e])["changed"].clone();
    assert_eq!(c["kind"], "free");
    assert_eq!(names(&c["elected"]), vec![A]);
}

/// Erasing a member who was a candidate: the name goes everywhere the election held it (the
/// candidate, the papers, the reasons, the stored count), "erased member (candidate N)" takes
/// its place, and the figures, the decision and the recount stay as they were.
#[test]
fn erasing_a_candidate_keeps_the_result_without_the_name() {
    let (env, m) = open_meeting(&[]);
    let e = election(&env, &m);
    papers(&env, &e, "r1.csv", &[(A, 50), (B, 30), (C, 5)]);
    env.ok(&["election", "ballot", &e, "--rank", &format!("{A},{A}")]);
    let before = env.json(&["election", "count", &e])["changed"].clone();
    assert_eq!(names(&before["elected"]), vec![A]);
    env.ok(&["meeting", "close", &m, "--at", "2026-03-01T23:00"]);
    env.ok(&["member", "leave", "1", "--date", "2026-02-28"]);
    env.ok(&["member", "erase", "1", "--yes"]);
    let gone = "erased member (candidate 1)";
    let show = env.json(&["election", "show", &e]);
    assert_eq!(show["candidates"][0]["name"], gone);
    assert_eq!(
        show["candidates"][0]["member"], 1,
        "the anonymous record stays linked"
    );
    assert_eq!(names(&show["elected"]), vec![gone]);
    let re = env.json(&["election", "count", &e, "--recount"]);
    assert_eq!(re[0]["votes"][0]["votes"], before["votes"][0]["votes"]);
    assert_eq!(re[0]["cast"], before["cast"]);
    assert_eq!(re[0]["elected"][0], gone);
    assert_eq!(
        re[0]["invalid_reasons"][0]["reason"],
        format!("names '{gone}' twice")
    );
    env.ok(&["election", "export", &e, "--blt", "e.blt"]);
    let blt = std::fs::read_to_string(env.path("e.blt")).unwrap();
    assert!(blt.contains(gone) && !blt.contains("Aalbers"), "{blt}");
    // Nothing in the database names the member any more; the others keep their names.
    let dump = env.dump();
    assert!(!dump.contains("Aalbers"), "the erased name is still stored");
    assert!(dump.contains("Bram Bakker"));
}

/// Issue 26: a kept binding nomination (BW 2:37 lid 4) was not enforced, and an outsider added as
/// candidate was elected. Now nobody can be added outside it, and papers for a candidate outside
/// it are invalid, with the rule in the count's explanation.
#[test]
fn only_nominated_candidates_can_be_elected_while_a_binding_nomination_is_kept() {
    let (env, m) = open_meeting(&[("binding_nomination_enabled", "true")]);
    let e = env.json(&[
        "election",
        "new",
        "--meeting",
        &m,
        "--title",
        "Bestuur",
        "--seed",
        "5",
        "--board",
    ])["changed"]["id"]
        .to_string();
    for (n, by) in [("1", Some("board")), ("2", Some("board")), ("3", None)] {
        let mut args = vec!["election", "candidate", &e, "add", "--member", n];
        if let Some(by) = by {
            args.extend(["--nominated-by", by]);
        }
        env.ok(&args);
    }
    // Two nominees for one seat: kept binding, the meeting chooses between them.
    let b =
        env.json(&["election", "binding", &e, "--for", "10", "--against", "80"])["changed"].clone();
    assert_eq!(b["binding"]["removed"], false);
    assert_eq!(b["status"], "open");
    let before = env.snapshot();
    let err = env.fails(
        &[
            "election",
            "candidate",
            &e,
            "add",
            "--member",
            "4",
            "--nominated-by",
            "members",
        ],
        1,
    );
    assert!(
        err.contains("kept the binding nomination of election 1"),
        "{err}"
    );
    assert!(err.contains("BW 2:37 lid 4"), "{err}");
    assert_eq!(env.snapshot(), before);
    // Cor (outside the nomination) gets most papers; they are invalid, and Anna is elected.
    let entered = papers(&env, &e, "r1.csv", &[(C, 50), (A, 25), (B, 15)]);
    assert_eq!(entered["changed"]["invalid"], 50);
    let c = env.json(&["election", "count", &e])["changed"].clone();
    assert_eq!(names(&c["elected"]), vec![A]);
    assert_eq!(c["invalid"], 50);
    let said = c["explanation"].to_string();
    assert!(
        said.contains("50 paper(s) named someone outside the binding nomination and are invalid"),
        "{said}"
    );
    assert!(said.contains("BW 2:37 lid 4"), "{said}");
    let reasons = c["invalid_reasons"].to_string();
    assert!(
        reasons.contains("names 'Cor Claassen', who is outside the binding nomination"),
        "{reasons}"
    );
}

/// Without a clause in the statutes there is no binding nomination (Corrections of 2026-12-07).
#[test]
fn a_binding_nomination_exists_only_where_the_statutes_create_it() {
    let (env, m) = open_meeting(&[]);
    let e = election(&env, &m);
    let before = env.snapshot();
    let err = env.fails(
        &["election", "binding", &e, "--for", "1", "--against", "2"],
        1,
    );
    assert!(err.contains("binding_nomination_enabled = false"), "{err}");
    assert_eq!(env.snapshot(), before);
}

/// BW 2:37 lid 1: board members come from the members unless the statutes allow outsiders.
#[test]
fn board_candidates_are_members_unless_the_statutes_allow_outsiders() {
    let (env, m) = open_meeting(&[]);
    let board = |title: &str| {
        env.json(&[
            "election",
            "new",
            "--meeting",
            &m,
            "--title",
            title,
            "--board",
        ])["changed"]["id"]
            .to_string()
    };
    let e = board("Bestuur");
    let before = env.snapshot();
    let err = env.fails(
        &["election", "candidate", &e, "add", "--name", "Piet Buiten"],
        1,
    );
    assert!(
        err.contains("board members come from the members (BW 2:37 lid 1"),
        "{err}"
    );
    assert!(err.contains("board_members_from_outside true"), "{err}");
    assert_eq!(env.snapshot(), before);
    env.ok(&["election", "candidate", &e, "add", "--member", "1"]);
    // Not a board election: anyone may stand.
    let other = env.json(&[
        "election",
        "new",
        "--meeting",
        &m,
        "--title",
        "Kascommissie",
    ])["changed"]["id"]
        .to_string();
    env.ok(&[
        "election",
        "candidate",
        &other,
        "add",
        "--name",
        "Piet Buiten",
    ]);
}

/// A state this version does not know (a later version's, or one typed into the file) is
/// refused with its table, row and value: never read as "open" and given more papers, or as a
/// free round and counted under the wrong rules.
#[test]
fn a_stored_election_value_this_version_does_not_know_is_refused_not_defaulted() {
    let (env, m) = open_meeting(&[]);
    let e = election(&env, &m);
    papers(&env, &e, "r1.csv", &[(A, 50), (B, 30), (C, 10)]);
    env.ok(&["election", "count", &e]);
    let conn = rusqlite::Connection::open(env.db()).unwrap();
    let tamper = |sql: &str, undo: &str, args: &[&str], expect: &str| {
        conn.execute_batch(&format!("PRAGMA ignore_check_constraints = ON; {sql}"))
            .unwrap();
        let err = env.fails(args, 1);
        assert!(err.contains(expect), "{err}");
        conn.execute_batch(undo).unwrap();
    };
    tamper(
        "UPDATE election SET status = 'annulled'",
        "UPDATE election SET status = 'elected'",
        &["election", "show", &e],
        &format!("table election, row {e}: the status 'annulled'"),
    );
    tamper(
        "UPDATE election SET method = 'borda'",
        "UPDATE election SET method = 'majority-runoff'",
        &["election", "list"],
        &format!("table election, row {e}: the method 'borda'"),
    );
    tamper(
        "UPDATE election_round SET kind = 'second'",
        "UPDATE election_round SET kind = 'free'",
        &["election", "show", &e],
        &format!("table election_round, row election {e}, round 1: the kind 'second'"),
    );
    tamper(
        "UPDATE election_round SET status = 'closed'",
        "UPDATE election_round SET status = 'counted'",
        &["election", "count", &e, "--recount"],
        "the status 'closed'",
    );
    tamper(
        "UPDATE election_result SET outcome = 'won'",
        "UPDATE election_result SET outcome = 'elected'",
        &["election", "show", &e],
        &format!("table election_result, row election {e}, round 1: the outcome 'won'"),
    );
    tamper(
        "UPDATE election_ballot SET status = 'spoilt' WHERE status = 'valid' AND choice LIKE '%Cor%'",
        "UPDATE election_ballot SET status = 'valid' WHERE status = 'spoilt'",
        &["election", "count", &e, "--recount"],
        "the status 'spoilt'",
    );
    // A list the store wrote as JSON is not read as empty when it is something else.
    tamper(
        "UPDATE election_round SET candidates = 'A and B'",
        "UPDATE election_round SET candidates = '[1,2,3]'",
        &["election", "show", &e],
        "the candidates 'A and B'",
    );
    // Put back as it was, the election reads and recounts as before.
    env.ok(&["election", "count", &e, "--recount"]);
    assert_eq!(env.json(&["election", "show", &e])["status"], "elected");
}
