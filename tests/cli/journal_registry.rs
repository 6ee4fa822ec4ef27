//! The registry against the journal (issue 14): every change quorum makes to a member, a category
//! or the rules is recorded as a digest under the chain, and `journal verify` finds a row changed,
//! added or deleted with the sqlite3 shell, naming it.

use crate::common::TestEnv;

fn sql(env: &TestEnv, statement: &str) {
    let conn = rusqlite::Connection::open(env.db()).unwrap();
    conn.execute_batch(statement).unwrap();
}

/// A registry that went through every kind of change quorum makes to it.
fn kept_registry() -> TestEnv {
    let env = TestEnv::new();
    for (name, email) in [("Jansen", "a@example.nl"), ("Bakker", "b@example.nl")] {
        env.ok(&[
            "member",
            "add",
            "--family-name",
            name,
            "--email",
            email,
            "--joined",
            "2020-01-01",
        ]);
    }
    env.ok(&[
        "member",
        "add",
        "--family-name",
        "Visser",
        "--joined",
        "2021-05-01",
    ]);
    env.ok(&["member", "edit", "1", "--city", "Utrecht"]);
    env.ok(&[
        "member",
        "leave",
        "2",
        "--date",
        "2025-12-31",
        "--reason",
        "moved",
    ]);
    env.ok(&["member", "rejoin", "2", "--date", "2026-02-01"]);
    env.ok(&[
        "member",
        "suspend",
        "3",
        "--reason",
        "unpaid",
        "--from",
        "2026-01-01",
        "--until",
        "2026-06-30",
    ]);
    env.ok(&["member", "arrears", "1", "--since", "2026-01-01"]);
    env.ok(&["category", "edit", "regular", "--weight", "2"]);
    env.ok(&["rules", "set", "notice_days_ordinary", "21"]);
    env
}

fn verify_fails(env: &TestEnv) -> String {
    env.fails(&["journal", "verify"], 1)
}

#[test]
fn a_registry_kept_by_quorum_matches_its_journal() {
    let env = kept_registry();
    let v = env.json(&["journal", "verify"]);
    assert_eq!(v["intact"], true, "{v}");
    assert_eq!(
        v["registry"],
        serde_json::json!({"members": 3, "categories": 4, "rules_versions": 1}),
        "{v}"
    );
    let said = env.quorum().args(["journal", "verify"]).output().unwrap();
    let said = String::from_utf8_lossy(&said.stdout).to_string();
    assert!(
        said.contains("3 members, 4 categories and 1 rules version match"),
        "{said}"
    );
}

#[test]
fn a_member_period_category_or_rule_changed_in_the_tables_is_named() {
    let tampers = [
        (
            "UPDATE member SET email = 'other@example.nl' WHERE number = 2",
            "member 2 differs from what the journal last recorded",
        ),
        (
            "UPDATE membership_period SET left_on = '2026-12-31'
             WHERE member_id = (SELECT id FROM member WHERE number = 3)",
            "member 3 differs",
        ),
        (
            "UPDATE suspension SET until = NULL",
            "member 3 differs",
        ),
        ("DELETE FROM arrears", "member 1 differs"),
        (
            "UPDATE category SET weight = 5 WHERE name = 'regular'",
            "category 'regular' differs",
        ),
        (
            "UPDATE rule_value SET value = '7' WHERE key = 'notice_days_ordinary'",
            "the rules from 2026-03-01 differs",
        ),
        (
            "INSERT INTO member (number, family_name, category_id, created_at, updated_at)
             VALUES (99, 'Stiekem', 1, '2026-03-01T18:00:00Z', '2026-03-01T18:00:00Z')",
            "member 99 is not in the journal: it was added outside quorum",
        ),
        (
            "DELETE FROM suspension WHERE member_id = (SELECT id FROM member WHERE number = 3);
             DELETE FROM membership_period WHERE member_id = (SELECT id FROM member WHERE number = 3);
             DELETE FROM member WHERE number = 3",
            "member 3 was deleted outside quorum",
        ),
        (
            "UPDATE journal_state SET digest = randomblob(16) WHERE id = 5",
            "the registry digests it recorded were changed",
        ),
    ];
    for (statement, expected) in tampers {
        let env = kept_registry();
        env.ok(&["journal", "verify"]);
        let before = env.ok(&["db", "check"]);
        sql(&env, statement);
        let err = verify_fails(&env);
        assert!(
            err.contains(expected),
            "{statement}\nexpected: {expected}\nfound: {err}"
        );
        assert!(err.contains("broken at entry"), "{err}");
        // verify reads only: the file is as the tamperer left it.
        assert_eq!(before, env.ok(&["db", "check"]));
    }
}

