//! A member's whole history through `member export` and `member import`: every membership period
//! (with its reason for leaving) and every suspension (reason, end, lifted) in the `periods` and
//! `suspensions` columns, into a new registry and with `--update`; malformed cells refused with
//! file, line and column, the database unchanged.

use std::path::Path;

use crate::common::TestEnv;

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/import");

fn export(env: &TestEnv) -> Vec<u8> {
    let out = env
        .quorum()
        .args(["member", "export", "--status", "all"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

/// Imports `bytes` into a new registry and exports that. The journal covers what the import
/// wrote: its digests, made while the file is read, match the rows, histories included.
fn through_a_new_registry(bytes: &[u8], extra: &[&str]) -> Vec<u8> {
    let fresh = TestEnv::new();
    std::fs::write(fresh.path("export.csv"), bytes).unwrap();
    let mut args = vec!["member", "import", "export.csv"];
    args.extend_from_slice(extra);
    fresh.ok(&args);
    fresh.ok(&["journal", "verify"]);
    export(&fresh)
}

/// Two periods (the first ended with a reason holding `;`), a suspension that ran out, one lifted
/// early with a `\` in its reason, arrears, notes over two lines, consent.
fn hand_made() -> TestEnv {
    let env = TestEnv::new();
    env.ok(&[
        "member",
        "add",
        "--given-name",
        "Jan",
        "--prefix",
        "van der",
        "--family-name",
        "Berg",
        "--birth-date",
        "1960-01-01",
        "--joined",
        "2012-03-01",
        "--email",
        "jan@example.nl",
        "--email-consent",
        "2012-03-01",
        "--notes",
        "regel een\nregel twee",
    ]);
    env.ok(&[
        "member",
        "leave",
        "1",
        "--date",
        "2015-06-30",
        "--reason",
        "moved; far away",
    ]);
    env.ok(&["member", "rejoin", "1", "--date", "2018-01-01"]);
    env.ok(&[
        "member",
        "suspend",
        "1",
        "--reason",
        "contribution unpaid",
        "--from",
        "2024-01-01",
        "--until",
        "2024-03-31",
    ]);
    env.ok(&[
        "member",
        "suspend",
        "1",
        "--reason",
        "conduct \\ rude",
        "--from",
        "2025-05-01",
    ]);
    env.ok(&["member", "unsuspend", "1", "--date", "2025-06-01"]);
    env.ok(&["member", "arrears", "1", "--since", "2025-01-01"]);
    env.ok(&[
        "member",
        "add",
        "--family-name",
        "Jansen",
        "--joined",
        "2020-01-01",
    ]);
    env.ok(&["member", "leave", "2", "--date", "2025-12-31"]);
    env
}

#[test]
fn a_hand_made_history_travels_whole() {
    let env = hand_made();
    let first = export(&env);
    let text = String::from_utf8_lossy(&first);
    assert!(
        text.contains(
            ",2012-03-01..2015-06-30: moved\\; far away; 2018-01-01..,2024-01-01..2024-03-31: contribution unpaid; 2025-05-01..: conduct \\\\ rude (lifted 2025-06-01)\n"
        ),
        "{text}"
    );
    assert!(text.contains(",2020-01-01..2025-12-31,\n"), "{text}");
    let again = through_a_new_registry(&first, &[]);
    assert_eq!(String::from_utf8_lossy(&again), text);

    // The new registry holds them as its own: the roll, `member show` and the statuses.
    let fresh = TestEnv::new();
    std::fs::write(fresh.path("export.csv"), &first).unwrap();
    fresh.ok(&["member", "import", "export.csv"]);
    let shown = fresh.json(&["member", "show", "1"]);
    assert_eq!(shown["periods"], "2012-03-01..2015-06-30; 2018-01-01..");
    let list = fresh.ok(&[
        "member",
        "list",
        "--as-of",
        "2024-02-01",
        "--status",
        "suspended",
    ]);
    assert!(list.contains("Berg"), "{list}");
    let list = fresh.ok(&[
        "member",
        "list",
        "--as-of",
        "2016-01-01",
        "--status",
        "current",
    ]);
    assert!(!list.contains("Berg"), "between the periods: {list}");
}

#[test]
fn the_generators_files_and_histories_added_to_them_travel_byte_for_byte() {
    let env = TestEnv::new();
    std::fs::copy(
        Path::new(FIXTURES).join("generated-300.csv"),
        env.path("leden.csv"),
    )
    .unwrap();
    env.ok(&["member", "import", "leden.csv", "--create-categories"]);
    // Histories on top of the generated members: a leave and a rejoin, suspensions.
    let first = export(&env);
    let plain = through_a_new_registry(&first, &["--create-categories"]);
    assert_eq!(
        String::from_utf8_lossy(&plain),
        String::from_utf8_lossy(&first)
    );
    let active: Vec<String> = String::from_utf8_lossy(&first)
        .lines()
        .filter(|l| l.contains(",active,"))
        .filter_map(|l| l.split(',').next().map(str::to_string))
        .take(3)
        .collect();
    assert_eq!(active.len(), 3, "the fixture has active members");
    env.ok(&["member", "leave", &active[0], "--date", "2026-01-31"]);
    env.ok(&["member", "rejoin", &active[0], "--date", "2026-02-15"]);
    env.ok(&[
        "member",
        "suspend",
        &active[1],
        "--reason",
        "x",
        "--from",
        "2026-02-01",
    ]);
    env.ok(&[
        "member",
        "suspend",
        &active[2],
        "--reason",
        "unpaid",
        "--from",
        "2026-01-01",
        "--until",
        "2026-01-31",
    ]);
    let first = export(&env);
    let again = through_a_new_registry(&first, &["--create-categories"]);
    assert_eq!(
        String::from_utf8_lossy(&again),
        String::from_utf8_lossy(&first)
    );
    assert!(String::from_utf8_lossy(&first).contains("..2026-01-31; 2026-02-15..,"));
}

#[test]
fn update_replaces_periods_and_suspensions_and_journals_them() {
    let env = hand_made();
    let first = export(&env);
    // A fresh registry with only the latest period (as older exports had them) …
    let old = TestEnv::new();
    std::fs::write(old.path("export.csv"), &first).unwrap();
    old.ok(&[
        "member",
        "import",
        "export.csv",
        "--map",
        "periods=-",
        "--map",
        "suspensions=-",
    ]);
    assert_ne!(export(&old), first);
    // … brought in line by `--update`.
    let report = old.json(&["member", "import", "export.csv", "--update"]);
    assert_eq!(report["changed"], 1, "{report}");
    assert_eq!(report["unchanged"], 1, "{report}");
    assert_eq!(export(&old), first);
    let journal = old.ok(&["journal", "list", "--member", "1", "--values"]);
    assert!(journal.contains("periods"), "{journal}");
    assert!(journal.contains("suspensions"), "{journal}");
    // Once in line, nothing changes.
    let report = old.json(&["member", "import", "export.csv", "--update"]);
    assert_eq!(report["changed"], 0, "{report}");
    assert_eq!(report["unchanged"], 2, "{report}");
}

#[test]
fn malformed_histories_are_refused_by_file_line_and_column_and_change_nothing() {
    let env = TestEnv::new();
    let header = "number,family_name,joined,left,periods,suspensions\n";
    for (row, want) in [
        (
            "1,Berg,,,2012-03-01,",
            "column \"periods\": '2012-03-01' is not a period",
        ),
        (
            "1,Berg,,,2012-03-01..; 2018-01-01..,",
            "column \"periods\": the period from 2012-03-01 runs on",
        ),
        (
            "1,Berg,,,2012-03-01..2015-06-30; 2015-01-01..,",
            "column \"periods\": the periods 2012-03-01..2015-06-30 and from 2015-01-01 overlap",
        ),
        (
            "1,Berg,,,2012-03-01..,2024-01-01..2024-03-31",
            "column \"suspensions\": '2024-01-01..2024-03-31': a suspension needs its reason",
        ),
        (
            "1,Berg,2013-01-01,,2012-03-01..,",
            "column \"joined\": joined 2013-01-01 and left - are not one of the periods (2012-03-01..)",
        ),
        (
            "1,Berg,,,2012-31-01..,",
            "column \"periods\": '2012-31-01..': '2012-31-01' is not a date",
        ),
    ] {
        std::fs::write(env.path("bad.csv"), format!("{header}{row}\n")).unwrap();
        let before = env.dump();
        let err = env.fails(&["member", "import", "bad.csv"], 1);
        assert!(err.contains(&format!("bad.csv:2: {want}")), "{row}: {err}");
        assert_eq!(env.dump(), before, "{row}: nothing written");
    }
    // Joined and left of one of the periods, as an export writes them, are right.
    std::fs::write(
        env.path("good.csv"),
        format!(
            "{header}1,Berg,2012-03-01,2015-06-30,2012-03-01..2015-06-30: weg; 2018-01-01..,\n"
        ),
    )
    .unwrap();
    env.ok(&["member", "import", "good.csv"]);
    let shown = env.json(&["member", "show", "1"]);
    assert_eq!(shown["periods"], "2012-03-01..2015-06-30; 2018-01-01..");
    assert_eq!(shown["joined"], "2018-01-01");
}

#[test]
fn a_second_phone_number_is_read_as_telefoon_2_and_travels() {
    let env = TestEnv::new();
    std::fs::write(
        env.path("leden.csv"),
        "Lidnummer;Achternaam;Telefoon;Telefoon 2;Lid sinds\n1;Berg;06-12345678;030-1234567;1-1-2020\n2;Vos;;12;1-1-2020\n",
    )
    .unwrap();
    let out = env
        .quorum()
        .args(["member", "import", "leden.csv"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("leden.csv:3: column \"Telefoon 2\""),
        "a phone that cannot be one: {err}"
    );
    let shown = env.json(&["member", "show", "1"]);
    assert_eq!(shown["phone"], "06-12345678");
    assert_eq!(shown["phone2"], "030-1234567");
    env.ok(&["member", "edit", "1", "--phone2", "020-7654321"]);
    env.ok(&[
        "member",
        "add",
        "--family-name",
        "Dijk",
        "--phone2",
        "0418-123456",
    ]);
    let first = export(&env);
    assert!(String::from_utf8_lossy(&first).contains(",06-12345678,020-7654321,"));
    let again = through_a_new_registry(&first, &[]);
    assert_eq!(
        String::from_utf8_lossy(&again),
        String::from_utf8_lossy(&first)
    );
    // Erasure removes it with the rest.
    env.ok(&["member", "leave", "1", "--date", "2025-12-31"]);
    env.ok(&["member", "erase", "1", "--yes"]);
    assert_eq!(
        env.json(&["member", "show", "1"])["phone2"],
        serde_json::Value::Null
    );
}
