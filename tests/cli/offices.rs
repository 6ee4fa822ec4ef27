//! Offices through the binary (issue 30): a board with terms and its retirement schedule, the
//! changes to report to the Handelsregister, the audit committee refused with a board member,
//! the accounts vote warning without the committee's report, guests in the attendance list and
//! the minutes, and `todo` on three dates of a year.

use serde_json::Value;

use crate::common::TestEnv;

/// Members 1..=6 joined 2020; member 6 left at the end of 2025.
fn registry() -> TestEnv {
    let env = TestEnv::new();
    let mut csv = String::from("member_no,given_name,family_name,joined_on\n");
    for (i, name) in ["Bakker", "de Vries", "Jansen", "Smit", "Visser", "Mulder"]
        .iter()
        .enumerate()
    {
        csv.push_str(&format!("{},Lid,{name},2020-01-01\n", i + 1));
    }
    std::fs::write(env.path("leden.csv"), csv).unwrap();
    env.ok(&["member", "import", "leden.csv"]);
    env.ok(&["member", "leave", "6", "--date", "2025-12-31"]);
    env
}

fn refused(env: &TestEnv, args: &[&str], code: i32, says: &str) {
    let before = env.dump();
    let err = env.fails(args, code);
    assert!(err.contains(says), "{args:?}: expected '{says}' in:\n{err}");
    assert_eq!(env.dump(), before, "{args:?} changed the database");
}

/// The board as it sat when the association started with quorum.
fn seat_history(env: &TestEnv) {
    for (n, role, since) in [
        ("1", "voorzitter", "2024-05-20"),
        ("2", "secretaris", "19-05-2025"),
        ("3", "penningmeester", "2025-05-19"),
    ] {
        env.ok(&[
            "board",
            "add",
            n,
            "--role",
            role,
            "--since",
            since,
            "--before-quorum",
        ]);
    }
}

fn kinds(todo: &Value) -> Vec<String> {
    todo.as_array()
        .unwrap()
        .iter()
        .map(|d| {
            format!(
                "{} {}",
                d["kind"].as_str().unwrap(),
                d["status"].as_str().unwrap()
            )
        })
        .collect()
}

