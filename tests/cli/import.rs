//! `quorum member import`: the spreadsheets secretaries really have, every kind of bad file, all
//! or nothing (also when the process is killed), `--update`, `--dry-run` and the journal.

use std::path::Path;

use crate::common::TestEnv;

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/import");

/// A registry with the fixture `name` copied next to it, so messages show the bare name.
fn env_with(names: &[&str]) -> TestEnv {
    let env = TestEnv::new();
    for name in names {
        std::fs::copy(Path::new(FIXTURES).join(name), env.path(name)).expect("fixture");
    }
    env
}

fn export_json(env: &TestEnv) -> Vec<serde_json::Value> {
    let v = env.json(&["member", "export", "--status", "all"]);
    v.as_array().expect("an array").clone()
}

fn member(all: &[serde_json::Value], number: i64) -> &serde_json::Value {
    all.iter()
        .find(|m| m["number"] == number)
        .unwrap_or_else(|| panic!("member {number} in {all:#?}"))
}

fn query(env: &TestEnv, sql: &str) -> Vec<String> {
    let conn = rusqlite::Connection::open(env.db()).unwrap();
    let mut stmt = conn.prepare(sql).unwrap();
    stmt.query_map([], |r| r.get::<_, String>(0))
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

#[test]
fn a_dutch_excel_export_in_windows_1252_with_semicolons_imports() {
    let env = env_with(&["ledenlijst-excel.csv"]);
    let out = env.ok(&[
        "member",
        "import",
        "ledenlijst-excel.csv",
        "--format",
        "json",
    ]);
    let summary: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(summary["encoding"], "windows-1252");
    assert_eq!(summary["new"], 5);
    assert_eq!(summary["errors"], 0);
    let all = export_json(&env);
    let jan = member(&all, 1);
    assert_eq!(jan["name_prefix"], "van der");
    assert_eq!(jan["street"], "Dorpsstraat 12");
    assert_eq!(jan["postcode"], "1234 AB");
    assert_eq!(jan["birth_date"], "1961-02-03");
    assert_eq!(jan["joined"], "1985-09-01");
    assert_eq!(
        jan["category"], "honorary",
        "Erelid is the honorary category"
    );
    assert_eq!(member(&all, 2)["notes"], "Contributie € 35 per jaar");
    assert_eq!(member(&all, 3)["given_name"], "Zoë");
    assert_eq!(member(&all, 3)["category"], "youth");
    assert_eq!(member(&all, 4)["family_name"], "Müller");
    assert_eq!(member(&all, 4)["left"], "2023-12-31");
    assert_eq!(member(&all, 4)["status"], "former");
    assert_eq!(member(&all, 5)["category"], "supporter");
    assert_eq!(member(&all, 5)["notes"], "Sponsor “Brood voor de club”");
}

#[test]
fn a_utf8_file_with_a_byte_order_mark_imports() {
    let env = env_with(&["members-utf8-bom.csv"]);
    let err = env
        .quorum()
        .args(["member", "import", "members-utf8-bom.csv"])
        .output()
        .unwrap();
    assert!(err.status.success());
    let stderr = String::from_utf8(err.stderr).unwrap();
    assert!(
        !stderr.contains("warning"),
        "the BOM is not part of a header: {stderr}"
    );
    let all = export_json(&env);
    assert_eq!(member(&all, 101)["given_name"], "Émile");
    assert_eq!(member(&all, 102)["city"], "København");
    assert_eq!(member(&all, 102)["category"], "honorary");
    assert_eq!(member(&all, 103)["family_name"], "Yılmaz");
}

#[test]
fn quoted_fields_hold_separators_and_line_breaks_and_lines_are_counted_right() {
    let env = env_with(&["multiline.csv"]);
    env.ok(&["member", "import", "multiline.csv"]);
    let all = export_json(&env);
    assert_eq!(member(&all, 201)["family_name"], "Visser, jr.");
    assert_eq!(member(&all, 201)["street"], "Havenstraat 4, 2e etage");
    assert_eq!(
        member(&all, 201)["notes"],
        "Penningmeester 2015-2019;\naftreden \"met dank\" op de ALV van 2019"
    );
    assert_eq!(member(&all, 202)["notes"], "Regel 1\nRegel 2\nRegel 3");
    // Where each member came from: the import and the line its row starts on.
    assert_eq!(
        query(&env, "SELECT source FROM member ORDER BY number"),
        ["import:1:2", "import:1:4", "import:1:7"]
    );
}

#[test]
fn every_bad_file_is_refused_with_its_line_and_column_and_changes_nothing() {
    let cases: &[(&str, &str)] = &[
        (
            "bad-duplicate-number.csv",
            "bad-duplicate-number.csv:5: column \"Lidnummer\": member number 2 is also on line 3",
        ),
        (
            "bad-impossible-date.csv",
            "bad-impossible-date.csv:3: column \"Geboortedatum\": '31-02-1975' does not exist (month 2 of 1975 has no day 31)",
        ),
        (
            "bad-email.csv",
            "bad-email.csv:4: column \"E-mailadres\": 'piet@@example.nl' is not an e-mail address",
        ),
        (
            "bad-missing-column.csv",
            "bad-missing-column.csv:1: no column for the family name (such as \"Achternaam\", \"family_name\" or one \"Naam\" to split) nor for an organisation's name (\"Organisatie\", \"Company\"); the columns are \"Lidnummer\", \"Voornaam\", \"Familie\", \"Lid sinds\"",
        ),
        (
            "bad-ragged-row.csv",
            "bad-ragged-row.csv:4: column \"9\": unexpected: the row has 9 fields, the header 8",
        ),
        (
            "bad-empty.csv",
            "bad-empty.csv:1: the file is empty; expected a header row",
        ),
        (
            "bad-binary-garbage.csv",
            "bad-binary-garbage.csv:1: this is not a text file",
        ),
        (
            "bad-nul-byte.csv",
            "bad-nul-byte.csv:3: column \"Woonplaats\": contains a NUL byte",
        ),
        (
            "bad-left-before-joined.csv",
            "bad-left-before-joined.csv:3: column \"Opzegdatum\": 2019-12-31 is before the member joined (2020-05-01)",
        ),
    ];
    let names: Vec<&str> = cases.iter().map(|(f, _)| *f).collect();
    let env = env_with(&names);
    let before = env.dump();
    for (file, expected) in cases {
        let err = env.fails(&["member", "import", file], 1);
        assert!(
            err.lines().any(|l| l.starts_with(expected)),
            "{file}: expected a line starting with\n{expected}\ngot:\n{err}"
        );
        assert!(
            err.contains(&format!("in {file}; nothing was imported")),
            "{err}"
        );
        assert_eq!(env.dump(), before, "{file} changed the registry");
        // --dry-run finds the same problem and also exits non-zero.
        let err = env.fails(&["member", "import", file, "--dry-run"], 1);
        assert!(err.lines().any(|l| l.starts_with(expected)), "{err}");
        assert_eq!(env.dump(), before);
    }
}

#[test]
fn all_errors_are_listed_up_to_the_limit_with_a_count_of_the_rest() {
    let env = TestEnv::new();
    let mut csv = String::from("Lidnummer;Achternaam;Lid sinds\n");
    // Thirty different wrong dates: thirty distinct problems (identical ones are one line).
    for n in 1..=30 {
        csv.push_str(&format!("{n};Jansen;32-01-{}\n", 1990 + n));
    }
    std::fs::write(env.path("many.csv"), csv).unwrap();
    let before = env.dump();
    let err = env.fails(&["member", "import", "many.csv", "--max-errors", "5"], 1);
    let listed = err
        .lines()
        .filter(|l| l.contains("column \"Lid sinds\""))
        .count();
    assert_eq!(listed, 5, "{err}");
    assert!(err.contains("many.csv: … and 25 more errors"), "{err}");
    assert!(
        err.contains("error: 30 errors in many.csv; nothing was imported"),
        "{err}"
    );
    assert_eq!(env.dump(), before);
}

#[test]
fn a_file_that_passes_half_way_is_still_rolled_back_entirely() {
    // 500 good rows are written before the bad last one is reached: none of them stays.
    let env = TestEnv::new();
    let mut csv = String::from("number,family_name,joined\n");
    for n in 1..=500 {
        csv.push_str(&format!("{n},Jansen,2020-01-01\n"));
    }
    csv.push_str("501,,2020-01-01\n");
    std::fs::write(env.path("late.csv"), csv).unwrap();
    let before = env.dump();
    let err = env.fails(&["member", "import", "late.csv"], 1);
    assert!(
        err.starts_with("late.csv:502: column \"family_name\": is empty"),
        "{err}"
    );
    assert_eq!(env.dump(), before);
}

#[test]
fn existing_numbers_are_refused_unless_update_which_changes_only_what_differs() {
    let env = env_with(&["ledenlijst-excel.csv"]);
    env.ok(&["member", "import", "ledenlijst-excel.csv"]);
    let before = env.dump();
    let err = env.fails(&["member", "import", "ledenlijst-excel.csv"], 1);
    assert!(err.contains("ledenlijst-excel.csv:2: column \"Lidnummer\": member number 1 is already in the registry; pass --update"), "{err}");
    assert_eq!(env.dump(), before);

    // The same file again with --update: nothing differs.
    let out = env.json(&["member", "import", "ledenlijst-excel.csv", "--update"]);
    assert_eq!(
        (
            out["new"].clone(),
            out["changed"].clone(),
            out["unchanged"].clone()
        ),
        (0.into(), 0.into(), 5.into())
    );

    // A file with two changes and one new member; columns it lacks stay as they are.
    std::fs::write(
        env.path("update.csv"),
        "Lidnummer;Achternaam;Woonplaats;Lid sinds\n1;Berg;Amersfoort;01-09-1985\n2;Jansen-Smit;Amersfoort;01-01-2001\n6;Visser;Ede;01-01-2026\n",
    )
    .unwrap();
    let dry = env.json(&["member", "import", "update.csv", "--update", "--dry-run"]);
    assert_eq!(dry["import"], serde_json::Value::Null);
    assert_eq!(
        (
            dry["new"].clone(),
            dry["changed"].clone(),
            dry["unchanged"].clone()
        ),
        (1.into(), 1.into(), 1.into())
    );
    assert_eq!(
        dry["changes"],
        serde_json::json!([{"line": 2, "number": 1, "field": "city", "old": "Utrecht", "new": "Amersfoort"}])
    );
    let after_first = env.dump();
    let out = env.json(&["member", "import", "update.csv", "--update"]);
    assert_eq!(out["changed"], 1);
    assert_ne!(env.dump(), after_first);
    let all = export_json(&env);
    assert_eq!(member(&all, 1)["city"], "Amersfoort");
    assert_eq!(
        member(&all, 1)["email"],
        "jan.vanderberg@example.nl",
        "no e-mail column: kept"
    );
    assert_eq!(member(&all, 6)["family_name"], "Visser");
    // The change is journaled for the member, with old and new values.
    let edits = query(
        &env,
        "SELECT j.summary || ' ' || p.old_value || ' ' || p.new_value FROM journal j JOIN journal_payload p ON p.seq = j.seq WHERE j.action = 'member.edit'",
    );
    assert_eq!(edits.len(), 1, "{edits:?}");
    assert!(
        edits[0].starts_with(
            "changed city of member 1 (import 3) {\"city\":\"Utrecht\"} {\"city\":\"Amersfoort\"}"
        ),
        "{edits:?}"
    );
}

#[test]
fn dry_run_reports_and_writes_nothing() {
    let env = env_with(&["ledenlijst-excel.csv"]);
    let before = env.dump();
    let out = env.ok(&[
        "member",
        "import",
        "ledenlijst-excel.csv",
        "--dry-run",
        "--format",
        "csv",
    ]);
    assert_eq!(
        out.lines().nth(1).unwrap(),
        "ledenlijst-excel.csv,fe70f2148d5e177153071b24e9f785509101397f8ae52cf7116e33b72b0e2581,windows-1252,,5,5,0,0,0"
    );
    assert_eq!(env.dump(), before);
}

#[test]
fn one_journal_entry_for_the_import_without_personal_data() {
    let env = env_with(&["ledenlijst-excel.csv"]);
    env.ok(&["member", "import", "ledenlijst-excel.csv"]);
    let entries = query(
        &env,
        "SELECT action || '|' || summary FROM journal WHERE seq > 6",
    );
    assert_eq!(
        entries,
        ["member.import|imported 5 rows: 5 new, 0 changed, 0 unchanged members (import 1)"]
    );
    assert_eq!(
        query(
            &env,
            "SELECT file_name || '|' || sha256 || '|' || added FROM import"
        ),
        ["ledenlijst-excel.csv|fe70f2148d5e177153071b24e9f785509101397f8ae52cf7116e33b72b0e2581|5"]
    );
    let conn = rusqlite::Connection::open(env.db()).unwrap();
    let fk: i64 = conn
        .query_row("SELECT COUNT(*) FROM pragma_foreign_key_check", [], |r| {
            r.get(0)
        })
        .unwrap();
    assert_eq!(fk, 0, "the import keeps foreign keys intact");
}

#[test]
fn unknown_categories_list_the_known_ones_or_are_created_on_request() {
    let env = TestEnv::new();
    std::fs::write(
        env.path("cat.csv"),
        "Achternaam;Lid sinds;Categorie\nJansen;01-01-2020;Steunend lid\nBakker;01-01-2020;lid\n",
    )
    .unwrap();
    let before = env.dump();
    let err = env.fails(&["member", "import", "cat.csv"], 1);
    assert!(err.contains("cat.csv:2: column \"Categorie\": no category 'Steunend lid'; known: regular, honorary, youth, supporter; add it first, or pass --create-categories"), "{err}");
    assert_eq!(env.dump(), before);
    let out = env
        .quorum()
        .args(["member", "import", "cat.csv", "--create-categories"])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("warning: made the category 'Steunend lid'")
    );
    let all = export_json(&env);
    assert_eq!(member(&all, 1)["category"], "Steunend lid");
    assert_eq!(
        member(&all, 2)["category"],
        "regular",
        "'lid' is the regular category"
    );
}

