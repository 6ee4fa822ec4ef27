//! A database written by the release of stop 17 (schema 16, `tests/fixtures/upgrade/v16.db`, made
//! by `make-v16.sh`), before the journal kept digests of the registry: it opens, the upgrade
//! records the registry as it stood, and from then on a change outside quorum is found.

use crate::common::TestEnv;

const HEAD: &str = "2908a866f55823cd707f97509751c21c0b42dd8df90b95b5dd1ddfbbf98377c3";

fn opened() -> (TestEnv, String) {
    TestEnv::upgraded_fixture("v16.db", HEAD)
}

#[test]
fn a_schema_16_file_upgrades_and_its_registry_is_recorded_as_it_stood() {
    let (env, said) = opened();
    assert!(said.contains("from schema 16"), "{said}");
    assert!(said.contains("23 entries"), "{said}");
    assert!(said.contains("noted head as entry 22"), "{said}");
    assert!(
        said.contains("9 members, 5 categories and 2 rules versions match"),
        "{said}"
    );
    let journal = env.json(&["journal", "list"]);
    let last = journal.as_array().unwrap().last().unwrap();
    assert_eq!(last["action"], "registry.baseline", "{last}");
    assert_eq!(last["actor"], "quorum");
    assert_eq!(last["command"], "upgrade");
    assert!(
        last["summary"]
            .as_str()
            .unwrap()
            .contains("9 members, 5 categories, 2 rules versions"),
        "{last}"
    );
    // The old file's data is all there: history, suspension, arrears, the erased member.
    let list = env.ok(&["member", "list", "--status", "all", "--format", "csv"]);
    assert_eq!(list.lines().count(), 10, "{list}");
    let anna = env.json(&["member", "show", "50"]);
    assert_eq!(anna["city"], "Utrecht", "{anna}");
    assert_eq!(anna["external_code"], "R-50", "{anna}");
}

#[test]
fn after_the_upgrade_writes_extend_the_record_and_tampering_is_found() {
    let (env, _) = opened();
    env.ok(&["member", "edit", "51", "--city", "Zwolle"]);
    env.ok(&["category", "edit", "federatie", "--weight", "4"]);
    env.ok(&["journal", "verify"]);
    let tampers = [
        (
            "UPDATE member SET email = 'x@example.nl' WHERE number = 1",
            "member 1 differs",
        ),
        (
            "UPDATE suspension SET until = '2026-12-31'",
            "member 50 differs",
        ),
        (
            "UPDATE category SET weight = 9 WHERE name = 'federatie'",
            "category 'federatie' differs",
        ),
        (
            "UPDATE rule_value SET value = '2/3' WHERE key = 'quorum_ordinary'
             AND version_id = (SELECT id FROM rules_version WHERE valid_from = '2026-07-01')",
            "the rules from 2026-07-01 differs",
        ),
    ];
    let clean = env.path("clean.db");
    std::fs::copy(env.db(), &clean).unwrap();
    for (statement, expected) in tampers {
        std::fs::copy(&clean, env.db()).unwrap();
        let conn = rusqlite::Connection::open(env.db()).unwrap();
        conn.execute_batch(statement).unwrap();
        drop(conn);
        let err = env.fails(&["journal", "verify"], 1);
        assert!(err.contains(expected), "{statement}: {err}");
    }
}
