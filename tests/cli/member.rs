//! `quorum member add | show | edit | list`: the registry through the real binary. Membership
//! periods and suspensions are in `member_status.rs`, privacy in `member_privacy.rs`; the helpers
//! here are shared by them and by `category.rs`.

use serde_json::{Value, json};

use crate::common::TestEnv;

/// Splits a command line on spaces; 'single quotes' keep spaces, and '' is an empty value.
pub fn words(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let (mut quoted, mut started) = (false, false);
    for c in line.chars() {
        match c {
            '\'' => (quoted, started) = (!quoted, true),
            ' ' if !quoted => {
                if started {
                    out.push(std::mem::take(&mut cur));
                }
                started = false;
            }
            c => {
                cur.push(c);
                started = true;
            }
        }
    }
    if started {
        out.push(cur);
    }
    out
}

/// Runs `quorum <line>`, asserts success, returns stdout.
pub fn ok(env: &TestEnv, line: &str) -> String {
    let w = words(line);
    env.ok(&w.iter().map(String::as_str).collect::<Vec<_>>())
}

/// Runs `quorum <line> --format json` and parses stdout.
pub fn json(env: &TestEnv, line: &str) -> Value {
    serde_json::from_str(&ok(env, &format!("{line} --format json"))).expect("valid JSON")
}

/// Runs `quorum <line>`, which must fail with `code`, print nothing on stdout and leave the
/// database as it was; returns stderr.
pub fn refused(env: &TestEnv, line: &str, code: i32) -> String {
    let before = env.dump();
    let out = env
        .quorum()
        .args(words(line))
        .output()
        .expect("quorum runs");
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert_eq!(out.status.code(), Some(code), "{line}: {stderr}");
    assert!(out.stdout.is_empty(), "{line} printed on stdout");
    assert_eq!(env.dump(), before, "{line} changed the database");
    stderr
}

/// Runs `quorum <line>`, asserts success, returns (stdout, stderr).
pub fn both(env: &TestEnv, line: &str) -> (String, String) {
    let out = env
        .quorum()
        .args(words(line))
        .output()
        .expect("quorum runs");
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(out.status.success(), "{line}: {stderr}");
    (String::from_utf8(out.stdout).unwrap(), stderr)
}

/// Number of journal entries.
pub fn journal_len(env: &TestEnv) -> i64 {
    let conn = rusqlite::Connection::open(env.db()).unwrap();
    conn.query_row("SELECT COUNT(*) FROM journal", [], |r| r.get(0))
        .unwrap()
}

/// The last journal entry: (action, summary, old values, new values).
pub fn last_journal(env: &TestEnv) -> (String, String, Value, Value) {
    let conn = rusqlite::Connection::open(env.db()).unwrap();
    conn.query_row(
        "SELECT j.action, j.summary, p.old_value, p.new_value FROM journal j
         LEFT JOIN journal_payload p ON p.seq = j.seq ORDER BY j.seq DESC LIMIT 1",
        [],
        |r| {
            let parse =
                |s: Option<String>| s.map_or(Value::Null, |s| serde_json::from_str(&s).unwrap());
            Ok((r.get(0)?, r.get(1)?, parse(r.get(2)?), parse(r.get(3)?)))
        },
    )
    .unwrap()
}

/// The member numbers of a JSON listing, in order.
pub fn numbers(v: &Value) -> Vec<i64> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|m| m["number"].as_i64().unwrap())
        .collect()
}

/// A registry with four members: 1 Jan van der Berg, 2 Émile Müller, 3 Anna Dijk (youth),
/// 4 Piet Bakker (joined 2019).
pub fn four_members() -> TestEnv {
    let env = TestEnv::new();
    for line in [
        "member add --given-name Jan --prefix 'van der' --family-name Berg \
         --email jan@example.org --city Utrecht --joined 2020-01-01",
        "member add --given-name Émile --family-name Müller --city Zwolle --joined 15-06-2021",
        "member add --given-name Anna --family-name Dijk --category youth \
         --birth-date 2010-04-01 --joined 2022-09-01",
        "member add --given-name Piet --family-name Bakker --joined 2019-03-01 \
         --email piet@example.org",
    ] {
        ok(&env, line);
    }
    env
}

#[test]
fn words_split_like_a_shell() {
    assert_eq!(words("a  'b c' '' d"), ["a", "b c", "", "d"]);
}

