//! Members with an unknown joining date (issue 29): a list taken over from Sportlink, AllUnited
//! or a sheet without "Lid sinds" imports with `--joined unknown`; such members are on the roll
//! of every meeting, are shown as unknown, export with an empty cell that imports again byte for
//! byte; a `--joined DATE` that a row's own dates contradict gives that row unknown instead of
//! refusing the file; nothing is checked against an unknown date.

use crate::common::TestEnv;

/// A Sportlink-like selection: relation code, names, birth date, address, no joining date.
const SPORTLINK: &str = "\
Relatiecode;Roepnaam;Tussenvoegsel;Achternaam;Geboortedatum;Postcode;Woonplaats;E-mail
ABCD12X;Jan;van der;Berg;12-05-1970;1234 AB;Utrecht;jan@example.nl
BCDE23Y;Fatma;;Yilmaz;03-11-1985;3512 CD;Utrecht;
CDEF34Z;Kees;de;Vries;21-07-2014;3513 EF;Utrecht;
";

fn imported() -> TestEnv {
    let env = TestEnv::new();
    std::fs::write(env.path("sportlink.csv"), SPORTLINK).unwrap();
    env
}

fn add(env: &TestEnv, name: &str, joined: &str) {
    env.ok(&["member", "add", "--family-name", name, "--joined", joined]);
}

#[test]
fn a_list_without_joining_dates_imports_as_unknown_and_is_on_the_roll_of_a_meeting() {
    let env = imported();
    // Without a date the file is refused, and the refusal names the way out.
    let err = env.fails(&["member", "import", "sportlink.csv"], 1);
    assert!(err.contains("--joined unknown"), "{err}");
    assert_eq!(env.json(&["member", "list"]), serde_json::json!([]));

    let said = env.said(&["member", "import", "sportlink.csv", "--joined", "unknown"]);
    assert!(
        said.contains("3 members have an unknown joining date (--joined unknown)"),
        "{said}"
    );

    // JSON says null, a table says so in words, in Dutch too.
    let list = env.json(&["member", "list"]);
    let joined: Vec<&serde_json::Value> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|m| &m["joined"])
        .collect();
    assert!(joined.iter().all(|j| j.is_null()), "{list}");
    assert_eq!(
        env.json(&["member", "show", "1"])["joined"],
        serde_json::Value::Null
    );
    let show = env.ok(&["member", "show", "1"]);
    assert!(
        show.lines()
            .any(|l| l.split_whitespace().eq(["joined", "unknown"])),
        "{show}"
    );
    let nl = env.ok(&["member", "show", "1", "--lang", "nl"]);
    assert!(
        nl.lines()
            .any(|l| l.split_whitespace().eq(["lid", "sinds", "onbekend"])),
        "{nl}"
    );

    // Counted as members from before anything the registry holds: members on any date, and on
    // the roll with a vote.
    let long_ago = env.json(&["member", "list", "--as-of", "1990-01-01"]);
    assert_eq!(long_ago.as_array().unwrap().len(), 3, "{long_ago}");
    let roll = env.json(&["roll"]);
    let voters: Vec<(i64, i64)> = roll["members"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| (v["number"].as_i64().unwrap(), v["votes"].as_i64().unwrap()))
        .collect();
    assert_eq!(voters.len(), 3, "{roll}");
    assert!(voters.iter().all(|(_, votes)| *votes == 1), "{roll}");

    env.ok(&[
        "meeting",
        "new",
        "--title",
        "ALV",
        "--date",
        "2026-03-20T19:30",
    ]);
    env.ready_to_convene("1");
    env.ok(&["meeting", "convene", "1", "--post-list", "post.csv"]);
    let post = std::fs::read_to_string(env.path("post.csv")).unwrap();
    for name in ["Berg", "Yilmaz", "Vries"] {
        assert!(
            post.contains(name),
            "{name} in the convocation list: {post}"
        );
    }
    env.ok(&["meeting", "checkin", "1", "1", "2"]);
    let q = env.json(&["meeting", "quorum", "1"]);
    assert_eq!(q["total_votes"], 3, "{q}");
    assert_eq!(q["present_votes"], 2, "{q}");
    env.ok(&["meeting", "open", "1", "--at", "2026-03-20T19:35"]);
    let att = env.json(&["meeting", "attendance", "1"]);
    assert_eq!(att.as_array().unwrap().len(), 2, "{att}");
    env.ok(&["journal", "verify"]);
}

