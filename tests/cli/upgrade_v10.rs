//! A database written before the decision register (schema 10, `tests/fixtures/upgrade/v10.db`,
//! made by `make-v10.sh`): upgrading backfills a decision for every vote, election and written
//! resolution decided before, per meeting in the order they were taken, and the register goes on
//! from there.

use serde_json::Value;

use crate::common::TestEnv;

const HEAD: &str = "e006e9fcb397ad860016b868fdd169eaa300088783f6926b62a3fabc488e03e2";

fn opened() -> (TestEnv, String) {
    TestEnv::upgraded_fixture("v10.db", HEAD)
}

fn column(rows: &Value, key: &str) -> Vec<String> {
    rows.as_array()
        .unwrap()
        .iter()
        .map(|r| match &r[key] {
            Value::String(s) => s.clone(),
            Value::Null => String::new(),
            v => v.to_string(),
        })
        .collect()
}

#[test]
fn a_schema_10_file_gets_its_decisions_in_the_order_they_were_taken() {
    let (env, said) = opened();
    assert!(
        said.contains("from schema 10") && said.contains("noted head as entry 93"),
        "{said}"
    );
    let all = env.json(&["decisions"]);
    assert_eq!(
        column(&all, "code"),
        vec![
            "ALV-2026-03-20/1",
            "ALV-2026-03-20/2",
            "ALV-2026-03-20/3",
            "ALV-2026-03-20/4",
            "ALV-2026-03-20/5",
            "ALV-2026-03-20/6",
            "SB-2026-04-03/1",
            "ALV-2026-06-10/1",
        ]
    );
    assert_eq!(
        column(&all, "kind"),
        vec![
            "proposal",
            "election",
            "proposal",
            "proposal",
            "proposal",
            "proposal",
            "resolution",
            "proposal"
        ]
    );
    assert_eq!(
        column(&all, "status"),
        vec![
            "adopted",
            "adopted",
            "superseded",
            "rejected",
            "awaiting-deed",
            "rejected",
            "adopted",
            "adopted"
        ]
    );
    // Migration 19: meeting 2 was opened without a recorded convocation, so its decision is
    // voidable on that ground; meeting 1 was convened with every item, and a written resolution
    // has no meeting: valid.
    assert_eq!(
        column(&all, "standing"),
        vec![
            "valid", "valid", "valid", "valid", "valid", "valid", "valid", "voidable"
        ]
    );
    assert_eq!(column(&all, "ground_codes")[7], "not-convened");
    let m2 = env.json(&["decisions", "show", "ALV-2026-06-10/1"]);
    assert_eq!(m2["grounds"][0]["code"], "not-convened");
    assert_eq!(
        column(&all, "vote"),
        vec!["1", "", "2", "3", "4", "5", "", "6"]
    );
    // The challenged vote's decision names the one that replaced it.
    let challenged = env.json(&["decisions", "show", "ALV-2026-03-20/3"]);
    assert_eq!(challenged["superseded_by"], "ALV-2026-03-20/4");
    assert_eq!(
        env.json(&["decisions", "show", "ALV-2026-03-20/2"])["elected"],
        serde_json::json!(["Lid Nummer1"])
    );
    // The note wraps between words where the table is narrower than it.
    let history = env.ok(&["decisions", "show", "ALV-2026-03-20/3"]);
    let history = history.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        history.contains("recorded by the upgrade that brought the decision register"),
        "{history}"
    );

    // The register goes on: the deed of the amendment, then a new meeting's decision.
    let out = env
        .quorum()
        .env("QUORUM_NOW", "2026-07-01T12:00:00Z")
        .args([
            "decisions",
            "set",
            "ALV-2026-03-20/5",
            "--status",
            "in-force",
            "--date",
            "2026-06-30",
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let ok = |args: &[&str]| {
        let out = env
            .quorum()
            .env("QUORUM_NOW", "2026-09-10T20:00:00Z")
            .args(args)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    };
    ok(&[
        "meeting",
        "new",
        "--title",
        "Najaarsvergadering",
        "--date",
        "2026-09-10T20:00",
        "--kind",
        "extraordinary",
    ]);
    ok(&[
        "proposal",
        "new",
        "--title",
        "Begroting 2027",
        "--kind",
        "budget",
        "--by-board",
        "--meeting",
        "3",
        "--text",
        "Contributie 65 euro",
    ]);
    ok(&[
        "meeting",
        "edit",
        "3",
        "--location",
        "Buurthuis De Kring",
        "--quiet",
    ]);
    ok(&["meeting", "convene", "3", "--sent", "2026-08-01", "--quiet"]);
    ok(&["meeting", "open", "3"]);
    ok(&["meeting", "checkin", "3", "1", "2", "3"]);
    ok(&["vote", "open", "7", "--method", "hands"]);
    ok(&["vote", "count", "7", "--for", "3", "--against", "0"]);
    ok(&["vote", "close", "7"]);
    let all = env.json(&["decisions", "--since", "2026-06-01"]);
    assert_eq!(
        column(&all, "code"),
        vec!["ALV-2026-06-10/1", "ALV-2026-09-10/1"]
    );
    assert_eq!(
        column(&env.json(&["decisions", "--status", "in-force"]), "code"),
        vec!["ALV-2026-03-20/5"]
    );
    env.ok(&["journal", "verify"]);
}
