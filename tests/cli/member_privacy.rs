//! `quorum member data` and `quorum member erase`: everything held about a member, and erasing
//! it so thoroughly that the values are nowhere in the database file, while the journal still
//! verifies and past counts stay true.

use serde_json::{Value, json};

use crate::common::TestEnv;
use crate::member::{both, json as json_of, last_journal, ok, refused};

const EMAIL: &str = "erasable.person@example.org";
const FAMILY: &str = "Zwartjesvliet";

/// Member 1 (kept) and member 2, with a history: edited, suspended, left.
fn with_history() -> TestEnv {
    let env = TestEnv::new();
    ok(&env, "member add --family-name Bakker --joined 2018-01-01");
    ok(
        &env,
        &format!(
            "member add --given-name Grietje --prefix van --family-name {FAMILY} \
             --email old.address@example.org --phone 06-98765432 --street 'Kerkpad 12' \
             --postcode '9999 ZZ' --city Oudeschild --birth-date 1961-07-04 --joined 2015-05-01 \
             --email-consent 2020-01-01 --notes 'prefers letters in large print'"
        ),
    );
    ok(
        &env,
        &format!("member edit 2 --email {EMAIL} --city 'Den Burg'"),
    );
    ok(
        &env,
        "member suspend 2 --reason 'Grietje did not pay 2024' --from 2024-01-01 --until 2024-12-31",
    );
    ok(
        &env,
        "member leave 2 --date 2025-12-31 --reason 'moved to Texel'",
    );
    env
}

#[test]
fn data_holds_every_field_period_suspension_and_journal_value() {
    let env = with_history();
    let d: Value = serde_json::from_str(&ok(&env, "member data 2")).unwrap();
    assert_eq!(d["association"], "Vereniging De Eendracht");
    assert_eq!(d["generated_at"], "2026-03-01T18:00:00Z");
    assert_eq!(d["number"], 2);
    assert_eq!(d["family_name"], FAMILY);
    assert_eq!(d["email"], EMAIL);
    assert_eq!(d["notes"], "prefers letters in large print");
    assert_eq!(d["email_consent"], "2020-01-01");
    assert_eq!(d["status"], "former");
    assert_eq!(d["category"]["name"], "regular");
    assert_eq!(d["category"]["has_vote"], true);
    assert_eq!(
        d["periods"],
        json!([{"joined": "2015-05-01", "left": "2025-12-31", "reason": "moved to Texel"}])
    );
    assert_eq!(d["suspensions"][0]["reason"], "Grietje did not pay 2024");
    let actions: Vec<&str> = d["journal"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    assert_eq!(
        actions,
        [
            "member.add",
            "member.edit",
            "member.suspend",
            "member.leave"
        ]
    );
    assert_eq!(d["journal"][0]["new"]["email"], "old.address@example.org");
    assert_eq!(
        d["journal"][1]["old"],
        json!({"email": "old.address@example.org", "city": "Oudeschild"})
    );
    assert_eq!(d["journal"][1]["actor"], "tester");
    // JSON whatever --format says: the document has no flat form.
    assert_eq!(
        ok(&env, "member data 2 --format csv"),
        ok(&env, "member data 2")
    );
    refused(&env, "member data 9", 1);
}

#[test]
fn data_output_writes_the_same_document_to_an_owner_only_file() {
    use std::os::unix::fs::PermissionsExt as _;
    let env = with_history();
    let printed = ok(&env, "member data 2");
    let out = env
        .quorum()
        .args(["member", "data", "2", "--output"])
        .arg(env.path("data-2.json"))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        !stdout.contains('{'),
        "the document goes to the file only: {stdout}"
    );
    assert!(stdout.contains("member 2"), "{stdout}");
    let written = std::fs::read_to_string(env.path("data-2.json")).unwrap();
    assert_eq!(written, printed);
    let mode = std::fs::metadata(env.path("data-2.json"))
        .unwrap()
        .permissions()
        .mode();
    assert_eq!(
        mode & 0o777,
        0o600,
        "personal data: readable by its owner only"
    );
    // `-` is stdout.
    assert_eq!(ok(&env, "member data 2 --output -"), printed);
}

#[test]
fn erase_refuses_members_and_needs_yes() {
    let env = with_history();
    let err = refused(&env, "member erase 1 --yes", 1);
    assert!(
        err.starts_with("error: member 1 is active and has not left"),
        "{err}"
    );
    assert!(
        err.contains("help: end the membership first: `quorum member leave 1 --on"),
        "{err}"
    );
    ok(&env, "member suspend 1 --reason x");
    let err = refused(&env, "member erase 1 --yes", 1);
    assert!(
        err.starts_with("error: member 1 is suspended and has not left"),
        "{err}"
    );
    // Leaving today: still a member today, so not yet.
    ok(&env, "member leave 1");
    let err = refused(&env, "member erase 1 --yes", 1);
    assert!(
        err.contains("until 2026-03-01 (the last day as a member)"),
        "{err}"
    );
    // A former member, but no --yes and no terminal to ask on.
    let err = refused(&env, "member erase 2", 2);
    assert!(
        err.contains("needs confirmation") && err.contains("help: add --yes"),
        "{err}"
    );
    refused(&env, "member erase 9 --yes", 1);
}