#[test]
fn the_export_leaves_an_unknown_date_empty_and_imports_again_byte_for_byte() {
    let env = imported();
    env.ok(&["member", "import", "sportlink.csv", "--joined", "unknown"]);
    env.ok(&["member", "leave", "3", "--date", "2025-12-31"]);
    let all = env.ok(&["member", "export", "--status", "all"]);
    let jan = all.lines().find(|l| l.contains("Berg")).unwrap();
    assert!(
        jan.contains(",regular,,,active,") && jan.ends_with(",..,"),
        "{jan}"
    );
    let kees = all.lines().find(|l| l.contains("Vries")).unwrap();
    assert!(kees.contains(",..2025-12-31,"), "{kees}");
    std::fs::write(env.path("all.csv"), &all).unwrap();
    let columns = "number,family_name,joined,left";
    let few = env.ok(&["member", "export", "--status", "all", "--columns", columns]);
    assert_eq!(few.lines().nth(1), Some("1,Berg,,"), "{few}");
    std::fs::write(env.path("few.csv"), &few).unwrap();

    for (file, cols) in [("all.csv", None), ("few.csv", Some(columns))] {
        let again = TestEnv::new();
        std::fs::copy(env.path(file), again.path(file)).unwrap();
        again.ok(&["member", "import", file, "--joined", "unknown"]);
        let mut args = vec!["member", "export", "--status", "all"];
        if let Some(c) = cols {
            args.extend(["--columns", c]);
        }
        let exported = again.ok(&args);
        let before = std::fs::read_to_string(env.path(file)).unwrap();
        assert_eq!(exported, before, "{file} round trip");
        again.ok(&["journal", "verify"]);
    }
}

#[test]
fn a_default_date_the_rows_own_dates_contradict_gives_those_rows_unknown() {
    let env = TestEnv::new();
    std::fs::write(
        env.path("leden.csv"),
        "\
Lidnummer;Voornaam;Achternaam;Geboortedatum;Lid tot
1;Anna;Smit;1960-04-01;
2;Bram;Smit;2021-06-15;
3;Carla;Smit;1970-01-01;2018-12-31
4;Dirk;Smit;1975-01-01;2020-06-30
",
    )
    .unwrap();
    let said = env.said(&["member", "import", "leden.csv", "--joined", "2019-01-01"]);
    assert!(
        said.contains(
            "2 rows left before 2019-01-01 or were born after it: given an unknown joining date rather than --joined 2019-01-01 (line 3, 4)"
        ),
        "{said}"
    );
    let nl = {
        let other = TestEnv::new();
        std::fs::copy(env.path("leden.csv"), other.path("leden.csv")).unwrap();
        other.said(&[
            "member",
            "import",
            "leden.csv",
            "--joined",
            "1-1-2019",
            "--lang",
            "nl",
        ])
    };
    assert!(nl.contains("2 rijen zijn vóór"), "{nl}");
    assert!(nl.contains("een onbekende datum van toetreden"), "{nl}");

    let joined: Vec<serde_json::Value> = (1..=4)
        .map(|n| env.json(&["member", "show", &n.to_string()])["joined"].clone())
        .collect();
    assert_eq!(
        joined,
        [
            serde_json::json!("2019-01-01"),
            serde_json::Value::Null,
            serde_json::Value::Null,
            serde_json::json!("2019-01-01"),
        ]
    );
    // A leaving date after the default keeps the default; one before it gives unknown.
    assert_eq!(env.json(&["member", "show", "3"])["left"], "2018-12-31");
    assert_eq!(env.json(&["member", "show", "3"])["status"], "former");
}