#[test]
fn a_board_with_terms_a_schedule_and_changes_to_report() {
    let env = registry();
    seat_history(&env);
    let board = env.json(&["board", "--on", "2026-03-01"]);
    let rows: Vec<(i64, &str, &str)> = board
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            (
                s["member"].as_i64().unwrap(),
                s["role"].as_str().unwrap(),
                s["term_end"].as_str().unwrap(),
            )
        })
        .collect();
    // Three years, to the annual meeting of that year (held by 30 June: BW 2:48).
    assert_eq!(
        rows,
        [
            (1, "voorzitter", "2027-06-30"),
            (2, "secretaris", "2028-06-30"),
            (3, "penningmeester", "2028-06-30")
        ]
    );
    assert_eq!(board[0]["appointed_by"], "before quorum");
    assert_eq!(board[0]["re_eligible"], true);
    // Before member 1's seat began there was no board.
    assert_eq!(
        env.json(&["board", "--on", "2024-05-19"]),
        Value::Array(vec![])
    );

    // The schedule, shorter terms under statutes of two years with at most two terms.
    let schedule = env.ok(&["board", "schedule", "--format", "csv"]);
    assert_eq!(
        schedule.lines().next().unwrap(),
        "retires_at,term_end,member,name,role,term_start,terms,re_eligible"
    );
    assert!(
        schedule.contains("2027,2027-06-30,1,Lid Bakker,voorzitter,2024-05-20,1,yes"),
        "{schedule}"
    );
    env.ok(&[
        "rules",
        "set",
        "board_term_years",
        "2",
        "--from",
        "2024-01-01",
    ]);
    env.ok(&[
        "rules",
        "set",
        "board_max_terms",
        "1",
        "--from",
        "2024-01-01",
    ]);
    let s = env.json(&["board", "schedule"]);
    assert_eq!(s[0]["term_end"], "2026-06-30");
    assert_eq!(s[0]["re_eligible"], false);

    // Refusals: not a member, a former member, no grounds, an unknown role, not re-eligible.
    refused(
        &env,
        &[
            "board",
            "add",
            "9",
            "--role",
            "lid",
            "--since",
            "2026-03-01",
            "--before-quorum",
        ],
        1,
        "no member with number 9",
    );
    refused(
        &env,
        &[
            "board",
            "add",
            "6",
            "--role",
            "lid",
            "--since",
            "2026-03-01",
            "--before-quorum",
        ],
        1,
        "BW 2:37 lid 1",
    );
    refused(
        &env,
        &[
            "board",
            "add",
            "4",
            "--role",
            "lid",
            "--since",
            "2026-03-01",
        ],
        2,
        "--decision",
    );
    refused(
        &env,
        &[
            "board",
            "add",
            "4",
            "--role",
            "koning",
            "--since",
            "2026-03-01",
            "--before-quorum",
        ],
        2,
        "not a board role",
    );
    refused(
        &env,
        &[
            "board",
            "add",
            "1",
            "--role",
            "voorzitter",
            "--since",
            "2026-06-30",
            "--before-quorum",
        ],
        1,
        "not re-eligible",
    );
    refused(
        &env,
        &[
            "board",
            "add",
            "4",
            "--role",
            "lid",
            "--since",
            "2026-03-01",
            "--decision",
            "ALV-2026-01-01/1",
        ],
        1,
        "",
    );
    refused(
        &env,
        &["board", "end", "4", "--on", "2026-03-01"],
        1,
        "no seat on the board",
    );

    // A role change keeps the term; an end is reported; history before quorum is not.
    assert_eq!(env.json(&["board", "reports"]), Value::Array(vec![]));
    let r = env.json(&["board", "role", "3", "lid", "--on", "2026-02-10"]);
    assert_eq!(r["changed"]["role"], "lid");
    assert_eq!(r["changed"]["term_start"], "2025-05-19");
    let out = env
        .quorum()
        .args(["board", "end", "2", "--on", "2026-02-20"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(
        said.contains(
            "report this change to the Handelsregister and the UBO register by 2026-02-27"
        ),
        "{said}"
    );
    let reports = env.json(&["board", "reports", "--open"]);
    assert_eq!(reports.as_array().unwrap().len(), 2);
    assert_eq!(reports[0]["change"], "role");
    assert_eq!(reports[0]["due"], "2026-02-17");
    assert_eq!(reports[1]["change"], "ended");
    assert_eq!(reports[1]["ubo"], true);
    env.ok(&["board", "reported", "1", "--on", "2026-02-12"]);
    refused(
        &env,
        &["board", "reported", "1", "--on", "2026-02-13"],
        1,
        "reported on 2026-02-12 already",
    );
    assert_eq!(
        env.json(&["board", "reports", "--open"])
            .as_array()
            .unwrap()
            .len(),
        1
    );
    let now: Vec<i64> = env
        .json(&["board", "--on", "2026-03-01"])
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["member"].as_i64().unwrap())
        .collect();
    assert_eq!(now, [1, 3]);
    // A vereniging with limited legal capacity has no UBO register to report to.
    env.ok(&[
        "rules",
        "set",
        "legal_capacity",
        "limited",
        "--from",
        "2024-01-01",
    ]);
    env.ok(&["board", "end", "3", "--on", "2026-02-25"]);
    let last = env.json(&["board", "reports", "--open"]);
    assert_eq!(last[1]["ubo"], false);

    let journal = env.ok(&["journal", "list", "--format", "csv"]);
    for action in ["board.add", "board.role", "board.end", "board.reported"] {
        assert!(journal.contains(action), "{action} not journaled");
    }
    env.ok(&["journal", "verify"]);
}

/// A meeting on 2026-03-01 (today in the tests) with an accounts proposal and an appointment.
fn annual_meeting(env: &TestEnv) -> Vec<String> {
    env.ok(&[
        "meeting",
        "new",
        "--title",
        "Jaarvergadering",
        "--date",
        "2026-03-01T19:30",
        "--kind",
        "annual",
    ]);
    let mut proposals = Vec::new();
    for (title, kind) in [
        ("Jaarrekening 2025", "accounts"),
        ("Jaarrekening 2025, herstemming", "accounts"),
        ("Benoeming D. Smit", "appointment"),
    ] {
        proposals.push(
            env.json(&[
                "proposal",
                "new",
                "--title",
                title,
                "--kind",
                kind,
                "--by-board",
                "--meeting",
                "1",
                "--text",
                "Voorstel.",
            ])["changed"]["id"]
                .to_string(),
        );
    }
    env.ok(&["meeting", "convene", "1", "--force", "--quiet"]);
    env.ok(&["meeting", "open", "1", "--at", "2026-03-01T19:30"]);
    env.ok(&["meeting", "checkin", "1", "1", "2", "3", "4", "5"]);
    proposals
}

