//! `quorum member export`: columns, the yearly `--as-of` list, Excel's dialect, determinism and
//! the round trip through import; and the README section's examples, run as written.

use std::path::Path;

use crate::common::TestEnv;

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/import");

/// A registry holding the three good fixtures (a Dutch Excel list, a UTF-8 one, a multi-line one).
fn registry() -> TestEnv {
    let env = TestEnv::new();
    for name in [
        "ledenlijst-excel.csv",
        "members-utf8-bom.csv",
        "multiline.csv",
    ] {
        std::fs::copy(Path::new(FIXTURES).join(name), env.path(name)).unwrap();
        env.ok(&["member", "import", name]);
    }
    env
}

fn bytes(env: &TestEnv, args: &[&str]) -> Vec<u8> {
    let out = env.quorum().args(args).output().unwrap();
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

#[test]
fn the_default_columns_and_order_are_the_documented_ones() {
    let env = registry();
    let out = env.ok(&["member", "export", "--status", "all"]);
    let mut lines = out.lines();
    assert_eq!(
        lines.next().unwrap(),
        "number,given_name,name_prefix,family_name,organisation,email,phone,phone2,external_code,street,postcode,city,country,birth_date,category,joined,left,status,email_consent,notes,periods,suspensions"
    );
    assert_eq!(
        lines.next().unwrap(),
        "1,Jan,van der,Berg,,jan.vanderberg@example.nl,030-1234567,,,Dorpsstraat 12,1234 AB,Utrecht,,1961-02-03,honorary,1985-09-01,,active,,Oprichter,1985-09-01..,"
    );
    let numbers: Vec<&str> = out
        .lines()
        .skip(1)
        .filter_map(|l| l.split(',').next())
        .filter(|n| n.parse::<i64>().is_ok())
        .collect();
    assert_eq!(
        numbers,
        [
            "1", "2", "3", "4", "5", "101", "102", "103", "201", "202", "203"
        ]
    );
}

#[test]
fn exports_are_byte_identical_and_survive_a_round_trip_through_import() {
    let env = registry();
    for extra in [&[][..], &["--excel"][..], &["--delimiter", "tab"][..]] {
        let mut args = vec!["member", "export", "--status", "all"];
        args.extend_from_slice(extra);
        let first = bytes(&env, &args);
        assert_eq!(
            first,
            bytes(&env, &args),
            "{extra:?}: same data, same bytes"
        );

        let fresh = TestEnv::new();
        std::fs::write(fresh.path("export.csv"), &first).unwrap();
        fresh.ok(&["member", "import", "export.csv"]);
        assert_eq!(
            bytes(&fresh, &args),
            first,
            "{extra:?}: export → import → export"
        );
    }
}

#[test]
fn excel_neutralises_formulas_and_plain_csv_keeps_the_data() {
    let env = TestEnv::new();
    std::fs::write(
        env.path("evil.csv"),
        "Lidnummer;Achternaam;Telefoon;Opmerkingen;Lid sinds\n1;Jansen;+31 6 12345678;\"=HYPERLINK(\"\"http://x.example\"\";\"\"klik\"\")\";01-01-2020\n2;@Bakker;-5;\"\tgetabd\";01-01-2020\n",
    )
    .unwrap();
    env.ok(&["member", "import", "evil.csv"]);
    let plain = String::from_utf8(bytes(
        &env,
        &[
            "member",
            "export",
            "--columns",
            "number,family_name,phone,notes",
        ],
    ))
    .unwrap();
    assert_eq!(
        plain,
        "number,family_name,phone,notes\n1,Jansen,+31 6 12345678,\"=HYPERLINK(\"\"http://x.example\"\";\"\"klik\"\")\"\n2,@Bakker,-5,getabd\n"
    );
    let excel = bytes(
        &env,
        &[
            "member",
            "export",
            "--columns",
            "number,family_name,phone,notes",
            "--excel",
        ],
    );
    assert!(
        excel.starts_with("\u{feff}".as_bytes()),
        "a UTF-8 byte-order mark"
    );
    let excel = String::from_utf8(excel).unwrap();
    assert_eq!(
        excel.trim_start_matches('\u{feff}'),
        "number;family_name;phone;notes\r\n1;Jansen;'+31 6 12345678;\"'=HYPERLINK(\"\"http://x.example\"\";\"\"klik\"\")\"\r\n2;'@Bakker;'-5;getabd\r\n"
    );
}

#[test]
fn as_of_and_status_give_the_members_on_a_date() {
    let env = registry();
    let numbers = |args: &[&str]| -> Vec<i64> {
        let mut all = vec!["member", "export"];
        all.extend_from_slice(args);
        env.json(&all)
            .as_array()
            .unwrap()
            .iter()
            .map(|m| m["number"].as_i64().unwrap())
            .collect()
    };
    // René left on 31-12-2023: a member on that day, not the day after.
    assert!(numbers(&["--as-of", "2023-12-31"]).contains(&4));
    assert!(!numbers(&["--as-of", "1-1-2024"]).contains(&4));
    assert_eq!(numbers(&["--status", "former"]), [4]);
    // Zoë joined on 15-03-2019.
    assert!(!numbers(&["--as-of", "2019-03-14"]).contains(&3));
    assert_eq!(
        numbers(&["--as-of", "2019-03-14", "--status", "future"]),
        [3, 101, 102, 103]
    );
    assert_eq!(numbers(&["--category", "youth"]), [3]);
    // A suspension (written here directly; `member suspend` is another command's business).
    let conn = rusqlite::Connection::open(env.db()).unwrap();
    conn.execute(
        "INSERT INTO suspension (member_id, starts, until, reason) SELECT id, '2026-01-01', NULL, 'arrears' FROM member WHERE number = 102",
        [],
    )
    .unwrap();
    drop(conn);
    assert_eq!(numbers(&["--status", "suspended"]), [102]);
    assert!(!numbers(&["--status", "active"]).contains(&102));
    let all = env.json(&[
        "member",
        "export",
        "--columns",
        "number,status",
        "--as-of",
        "2025-12-31",
    ]);
    let soren = all
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["number"] == 102)
        .unwrap();
    assert_eq!(
        soren["status"], "active",
        "not yet suspended at the end of 2025"
    );
}

