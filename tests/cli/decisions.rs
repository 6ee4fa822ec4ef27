//! The decision register through the binary: decisions numbered per meeting across two meetings
//! with stable codes, an election result and a written resolution in the register, a statute
//! amendment from awaiting the deed to in force, a challenged vote's decision superseded, the
//! filters, and every refusal of `decisions set` (exit code, message, database unchanged).

use serde_json::Value;

use crate::common::TestEnv;

/// Members 1..=n (regular, joined 2020).
fn registry(n: u32) -> TestEnv {
    let env = TestEnv::new();
    let mut csv = String::from("member_no,given_name,family_name,joined_on,category\n");
    for i in 1..=n {
        csv.push_str(&format!("{i},Lid,Nummer{i},2020-01-01,regular\n"));
    }
    std::fs::write(env.path("leden.csv"), csv).unwrap();
    env.ok(&["member", "import", "leden.csv"]);
    env
}

/// A meeting on `date` with board proposals `(title, kind)`, opened with members 1..=present
/// checked in. Returns the meeting's number and the proposals' numbers.
fn meeting(
    env: &TestEnv,
    date: &str,
    proposals: &[(&str, &str)],
    present: u32,
) -> (String, Vec<String>) {
    let m = env.json(&[
        "meeting",
        "new",
        "--title",
        "ALV",
        "--date",
        date,
        "--kind",
        "extraordinary",
    ])["changed"]
        .clone()["id"]
        .to_string();
    let ps = proposals
        .iter()
        .map(|(title, kind)| {
            env.json(&[
                "proposal",
                "new",
                "--title",
                title,
                "--kind",
                kind,
                "--by-board",
                "--meeting",
                &m,
                "--text",
                "De tekst van het voorstel.",
            ])["changed"]["id"]
                .to_string()
        })
        .collect();
    env.ready_to_convene(&m);
    env.ok(&["meeting", "convene", &m, "--sent", "2026-01-01", "--quiet"]);
    env.ok(&["meeting", "open", &m, "--at", date]);
    let input: String = (1..=present).map(|n| format!("{n}\n")).collect();
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
    (m, ps)
}

/// Opens a show of hands on `proposal` (forced past BW 2:42 where needed), counts and closes it;
/// returns the vote's number.
fn hands(env: &TestEnv, proposal: &str, votes_for: u32, against: u32) -> String {
    let v = env.json(&["vote", "open", proposal, "--method", "hands", "--force"])["changed"]["id"]
        .to_string();
    env.ok(&[
        "vote",
        "count",
        &v,
        "--for",
        &votes_for.to_string(),
        "--against",
        &against.to_string(),
    ]);
    env.ok(&["vote", "close", &v]);
    v
}

fn refused(env: &TestEnv, args: &[&str], code: i32, says: &str) {
    let before = env.dump();
    let err = env.fails(args, code);
    assert!(err.contains(says), "{args:?}: expected '{says}' in:\n{err}");
    assert_eq!(env.dump(), before, "{args:?} changed the database");
}

fn field<'a>(rows: &'a Value, key: &str) -> Vec<&'a str> {
    rows.as_array()
        .unwrap()
        .iter()
        .map(|r| r[key].as_str().unwrap_or(""))
        .collect()
}

/// Two meetings: the first takes a budget (adopted), a proposal (rejected) and a statute
/// amendment (adopted, awaiting its deed); the second one proposal. Returns the env.
fn two_meetings() -> TestEnv {
    let env = registry(6);
    let (m1, p) = meeting(
        &env,
        "2026-03-20T19:30",
        &[
            ("Begroting 2026", "budget"),
            ("Nieuw clubhuis", "ordinary"),
            ("Statutenwijziging artikel 12", "statutes"),
        ],
        6,
    );
    hands(&env, &p[0], 5, 1);
    hands(&env, &p[1], 2, 4);
    hands(&env, &p[2], 6, 0);
    env.ok(&["meeting", "close", &m1, "--at", "2026-03-20T22:00"]);
    let (_, p) = meeting(
        &env,
        "2026-09-15T20:00",
        &[("Contributie 2027", "ordinary")],
        5,
    );
    hands(&env, &p[0], 4, 1);
    env
}