fn vote(env: &TestEnv, proposal: &str, vote: &str) -> String {
    let out = env
        .quorum()
        .args(["vote", "open", proposal, "--method", "hands"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    env.ok(&["vote", "count", vote, "--for", "4", "--against", "1"]);
    env.ok(&["vote", "close", vote, "--declare", "adopted"]);
    String::from_utf8_lossy(&out.stderr).to_string()
}

#[test]
fn the_audit_committee_is_checked_and_the_accounts_vote_warns_without_its_report() {
    let env = registry();
    seat_history(&env);
    let p = annual_meeting(&env);
    // Member 3 sat on the board in 2025: refused, named.
    refused(
        &env,
        &[
            "kascommissie",
            "set",
            "2025",
            "--members",
            "4",
            "3",
            "--before-quorum",
        ],
        1,
        "may not sit on the board in that year (BW 2:48 lid 2): 3 (Lid Jansen, on the board 2025-05-19 to 2025-12-31)",
    );
    refused(
        &env,
        &[
            "kascommissie",
            "set",
            "2025",
            "--members",
            "4",
            "--before-quorum",
        ],
        1,
        "at least 2 members",
    );
    refused(
        &env,
        &[
            "kascommissie",
            "set",
            "2025",
            "--members",
            "4",
            "6",
            "--before-quorum",
        ],
        1,
        "not a member: 6",
    );
    env.ok(&[
        "kascommissie",
        "set",
        "2025",
        "--members",
        "4",
        "5",
        "--before-quorum",
    ]);
    let k = env.json(&["kascommissie", "show", "2025"]);
    assert_eq!(
        k["members"],
        serde_json::json!(["4 Lid Smit", "5 Lid Visser"])
    );
    assert_eq!(k["exempt"], Value::Null);

    // No report yet: the accounts vote opens, with a warning.
    let said = vote(&env, &p[0], "1");
    assert!(
        said.contains("no report of the audit committee for 2025"),
        "{said}"
    );
    std::fs::write(
        env.path("verslag.txt"),
        "De kascommissie heeft de boeken in orde bevonden.\n",
    )
    .unwrap();
    refused(
        &env,
        &[
            "kascommissie",
            "report",
            "2025",
            "--file",
            "verslag.txt",
            "--date",
            "2025-12-31",
        ],
        1,
        "not after the end of financial year 2025",
    );
    env.ok(&[
        "kascommissie",
        "report",
        "2025",
        "--file",
        "verslag.txt",
        "--date",
        "2026-02-15",
    ]);
    let k = env.json(&["kascommissie", "show", "2025"]);
    assert_eq!(k["report_file"], "verslag.txt");
    assert_eq!(k["report_sha256"].as_str().unwrap().len(), 64);
    refused(
        &env,
        &[
            "kascommissie",
            "set",
            "2025",
            "--members",
            "4",
            "1",
            "--before-quorum",
        ],
        1,
        "the report for 2025 is recorded",
    );
    let said = vote(&env, &p[1], "2");
    assert!(!said.contains("audit committee"), "{said}");
    // Discharge is never derived from the accounts: no decision beyond the two votes.
    let decisions = env.json(&["decisions"]);
    assert_eq!(decisions.as_array().unwrap().len(), 2);

    // The appointment's decision seats member 4 on the board from that day.
    vote(&env, &p[2], "3");
    let code = env.json(&["decisions"])[2]["code"]
        .as_str()
        .unwrap()
        .to_string();
    let seat = env.json(&[
        "board",
        "add",
        "4",
        "--role",
        "secretaris",
        "--since",
        "2026-03-01",
        "--decision",
        &code,
    ]);
    assert_eq!(seat["changed"]["appointed_by"], code);
    // A decision later than the seat cannot have appointed it.
    refused(
        &env,
        &[
            "board",
            "add",
            "5",
            "--role",
            "lid",
            "--since",
            "2026-02-01",
            "--decision",
            &code,
        ],
        1,
        "after 2026-02-01",
    );

    // An accountant's statement makes the committee unnecessary (kascommissie_exempt_if_accountant).
    std::fs::write(env.path("verklaring.txt"), "Controleverklaring 2024.\n").unwrap();
    env.ok(&[
        "kascommissie",
        "report",
        "2024",
        "--file",
        "verklaring.txt",
        "--date",
        "2025-03-01",
        "--accountant",
    ]);
    assert!(
        env.json(&["kascommissie", "show", "2024"])["exempt"]
            .as_str()
            .unwrap()
            .contains("accountant")
    );
    refused(
        &env,
        &[
            "kascommissie",
            "report",
            "2023",
            "--file",
            "verslag.txt",
            "--date",
            "2024-03-01",
        ],
        1,
        "no audit committee is recorded for 2023",
    );
    env.ok(&["journal", "verify"]);
}

#[test]
fn guests_are_on_the_attendance_list_and_in_the_minutes_but_never_counted() {
    let env = registry();
    env.ok(&["category", "add", "donateur", "--not-member"]);
    env.ok(&[
        "member",
        "add",
        "--given-name",
        "Gerrit",
        "--family-name",
        "Gulle",
        "--joined",
        "2021-01-01",
        "--category",
        "donateur",
    ]);
    env.ok(&[
        "meeting",
        "new",
        "--title",
        "ALV",
        "--date",
        "2026-03-01T19:30",
    ]);
    env.ok(&[
        "meeting",
        "guest",
        "add",
        "1",
        "--name",
        "Wethouder P. de Boer",
    ]);
    env.ok(&["meeting", "guest", "add", "1", "--member", "7"]);
    refused(
        &env,
        &["meeting", "guest", "add", "1", "--member", "2"],
        1,
        "members attend as members",
    );
    refused(&env, &["meeting", "guest", "add", "1"], 2, "--name");
    refused(
        &env,
        &["meeting", "guest", "add", "1", "--member", "7"],
        1,
        "a guest of meeting 1 already",
    );
    env.ok(&["meeting", "guest", "add", "1", "--name", "Per Ongeluk"]);
    env.ok(&["meeting", "guest", "remove", "1", "3"]);
    env.ok(&["meeting", "convene", "1", "--force", "--quiet"]);
    env.ok(&["meeting", "open", "1", "--at", "2026-03-01T19:30"]);
    env.ok(&["meeting", "checkin", "1", "1", "2", "3"]);
    let quorum_before = env.json(&["meeting", "quorum", "1"]);
    let list = env.json(&["meeting", "attendance", "1"]);
    let guests: Vec<&Value> = list
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["status"] == "guest")
        .collect();
    assert_eq!(guests.len(), 2);
    assert_eq!(guests[0]["name"], "Wethouder P. de Boer");
    assert_eq!(guests[0]["number"], Value::Null);
    assert_eq!(guests[1]["number"], 7);
    assert_eq!(guests[1]["votes"], 0);
    let html = env.ok(&["meeting", "attendance", "1", "--as", "html"]);
    assert!(html.contains("gast"), "{html}");
    // Counted as before: three members present, the guests nowhere.
    assert_eq!(quorum_before["present_votes"], 3, "{quorum_before}");
    env.ok(&["meeting", "close", "1", "--at", "2026-03-01T21:00"]);
    let minutes = env.ok(&["minutes", "draft", "1"]);
    assert!(
        minutes.contains("**Gasten:** Wethouder P. de Boer en Gerrit Gulle."),
        "{minutes}"
    );
    assert!(minutes.contains("**Aanwezig:** 3 leden"), "{minutes}");
    env.ok(&["journal", "verify"]);
}

#[test]
fn todo_on_three_dates_of_a_year() {
    let env = registry();
    seat_history(&env);
    // February: the annual meeting, the accounts and an audit committee are ahead; member 6's
    // data is due for erasure at the end of 2026 (not yet within three months).
    let feb = env.json(&["todo", "--on", "2026-02-01"]);
    assert_eq!(
        kinds(&feb),
        [
            "accounts later",
            "annual-meeting later",
            "kascommissie later"
        ]
    );
    assert_eq!(feb[1]["due"], "2026-06-30");
    assert!(feb[1]["rule"].as_str().unwrap().contains("BW 2:48"));
    env.ok(&["todo", "--on", "2026-02-01", "--fail-on-overdue"]);

    // After the annual meeting of 1 March: its minutes await approval, the committee's report
    // and the accounts are overdue (the meeting was held without them), a board change is due.
    let p = annual_meeting(&env);
    env.ok(&[
        "kascommissie",
        "set",
        "2025",
        "--members",
        "4",
        "5",
        "--before-quorum",
    ]);
    vote(&env, &p[2], "1");
    env.ok(&["meeting", "close", "1", "--at", "2026-03-01T22:00"]);
    env.ok(&["board", "end", "2", "--on", "2026-03-01"]);
    env.ok(&[
        "minutes",
        "action",
        "1",
        "--who",
        "secretaris",
        "--what",
        "KvK bijwerken",
        "--due",
        "2026-03-10",
    ]);
    let march = env.json(&["todo", "--on", "2026-03-05"]);
    assert_eq!(
        kinds(&march),
        [
            "accounts overdue",
            "kascommissie-report overdue",
            "board-report soon",
            "action soon",
            // convened on the day itself (forced short notice): its decisions are voidable
            "voidable later",
            "minutes open"
        ]
    );
    assert!(
        march[2]["what"]
            .as_str()
            .unwrap()
            .contains("member 2 left the board (was secretaris) on 2026-03-01")
    );

    // October: the report is late (exit 1 for cron), member 1's term ends next June, and member
    // 6's data is due for erasure on 31 December.
    let oct = env.json(&["todo", "--on", "2026-10-15"]);
    let k = kinds(&oct);
    assert!(k.contains(&"board-report overdue".to_string()), "{k:?}");
    assert!(
        k.contains(&"retention soon".to_string()) || k.contains(&"retention later".to_string()),
        "{k:?}"
    );
    assert!(k.contains(&"board-term later".to_string()), "{k:?}");
    let retention = oct
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["kind"] == "retention")
        .unwrap();
    assert_eq!(retention["due"], "2026-12-31");
    let err = env.fails(&["todo", "--on", "2026-10-15", "--fail-on-overdue"], 1);
    assert!(err.contains("overdue on 2026-10-15"), "{err}");
    let csv = env.ok(&["todo", "--on", "2026-10-15", "--format", "csv"]);
    assert_eq!(csv.lines().next().unwrap(), "due,status,kind,what,rule");
    env.ok(&["board", "reported", "1", "--on", "2026-10-16"]);
    env.ok(&["member", "erase", "6", "--yes"]);
    let after = kinds(&env.json(&["todo", "--on", "2026-10-15"]));
    assert!(
        !after
            .iter()
            .any(|k| k.starts_with("board-report") || k.starts_with("retention")),
        "{after:?}"
    );
}