#[test]
fn add_prints_the_record_and_a_status_line() {
    let env = TestEnv::new();
    let (stdout, stderr) = both(
        &env,
        "member add --given-name ' Jan ' --name-prefix 'van der' --family-name Berg \
         --email jan@example.org --phone 06-12345678 --street 'Dorpsstraat 1' \
         --postcode '1234 ab' --city Utrecht --country NL --birth-date 12-05-1980 \
         --email-consent --notes 'board member' --format json",
    );
    assert_eq!(stderr.trim(), "Added member 1 Jan van der Berg");
    let doc: Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(doc["command"], "member add");
    assert!(doc["journal_head"].is_string(), "{doc}");
    let m = &doc["changed"];
    assert_eq!(m["number"], 1);
    assert_eq!(m["name"], "Jan van der Berg");
    assert_eq!(m["given_name"], "Jan");
    assert_eq!(m["postcode"], "1234 AB");
    assert_eq!(m["birth_date"], "1980-05-12");
    assert_eq!(
        m["email_consent"], "2026-03-01",
        "consent defaults to today"
    );
    assert_eq!(m["joined"], "2026-03-01", "joined defaults to today");
    assert_eq!(m["category"], "regular");
    assert_eq!(m["status"], "active");
    assert_eq!(m["periods"], "2026-03-01..");
    // An explicit number, then the next free one.
    assert_eq!(
        json(&env, "member add --family-name Dijk --number 10")["changed"]["number"],
        10
    );
    assert_eq!(
        json(&env, "member add --family-name Bakker")["changed"]["number"],
        11
    );
    let m = json(&env, "member show 1");
    assert_eq!(m["street"], "Dorpsstraat 1");
    assert_eq!(m["notes"], "board member");
    // The journal: values in the payload, only numbers in the summary.
    let (action, summary, _, new) = last_journal(&env);
    assert_eq!(
        (action.as_str(), summary.as_str()),
        ("member.add", "added member 11")
    );
    assert_eq!(new["family_name"], "Bakker");
}

#[test]
fn a_taken_number_is_refused_and_nothing_changes() {
    let env = TestEnv::new();
    ok(&env, "member add --family-name Berg --number 7");
    let err = refused(&env, "member add --family-name Dijk --number 7", 1);
    assert!(
        err.starts_with("error: --number: member number 7 is taken"),
        "{err}"
    );
    assert!(err.contains("help: leave out --number"), "{err}");
}

#[test]
fn impossible_dates_are_refused_naming_the_flag() {
    let env = TestEnv::new();
    for flag in ["--birth-date", "--joined", "--left", "--email-consent"] {
        let err = refused(
            &env,
            &format!("member add --family-name X {flag} 31-02-2024"),
            2,
        );
        assert!(
            err.contains(&format!("'{flag} "))
                && err.contains("'31-02-2024' does not exist (month 2 of 2024 has no day 31)"),
            "{err}"
        );
    }
    let err = refused(&env, "member add --family-name X --joined 2023-02-29", 2);
    assert!(err.contains("--joined"), "{err}");
    let err = refused(&env, "member add --family-name X --birth-date 1-3-24", 2);
    assert!(err.contains("ambiguous"), "{err}");
}

#[test]
fn a_bad_email_address_is_refused_naming_the_flag() {
    let env = TestEnv::new();
    let err = refused(&env, "member add --family-name X --email jan@@x", 2);
    assert!(
        err.contains("'--email <EMAIL>'") && err.contains("'jan@@x' is not an e-mail address"),
        "{err}"
    );
    ok(&env, "member add --family-name X");
    let err = refused(&env, "member edit 1 --email jan@x", 2);
    assert!(err.contains("--email"), "{err}");
}

#[test]
fn other_bad_values_name_their_flag() {
    let env = TestEnv::new();
    let err = refused(&env, "member add --given-name Jan", 2);
    assert!(err.starts_with("error: missing --family-name"), "{err}");
    let err = refused(&env, "member add --family-name '  '", 1);
    assert!(
        err.starts_with("error: --family-name: is required"),
        "{err}"
    );
    let err = refused(
        &env,
        "member add --family-name X --joined 2020-01-01 --left 2019-12-31",
        1,
    );
    assert!(
        err.starts_with("error: --left: 2019-12-31 is before the member joined"),
        "{err}"
    );
    let err = refused(
        &env,
        "member add --family-name X --birth-date 2026-03-02",
        1,
    );
    assert!(
        err.starts_with("error: --birth-date: 2026-03-02 is in the future"),
        "{err}"
    );
    let err = refused(
        &env,
        "member add --family-name X --birth-date 2020-01-01 --joined 2019-01-01",
        1,
    );
    assert!(
        err.contains("--joined: 2019-01-01 is before the birth date"),
        "{err}"
    );
    let err = refused(&env, "member add --family-name X --category vip", 1);
    assert!(
        err.contains("--category: no category 'vip'; known: regular, honorary, youth, supporter"),
        "{err}"
    );
    refused(&env, "member add --family-name X --number 0", 2);
    let err = refused(&env, "member show 99", 1);
    assert!(err.starts_with("error: no member with number 99"), "{err}");
}