#[test]
fn the_register_numbers_decisions_per_meeting_with_stable_codes() {
    let env = two_meetings();
    let all = env.json(&["decisions"]);
    assert_eq!(
        field(&all, "code"),
        vec![
            "ALV-2026-03-20/1",
            "ALV-2026-03-20/2",
            "ALV-2026-03-20/3",
            "ALV-2026-09-15/1"
        ]
    );
    assert_eq!(
        field(&all, "status"),
        vec!["adopted", "rejected", "awaiting-deed", "adopted"]
    );
    assert_eq!(
        field(&all, "outcome"),
        vec!["adopted", "rejected", "adopted", "adopted"]
    );
    let first = &all[0];
    let keys: Vec<&str> = first
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(
        keys,
        vec![
            "id",
            "code",
            "meeting",
            "date",
            "kind",
            "title",
            "outcome",
            "status",
            "status_date",
            "standing",
            "ground_codes",
            "vote",
            "election",
            "resolution"
        ]
    );
    assert_eq!(
        (
            first["meeting"].as_i64(),
            first["vote"].as_i64(),
            first["date"].as_str()
        ),
        (Some(1), Some(1), Some("2026-03-20"))
    );
    assert_eq!(first["kind"], "proposal");

    // The table fits 80 columns.
    let table = env.ok(&["decisions"]);
    for line in table.lines() {
        assert!(line.chars().count() <= 80, "{line}");
    }
    assert!(table.contains("ALV-2026-09-15/1"), "{table}");

    // The codes are stored: an English association numbers new meetings GM-…, the old stay.
    env.ok(&["association", "edit", "--lang", "en"]);
    let (_, p) = meeting(&env, "2026-11-02T20:00", &[("Budget 2027", "budget")], 5);
    hands(&env, &p[0], 5, 0);
    let all = env.json(&["decisions"]);
    assert_eq!(field(&all, "code")[0], "ALV-2026-03-20/1");
    assert_eq!(field(&all, "code")[4], "GM-2026-11-02/1");

    // show by code or by number, with its grounds.
    let by_code = env.json(&["decisions", "show", "ALV-2026-03-20/2"]);
    let by_number = env.json(&["decision", "show", "2"]);
    assert_eq!(by_code, by_number);
    assert_eq!(by_code["title"], "Nieuw clubhuis");
    assert!(
        by_code["figures"]
            .as_str()
            .unwrap()
            .starts_with("2 for, 4 against"),
        "{by_code}"
    );
    assert!(by_code["rules_from"].is_string() && by_code["rules_digest"].is_string());
    assert!(
        by_code["explanation"]
            .as_str()
            .unwrap()
            .starts_with("Verworpen")
    );
    // The statute amendment was opened past BW 2:42 with --force, but all six members were
    // present and voted for it: BW 2:42 lid 3 excuses the formalities.
    let d3 = env.json(&["decisions", "show", "3"]);
    assert_eq!(d3["standing"], "valid");
    assert_eq!(d3["grounds"][0]["code"], "unanimous-all-present");
}

#[test]
fn the_filters_select_by_status_day_text_and_meeting() {
    let env = two_meetings();
    let codes = |args: &[&str]| {
        let mut a = vec!["decisions"];
        a.extend(args);
        field(&env.json(&a), "code")
            .iter()
            .map(|s| s.to_string())
            .collect::<Vec<_>>()
    };
    assert_eq!(
        codes(&["--status", "awaiting-deed"]),
        vec!["ALV-2026-03-20/3"]
    );
    assert_eq!(codes(&["--status", "rejected"]), vec!["ALV-2026-03-20/2"]);
    assert_eq!(codes(&["--since", "01-06-2026"]), vec!["ALV-2026-09-15/1"]);
    assert_eq!(codes(&["--since", "2026-03-20"]).len(), 4);
    assert_eq!(codes(&["--search", "STATUTEN"]), vec!["ALV-2026-03-20/3"]);
    assert_eq!(codes(&["--search", "09-15"]), vec!["ALV-2026-09-15/1"]);
    assert_eq!(codes(&["--search", "100%"]), Vec::<String>::new());
    assert_eq!(codes(&["--meeting", "2"]), vec!["ALV-2026-09-15/1"]);
    assert_eq!(
        codes(&["--meeting", "1", "--status", "adopted"]),
        vec!["ALV-2026-03-20/1"]
    );
    let csv = env.ok(&["decisions", "--status", "rejected", "--format", "csv"]);
    assert!(
        csv.starts_with(
            "id,code,meeting,date,kind,title,outcome,status,status_date,standing,ground_codes,vote,election,resolution\n"
        ),
        "{csv}"
    );
    let err = env.fails(&["decisions", "--status", "pending"], 2);
    assert!(err.contains("'pending' is not a decision status"), "{err}");
    env.fails(&["decisions", "--since", "31-02-2026"], 2);
}