#[test]
fn a_collective_is_checked_in_by_its_delegate_and_votes_with_its_weight() {
    let env = TestEnv::new();
    env.ok(&["category", "add", "collective", "--weight", "3"]);
    for org in ["Bewonerscollectief De Wilgen", "Woongroep 't Hofje"] {
        env.ok(&[
            "member",
            "add",
            "--organisation",
            org,
            "--category",
            "collective",
            "--joined",
            "2020-01-01",
        ]);
    }
    env.ok(&[
        "member",
        "add",
        "--given-name",
        "Anna",
        "--family-name",
        "Bakker",
        "--joined",
        "2020-01-01",
    ]);
    env.ok(&[
        "member",
        "delegate",
        "add",
        "1",
        "--name",
        "J. Jansen",
        "--email",
        "j.jansen@example.org",
        "--from",
        "2026-01-01",
    ]);
    env.ok(&[
        "member",
        "delegate",
        "add",
        "1",
        "--name",
        "K. Oud",
        "--from",
        "2025-01-01",
        "--until",
        "2025-12-31",
    ]);
    refused(
        &env,
        &["member", "delegate", "add", "3", "--name", "X"],
        1,
        "member 3 is a person",
    );
    refused(
        &env,
        &[
            "member",
            "delegate",
            "add",
            "1",
            "--name",
            "X",
            "--from",
            "2026-02-01",
            "--until",
            "2026-01-01",
        ],
        1,
        "before 2026-02-01",
    );
    let list = env.json(&["member", "delegate", "list", "1"]);
    assert_eq!(list.as_array().unwrap().len(), 2);

    env.ok(&[
        "meeting",
        "new",
        "--title",
        "ALV",
        "--date",
        "2026-03-01T19:30",
    ]);
    let p = env.json(&[
        "proposal",
        "new",
        "--title",
        "Begroting",
        "--kind",
        "budget",
        "--by-board",
        "--meeting",
        "1",
        "--text",
        "Tekst.",
    ])["changed"]["id"]
        .to_string();
    env.ok(&["meeting", "convene", "1", "--force", "--quiet"]);
    env.ok(&["meeting", "open", "1", "--at", "2026-03-01T19:30"]);
    // K. Oud's mandate ended last year; a name not registered is refused, naming who is.
    refused(
        &env,
        &["meeting", "checkin", "1", "1", "--delegate", "K. Oud"],
        1,
        "its delegates are: J. Jansen",
    );
    refused(
        &env,
        &[
            "meeting",
            "checkin",
            "1",
            "1",
            "2",
            "--delegate",
            "J. Jansen",
        ],
        2,
        "one number",
    );
    refused(
        &env,
        &["meeting", "checkin", "1", "3", "--delegate", "J. Jansen"],
        1,
        "member 3 is a person",
    );
    let door = env.json(&["meeting", "checkin", "1", "1", "--delegate", "J. Jansen"]);
    assert_eq!(door["changed"][0]["votes"], 3);
    // A proxy from another collective to it stays a proxy.
    env.ok(&["meeting", "proxy", "1", "--from", "2", "--to", "1"]);
    env.ok(&["meeting", "checkin", "1", "3"]);
    let q = env.json(&["meeting", "quorum", "1"]);
    assert_eq!(q["present_votes"], 4, "{q}");
    assert_eq!(q["represented_votes"], 3, "{q}");
    let att = env.json(&["meeting", "attendance", "1"]);
    assert_eq!(
        att[0]["name"],
        "Bewonerscollectief De Wilgen (vertegenwoordigd door J. Jansen)"
    );
    assert_eq!(att[1]["status"], "proxy");
    assert_eq!(att[1]["name"], "Woongroep 't Hofje");

    // The delegate casts the collective's three votes (and the proxy's three) in a roll call.
    env.ok(&["vote", "open", &p, "--method", "roll_call"]);
    env.ok(&["vote", "cast", "1", "1", "for", "--with-proxies"]);
    env.ok(&["vote", "cast", "1", "3", "against"]);
    let closed = env.json(&["vote", "close", "1", "--declare", "adopted"]);
    assert_eq!(closed["changed"]["for"], 6, "{closed}");
    assert_eq!(closed["changed"]["against"], 1, "{closed}");
    env.ok(&["meeting", "close", "1", "--at", "2026-03-01T21:00"]);
    let minutes = env.ok(&["minutes", "draft", "1", "--names"]);
    assert!(
        minutes.contains("Bewonerscollectief De Wilgen (vertegenwoordigd door J. Jansen)"),
        "{minutes}"
    );

    // The mandate ends; erasing the collective's data erases its delegates' too.
    env.ok(&["member", "delegate", "end", "1", "1", "--on", "2026-03-01"]);
    env.ok(&["member", "leave", "1", "--date", "2026-02-28"]);
    env.ok(&["member", "erase", "1", "--yes"]);
    let dump = env.dump();
    assert!(
        !dump.contains("J. Jansen") && !dump.contains("j.jansen@example.org"),
        "the delegate survived the erasure"
    );
    env.ok(&["journal", "verify"]);
}