#[test]
fn erase_removes_every_trace_of_the_values_and_keeps_the_counts() {
    let env = with_history();
    let (stdout, _) = both(&env, "member erase 2 --yes");
    assert!(
        stdout.starts_with("      Erased the personal data of member 2;"),
        "{stdout}"
    );

    // The anonymous record: number, category, dates; no names, no reasons.
    let m = json_of(&env, "member show 2");
    assert_eq!(m["erased"], true);
    assert_eq!(m["erased_at"], "2026-03-01T18:00:00Z");
    assert_eq!(m["name"], "");
    for f in [
        "given_name",
        "name_prefix",
        "family_name",
        "email",
        "phone",
        "street",
        "postcode",
        "city",
        "birth_date",
        "email_consent",
        "notes",
    ] {
        assert_eq!(m[f], Value::Null, "{f} kept");
    }
    assert_eq!(m["category"], "regular");
    assert_eq!(m["periods"], "2015-05-01..2025-12-31");
    assert_eq!(m["suspensions"], "2024-01-01..2024-12-31");
    let count = |line: &str| json_of(&env, line).as_array().unwrap().len();
    assert_eq!(
        count("member list --as-of 2024-06-01 --status suspended"),
        1,
        "past suspension"
    );
    assert_eq!(
        count("member list --as-of 2020-01-01"),
        2,
        "past membership"
    );
    assert_eq!(
        count("member list --status all --search 2"),
        1,
        "found by number"
    );

    // The journal: the erasure is recorded without values; the earlier values are gone.
    let (action, summary, old, new) = last_journal(&env);
    assert_eq!(
        (action.as_str(), summary.as_str()),
        ("member.erase", "erased the personal data of member 2")
    );
    assert_eq!((old, new), (Value::Null, Value::Null));
    let d: Value = serde_json::from_str(&ok(&env, "member data 2")).unwrap();
    let journal = d["journal"].as_array().unwrap();
    assert_eq!(journal.len(), 5);
    assert!(
        journal
            .iter()
            .all(|e| e["old"].is_null() && e["new"].is_null())
    );
    let verdict = {
        let mut store =
            quorum::store::Store::open(&env.db(), crate::common::NOW.parse().unwrap()).unwrap();
        store.read(|tx| tx.journal_verify()).unwrap()
    };
    assert_eq!(verdict, Ok(12), "the chain still verifies");
    env.quorum().args(["journal", "verify"]).assert().success();

    // Not a byte left: names, addresses, reasons, notes, also folded for search and sorting.
    let bytes = String::from_utf8_lossy(&env.snapshot()).to_lowercase();
    for secret in [
        FAMILY,
        EMAIL,
        "old.address",
        "grietje",
        "oudeschild",
        "den burg",
        "kerkpad",
        "9999 zz",
        "06-98765432",
        "1961-07-04",
        "large print",
        "texel",
        "did not pay",
    ] {
        assert!(
            !bytes.contains(&secret.to_lowercase()),
            "'{secret}' is still in the database file"
        );
    }
    assert!(bytes.contains("bakker"), "the scan must find what is there");

    // The record cannot be changed or erased again.
    let err = refused(&env, "member edit 2 --city X", 1);
    assert!(err.contains("was erased"), "{err}");
    refused(&env, "member rejoin 2", 1);
    let err = refused(&env, "member erase 2 --yes", 1);
    assert!(err.contains("erased already"), "{err}");
}

#[test]
fn erase_empties_the_write_ahead_log_while_another_program_has_the_file_open() {
    let env = TestEnv::new();
    // An idle connection (a backup tool, a second quorum) keeps SQLite from deleting the -wal
    // file when quorum exits, so every earlier page image would stay in it.
    let other = rusqlite::Connection::open(env.db()).unwrap();
    let _: i64 = other
        .query_row("SELECT COUNT(*) FROM member", [], |r| r.get(0))
        .unwrap();
    ok(
        &env,
        &format!("member add --family-name {FAMILY} --email {EMAIL} --joined 2020-01-01"),
    );
    ok(&env, "member leave 1 --date 2025-12-31");
    let wal = std::fs::read(env.path("test.db-wal")).unwrap();
    assert!(
        String::from_utf8_lossy(&wal).contains(FAMILY),
        "the test needs the value in the log"
    );
    ok(&env, "member erase 1 --yes");
    let bytes = String::from_utf8_lossy(&env.snapshot()).to_lowercase();
    assert!(!bytes.contains(&FAMILY.to_lowercase()) && !bytes.contains(EMAIL));
    drop(other);
}
