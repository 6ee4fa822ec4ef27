//! Proposals through the binary: drafting by the board and by members, the agenda link,
//! amendments listed with their proposal, exclusions (BW 2:12), edits and withdrawal, the BW 2:42
//! checks of rules.md Example 2 step 1, and every refusal with its exit code and the database
//! left as it was.

use serde_json::Value;

use crate::common::TestEnv;

/// Members 1..=4 joined in 2020; member 5 left at the end of 2025 (a former member).
fn registry() -> TestEnv {
    let env = TestEnv::new();
    let mut csv = String::from("member_no,given_name,family_name,joined_on\n");
    for i in 1..=5 {
        csv.push_str(&format!("{i},Lid,Nummer{i},2020-01-01\n"));
    }
    std::fs::write(env.path("leden.csv"), csv).unwrap();
    env.ok(&["member", "import", "leden.csv"]);
    env.ok(&["member", "leave", "5", "--date", "2025-12-31"]);
    env.ok(&[
        "meeting",
        "new",
        "--title",
        "ALV",
        "--date",
        "2026-03-20T20:00",
        "--kind",
        "extraordinary",
        "--location",
        "Buurthuis",
    ]);
    env
}

fn ids(list: &Value) -> Vec<i64> {
    list.as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_i64().unwrap())
        .collect()
}

/// Runs a refused command and checks its exit code, its message and that nothing changed.
fn refused(env: &TestEnv, args: &[&str], code: i32, says: &str) {
    let before = env.dump();
    let err = env.fails(args, code);
    assert!(err.contains(says), "{args:?}: expected '{says}' in:\n{err}");
    assert_eq!(env.dump(), before, "{args:?} changed the database");
}