/// The annual meeting of 10 May 2027 with the board of `seat_history`, member 2 reappointed in
/// 2024 after a term from 2021 (`board_max_terms = 2`: not re-eligible), member 1 in a first
/// term, member 3 retiring in 2028; convened with its letter, the association writing in `lang`.
fn annual_letter(lang: &str, counter_days: Option<&str>, kind: &str) -> (Value, String) {
    let env = registry();
    if lang == "en" {
        // An association that writes in English: its letters are in English.
        env.ok(&["association", "edit", "--lang", "en"]);
    }
    env.ok(&["rules", "set", "board_max_terms", "2"]);
    if let Some(days) = counter_days {
        env.ok(&["rules", "set", "counter_candidates_days_before", days]);
    }
    for (n, role, since) in [
        ("1", "voorzitter", "2024-05-20"),
        ("2", "secretaris", "2021-05-17"),
        ("2", "secretaris", "2024-05-20"),
        ("3", "penningmeester", "2025-05-19"),
    ] {
        env.ok(&[
            "board",
            "add",
            n,
            "--role",
            role,
            "--since",
            since,
            "--before-quorum",
        ]);
    }
    env.ok(&[
        "meeting",
        "new",
        "--title",
        "Jaarvergadering",
        "--date",
        "2027-05-10T19:30",
        "--location",
        "Buurthuis De Kring",
        "--kind",
        kind,
    ]);
    env.ok(&["meeting", "agenda", "1", "add", "--template", "--quiet"]);
    let out = env.json(&["meeting", "convene", "1", "--letter", "brief.md"]);
    (
        out["changed"].clone(),
        std::fs::read_to_string(env.path("brief.md")).unwrap(),
    )
}

