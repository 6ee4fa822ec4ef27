//! A database written by the release of stop 23 (schema 18, `tests/fixtures/upgrade/v18.db`, made
//! by `make-v18.sh`): a whole association year written before meetings were guarded. It opens and
//! upgrades; the registry exports as that release exported it; the decisions it holds are all
//! still in the register; and the minutes sealed by that release still verify, byte for byte.

use crate::common::TestEnv;

const HEAD: &str = "d3e5aaf2d5f1697ea5f829754ab6d7eb0be57de1cbd50f52ae6f935b1bf268e6";

#[test]
fn a_schema_18_file_upgrades_with_its_year_intact() {
    let (env, _said) = TestEnv::upgraded_fixture("v18.db", HEAD);
    let before = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/upgrade/v18-export.csv"),
    )
    .unwrap();
    assert_eq!(env.ok(&["member", "export", "--status", "all"]), before);

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

    // The seal made by the old release covers the text it wrote; an upgrade never rewrites it.
    let verified = env.ok(&["minutes", "verify", "1", "--format", "csv"]);
    assert!(
        verified.contains("82a0afd914e30facbfcafd1b5e5391527f9ede7348b5af2ea7283c917b48c1b9"),
        "{verified}"
    );
    assert!(!verified.contains(",no"), "{verified}");
    env.ok(&["journal", "verify"]);
}