#[test]
fn a_whole_proposal_scenario() {
    let env = registry();
    let out = env.json(&[
        "proposal",
        "new",
        "--title",
        "Budget 2027",
        "--kind",
        "budget",
        "--by-board",
        "--meeting",
        "1",
        "--text",
        "Income 1000, costs 900",
    ]);
    assert_eq!(out["command"], "proposal new");
    assert!(out["journal_head"].is_string());
    let p = &out["changed"];
    assert_eq!(p["id"], 1);
    assert_eq!(p["meeting"], 1);
    assert_eq!(p["agenda_item"], 1);
    assert_eq!(p["by"], "board");
    assert_eq!(p["status"], "draft");
    assert_eq!(p["text_on"], "2026-03-01");

    // A members' proposal with its co-signers, from a file; then put on the agenda.
    std::fs::write(env.path("art12.txt"), "Article 12 paragraph 2 reads: …\n").unwrap();
    let p2 = env.json(&[
        "proposal",
        "new",
        "--title",
        "Statute amendment: article 12",
        "--kind",
        "statutes",
        "--by",
        "2",
        "3",
        "--text-file",
        "art12.txt",
    ]);
    assert_eq!(p2["changed"]["id"], 2);
    assert_eq!(
        p2["changed"]["signers"],
        serde_json::json!([{"member": 2}, {"member": 3}])
    );
    assert_eq!(p2["changed"]["by"], "members");
    assert_eq!(p2["changed"]["text"], "Article 12 paragraph 2 reads: …");
    assert!(p2["changed"]["meeting"].is_null());
    env.ok(&["meeting", "agenda", "1", "add", "--proposal", "2"]);
    let agenda = env.json(&["meeting", "agenda", "1", "list"]);
    assert_eq!(agenda[1]["title"], "Statute amendment: article 12");
    assert_eq!(agenda[1]["decides"], "statute_amendment");
    let shown = env.json(&["proposal", "show", "2"]);
    assert_eq!(shown["meeting"], 1);
    assert_eq!(shown["agenda_item"], 2);

    // An amendment of proposal 1: same meeting, listed right after it.
    let a = env.json(&[
        "proposal",
        "amend",
        "1",
        "--title",
        "Budget 2027: 100 more for the youth team",
        "--by",
        "4",
    ]);
    assert_eq!(a["changed"]["id"], 3);
    assert_eq!(a["changed"]["amends"], 1);
    assert_eq!(a["changed"]["meeting"], 1);
    assert_eq!(a["changed"]["kind"], "budget");
    let list = env.json(&["proposal", "list", "--meeting", "1"]);
    assert_eq!(ids(&list), vec![1, 3, 2]);
    assert_eq!(
        env.json(&["proposal", "show", "1"])["amendments"],
        serde_json::json!([{"proposal": 3}])
    );

    // Exclusions only where the statutes provide them (BW 2:12), with the right or obligation
    // named; twice the same member: recorded once.
    let err = env.fails(
        &["proposal", "exclude", "1", "2", "--reason", "own contract"],
        1,
    );
    assert!(err.contains("vote_exclusion_enabled = false"), "{err}");
    env.ok(&["rules", "set", "vote_exclusion_enabled", "true"]);
    env.fails(&["proposal", "exclude", "1", "2"], 1);
    env.ok(&[
        "proposal",
        "exclude",
        "1",
        "2",
        "4",
        "--reason",
        "own contract",
    ]);
    env.ok(&["proposal", "exclude", "1", "2", "--reason", "own contract"]);
    assert_eq!(
        env.json(&["proposal", "show", "1"])["excluded"],
        serde_json::json!([{"member": 2}, {"member": 4}])
    );
    let table = env.ok(&["proposal", "show", "1"]);
    assert!(table.contains("own contract"), "{table}");
    assert!(table.lines().all(|l| l.chars().count() <= 80), "{table}");

    // Edits: the kind moves the agenda item's decision along.
    env.ok(&[
        "proposal",
        "edit",
        "1",
        "--title",
        "Budget 2027 (revised)",
        "--kind",
        "other",
    ]);
    let p1 = env.json(&["proposal", "show", "1"]);
    assert_eq!(p1["title"], "Budget 2027 (revised)");
    assert_eq!(p1["kind"], "other");

    // Withdrawal; the list keeps it, with its status.
    let w = env.json(&["proposal", "withdraw", "3"]);
    assert_eq!(w["changed"]["status"], "withdrawn");
    assert!(w["changed"]["withdrawn_at"].is_string());

    // The table fits 80 columns, even with a long title.
    env.ok(&[
        "proposal",
        "new",
        "--title",
        "A very long title that goes on and on about the renovation of the clubhouse kitchen",
        "--kind",
        "ordinary",
        "--by-board",
    ]);
    let table = env.ok(&["proposal", "list"]);
    assert!(table.lines().all(|l| l.chars().count() <= 80), "{table}");
    assert!(table.contains("↳ amends 1"), "{table}");
    let csv = env.ok(&["proposal", "list", "--format", "csv"]);
    assert!(
        csv.starts_with("id,meeting,amends,kind,status,by,signers,title\n"),
        "{csv}"
    );
    assert!(csv.contains("renovation of the clubhouse kitchen"), "{csv}");

    // Every write is journaled, and no summary carries a title or a reason.
    let journal = env.json(&["journal", "list"]);
    let actions: Vec<&str> = journal
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|e| e["action"].as_str().filter(|a| a.starts_with("proposal.")))
        .collect();
    for a in [
        "proposal.add",
        "proposal.amend",
        "proposal.link",
        "proposal.exclude",
        "proposal.edit",
        "proposal.withdraw",
    ] {
        assert!(actions.contains(&a), "{a} not journaled: {actions:?}");
    }
    for e in journal.as_array().unwrap() {
        let s = e["summary"].as_str().unwrap();
        assert!(!s.contains("Budget") && !s.contains("own contract"), "{s}");
    }
    env.ok(&["journal", "verify"]);
}