#[test]
fn json_has_typed_values_and_columns_are_checked() {
    let env = registry();
    let v = env.json(&[
        "member",
        "export",
        "--columns",
        "number,given_name,country",
        "--category",
        "honorary",
    ]);
    assert_eq!(
        v,
        serde_json::json!([
            {"number": 1, "given_name": "Jan", "country": null},
            {"number": 102, "given_name": "Søren", "country": "Denmark"}
        ])
    );
    let err = env.fails(&["member", "export", "--columns", "number,shoe_size"], 2);
    assert!(
        err.contains("--columns: 'shoe_size' is not a column; choose from number,full_name"),
        "{err}"
    );
    let err = env.fails(&["member", "export", "--format", "json", "--excel"], 2);
    assert!(err.contains("--excel and --delimiter are for CSV"), "{err}");
    let err = env.fails(&["member", "export", "--category", "juniors"], 1);
    assert!(
        err.contains("no category 'juniors'; known: regular, honorary, youth, supporter"),
        "{err}"
    );
    let empty = TestEnv::new();
    assert_eq!(
        empty.ok(&["member", "export", "--columns", "number,family_name"]),
        "number,family_name\n"
    );
    assert_eq!(empty.ok(&["member", "export", "--format", "json"]), "[]\n");
}

#[test]
fn output_files_are_owner_only_complete_and_replace_the_old_one() {
    let env = registry();
    std::fs::write(env.path("leden.csv"), "last year's list\n").unwrap();
    let out = env
        .quorum()
        .args(["member", "export", "--output", "leden.csv"])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("Exported 10 members to leden.csv"));
    let written = std::fs::read(env.path("leden.csv")).unwrap();
    assert_eq!(written, bytes(&env, &["member", "export"]));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        let mode = std::fs::metadata(env.path("leden.csv"))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    let leftovers: Vec<_> = std::fs::read_dir(env.dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
    // A failing export leaves the old file as it was.
    let err = env.fails(
        &[
            "member",
            "export",
            "--output",
            "leden.csv",
            "--category",
            "nope",
        ],
        1,
    );
    assert!(err.contains("no category 'nope'"), "{err}");
    assert_eq!(std::fs::read(env.path("leden.csv")).unwrap(), written);
}