#[test]
fn edit_changes_and_journals_only_the_changed_fields() {
    let env = four_members();
    let rows = json(
        &env,
        "member edit 1 --city Breda --email jan@example.org --phone ''",
    )["changed"]
        .clone();
    assert_eq!(
        rows,
        json!([{"field": "city", "old": "Utrecht", "new": "Breda"}])
    );
    let (action, summary, old, new) = last_journal(&env);
    assert_eq!(action, "member.edit");
    assert_eq!(summary, "changed member 1: city");
    assert_eq!(old, json!({"city": "Utrecht"}));
    assert_eq!(new, json!({"city": "Breda"}));

    // Nothing new: says so, no journal entry, database untouched.
    let before = env.dump();
    let (stdout, stderr) = both(&env, "member edit 1 --city Breda");
    assert!(stdout.is_empty());
    assert!(stderr.contains("nothing changed"), "{stderr}");
    assert_eq!(env.dump(), before);

    // Clearing, dates, category, consent, renumbering and the joining date.
    ok(&env, "member edit 1 --email '' --birth-date 01-02-1990");
    ok(
        &env,
        "member edit 1 --category honorary --email-consent 2025-12-01 --joined 2019-06-01 \
         --number 40",
    );
    let m = json(&env, "member show 40");
    assert_eq!(m["email"], Value::Null);
    assert_eq!(m["birth_date"], "1990-02-01");
    assert_eq!(m["category"], "honorary");
    assert_eq!(m["email_consent"], "2025-12-01");
    assert_eq!(m["joined"], "2019-06-01");
    let (_, summary, old, new) = last_journal(&env);
    assert_eq!(
        summary,
        "changed member 1 (now 40): email_consent, category, number, joined"
    );
    assert_eq!(old["category"], "regular");
    assert_eq!(new["number"], "40");
    ok(&env, "member edit 40 --email-consent");
    assert_eq!(json(&env, "member show 40")["email_consent"], "2026-03-01");
    ok(&env, "member edit 40 --email-consent ''");
    assert_eq!(json(&env, "member show 40")["email_consent"], Value::Null);
    refused(&env, "member show 1", 1);
}

#[test]
fn edit_refuses_what_would_break_the_record() {
    let env = four_members();
    let err = refused(&env, "member edit 1", 2);
    assert!(err.contains("nothing to change"), "{err}");
    let err = refused(&env, "member edit 1 --family-name ''", 1);
    assert!(
        err.starts_with("error: --family-name: is required"),
        "{err}"
    );
    let err = refused(&env, "member edit 1 --number 2", 1);
    assert!(
        err.starts_with("error: --number: member number 2 is taken"),
        "{err}"
    );
    let err = refused(&env, "member edit 3 --joined 2009-01-01", 1);
    assert!(
        err.contains("--joined: 2009-01-01 is before the birth date"),
        "{err}"
    );
    let err = refused(&env, "member edit 3 --birth-date 2023-01-01", 1);
    assert!(
        err.contains("--birth-date: 2023-01-01 is after the member joined"),
        "{err}"
    );
    refused(&env, "member edit 1 --birth-date 30-02-1990", 2);
    refused(&env, "member edit 1 --category vip", 1);
    refused(&env, "member edit 99 --city X", 1);
}