#[test]
fn example_2_step_1_the_checks_before_a_statute_amendment() {
    let env = registry();
    env.ok(&[
        "proposal",
        "new",
        "--title",
        "Statute amendment",
        "--kind",
        "statutes",
        "--by-board",
        "--meeting",
        "1",
        "--text",
        "Article 12 reads: …",
    ]);
    let checks = |env: &TestEnv| -> Vec<String> {
        env.json(&["proposal", "show", "1"])["checks"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c.as_str().unwrap().to_string())
            .collect()
    };
    let before = checks(&env);
    assert_eq!(before.len(), 2, "{before:?}");
    let table = env.ok(&["proposal", "show", "1"]);
    assert!(table.lines().all(|l| l.chars().count() <= 80), "{table}");
    assert_eq!(
        table.lines().filter(|l| l.starts_with(" check ")).count(),
        2,
        "{table}"
    );
    assert!(before[0].contains("has not been convened"), "{before:?}");
    assert!(before[1].contains("--text-open-from"), "{before:?}");

    // Convened on 2026-03-01 for 2026-03-20: 18 days of notice (14 needed); the text lies open
    // from 2026-03-16, four days before: one day short.
    // The proposal is not on the agenda yet (that is one of the checks), so the convocation
    // goes out at the meeting's risk.
    env.ok(&["meeting", "convene", "1", "--sent", "2026-03-01", "--force"]);
    env.ok(&["proposal", "edit", "1", "--text-open-from", "16-03-2026"]);
    let short = checks(&env);
    assert_eq!(short.len(), 1, "{short:?}");
    assert!(short[0].contains("fewer than 5 days"), "{short:?}");
    env.ok(&["proposal", "edit", "1", "--text-open-from", "2026-03-15"]);
    assert_eq!(checks(&env), Vec::<String>::new());

    // An amendment is judged by the proposal it amends, which was announced and laid open.
    env.ok(&[
        "proposal",
        "amend",
        "1",
        "--title",
        "Two thirds",
        "--text",
        "…",
        "--by",
        "1",
    ]);
    let amendment = env.json(&["proposal", "show", "2"]);
    assert_eq!(amendment["kind"], "statutes");
    assert_eq!(
        amendment["checks"],
        env.json(&["proposal", "show", "1"])["checks"]
    );

    // What the convocation announced stays: the kind of an item sent as a statute amendment
    // cannot become an ordinary matter.
    let before = env.dump();
    let err = env.fails(&["proposal", "edit", "1", "--kind", "budget"], 1);
    assert!(
        err.contains(
            "--kind: proposal 1 was in the convocation as item 1 deciding statute_amendment"
        ),
        "{err}"
    );
    assert_eq!(env.dump(), before);

    // (Last, because the journal never runs backwards: this edit is a day later.)
    // A new text after the convocation went out is allowed (BW 2:42 asks for the text to lie
    // open, not to go out with the convocation): on 2026-03-02 it still lies open 17 days.
    env.quorum()
        .args([
            "proposal",
            "edit",
            "1",
            "--text",
            "Article 12 reads, now: …",
        ])
        .env("QUORUM_NOW", "2026-03-02T09:00:00Z")
        .assert()
        .success();
    assert_eq!(checks(&env), Vec::<String>::new());
    // Changed on 2026-03-16, the text as it now reads lies open four days: one day short.
    env.quorum()
        .args([
            "proposal",
            "edit",
            "1",
            "--text",
            "Article 12 reads, at last: …",
        ])
        .env("QUORUM_NOW", "2026-03-16T09:00:00Z")
        .assert()
        .success();
    let late = checks(&env);
    assert_eq!(late.len(), 1, "{late:?}");
    assert!(
        late[0].contains("lies open from 2026-03-16, fewer than 5 days"),
        "{late:?}"
    );
}

#[test]
fn a_new_kind_before_the_convocation_moves_the_item_and_the_amendments_along() {
    let env = registry();
    env.ok(&[
        "proposal",
        "new",
        "--title",
        "Rules",
        "--kind",
        "ordinary",
        "--by-board",
        "--meeting",
        "1",
    ]);
    env.ok(&["proposal", "amend", "1", "--title", "Other rules"]);
    env.ok(&["proposal", "edit", "1", "--kind", "statutes"]);
    assert_eq!(
        env.json(&["meeting", "agenda", "1", "list"])[0]["decides"],
        "statute_amendment"
    );
    assert_eq!(env.json(&["proposal", "show", "2"])["kind"], "statutes");
    let err = env.fails(&["proposal", "edit", "2", "--kind", "other"], 1);
    assert!(
        err.contains("amends proposal 1 and has its kind (statutes)"),
        "{err}"
    );
}