#[test]
fn the_annual_meetings_letter_names_who_retires_the_open_seats_and_the_deadline() {
    let (json, nl) = annual_letter("nl", Some("10"), "annual");
    for says in [
        "## Bestuursverkiezing\n",
        "Volgens het rooster van aftreden treden op deze vergadering af:",
        "- Aftredend en herkiesbaar: Lid Bakker (voorzitter).",
        "- Aftredend en niet herkiesbaar: Lid de Vries (secretaris).",
        "Er zijn daarmee twee bestuurszetels te vervullen.",
        "Tegenkandidaten kunnen tot en met vrijdag 30 april 2027 schriftelijk worden voorgedragen bij de secretaris.",
    ] {
        assert!(nl.contains(says), "expected '{says}' in:\n{nl}");
    }
    // Member 3 retires in 2028, not at this meeting.
    assert!(!nl.contains("Jansen"), "{nl}");
    // The section stands after the agenda and before the proxy.
    assert!(nl.find("## Bestuursverkiezing") > nl.find("## Agenda"));
    assert!(nl.find("## Bestuursverkiezing") < nl.find("## Volmacht"));
    assert_eq!(json["board_seats_open"], 2, "{json}");
    assert_eq!(json["counter_candidates_until"], "2027-04-30", "{json}");

    let (_, en) = annual_letter("en", Some("10"), "annual");
    for says in [
        "## Board election\n",
        "- Retiring and eligible for re-election: Lid Bakker (chair).",
        "- Retiring and not eligible for re-election: Lid de Vries (secretary).",
        "There are therefore two seats on the board to fill.",
        "Other candidates may be nominated in writing to the secretary up to and including Friday 30 April 2027.",
    ] {
        assert!(en.contains(says), "expected '{says}' in:\n{en}");
    }

    // Without a deadline in the statutes: the names and the seats, no deadline.
    let (json, nl) = annual_letter("nl", None, "annual");
    assert!(
        nl.contains("Er zijn daarmee twee bestuurszetels te vervullen.\n"),
        "{nl}"
    );
    assert!(!nl.contains("Tegenkandidaten"), "{nl}");
    assert_eq!(json["counter_candidates_until"], Value::Null, "{json}");

    // Another meeting elects nobody by the schedule.
    let (json, nl) = annual_letter("nl", Some("10"), "regular");
    assert!(
        !nl.contains("Bestuursverkiezing") || !nl.contains("aftreden"),
        "{nl}"
    );
    assert!(!nl.contains("Aftredend"), "{nl}");
    assert_eq!(json["board_seats_open"], 0, "{json}");
    assert_eq!(json["counter_candidates_until"], Value::Null, "{json}");
}