#[test]
fn periods_are_found_whatever_the_order_of_numbers_and_registration() {
    // Registered in the order 30, 10, 20: numbers and internal ids disagree.
    let env = TestEnv::new();
    std::fs::write(
        env.path("order.csv"),
        "number,family_name,joined,left\n30,Dertig,2001-01-01,2010-12-31\n10,Tien,2002-02-02,\n20,Twintig,2003-03-03,2004-04-04\n",
    )
    .unwrap();
    env.ok(&["member", "import", "order.csv"]);
    // Number 30 rejoined later: a second period.
    let conn = rusqlite::Connection::open(env.db()).unwrap();
    conn.execute(
        "INSERT INTO membership_period (member_id, joined) SELECT id, '2020-01-01' FROM member WHERE number = 30",
        [],
    )
    .unwrap();
    drop(conn);
    let out = env.ok(&[
        "member",
        "export",
        "--status",
        "all",
        "--columns",
        "number,joined,left,status",
    ]);
    assert_eq!(
        out,
        "number,joined,left,status\n10,2002-02-02,,active\n20,2003-03-03,2004-04-04,former\n30,2020-01-01,,active\n"
    );
    let out = env.ok(&[
        "member",
        "export",
        "--as-of",
        "2005-01-01",
        "--columns",
        "number,joined,left,status",
    ]);
    assert_eq!(
        out,
        "number,joined,left,status\n10,2002-02-02,,active\n30,2001-01-01,2010-12-31,active\n"
    );
}

#[cfg(unix)]
#[test]
fn the_yearly_export_script_writes_both_lists_and_the_difference() {
    use std::os::unix::fs::PermissionsExt as _;
    let env = TestEnv::new();
    let examples = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
    env.ok(&[
        "member",
        "import",
        examples.join("ledenlijst.csv").to_str().unwrap(),
    ]);
    let bin_dir = Path::new(env!("CARGO_BIN_EXE_quorum"))
        .parent()
        .unwrap()
        .to_owned();
    let run = |year: &str| {
        let out = std::process::Command::new("sh")
            .arg(examples.join("yearly-export.sh"))
            .arg(year)
            .env_clear()
            .env("PATH", format!("{}:/usr/bin:/bin", bin_dir.display()))
            .env("HOME", env.dir.path())
            .env("QUORUM_DB", env.db())
            .env("QUORUM_NOW", crate::common::NOW)
            .env("EXPORT_DIR", env.path("lijsten"))
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    };
    run("2025");
    run("2026");
    let list = |name: &str| std::fs::read(env.path("lijsten").join(name)).unwrap();
    let plain = String::from_utf8(list("ledenlijst-2025.csv")).unwrap();
    // René left on 31-12-2025 (on the list); Fatima joined in 2026 (not yet).
    assert!(plain.contains("\n4,René,,Müller,"), "{plain}");
    assert!(!plain.contains("Amrani"), "{plain}");
    assert!(list("ledenlijst-2025-excel.csv").starts_with("\u{feff}number;".as_bytes()));
    let mode = std::fs::metadata(env.path("lijsten").join("ledenlijst-2025.csv"))
        .unwrap()
        .permissions()
        .mode();
    assert_eq!(mode & 0o777, 0o600);
    // Between the end of 2025 and the end of 2026 René went and Fatima came.
    let diff = String::from_utf8(list("verschil-2025-2026.diff")).unwrap();
    assert!(
        diff.lines().any(|l| l.starts_with("< 4,René,,Müller,")),
        "{diff}"
    );
    assert!(
        diff.lines().any(|l| l.starts_with("> 5,Fatima,el,Amrani,")),
        "{diff}"
    );
}