#[test]
fn refusals_name_the_problem_and_change_nothing() {
    let env = registry();
    env.ok(&[
        "proposal",
        "new",
        "--title",
        "Budget",
        "--kind",
        "budget",
        "--by-board",
    ]);
    env.ok(&[
        "proposal", "new", "--title", "Gone", "--kind", "other", "--by", "1",
    ]);
    env.ok(&["proposal", "withdraw", "2"]);

    refused(
        &env,
        &["proposal", "show", "9"],
        1,
        "no proposal 9; `quorum proposal list`",
    );
    refused(
        &env,
        &["proposal", "edit", "9", "--title", "x"],
        1,
        "no proposal 9",
    );
    refused(&env, &["proposal", "withdraw", "9"], 1, "no proposal 9");
    refused(&env, &["proposal", "exclude", "9", "1"], 1, "no proposal 9");
    refused(
        &env,
        &["proposal", "amend", "9", "--title", "x"],
        1,
        "no proposal 9",
    );
    refused(
        &env,
        &["proposal", "amend", "2", "--title", "x"],
        1,
        "proposal 2 was withdrawn",
    );
    refused(
        &env,
        &["proposal", "edit", "2", "--title", "x"],
        1,
        "proposal 2 was withdrawn; it cannot be edited",
    );
    refused(&env, &["proposal", "withdraw", "2"], 1, "was withdrawn");
    refused(
        &env,
        &[
            "proposal", "exclude", "1", "2", "99", "--reason", "x", "--force",
        ],
        1,
        "no member with number 99",
    );
    refused(
        &env,
        &[
            "proposal", "new", "--title", "x", "--kind", "budget", "--by", "1", "99",
        ],
        1,
        "no member with number 99",
    );
    refused(
        &env,
        &[
            "proposal", "new", "--title", "x", "--kind", "budget", "--by", "5",
        ],
        1,
        "member 5 cannot bring or sign a proposal: not a member on 2026-03-01",
    );
    refused(
        &env,
        &["proposal", "new", "--title", "x", "--kind", "budget"],
        2,
        "missing --by N… or --by-board",
    );
    refused(
        &env,
        &["proposal", "new", "--title", "x", "--by-board"],
        2,
        "missing --kind",
    );
    refused(
        &env,
        &[
            "proposal",
            "new",
            "--title",
            "x",
            "--kind",
            "statute",
            "--by-board",
        ],
        2,
        "'statute' is not a kind of proposal",
    );
    refused(
        &env,
        &[
            "proposal",
            "new",
            "--title",
            "x",
            "--kind",
            "budget",
            "--by-board",
            "--text",
            "a",
            "--text-file",
            "f.txt",
        ],
        2,
        "cannot be used with",
    );
    refused(
        &env,
        &[
            "proposal",
            "new",
            "--title",
            "x",
            "--kind",
            "budget",
            "--by-board",
            "--text-file",
            "missing.txt",
        ],
        1,
        "cannot read the text file missing.txt",
    );
    refused(
        &env,
        &[
            "proposal",
            "new",
            "--title",
            " ",
            "--kind",
            "budget",
            "--by-board",
        ],
        1,
        "--title: the title is empty",
    );
    refused(
        &env,
        &[
            "proposal",
            "new",
            "--title",
            "x",
            "--kind",
            "budget",
            "--by-board",
            "--meeting",
            "7",
        ],
        1,
        "no meeting 7",
    );
    refused(&env, &["proposal", "edit", "1"], 2, "nothing to change");
    refused(
        &env,
        &["meeting", "agenda", "1", "add", "--proposal", "2"],
        1,
        "proposal 2 was withdrawn",
    );
    env.ok(&["meeting", "agenda", "1", "add", "--proposal", "1"]);
    refused(
        &env,
        &["meeting", "agenda", "1", "add", "--proposal", "1"],
        1,
        "proposal 1 is item 1 of the agenda of meeting 1 already",
    );
    env.ok(&["proposal", "amend", "1", "--title", "More"]);
    refused(
        &env,
        &["proposal", "amend", "3", "--title", "x"],
        1,
        "amend proposal 1 instead",
    );
    refused(
        &env,
        &["meeting", "agenda", "1", "add", "--proposal", "3"],
        1,
        "it is voted with it and needs no agenda item",
    );
}