#[test]
fn a_statute_amendment_comes_into_force_at_the_deed() {
    let env = two_meetings();
    let out = env.json(&[
        "decisions",
        "set",
        "ALV-2026-03-20/3",
        "--status",
        "in-force",
        "--date",
        "12-05-2026",
        "--note",
        "akte notaris De Vries",
    ]);
    assert_eq!(out["command"], "decisions set");
    assert!(out["journal_head"].is_string());
    let d = &out["changed"];
    assert_eq!(
        (
            d["code"].as_str(),
            d["status"].as_str(),
            d["status_date"].as_str()
        ),
        (
            Some("ALV-2026-03-20/3"),
            Some("in-force"),
            Some("2026-05-12")
        )
    );
    assert_eq!(d["outcome"], "adopted");
    let journal = env.json(&["journal", "list"]);
    let last = journal.as_array().unwrap().last().unwrap().clone();
    assert_eq!(last["action"], "decision.status");
    assert!(
        last["summary"]
            .as_str()
            .unwrap()
            .contains("ALV-2026-03-20/3 is in-force from 2026-05-12"),
        "{last}"
    );
    env.ok(&["journal", "verify"]);
    // The history keeps both statuses, with who and why.
    let show = env.ok(&["decisions", "show", "3"]);
    assert!(
        show.contains("awaiting-deed") && show.contains("akte notaris De Vries"),
        "{show}"
    );
    assert!(show.contains("BW 2:43"), "{show}");
    // The same history in JSON, oldest first.
    let shown = env.json(&["decisions", "show", "3"]);
    let statuses: Vec<&str> = shown["history"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["status"].as_str().unwrap())
        .collect();
    assert_eq!(statuses, ["awaiting-deed", "in-force"], "{shown}");
    assert_eq!(shown["history"][1]["note"], "akte notaris De Vries");
    // Once in force it can be superseded by a later decision, named by its code.
    let out = env.json(&[
        "decisions",
        "set",
        "3",
        "--status",
        "superseded",
        "--date",
        "2026-09-15",
        "--by",
        "ALV-2026-09-15/1",
    ]);
    assert_eq!(out["changed"]["superseded_by"], "ALV-2026-09-15/1");
    assert_eq!(
        field(&env.json(&["decisions", "--status", "superseded"]), "code"),
        vec!["ALV-2026-03-20/3"]
    );
}

#[test]
fn decisions_set_refuses_what_makes_no_sense_and_changes_nothing() {
    let env = two_meetings();
    refused(
        &env,
        &[
            "decisions",
            "set",
            "ALV-2030-01-01/1",
            "--status",
            "in-force",
            "--date",
            "2026-05-01",
        ],
        1,
        "no decision ALV-2030-01-01/1",
    );
    refused(
        &env,
        &[
            "decisions",
            "set",
            "99",
            "--status",
            "in-force",
            "--date",
            "2026-05-01",
        ],
        1,
        "no decision 99",
    );
    refused(
        &env,
        &[
            "decisions",
            "set",
            "ALV-2026-03-20/2",
            "--status",
            "in-force",
            "--date",
            "2026-05-01",
        ],
        1,
        "a rejected decision cannot become in-force",
    );
    refused(
        &env,
        &[
            "decisions",
            "set",
            "1",
            "--status",
            "in-force",
            "--date",
            "2026-05-01",
        ],
        1,
        "needs no notarial deed",
    );
    refused(
        &env,
        &[
            "decisions",
            "set",
            "3",
            "--status",
            "in-force",
            "--date",
            "2026-03-19",
        ],
        1,
        "before the decision was taken (2026-03-20)",
    );
    refused(
        &env,
        &[
            "decisions",
            "set",
            "3",
            "--status",
            "in-force",
            "--date",
            "31-02-2026",
        ],
        2,
        // The old name is an alias: the error names the flag by its name now.
        "--on <DATE>",
    );
    refused(
        &env,
        &[
            "decisions",
            "set",
            "3",
            "--status",
            "adopted",
            "--date",
            "2026-05-01",
        ],
        1,
        "cannot go from awaiting-deed to adopted",
    );
    refused(
        &env,
        &[
            "decisions",
            "set",
            "4",
            "--status",
            "superseded",
            "--date",
            "2026-09-15",
            "--by",
            "1",
        ],
        1,
        "before ALV-2026-09-15/1",
    );
    refused(
        &env,
        &[
            "decisions",
            "set",
            "1",
            "--status",
            "superseded",
            "--date",
            "2026-09-15",
            "--by",
            "2",
        ],
        1,
        "was rejected",
    );
    refused(
        &env,
        &[
            "decisions",
            "set",
            "3",
            "--status",
            "in-force",
            "--date",
            "2026-05-01",
            "--by",
            "4",
        ],
        1,
        "--by",
    );
    env.ok(&[
        "decisions",
        "set",
        "3",
        "--status",
        "in-force",
        "--date",
        "2026-05-01",
    ]);
    refused(
        &env,
        &[
            "decisions",
            "set",
            "3",
            "--status",
            "in-force",
            "--date",
            "2026-05-02",
        ],
        1,
        "the decision is in-force already",
    );
}

