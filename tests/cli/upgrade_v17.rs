//! A database written by the release of stop 22 (schema 17, `tests/fixtures/upgrade/v17.db`, made
//! by `make-v17.sh`), before the periods' index held the periods' own columns: it opens, the
//! index is made again, and every member exports as that release exported them.

use crate::common::TestEnv;

const HEAD: &str = "787e63378f29f4ab16d194c5864180c320b3a63d6674a1178ecebed2f952fdd8";

#[test]
fn a_schema_17_file_upgrades_and_exports_as_before() {
    let (env, said) = TestEnv::upgraded_fixture("v17.db", HEAD);
    assert!(said.contains("from schema 17"), "{said}");
    assert!(
        said.contains("9 members, 5 categories and 2 rules versions match"),
        "{said}"
    );
    let index: String = rusqlite::Connection::open(env.db())
        .unwrap()
        .query_row(
            "SELECT sql FROM sqlite_schema WHERE name = 'membership_period_member'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert!(index.contains("left_on, leave_reason"), "{index}");
    // Exported by the release that wrote the file, on the same date, in its columns (the
    // organisation column came later).
    let before = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/upgrade/v17-export.csv"),
    )
    .unwrap();
    let columns = before.lines().next().unwrap();
    assert_eq!(
        env.ok(&["member", "export", "--status", "all", "--columns", columns]),
        before
    );
    env.ok(&["member", "leave", "50", "--date", "2026-02-28"]);
    env.ok(&["journal", "verify"]);
}