#[test]
fn withdrawing_a_proposal_withdraws_its_draft_amendments() {
    let env = registry();
    env.ok(&[
        "proposal",
        "new",
        "--title",
        "Budget",
        "--kind",
        "budget",
        "--by-board",
    ]);
    env.ok(&["proposal", "amend", "1", "--title", "More", "--by", "1"]);
    env.ok(&["proposal", "amend", "1", "--title", "Less", "--by", "2"]);
    env.ok(&["proposal", "withdraw", "3"]);
    let out = env
        .quorum()
        .args(["proposal", "withdraw", "1"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let err = String::from_utf8_lossy(&out.stdout);
    assert!(err.contains("proposal 2, an amendment of it"), "{err}");
    assert!(!err.contains("proposal 3, an amendment"), "{err}");
    let list = env.json(&["proposal", "list"]);
    let statuses: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["status"].as_str().unwrap())
        .collect();
    assert_eq!(statuses, vec!["withdrawn"; 3]);
}

#[test]
fn a_database_of_the_first_release_upgrades_and_takes_proposals() {
    let env = TestEnv::empty();
    let fixture =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/upgrade/v1.db");
    std::fs::copy(&fixture, env.db()).expect("copy the v1 fixture");
    env.ok(&[
        "meeting",
        "new",
        "--title",
        "ALV",
        "--date",
        "2026-04-20T20:00",
    ]);
    let p = env.json(&[
        "proposal",
        "new",
        "--title",
        "Budget",
        "--kind",
        "budget",
        "--by",
        "1",
        "2",
        "--meeting",
        "1",
    ]);
    assert_eq!(p["changed"]["id"], 1);
    assert_eq!(p["changed"]["agenda_item"], 1);
    // Member 5 left and was erased before the upgrade: a former member signs nothing.
    let err = env.fails(
        &[
            "proposal", "new", "--title", "x", "--kind", "other", "--by", "5",
        ],
        1,
    );
    assert!(
        err.contains("member 5 cannot bring or sign a proposal"),
        "{err}"
    );
    env.ok(&["journal", "verify"]);
}

#[test]
fn removing_the_agenda_item_takes_the_proposal_off_the_meeting() {
    let env = registry();
    env.ok(&[
        "proposal",
        "new",
        "--title",
        "Budget",
        "--kind",
        "budget",
        "--by-board",
        "--meeting",
        "1",
    ]);
    env.ok(&["proposal", "amend", "1", "--title", "More"]);
    env.ok(&["meeting", "agenda", "1", "remove", "1"]);
    let list = env.json(&["proposal", "list"]);
    assert!(
        list[0]["meeting"].is_null() && list[1]["meeting"].is_null(),
        "{list}"
    );
    assert!(env.json(&["proposal", "show", "1"])["agenda_item"].is_null());
    // And it can be put on the agenda again, with its amendment.
    env.ok(&[
        "meeting",
        "agenda",
        "1",
        "add",
        "--proposal",
        "1",
        "--position",
        "1",
    ]);
    assert_eq!(env.json(&["proposal", "show", "2"])["meeting"], 1);
    assert_eq!(
        env.json(&["proposal", "list", "--meeting", "1"])
            .as_array()
            .unwrap()
            .len(),
        2
    );
}

/// A proposal to dismiss or suspend a board member names a sitting board member; its vote is
/// decided by `board_dismissal_majority` (two thirds here: 6 of 10 is not enough, 7 is).
#[test]
fn a_board_dismissal_names_a_board_member_and_needs_the_dismissal_majority() {
    let env = registry();
    env.ok(&[
        "board",
        "add",
        "1",
        "--role",
        "voorzitter",
        "--since",
        "2025-01-01",
        "--before-quorum",
    ]);
    let new = |kind: &str, member: Option<&str>| {
        let mut a = vec![
            "proposal",
            "new",
            "--title",
            "Ontslag",
            "--kind",
            kind,
            "--by-board",
        ];
        if let Some(m) = member {
            a.extend(["--member", m]);
        }
        a.into_iter().map(String::from).collect::<Vec<_>>()
    };
    for (args, code, says) in [
        (new("board-dismissal", None), 1, "names the board member"),
        (
            new("board-suspension", Some("2")),
            1,
            "member 2 has no seat on the board",
        ),
        (new("ordinary", Some("1")), 1, "is about no board member"),
    ] {
        let a: Vec<&str> = args.iter().map(String::as_str).collect();
        refused(&env, &a, code, says);
    }
    env.ok(&["rules", "set", "board_dismissal_majority", "2/3"]);
    let p = env.json(&[
        "proposal",
        "new",
        "--title",
        "Ontslag van de voorzitter",
        "--kind",
        "board-dismissal",
        "--member",
        "1",
        "--by-board",
        "--meeting",
        "1",
        "--text",
        "Lid 1 wordt ontslagen.",
    ])["changed"]
        .clone();
    assert_eq!(p["kind"], "board-dismissal");
    assert_eq!(p["member"], 1);
    env.ready_to_convene("1");
    env.ok(&["meeting", "convene", "1", "--sent", "2026-03-01", "--quiet"]);
    env.ok(&["meeting", "open", "1", "--at", "2026-03-20T20:00"]);
    env.ok(&["meeting", "checkin", "1", "1", "2", "3", "4"]);
    let v = env.json(&["vote", "open", "1", "--method", "hands"])["changed"]["id"].to_string();
    env.ok(&["vote", "count", &v, "--for", "2", "--against", "1"]);
    let c = env.json(&["vote", "close", &v])["changed"].clone();
    // 3 × 2 = 6 ≥ 2 × 3 = 6: exactly two thirds adopts.
    assert_eq!(c["result"], "adopted", "{c}");
    assert_eq!(c["question"], "board_dismissal", "{c}");
    assert!(
        c["explanation"]
            .as_str()
            .unwrap()
            .contains("board_dismissal_majority"),
        "{c}"
    );
}