#[test]
fn a_challenged_vote_s_decision_is_superseded_by_the_new_vote_s() {
    let env = registry(10);
    let (_, p) = meeting(
        &env,
        "2026-03-20T19:30",
        &[("Nieuw clubhuis", "ordinary")],
        9,
    );
    env.ok(&["vote", "open", &p[0], "--method", "hands"]);
    env.ok(&["vote", "count", "1", "--for", "5", "--against", "4"]);
    env.ok(&["vote", "close", "1", "--declare", "adopted"]);
    assert_eq!(env.json(&["decisions", "show", "1"])["status"], "adopted");
    env.ok(&["vote", "challenge", "1", "--by", "4"]);
    // The first decision lapses at once (BW 2:13 lid 4); nothing new until the new vote closes.
    let all = env.json(&["decisions"]);
    assert_eq!(field(&all, "status"), vec!["superseded"]);
    for n in 1..=4 {
        env.ok(&["vote", "cast", "2", &n.to_string(), "for"]);
    }
    for n in 5..=9 {
        env.ok(&["vote", "cast", "2", &n.to_string(), "against"]);
    }
    env.ok(&["vote", "close", "2", "--declare", "rejected"]);
    let all = env.json(&["decisions"]);
    assert_eq!(
        field(&all, "code"),
        vec!["ALV-2026-03-20/1", "ALV-2026-03-20/2"]
    );
    assert_eq!(field(&all, "status"), vec!["superseded", "rejected"]);
    let first = env.json(&["decisions", "show", "ALV-2026-03-20/1"]);
    assert_eq!(first["superseded_by"], "ALV-2026-03-20/2");
    let history = env.ok(&["decisions", "show", "1"]);
    assert!(history.contains("challenged at once"), "{history}");
    let second = env.json(&["decisions", "show", "2"]);
    assert_eq!(
        (second["vote"].as_i64(), second["outcome"].as_str()),
        (Some(2), Some("rejected"))
    );
    env.ok(&["journal", "verify"]);
}

#[test]
fn a_vote_without_a_decision_records_none() {
    let env = registry(6);
    env.ok(&["rules", "set", "tie_matters", "postpone_then_reject"]);
    let (_, p) = meeting(
        &env,
        "2026-03-20T19:30",
        &[("Nieuw clubhuis", "ordinary")],
        6,
    );
    // A tie is postponed (B6): no decision yet.
    hands(&env, &p[0], 3, 3);
    assert_eq!(env.json(&["decisions"]), serde_json::json!([]));
    let err = env.fails(&["decisions", "show", "1"], 1);
    assert!(err.contains("no decision 1"), "{err}");
}