#[test]
fn unknown_columns_are_reported_and_map_names_columns() {
    let env = TestEnv::new();
    std::fs::write(
        env.path("naam.csv"),
        "Familie,Bankrekening,Lid sinds,Roepnaam\nBerg,NL00BANK0123456789,2020-01-01,Jan\n",
    )
    .unwrap();
    let err = env.fails(&["member", "import", "naam.csv"], 1);
    assert!(
        err.contains("naam.csv:1: no column for the family name"),
        "{err}"
    );
    let out = env
        .quorum()
        .args([
            "member",
            "import",
            "naam.csv",
            "--map",
            "Familie=family_name",
        ])
        .output()
        .unwrap();
    assert!(out.status.success());
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains("warning: column \"Bankrekening\" is not imported"),
        "{stderr}"
    );
    let all = export_json(&env);
    assert_eq!(member(&all, 1)["family_name"], "Berg");
    assert_eq!(member(&all, 1)["given_name"], "Jan");
    // Ignoring a column on purpose silences the warning.
    std::fs::write(
        env.path("naam2.csv"),
        "Familie,Bankrekening,Lid sinds\nDijk,NL00,2020-01-01\n",
    )
    .unwrap();
    let out = env
        .quorum()
        .args([
            "member",
            "import",
            "naam2.csv",
            "--map",
            "Familie=family_name",
            "--map",
            "Bankrekening=-",
        ])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(!String::from_utf8(out.stderr).unwrap().contains("warning"));
}