#[test]
fn add_edit_leave_and_rejoin_never_check_against_an_unknown_date() {
    let env = TestEnv::new();
    add(&env, "Oud", "onbekend");
    assert_eq!(
        env.json(&["member", "show", "1"])["periods"],
        "..",
        "a running period with an unknown start"
    );
    let err = env.fails(
        &["member", "add", "--family-name", "X", "--joined", "ooit"],
        2,
    );
    assert!(err.contains("or \"unknown\""), "{err}");
    // A leaving date of any day, even long ago.
    env.ok(&["member", "leave", "1", "--date", "1999-12-31"]);
    env.ok(&["member", "rejoin", "1", "--date", "2024-01-01"]);
    // Only the first period can be unknown: the rejoin is a date the association knows.
    let before = env.dump();
    let err = env.fails(&["member", "edit", "1", "--joined", "unknown"], 1);
    assert!(
        err.contains("only a member's first period can have an unknown joining date"),
        "{err}"
    );
    assert_eq!(env.dump(), before, "nothing changed");

    // A known date may become unknown, and a birth date is not checked against it.
    add(&env, "Nieuw", "2025-01-01");
    let changed = env.json(&["member", "edit", "2", "--joined", "unknown"]);
    assert_eq!(
        changed["changed"][0]["new"],
        serde_json::Value::Null,
        "{changed}"
    );
    env.ok(&["member", "edit", "2", "--birth-date", "2025-06-01"]);
    assert_eq!(
        env.json(&["member", "show", "2"])["joined"],
        serde_json::Value::Null
    );
    env.ok(&["journal", "verify"]);
}

#[test]
fn the_waiting_period_is_served_and_no_jubilee_is_claimed() {
    let env = TestEnv::new();
    add(&env, "Oud", "unknown");
    add(&env, "Nieuw", "2026-02-01");
    add(&env, "Trouw", "2001-03-01");
    env.ok(&["rules", "set", "voting_waiting_period_days", "90"]);
    let roll = env.json(&["roll", "--on", "2026-03-01"]);
    let votes = |n: i64| {
        roll["members"]
            .as_array()
            .unwrap()
            .iter()
            .find(|v| v["number"] == n)
            .unwrap()["votes"]
            .clone()
    };
    assert_eq!(
        votes(1),
        1,
        "an unknown date: a member from before the registry"
    );
    assert_eq!(votes(2), 0, "joined a month ago: waits");

    let out = env
        .quorum()
        .args(["member", "jubilees", "--year", "2026"])
        .output()
        .unwrap();
    let (stdout, stderr) = (
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr),
    );
    assert!(
        stdout.contains("Trouw") && !stdout.contains("Oud"),
        "{stdout}"
    );
    assert!(
        stderr.contains("1 member has an unknown joining date and no jubilee can be worked out"),
        "{stderr}"
    );
}

