//! A database written by the release of stop 23 (schema 18, `tests/fixtures/upgrade/v18.db`, made
//! by `make-v18.sh`): a whole association year written before meetings were guarded. It opens and
//! upgrades; the registry exports as that release exported it; the decisions it holds are all
//! still in the register; and the minutes sealed by that release still verify, byte for byte.

use crate::common::TestEnv;

const HEAD: &str = "d3e5aaf2d5f1697ea5f829754ab6d7eb0be57de1cbd50f52ae6f935b1bf268e6";

#[test]
fn a_schema_18_file_upgrades_with_its_year_intact() {
    let (env, said) = TestEnv::upgraded_fixture("v18.db", HEAD);
    assert!(said.contains("from schema 18"), "{said}");
    let before = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/upgrade/v18-export.csv"),
    )
    .unwrap();
    // In that release's columns (later releases add the organisation's name).
    let columns = before.lines().next().unwrap();
    assert_eq!(
        env.ok(&["member", "export", "--status", "all", "--columns", columns]),
        before
    );

    let decisions = env.json(&["decisions"]);
    let codes: Vec<&str> = decisions
        .as_array()
        .expect("the register is a list")
        .iter()
        .map(|d| d["code"].as_str().unwrap())
        .collect();
    assert_eq!(
        codes,
        [
            "ALV-2026-03-20/1",
            "ALV-2026-03-20/2",
            "ALV-2026-03-20/3",
            "ALV-2026-04-15/1"
        ]
    );

    // The decision of the meeting that was opened without a convocation is voidable on that
    // ground (BW 2:15); the annual meeting's, convened in time, stand as valid.
    let standing: Vec<(&str, &str)> = decisions
        .as_array()
        .unwrap()
        .iter()
        .map(|d| (d["code"].as_str().unwrap(), d["standing"].as_str().unwrap()))
        .collect();
    assert_eq!(
        standing,
        [
            ("ALV-2026-03-20/1", "valid"),
            ("ALV-2026-03-20/2", "valid"),
            ("ALV-2026-03-20/3", "valid"),
            ("ALV-2026-04-15/1", "voidable")
        ]
    );
    let d = env.json(&["decisions", "show", "ALV-2026-04-15/1"]);
    assert_eq!(d["grounds"][0]["code"], "not-convened", "{d}");

    // The seal made by the old release covers the text it wrote; an upgrade never rewrites it.
    let verified = env.ok(&["minutes", "verify", "1", "--format", "csv"]);
    assert!(
        verified.contains("82a0afd914e30facbfcafd1b5e5391527f9ede7348b5af2ea7283c917b48c1b9"),
        "{verified}"
    );
    assert!(!verified.contains(",no"), "{verified}");
    env.ok(&["journal", "verify"]);

    // Migration 25 placed the old note in the order of the meeting at the moment its journal
    // entry was written (20.12), also under sealed minutes, whose guard is back afterwards.
    let notes = env.json(&["minutes", "notes", "1"]);
    assert_eq!(notes[0]["at"], "2026-03-20T20:12", "{notes}");
    let conn = rusqlite::Connection::open(env.db()).unwrap();
    let said: String = conn
        .query_row("SELECT said_at FROM minutes_note WHERE id = 1", [], |r| {
            r.get(0)
        })
        .unwrap();
    assert_eq!(said, "2026-03-20T20:12:00Z");
    let guarded = conn.execute("UPDATE minutes_note SET text = 'anders' WHERE id = 1", []);
    assert!(
        guarded.is_err_and(|e| e.to_string().contains("sealed")),
        "the sealed notes' guard is gone"
    );
}