#[test]
fn forced_and_detected_encodings_and_delimiters() {
    let env = env_with(&["ledenlijst-excel.csv"]);
    let err = env.fails(
        &[
            "member",
            "import",
            "ledenlijst-excel.csv",
            "--encoding",
            "utf-8",
        ],
        1,
    );
    assert!(
        err.contains("ledenlijst-excel.csv:3: is not valid UTF-8 (byte 0x80)"),
        "{err}"
    );
    // Tab-separated, sniffed; and a forced delimiter that is wrong finds no columns.
    std::fs::write(
        env.path("tabs.tsv"),
        "Achternaam\tLid sinds\nJansen\t1-3-2024\n",
    )
    .unwrap();
    env.ok(&["member", "import", "tabs.tsv"]);
    let err = env.fails(&["member", "import", "tabs.tsv", "--delimiter", ";"], 1);
    assert!(
        err.contains("tabs.tsv:1: no column for the family name"),
        "{err}"
    );
    assert_eq!(member(&export_json(&env), 1)["joined"], "2024-03-01");
}

#[test]
fn a_workbook_is_recognised() {
    let env = TestEnv::new();
    std::fs::write(
        env.path("leden.xlsx"),
        b"PK\x03\x04\x14\x00\x06\x00\x08\x00rest-of-zip",
    )
    .unwrap();
    let err = env.fails(&["member", "import", "leden.xlsx"], 1);
    assert!(
        err.contains("leden.xlsx:1: this is a zip archive (such as an Excel .xlsx"),
        "{err}"
    );
}