#[test]
fn an_election_result_and_a_written_resolution_are_decisions_too() {
    let env = registry(3);
    let (m, p) = meeting(&env, "2026-03-20T19:30", &[("Begroting 2026", "budget")], 3);
    let e = env.json(&[
        "election",
        "new",
        "--meeting",
        &m,
        "--title",
        "Bestuur 2026",
        "--seed",
        "7",
    ])["changed"]["id"]
        .to_string();
    for n in ["1", "2"] {
        env.ok(&["election", "candidate", &e, "add", "--member", n]);
    }
    let names: Vec<String> = (1..=2).map(|n| format!("Lid Nummer{n}")).collect();
    let csv = format!(
        "# candidates: {}\n{}\n{}\n{}\n",
        names.join(", "),
        names[0],
        names[0],
        names[1]
    );
    std::fs::write(env.path("r1.csv"), csv).unwrap();
    env.ok(&["election", "ballot", &e, "--file", "r1.csv"]);
    env.ok(&["election", "count", &e]);
    hands(&env, &p[0], 3, 0);
    let all = env.json(&["decisions"]);
    assert_eq!(
        field(&all, "code"),
        vec!["ALV-2026-03-20/1", "ALV-2026-03-20/2"]
    );
    assert_eq!(field(&all, "kind"), vec!["election", "proposal"]);
    assert_eq!(field(&all, "outcome"), vec!["elected", "adopted"]);
    assert_eq!(all[0]["election"].as_i64(), Some(1));
    let show = env.json(&["decisions", "show", "ALV-2026-03-20/1"]);
    assert_eq!(show["elected"], serde_json::json!(["Lid Nummer1"]));
    assert_eq!(show["title"], "Bestuur 2026");

    // A written resolution (BW 2:40), adopted by all three: SB-<day>/1, no meeting.
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
    env.ok(&["resolution", "new", "2", "--board-informed", "20-02-2026"]);
    env.ok(&[
        "resolution",
        "sign",
        "1",
        "1",
        "2",
        "3",
        "--date",
        "25-02-2026",
    ]);
    let all = env.json(&["decisions", "--search", "Contributie"]);
    assert_eq!(field(&all, "kind"), vec!["resolution"]);
    assert!(all[0]["meeting"].is_null());
    assert_eq!(all[0]["resolution"].as_i64(), Some(1));
    let code = all[0]["code"].as_str().unwrap();
    // Taken on the day of the last signature, not the day it was entered.
    assert_eq!(code, "SB-2026-02-25/1");
}

#[test]
fn two_meetings_on_one_day_keep_their_codes_apart() {
    let env = registry(4);
    let (m1, p) = meeting(&env, "2026-03-20T19:00", &[("Eerste", "ordinary")], 4);
    hands(&env, &p[0], 4, 0);
    env.ok(&["meeting", "close", &m1, "--at", "2026-03-20T19:45"]);
    let (_, p) = meeting(&env, "2026-03-20T20:00", &[("Tweede", "ordinary")], 4);
    hands(&env, &p[0], 4, 0);
    assert_eq!(
        field(&env.json(&["decisions"]), "code"),
        vec!["ALV-2026-03-20/1", "ALV-2026-03-20-2/1"]
    );
}

/// BW 2:42 lid 3: the statute-amendment procedure (notice, the text lying open) is not needed
/// when every member is present or represented and the decision is unanimous. Four members: all
/// four present and for, the amendment voted past the formalities is valid with that ground;
/// three of four present and for, it is voidable.
#[test]
fn every_member_present_and_unanimous_makes_an_amendment_without_formalities_valid() {
    let env = registry(4);
    let (m, p) = meeting(
        &env,
        "2026-03-20T19:30",
        &[("Statutenwijziging artikel 3", "statutes")],
        4,
    );
    // The text was never laid open: the vote opens only with --force.
    refused(
        &env,
        &["vote", "open", &p[0], "--method", "hands"],
        1,
        "BW 2:42 lid 3",
    );
    hands(&env, &p[0], 4, 0);
    let d = env.json(&["decisions", "show", "ALV-2026-03-20/1"]);
    assert_eq!(d["standing"], "valid", "{d}");
    assert_eq!(d["grounds"][0]["code"], "unanimous-all-present", "{d}");
    assert_eq!(
        d["grounds"][0]["explanation"],
        "alle leden aanwezig of vertegenwoordigd en unaniem (BW 2:42 lid 3)"
    );
    let list = env.json(&["decisions"]);
    assert_eq!(list[0]["standing"], "valid");
    // The vote was forced, but the decision is valid: `todo` does not ask to confirm it.
    let todo = env.json(&["todo", "--on", "2026-03-21"]);
    assert!(
        !todo
            .as_array()
            .unwrap()
            .iter()
            .any(|d| d["kind"] == "voidable"),
        "{todo}"
    );
    env.ok(&["meeting", "close", &m, "--at", "2026-03-20T22:00"]);
    let minutes = env.ok(&["minutes", "draft", &m]);
    assert!(
        minutes.contains("Besluit ALV-2026-03-20/1 is geldig zonder de vormvoorschriften van een statutenwijziging: alle leden aanwezig of vertegenwoordigd en unaniem (BW 2:42 lid 3)."),
        "{minutes}"
    );

    let env = registry(4);
    let (_, p) = meeting(
        &env,
        "2026-03-20T19:30",
        &[("Statutenwijziging artikel 3", "statutes")],
        3,
    );
    hands(&env, &p[0], 3, 0);
    let d = env.json(&["decisions", "show", "ALV-2026-03-20/1"]);
    assert_eq!(d["standing"], "voidable", "{d}");
    assert_eq!(d["grounds"][0]["code"], "statute-formalities", "{d}");
}