#[test]
fn the_break_names_the_entry_that_recorded_the_row_last() {
    let env = kept_registry();
    let entries = env.json(&["journal", "list", "--member", "2"]);
    let last = entries.as_array().unwrap().last().unwrap()["seq"].clone();
    sql(
        &env,
        "UPDATE member SET given_name = 'Piet' WHERE number = 2",
    );
    let err = verify_fails(&env);
    assert!(
        err.contains(&format!("broken at entry {last}: member 2 differs")),
        "{err}"
    );
}

#[test]
fn an_edit_put_back_as_it_was_verifies_again() {
    let env = kept_registry();
    sql(&env, "UPDATE member SET city = 'Zeist' WHERE number = 1");
    verify_fails(&env);
    sql(&env, "UPDATE member SET city = 'Utrecht' WHERE number = 1");
    env.ok(&["journal", "verify"]);
}

#[test]
fn erasure_deletion_and_imports_keep_the_registry_matching() {
    let env = kept_registry();
    let salt = |env: &TestEnv| -> Vec<u8> {
        let conn = rusqlite::Connection::open(env.db()).unwrap();
        conn.query_row("SELECT state_salt FROM member WHERE number = 2", [], |r| {
            r.get(0)
        })
        .unwrap()
    };
    let before = salt(&env);
    env.ok(&["member", "leave", "2", "--date", "2026-02-15"]);
    env.ok(&["member", "erase", "2", "--yes"]);
    // The erasure draws a new salt: the digests of member 2's earlier states, which stay in the
    // journal, can no longer confirm a guess at what was erased.
    assert_ne!(before, salt(&env));
    env.ok(&["journal", "verify"]);
    env.ok(&[
        "member",
        "add",
        "--family-name",
        "Vergissing",
        "--joined",
        "2026-03-01",
    ]);
    env.ok(&["member", "delete", "4", "--yes"]);
    env.ok(&["journal", "verify"]);
    // Putting the deleted record back behind quorum's back is found.
    sql(
        &env,
        "INSERT INTO member (id, number, family_name, category_id, created_at, updated_at)
         VALUES (4, 4, 'Vergissing', 1, '2026-03-01T18:00:00Z', '2026-03-01T18:00:00Z')",
    );
    assert!(verify_fails(&env).contains("member 4"));
}

#[test]
fn an_import_records_every_member_it_adds_and_changes() {
    let env = kept_registry();
    let file = env.path("leden.csv");
    std::fs::write(
        &file,
        "lidnummer,voornaam,achternaam,email,lid sinds,categorie\n\
         10,Anna,de Vries,anna@example.nl,01-02-2024,nieuw\n\
         11,Bram,Smit,,15-03-2023,gewoon lid\n",
    )
    .unwrap();
    env.ok(&[
        "member",
        "import",
        file.to_str().unwrap(),
        "--create-categories",
    ]);
    env.ok(&["journal", "verify"]);
    // Numbers the import hands out, and a category named by its Dutch alias.
    let unnumbered = env.path("zonder.csv");
    std::fs::write(
        &unnumbered,
        "voornaam,achternaam,lid sinds,categorie\n\
         Cor,Jansen,01-05-2024,gewoon lid\n\
         Dirk,Bakker,02-05-2024,regular\n",
    )
    .unwrap();
    env.ok(&["member", "import", unnumbered.to_str().unwrap()]);
    env.ok(&["journal", "verify"]);
    std::fs::write(
        &file,
        "lidnummer,voornaam,achternaam,email,lid sinds,categorie\n\
         10,Anna,de Vries,anna.devries@example.nl,01-02-2024,nieuw\n",
    )
    .unwrap();
    env.ok(&["member", "import", file.to_str().unwrap(), "--update"]);
    let v = env.json(&["journal", "verify"]);
    assert_eq!(v["registry"]["members"], 7, "{v}");
    assert_eq!(v["registry"]["categories"], 5, "{v}");
    sql(
        &env,
        "UPDATE member SET family_name = 'Visser' WHERE number = 10",
    );
    assert!(verify_fails(&env).contains("member 10 differs"));
}