#[test]
fn rows_without_numbers_are_numbered_after_the_highest() {
    let env = env_with(&["multiline.csv"]);
    env.ok(&["member", "import", "multiline.csv"]);
    std::fs::write(
        env.path("nonum.csv"),
        "Achternaam;Lid sinds\nJansen;1-3-2024\nBakker;1-3-2024\n",
    )
    .unwrap();
    env.ok(&["member", "import", "nonum.csv"]);
    let all = export_json(&env);
    assert_eq!(member(&all, 204)["family_name"], "Jansen");
    assert_eq!(member(&all, 205)["family_name"], "Bakker");
}

#[cfg(unix)]
#[test]
fn killing_the_import_half_way_leaves_the_registry_as_it_was() {
    use std::os::unix::process::ExitStatusExt as _;
    use std::time::{Duration, Instant};

    let env = env_with(&["ledenlijst-excel.csv"]);
    env.ok(&["member", "import", "ledenlijst-excel.csv"]);
    let mut csv = String::from("number,given_name,family_name,email,city,joined\n");
    for n in 1000..151_000 {
        csv.push_str(&format!(
            "{n},Jan,Jansen,jan{n}@example.org,Utrecht,2020-01-01\n"
        ));
    }
    std::fs::write(env.path("big.csv"), csv).unwrap();
    let before = env.dump();

    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_quorum"))
        .args(["member", "import", "big.csv"])
        .env_clear()
        .env("QUORUM_DB", env.db())
        .env("QUORUM_NOW", crate::common::NOW)
        .env("QUORUM_ACTOR", "tester")
        .current_dir(env.dir.path())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    // The import holds the write lock from its first row to its commit: wait until another
    // writer is refused, let it write for a while, then kill it.
    let probe = rusqlite::Connection::open(env.db()).unwrap();
    probe.busy_timeout(Duration::ZERO).unwrap();
    let start = Instant::now();
    loop {
        assert!(
            start.elapsed() < Duration::from_secs(60),
            "the import never started writing"
        );
        assert!(
            child.try_wait().unwrap().is_none(),
            "the import finished before it could be killed"
        );
        match probe.execute_batch("BEGIN IMMEDIATE") {
            Ok(()) => probe.execute_batch("ROLLBACK").unwrap(),
            Err(_) => break,
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    std::thread::sleep(Duration::from_millis(200));
    child.kill().unwrap();
    let status = child.wait().unwrap();
    assert_eq!(status.signal(), Some(9), "killed, not finished: {status:?}");
    drop(probe);

    assert_eq!(env.dump(), before);
    let ok: String = rusqlite::Connection::open(env.db())
        .unwrap()
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(ok, "ok");
    // And the registry is usable: the same import now runs to the end.
    let out = env.json(&["member", "import", "big.csv"]);
    assert_eq!(out["new"], 150_000);
}

#[test]
fn excel_unicode_text_in_utf16_with_tabs_imports() {
    // Excel's "Unicode text" (UTF-16 little-endian with a byte-order mark, tab-separated).
    let env = TestEnv::new();
    let text = "Lidnummer\tAchternaam\tWoonplaats\tLid sinds\r\n7\tÖztürk\tZaandam\t1-3-2024\r\n";
    let mut bytes = vec![0xFF, 0xFE];
    bytes.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    std::fs::write(env.path("unicode.txt"), bytes).unwrap();
    let out = env.json(&["member", "import", "unicode.txt"]);
    assert_eq!(out["encoding"], "UTF-16LE");
    let all = export_json(&env);
    assert_eq!(member(&all, 7)["family_name"], "Öztürk");
    assert_eq!(member(&all, 7)["city"], "Zaandam");
}

#[test]
fn an_unknown_default_category_is_named_once() {
    let env = TestEnv::new();
    std::fs::write(
        env.path("plain.csv"),
        "Achternaam;Lid sinds\nJansen;1-3-2024\n",
    )
    .unwrap();
    let before = env.dump();
    let err = env.fails(
        &[
            "member",
            "import",
            "plain.csv",
            "--category",
            "leden",
            "--max-errors",
            "0",
        ],
        1,
    );
    assert!(
        err.contains(
            "error: --category: no category 'leden'; known: regular, honorary, youth, supporter"
        ),
        "{err}"
    );
    assert_eq!(env.dump(), before);
    env.ok(&["member", "import", "plain.csv", "--category", "youth"]);
}
