//! `quorum rules …` through the binary: the defaults at init, show, set (valid, invalid, from a
//! date), history, export and import, and that every refusal leaves the database unchanged.

use serde_json::Value;

use crate::common::TestEnv;

fn value_of(env: &TestEnv, key: &str, on: Option<&str>) -> String {
    let mut args = vec!["rules", "show", key];
    if let Some(d) = on {
        args.extend(["--on", d]);
    }
    let rows = env.json(&args);
    assert_eq!(rows.as_array().unwrap().len(), 1);
    rows[0]["value"].as_str().unwrap().to_string()
}

fn journal_actions(env: &TestEnv) -> Vec<String> {
    let conn = rusqlite::Connection::open(env.db()).unwrap();
    let mut stmt = conn
        .prepare("SELECT action || ' ' || summary FROM journal ORDER BY seq")
        .unwrap();
    stmt.query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

#[test]
fn init_stores_the_dutch_defaults_and_show_lists_every_key() {
    let env = TestEnv::new();
    let rows = env.json(&["rules", "show"]);
    let rows = rows.as_array().unwrap();
    assert!(rows.len() >= 55, "{} keys", rows.len());
    for r in rows {
        assert_eq!(r["value"], r["default"], "{r}");
        for col in ["key", "allowed", "source", "meaning"] {
            assert!(!r[col].as_str().unwrap().is_empty(), "{col} of {r}");
        }
    }
    let find = |k: &str| rows.iter().find(|r| r["key"] == k).unwrap().clone();
    assert_eq!(find("notice_days_statute_amendment")["value"], "14");
    assert_eq!(find("quorum_ordinary")["value"], "none");
    assert_eq!(find("majority_formula")["value"], "strict_more_than_half");
    assert_eq!(find("statute_amendment_majority")["value"], "2/3");
    assert!(
        find("notice_days_statute_amendment")["allowed"]
            .as_str()
            .unwrap()
            .contains("from 7")
    );
    let csv = env.ok(&["rules", "show", "--format", "csv"]);
    assert!(csv.starts_with("key,value,default,allowed,source,status,article,meaning\n"));
    // A new registry records no article of its own statutes yet.
    assert!(rows.iter().all(|r| r["article"] == ""));
    assert!(
        journal_actions(&env)
            .iter()
            .any(|a| a.starts_with("rules.init "))
    );
}

#[test]
fn set_changes_the_version_in_force_and_journals_old_and_new() {
    let env = TestEnv::new();
    let out = env
        .quorum()
        .args(["rules", "set", "notice_days_ordinary", "21"])
        .output()
        .unwrap();
    assert!(out.status.success());
    // The outcome on stdout; nothing for stderr to say.
    assert!(out.stderr.is_empty());
    let err = String::from_utf8(out.stdout).unwrap();
    assert!(
        err.contains("Changed notice_days_ordinary: 14 → 21 (rules from 2026-03-01)"),
        "{err}"
    );
    assert_eq!(value_of(&env, "notice_days_ordinary", None), "21");
    let actions = journal_actions(&env);
    assert_eq!(
        actions.last().unwrap(),
        "rules.set rules from 2026-03-01: notice_days_ordinary 14 → 21"
    );
    // The same value again: nothing changes, nothing is journaled.
    let before = env.dump();
    let err = env.ok(&["rules", "set", "notice_days_ordinary", "21"]);
    assert!(err.contains("Unchanged"), "{err}");
    assert_eq!(env.dump(), before);
    // Fractions are stored reduced.
    env.ok(&["rules", "set", "quorum_ordinary", "4/6"]);
    assert_eq!(value_of(&env, "quorum_ordinary", None), "2/3");
}

#[test]
fn invalid_values_and_keys_are_refused_with_the_range_and_change_nothing() {
    let env = TestEnv::new();
    let before = env.dump();
    let cases: &[(&[&str], i32, &str)] = &[
        (
            &["notice_days_statute_amendment", "6"],
            1,
            "error: notice_days_statute_amendment: 6 is less than 7; allowed: a whole number from 7 to 365 (BW 2:42: at least 7 days)\n",
        ),
        (
            &["inspection_days_statute_amendment", "4"],
            1,
            "error: inspection_days_statute_amendment: 4 is less than 5;",
        ),
        (
            &["member_request_threshold", "1/5"],
            1,
            "error: member_request_threshold: 1/5 is more than 1/10;",
        ),
        (
            &["quorum_ordinary", "0.66"],
            1,
            "error: quorum_ordinary: '0.66' is a decimal number;",
        ),
        (
            &["majority_formula", "majority"],
            1,
            "allowed: strict_more_than_half or half_plus_one",
        ),
        (&["fully_digital_meeting", "true"], 1, "true is not allowed"),
        (
            &["notice_dayz_ordinary", "7"],
            1,
            "error: unknown rule key 'notice_dayz_ordinary'; did you mean notice_days_ordinary?",
        ),
        (
            &["second_meeting_min_gap_days", "40"],
            1,
            "is more than second_meeting_window_days (28)",
        ),
    ];
    for (args, code, expected) in cases {
        let mut all = vec!["rules", "set"];
        all.extend_from_slice(args);
        let err = env.fails(&all, *code);
        assert!(err.contains(expected), "{args:?}: {err}");
        assert_eq!(env.dump(), before, "{args:?} changed the database");
    }
    // A bad date is a usage error naming the flag.
    let err = env.fails(
        &[
            "rules",
            "set",
            "notice_days_ordinary",
            "7",
            "--from",
            "31-02-2026",
        ],
        2,
    );
    assert!(
        err.contains("--from") && err.contains("does not exist"),
        "{err}"
    );
    assert_eq!(env.dump(), before);
}

#[test]
fn a_set_from_a_later_date_starts_a_version_and_show_on_follows_it() {
    let env = TestEnv::new();
    let err = env.ok(&[
        "rules",
        "set",
        "quorum_ordinary",
        "1/2",
        "--from",
        "01-09-2026",
        "--note",
        "deed",
    ]);
    assert!(
        err.contains(
            "Started the rules version from 2026-09-01 (a copy of the one from 2026-03-01)"
        ),
        "{err}"
    );
    assert_eq!(value_of(&env, "quorum_ordinary", None), "none");
    assert_eq!(
        value_of(&env, "quorum_ordinary", Some("2026-08-31")),
        "none"
    );
    assert_eq!(value_of(&env, "quorum_ordinary", Some("2026-09-01")), "1/2");
    assert_eq!(value_of(&env, "quorum_ordinary", Some("2030-01-01")), "1/2");
    // Today's version changes alone; the later one keeps its value, with a warning.
    let err = env.fails(&["rules", "set", "notice_days_ordinary", "21"], 0);
    assert!(
        err.contains("warning: the rules from 2026-09-01 keep their own values"),
        "{err}"
    );
    assert_eq!(
        value_of(&env, "notice_days_ordinary", Some("2026-09-01")),
        "14"
    );
    // A set on the start date of the later version changes that version.
    env.ok(&[
        "rules",
        "set",
        "notice_days_ordinary",
        "28",
        "--from",
        "2026-09-01",
    ]);
    assert_eq!(
        value_of(&env, "notice_days_ordinary", Some("2026-09-01")),
        "28"
    );
    assert_eq!(value_of(&env, "notice_days_ordinary", None), "21");

    // Only a new note: recorded and journaled, no key changes.
    let err = env.ok(&[
        "rules",
        "set",
        "quorum_ordinary",
        "1/2",
        "--from",
        "2026-09-01",
        "--note",
        "deed of 1 Sept",
    ]);
    assert!(err.contains("Noted") && !err.contains("Unchanged"), "{err}");
    assert!(
        journal_actions(&env)
            .last()
            .unwrap()
            .starts_with("rules.note ")
    );

    let history = env.json(&["rules", "history"]);
    let h = history.as_array().unwrap();
    assert_eq!(h.len(), 2);
    assert_eq!(h[0]["valid_from"], "2026-03-01");
    assert_eq!(h[0]["valid_until"], "2026-08-31");
    assert_eq!(h[0]["in_force"], true);
    assert_eq!(
        h[0]["changes"],
        serde_json::json!([{"key": "notice_days_ordinary", "old": "14", "new": "21"}])
    );
    assert_eq!(h[1]["valid_from"], "2026-09-01");
    assert_eq!(h[1]["valid_until"], Value::Null);
    assert_eq!(h[1]["in_force"], false);
    assert_eq!(h[1]["note"], "deed of 1 Sept");
    assert_eq!(
        h[1]["changes"],
        serde_json::json!([
            {"key": "notice_days_ordinary", "old": "21", "new": "28"},
            {"key": "quorum_ordinary", "old": "none", "new": "1/2"}
        ])
    );
}

#[test]
fn rules_before_the_first_version_can_be_recorded_with_from() {
    let env = TestEnv::new();
    let before = env.dump();
    let err = env.fails(&["rules", "show", "--on", "2020-01-01"], 1);
    assert!(
        err.contains("no rules are in force on 2020-01-01: the first version starts on 2026-03-01"),
        "{err}"
    );
    assert!(
        err.contains("help: record the statutes in force then"),
        "{err}"
    );
    assert_eq!(env.dump(), before);
    env.ok(&[
        "rules",
        "set",
        "notice_days_ordinary",
        "7",
        "--from",
        "1998-06-01",
    ]);
    assert_eq!(
        value_of(&env, "notice_days_ordinary", Some("2020-01-01")),
        "7"
    );
    assert_eq!(value_of(&env, "notice_days_ordinary", None), "14");
    let err = env.fails(&["rules", "show", "--on", "1998-05-31"], 1);
    assert!(err.contains("first version starts on 1998-06-01"), "{err}");
}

#[test]
fn export_then_import_of_a_modified_file_changes_only_the_edited_keys() {
    let env = TestEnv::new();
    let exported = env.ok(&["rules", "export"]);
    assert!(exported.starts_with("# Decision rules of Vereniging De Eendracht"));
    assert!(exported.contains("\nnotice_days_statute_amendment = 14\n"));
    assert!(exported.contains("\nquorum_ordinary = \"none\"\n"));
    assert!(exported.contains("# Allowed: a whole number from 7 to 365 (BW 2:42: at least 7 days). Default: 14. Source: BW 2:42 (at least 7); 14: model statutes.\n"));
    // Re-importing the export as is changes nothing.
    std::fs::write(env.path("same.toml"), &exported).unwrap();
    let before = env.dump();
    env.ok(&["rules", "import", "same.toml"]);
    assert_eq!(env.dump(), before);

    let edited = exported
        .replace(
            "\nnotice_days_statute_amendment = 14\n",
            "\nnotice_days_statute_amendment = 21\n",
        )
        .replace(
            "\nquorum_ordinary = \"none\"\n",
            "\nquorum_ordinary = \"1/2\"\n",
        );
    std::fs::write(env.path("statuten.toml"), edited).unwrap();
    let err = env.ok(&[
        "rules",
        "import",
        "statuten.toml",
        "--from",
        "2026-07-01",
        "--note",
        "ALV 12 May",
    ]);
    assert!(
        err.contains("Started the rules version from 2026-07-01"),
        "{err}"
    );
    assert_eq!(
        value_of(&env, "notice_days_statute_amendment", Some("2026-07-01")),
        "21"
    );
    assert_eq!(value_of(&env, "quorum_ordinary", Some("2026-07-01")), "1/2");
    assert_eq!(value_of(&env, "notice_days_statute_amendment", None), "14");
    let actions = journal_actions(&env);
    let n = actions.len();
    assert_eq!(
        &actions[n - 3..],
        &[
            "rules.version started the rules version from 2026-07-01 as a copy of the one from 2026-03-01".to_string(),
            "rules.set rules from 2026-07-01: notice_days_statute_amendment 14 → 21".to_string(),
            "rules.set rules from 2026-07-01: quorum_ordinary none → 1/2".to_string(),
        ]
    );
    // The export on the new date reads back what was imported.
    let again = env.ok(&["rules", "export", "--on", "2026-07-01"]);
    assert!(again.contains("\nquorum_ordinary = \"1/2\"\n"));
    let history = env.json(&["rules", "history"]);
    assert_eq!(history[1]["note"], "ALV 12 May");
}

#[test]
fn a_bad_import_file_is_refused_whole_with_file_line_and_column() {
    let env = TestEnv::new();
    std::fs::write(
        env.path("bad.toml"),
        "notice_days_ordinary = 21\nquorom_ordinary = \"1/2\"\nnotice_days_statute_amendment = 6\nquorum_ordinary = 0.66\n",
    )
    .unwrap();
    let before = env.dump();
    let err = env.fails(&["rules", "import", "bad.toml"], 1);
    assert!(err.starts_with("error: 3 problems in bad.toml:\n"), "{err}");
    assert!(
        err.contains(
            "  bad.toml:2:1: unknown rule key 'quorom_ordinary'; did you mean quorum_ordinary?"
        ),
        "{err}"
    );
    assert!(err.contains("  bad.toml:3:33: notice_days_statute_amendment: 6 is less than 7; allowed: a whole number from 7 to 365"), "{err}");
    assert!(
        err.contains("  bad.toml:4:19: quorum_ordinary: 0.66 is a decimal number"),
        "{err}"
    );
    assert!(err.contains("help: nothing was imported"), "{err}");
    assert_eq!(env.dump(), before);

    std::fs::write(
        env.path("syntax.toml"),
        "notice_days_ordinary = 21\nquorum_ordinary = \n",
    )
    .unwrap();
    let err = env.fails(
        &["rules", "import", "syntax.toml", "--from", "2027-01-01"],
        1,
    );
    assert!(err.starts_with("error: syntax.toml:2:"), "{err}");
    assert!(err.contains("not valid TOML"), "{err}");
    assert_eq!(env.dump(), before);

    let err = env.fails(&["rules", "import", "missing.toml"], 1);
    assert!(err.contains("reading missing.toml"), "{err}");
    assert_eq!(env.dump(), before);
}

#[test]
fn a_change_that_would_alter_the_rules_of_a_convened_meeting_is_refused_and_a_correction_is_not() {
    let env = TestEnv::new();
    env.ok(&[
        "member",
        "add",
        "--family-name",
        "Jansen",
        "--joined",
        "2020-01-01",
    ]);
    env.ok(&[
        "meeting",
        "new",
        "--title",
        "Jaarvergadering",
        "--date",
        "2026-03-20T19:30",
        "--kind",
        "annual",
        "--location",
        "Buurthuis",
    ]);
    env.ok(&["meeting", "agenda", "1", "add", "--template"]);
    env.ready_to_convene("1");
    env.ok(&["meeting", "convene", "1"]);
    let before = env.snapshot();

    // In place: the version in force today also covers the meeting's date.
    let err = env.fails(&["rules", "set", "notice_days_ordinary", "21"], 1);
    assert!(err.contains("meeting 1 (Jaarvergadering)"), "{err}");
    assert!(err.contains("notice_days_ordinary 14 → 21"), "{err}");
    assert!(
        err.contains("quorum rules set notice_days_ordinary 21 --from 2026-03-21"),
        "the hint gives the command that records a correction: {err}"
    );
    // A new version that starts before the meeting's date alters it too.
    env.fails(
        &[
            "rules",
            "set",
            "notice_days_ordinary",
            "21",
            "--from",
            "2026-03-10",
        ],
        1,
    );
    // An import the same way, with its own hint.
    std::fs::write(env.path("r.toml"), "notice_days_ordinary = 21\n").unwrap();
    let err = env.fails(&["rules", "import", "r.toml"], 1);
    assert!(
        err.contains("quorum rules import r.toml --from 2026-03-21"),
        "{err}"
    );
    assert_eq!(
        env.snapshot(),
        before,
        "every refusal leaves the file as it was"
    );

    // A key the meeting's date keeps unchanged is no problem, and neither is a version after it.
    env.ok(&[
        "rules",
        "set",
        "notice_days_ordinary",
        "21",
        "--from",
        "2026-03-21",
    ]);
    assert_eq!(
        value_of(&env, "notice_days_ordinary", Some("2026-03-20")),
        "14"
    );
    assert_eq!(
        value_of(&env, "notice_days_ordinary", Some("2026-03-21")),
        "21"
    );

    // Once the meeting is cancelled nothing was decided under its rules.
    env.ok(&["meeting", "cancel", "1", "--reason", "moved", "--yes"]);
    env.ok(&[
        "rules",
        "set",
        "notice_days_ordinary",
        "15",
        "--from",
        "2026-03-01",
    ]);
}