/// Migration 28 rebuilds `membership_period` so that `joined` may be NULL: a file of an earlier
/// release keeps every period with its id, its journal still verifies, and a member in it can
/// then be given an unknown date.
#[test]
fn an_older_file_keeps_every_period_and_its_journal_after_the_rebuild() {
    let fixture =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/upgrade/v18.db");
    let periods = |db: &std::path::Path| -> Vec<(i64, i64, Option<String>, Option<String>)> {
        let conn = rusqlite::Connection::open(db).unwrap();
        let mut stmt = conn
            .prepare("SELECT id, member_id, joined, left_on FROM membership_period ORDER BY id")
            .unwrap();
        stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
            .unwrap()
            .map(Result::unwrap)
            .collect()
    };
    let before = periods(&fixture);
    assert!(before.len() > 5, "{before:?}");
    let (env, _) = TestEnv::upgraded_fixture(
        "v18.db",
        "d3e5aaf2d5f1697ea5f829754ab6d7eb0be57de1cbd50f52ae6f935b1bf268e6",
    );
    assert_eq!(periods(&env.db()), before);
    let conn = rusqlite::Connection::open(env.db()).unwrap();
    let not_null: i64 = conn
        .query_row(
            "SELECT \"notnull\" FROM pragma_table_info('membership_period') WHERE name = 'joined'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(not_null, 0);
    drop(conn);
    // That file's journal ends in October 2026.
    let later = [("QUORUM_NOW", "2026-11-01T10:00:00Z")];
    env.ok_with(&later, &["member", "edit", "1", "--joined", "unknown"]);
    let shown = env.ok_with(&later, &["member", "show", "1", "--format", "json"]);
    assert!(shown.contains("\"joined\": null"), "{shown}");
    env.ok_with(&later, &["journal", "verify"]);
}

/// The Sportlink fixture (tests/fixtures/import/systems-README.md) has no date of joining: with
/// `--joined unknown` every member is imported as unknown, the one that left keeps its leaving
/// date and is former, and the rest are on the roll; the export imports again byte for byte.
#[test]
fn the_sportlink_fixture_imports_with_unknown_joining_dates_and_round_trips() {
    let env = TestEnv::new();
    let fixture = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/import/systems-sportlink.csv"
    );
    let args = [
        "member",
        "import",
        fixture,
        "--map",
        "Afmelddatum=left",
        "--left-is-first-day-out",
        "--map",
        "Status lidmaatschap=-",
        "--category-map",
        "Verenigingslid=regular",
        "--joined",
        "unknown",
    ];
    let said = env.said(&args);
    assert!(
        said.contains("5 members have an unknown joining date"),
        "{said}"
    );
    let all = env.json(&["member", "list", "--status", "all"]);
    let rows = all.as_array().unwrap();
    assert_eq!(rows.len(), 5);
    assert!(rows.iter().all(|m| m["joined"].is_null()), "{all}");
    let amrani = rows.iter().find(|m| m["number"] == 2).unwrap();
    assert_eq!(
        (&amrani["status"], &amrani["left"]),
        (
            &serde_json::json!("former"),
            &serde_json::json!("2025-06-30")
        )
    );
    let roll = env.json(&["roll"]);
    let votes: i64 = roll["members"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["votes"].as_i64().unwrap())
        .sum();
    assert_eq!(votes, 4, "{roll}");

    let export = env.ok(&["member", "export", "--status", "all"]);
    std::fs::write(env.path("export.csv"), &export).unwrap();
    let again = TestEnv::new();
    std::fs::copy(env.path("export.csv"), again.path("export.csv")).unwrap();
    again.ok(&["member", "import", "export.csv", "--joined", "unknown"]);
    assert_eq!(again.ok(&["member", "export", "--status", "all"]), export);
}

/// `--update` with `--joined unknown`: an empty cell never replaces a date the registry knows;
/// a new row gets unknown.
#[test]
fn an_update_never_forgets_a_known_joining_date() {
    let env = TestEnv::new();
    env.ok(&[
        "member",
        "add",
        "--number",
        "1",
        "--family-name",
        "Jansen",
        "--joined",
        "2015-01-01",
    ]);
    std::fs::write(
        env.path("lijst.csv"),
        "Lidnummer;Achternaam;Lid sinds\n1;Jansen;\n2;Nieuw;\n",
    )
    .unwrap();
    env.ok(&[
        "member",
        "import",
        "lijst.csv",
        "--update",
        "--joined",
        "unknown",
    ]);
    assert_eq!(env.json(&["member", "show", "1"])["joined"], "2015-01-01");
    assert_eq!(
        env.json(&["member", "show", "2"])["joined"],
        serde_json::Value::Null
    );
    env.ok(&["journal", "verify"]);
}