#[test]
fn the_english_sample_keeps_consent_country_and_notes() {
    let env = TestEnv::new();
    let sample = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/members.csv");
    env.ok(&["member", "import", sample.to_str().unwrap()]);
    let v = env.json(&[
        "member",
        "export",
        "--columns",
        "number,country,email_consent,notes",
    ]);
    assert_eq!(
        v,
        serde_json::json!([
            {"number": 101, "country": "France", "email_consent": "2020-02-01", "notes": null},
            {"number": 102, "country": "Denmark", "email_consent": null, "notes": "Speaker at the 2022 assembly"},
            {"number": 103, "country": null, "email_consent": "2022-09-01", "notes": null}
        ])
    );
}

#[test]
fn devices_and_dash_are_written_straight_and_stay_what_they_were() {
    let env = registry();
    let expected = bytes(&env, &["member", "export"]);
    // `-` is stdout, without a status line about a file called "-".
    let out = env
        .quorum()
        .args(["member", "export", "--output", "-"])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(out.stdout, expected);
    assert!(!env.path("-").exists());
    #[cfg(target_os = "linux")]
    {
        use std::os::unix::fs::FileTypeExt as _;
        let out = env
            .quorum()
            .args(["member", "export", "--output", "/dev/stdout"])
            .output()
            .unwrap();
        assert!(out.status.success());
        assert_eq!(out.stdout, expected);
        // A full device is an error, and it is still a device afterwards.
        let err = env.fails(&["member", "export", "--output", "/dev/full"], 1);
        assert!(err.contains("/dev/full"), "{err}");
        assert!(
            std::fs::metadata("/dev/full")
                .unwrap()
                .file_type()
                .is_char_device()
        );
        // A FIFO: read at the other end while quorum writes into it.
        let fifo = env.path("pipe");
        assert!(
            std::process::Command::new("mkfifo")
                .arg(&fifo)
                .status()
                .unwrap()
                .success()
        );
        let reader = {
            let fifo = fifo.clone();
            std::thread::spawn(move || std::fs::read(fifo).unwrap())
        };
        env.ok(&["member", "export", "--output", "pipe"]);
        assert_eq!(reader.join().unwrap(), expected);
        assert!(std::fs::metadata(&fifo).unwrap().file_type().is_fifo());
    }
}

#[test]
fn what_a_killed_export_left_behind_is_swept_on_the_next_one() {
    let env = registry();
    // Process ids on Linux stay below 2^22: this one is certainly gone.
    let dead = env.path(".leden.csv.999999999.tmp");
    std::fs::write(&dead, "half an export with personal data").unwrap();
    // Someone else's temporary file of another name is not ours to remove.
    let other = env.path(".other.csv.999999999.tmp");
    std::fs::write(&other, "x").unwrap();
    env.ok(&["member", "export", "--output", "leden.csv"]);
    #[cfg(target_os = "linux")]
    assert!(!dead.exists());
    assert!(other.exists());
    assert_eq!(
        std::fs::read(env.path("leden.csv")).unwrap(),
        bytes(&env, &["member", "export"])
    );
}

/// `member export --format table` is refused, never CSV printed as if it were a table; without
/// `--format` the export is CSV, with `--format csv` too.
#[test]
fn an_export_asked_for_as_a_table_is_refused() {
    let env = TestEnv::new();
    env.ok(&[
        "member",
        "add",
        "--family-name",
        "Jansen",
        "--joined",
        "2020-01-01",
    ]);
    for format in ["table", "html", "md"] {
        let e = env.fails(&["member", "export", "--format", format], 2);
        assert!(e.contains("member export writes CSV or JSON"), "{e}");
        assert!(e.contains("quorum member list"), "{e}");
    }
    let plain = env.ok(&["member", "export"]);
    assert!(plain.starts_with("number,"), "{plain}");
    assert_eq!(env.ok(&["member", "export", "--format", "csv"]), plain);
}