#[test]
fn list_sorts_in_register_order_and_searches_without_accents() {
    let env = four_members();
    ok(&env, "member add --given-name Emile --family-name Muller");
    // Bakker, (van der) Berg, Dijk, Müller (Émile), Muller (Emile): prefix and accents ignored.
    assert_eq!(numbers(&json(&env, "member list")), [4, 1, 3, 2, 5]);
    assert_eq!(
        numbers(&json(&env, "member list --sort number")),
        [1, 2, 3, 4, 5]
    );
    assert_eq!(
        numbers(&json(&env, "member list --sort joined")),
        [4, 1, 2, 3, 5]
    );
    let found = json(&env, "member list --search muller");
    assert_eq!(numbers(&found), [2, 5]);
    assert_eq!(found[0]["name"], "Émile Müller");
    for (search, expected) in [
        ("ÉMILE", vec![2, 5]),
        ("EXAMPLE.ORG", vec![4, 1]),
        ("zwolle", vec![2]),
        ("'van der'", vec![1]),
        ("4", vec![4]),
        ("%", vec![]),
        ("_", vec![]),
    ] {
        let found = json(&env, &format!("member list --search {search}"));
        assert_eq!(numbers(&found), expected, "--search {search}");
    }
    assert_eq!(numbers(&json(&env, "member list --category youth")), [3]);
    let err = refused(&env, "member list --category vip", 1);
    assert!(err.contains("--category: no category 'vip'"), "{err}");
}

#[test]
fn list_and_show_keep_their_columns() {
    let env = four_members();
    let csv = ok(&env, "member list --format csv --sort number");
    let mut lines = csv.lines();
    assert_eq!(
        lines.next(),
        Some("number,name,email,city,category,status,joined,left")
    );
    assert_eq!(
        lines.next(),
        Some("1,Jan van der Berg,jan@example.org,Utrecht,regular,active,2020-01-01,")
    );
    let list = json(&env, "member list --sort number");
    let keys: Vec<&String> = list[0].as_object().unwrap().keys().collect();
    assert_eq!(
        keys,
        [
            "number", "name", "email", "city", "category", "status", "joined", "left"
        ]
    );
    let table = ok(&env, "member list");
    assert!(
        table.contains("Jan van der Berg") && table.starts_with(" number  name"),
        "{table}"
    );
    // Nothing to list: no rows on stdout, a note on stderr, a CSV header for scripts.
    let (stdout, stderr) = both(&env, "member list --search nobody");
    assert!(stdout.is_empty());
    assert_eq!(stderr.trim(), "No members match.");
    assert_eq!(
        ok(&env, "member list --search nobody --format csv"),
        "number,name,email,city,category,status,joined,left\n"
    );
    assert_eq!(
        ok(&env, "member list --search nobody --format json"),
        "[]\n"
    );
    let show = ok(&env, "member show 1 --format csv");
    assert!(
        show.starts_with(
            "number,name,given_name,name_prefix,family_name,organisation,email,phone,phone2,external_code,street,postcode,city,\
             country,birth_date,category,status,joined,left,email_consent,notes,periods,\
             suspensions,source,erased,erased_at,created_at,updated_at,board\n"
        ),
        "{show}"
    );
}

#[test]
fn a_closed_pipe_is_not_an_error() {
    use std::io::{BufRead as _, BufReader};
    use std::process::Stdio;

    let env = TestEnv::new();
    {
        use quorum::domain::member::{MemberData, NewMember};
        let mut store =
            quorum::store::Store::open(&env.db(), crate::common::NOW.parse().unwrap()).unwrap();
        let actor = quorum::store::Actor {
            name: "test".into(),
            command: "test".into(),
            at: "2026-03-01T18:00:00Z".parse().unwrap(),
        };
        store
            .write(&actor, |tx| {
                for i in 0..3000 {
                    let data = MemberData {
                        given_name: Some(format!("Given{i}")),
                        family_name: Some(format!("Family name number {i}")),
                        city: Some("Utrecht".into()),
                        ..Default::default()
                    };
                    let new = NewMember {
                        data,
                        category: "regular".into(),
                        joined: "2020-01-01".parse::<chrono::NaiveDate>().unwrap().into(),
                        ..Default::default()
                    };
                    tx.add_member(&new, "test")?;
                }
                Ok(())
            })
            .unwrap();
    }
    for format in ["table", "csv", "json"] {
        // What `quorum member list | head -1` does: read one line, then close the pipe.
        let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin!("quorum"))
            .args(["member", "list", "--format", format])
            .env_clear()
            .env("QUORUM_DB", env.db())
            .env("QUORUM_NOW", crate::common::NOW)
            .env("NO_COLOR", "1")
            .env("TZ", "UTC")
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut first = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut first)
            .unwrap();
        assert!(!first.is_empty());
        let out = child.wait_with_output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{format}");
        assert!(
            out.stderr.is_empty(),
            "{format}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}
