//! `quorum tally` from the built binary: outputs, seeds, errors, conversion and the documented
//! examples, which the README runs.
//!
//! Each test runs the binary with a cleared environment in the package root, so fixture paths
//! are relative as in the docs, and points QUORUM_DB at a temporary path that must stay unused.

use std::path::PathBuf;

use assert_cmd::Command;
use predicates::prelude::*;

const BOARD: &str = "tests/fixtures/tally/board.csv";
const TIE: &str = "tests/fixtures/tally/tie.csv";
const APPROVAL: &str = "tests/fixtures/tally/approval.csv";
const MALFORMED: &str = "tests/fixtures/tally/malformed.csv";

struct Env {
    dir: tempfile::TempDir,
}

impl Env {
    fn new() -> Self {
        Env {
            dir: tempfile::tempdir().unwrap(),
        }
    }

    fn db(&self) -> PathBuf {
        self.dir.path().join("never-created.sqlite3")
    }

    fn quorum(&self) -> Command {
        let mut cmd = Command::new(assert_cmd::cargo::cargo_bin!("quorum"));
        cmd.env_clear()
            .env("HOME", self.dir.path())
            .env("QUORUM_DB", self.db())
            .env("NO_COLOR", "1")
            .current_dir(env!("CARGO_MANIFEST_DIR"));
        cmd
    }

    fn tally(&self, args: &[&str]) -> Command {
        let mut cmd = self.quorum();
        cmd.arg("tally").args(args);
        cmd
    }
}

impl Drop for Env {
    fn drop(&mut self) {
        // The counter must work without a database and must not create one.
        assert!(!self.db().exists(), "quorum tally created a database");
    }
}

fn stdout_of(cmd: &mut Command) -> String {
    let out = cmd.assert().success().get_output().stdout.clone();
    String::from_utf8(out).unwrap()
}

fn json_of(cmd: &mut Command) -> serde_json::Value {
    serde_json::from_str(&stdout_of(cmd)).unwrap()
}

#[test]
fn plurality_table_shows_elected_stage_invalid_votes_and_lot() {
    let env = Env::new();
    let out = stdout_of(&mut env.tally(&[BOARD, "--method", "plurality", "--seed", "1"]));
    for needle in [
        "Title:       Board election 2026\n",
        "Method:      plurality, 2 seats\n",
        "Ballots:     11 (9 valid, 2 invalid)\n",
        "Valid total: 15\n",
        "Seed:        1\n",
        "Elected:     Anna de Vries, Chris Bakker\n",
        // Into a pipe the tables are plain aligned columns, 80 wide: words wrap, never split.
        "     1  Votes                5       4       4          2          0     15\n        counted\n",
        "   12        1  blank ballot\n",
        "   16        1  names Dewi Smit more than once\n",
        "   1  seat 2 of 2: tie at 4 votes  Bram Jansen, Chris Bakker  Chris Bakker\n",
    ] {
        assert!(out.contains(needle), "missing {needle:?} in\n{out}");
    }
}

#[test]
fn plurality_json_carries_names_figures_invalid_votes_and_lots() {
    let env = Env::new();
    let v = json_of(&mut env.tally(&[BOARD, "-m", "plurality", "--seed", "1", "--format", "json"]));
    assert_eq!(v["method"], "plurality");
    assert_eq!(v["input_format"], "csv");
    assert_eq!(v["seats"], 2);
    assert_eq!(v["seed"], 1);
    assert_eq!(
        v["elected"],
        serde_json::json!(["Anna de Vries", "Chris Bakker"])
    );
    assert_eq!(v["ballots"], 11);
    assert_eq!(v["invalid_ballots"], 2);
    assert_eq!(v["valid_total"], 15);
    assert_eq!(stage_votes(&v, 0), ["5", "4", "4", "2"]);
    assert_eq!(v["stages"][0]["total"], 15);
    let lines: Vec<_> = v["invalid"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["line"].clone())
        .collect();
    assert_eq!(lines, [12, 16]);
    assert_eq!(
        v["lots"][0]["among"],
        serde_json::json!(["Bram Jansen", "Chris Bakker"])
    );
    assert_eq!(v["lots"][0]["chosen"], "Chris Bakker");
}

#[test]
fn approval_csv_has_one_row_per_candidate() {
    let env = Env::new();
    let out = stdout_of(&mut env.tally(&[
        APPROVAL, "-m", "approval", "-s", "2", "--seed", "3", "--format", "csv",
    ]));
    assert_eq!(
        out,
        "stage,action,description,candidate,votes,exhausted,residue,threshold\n\
         1,first_count,Votes counted,Monday,5,0,0,\n\
         1,first_count,Votes counted,Tuesday,4,0,0,\n\
         1,first_count,Votes counted,Wednesday,8,0,0,\n\
         1,first_count,Votes counted,Thursday,5,0,0,\n"
    );
}

#[test]
fn approval_json_elects_the_most_approved_and_draws_the_tie() {
    let env = Env::new();
    let v = json_of(&mut env.tally(&[
        APPROVAL, "-m", "approval", "--seats", "2", "--seed", "3", "--format", "json",
    ]));
    assert_eq!(v["valid_total"], 22);
    assert_eq!(v["elected"][0], "Wednesday");
    assert_eq!(
        v["lots"][0]["among"],
        serde_json::json!(["Monday", "Thursday"])
    );
    assert_eq!(v["elected"][1], v["lots"][0]["chosen"]);
    assert_eq!(
        v["invalid"],
        serde_json::json!([{"line": 8, "weight": 1, "reason": "blank ballot"}])
    );
}

#[test]
fn the_same_seed_repeats_the_count_and_other_seeds_can_differ() {
    let env = Env::new();
    let mut winners = std::collections::BTreeSet::new();
    for seed in ["1", "2", "3", "4", "5", "6"] {
        let args = [TIE, "-m", "plurality", "--seed", seed, "--format", "json"];
        let first = json_of(&mut env.tally(&args));
        let again = json_of(&mut env.tally(&args));
        assert_eq!(first, again, "seed {seed}");
        assert_eq!(
            first["lots"][0]["among"],
            serde_json::json!(["Eva", "Femke"])
        );
        winners.insert(first["elected"][0].as_str().unwrap().to_string());
    }
    assert_eq!(
        winners.len(),
        2,
        "six seeds all drew the same of two: {winners:?}"
    );
}

#[test]
fn a_random_seed_is_printed_and_reproduces_the_count() {
    let env = Env::new();
    let out = env
        .tally(&[TIE, "-m", "plurality", "--format", "json"])
        .assert()
        .success();
    let stderr = String::from_utf8(out.get_output().stderr.clone()).unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    let seed = v["seed"].as_u64().unwrap().to_string();
    assert!(
        stderr.contains(&format!(
            "Seed {seed} (random; repeat this count with --seed {seed})"
        )),
        "{stderr}"
    );
    let again =
        json_of(&mut env.tally(&[TIE, "-m", "plurality", "--format", "json", "--seed", &seed]));
    assert_eq!(again, v);
}

#[test]
fn a_malformed_file_fails_naming_file_and_line() {
    let env = Env::new();
    env.tally(&[MALFORMED, "-m", "plurality"])
        .assert()
        .code(1)
        .stdout("")
        .stderr(predicate::str::starts_with(
            "error: tests/fixtures/tally/malformed.csv: line 4: 'Evaa' is not a candidate",
        ));
}

#[test]
fn a_guessed_format_that_fails_hints_at_input_format() {
    let env = Env::new();
    let path = env.dir.path().join("ballots.txt");
    std::fs::write(&path, "A,B\n\"C\n").unwrap();
    env.tally(&[path.to_str().unwrap(), "-m", "plurality"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "line 2: a quote is opened but not closed",
        ))
        .stderr(predicate::str::contains(
            "help: read as csv (detected from the content)",
        ));
}

#[test]
fn input_format_overrides_detection() {
    let env = Env::new();
    let path = env.dir.path().join("numbers.csv");
    // "2 1" opens a BLT file; forced to CSV it is a candidate's name.
    std::fs::write(&path, "2 1\n2 1\n").unwrap();
    let v = json_of(&mut env.tally(&[
        path.to_str().unwrap(),
        "-m",
        "plurality",
        "--input-format",
        "csv",
        "--format",
        "json",
    ]));
    assert_eq!(v["candidates"], serde_json::json!(["2 1"]));
    assert_eq!(v["elected"], serde_json::json!(["2 1"]));
}

#[test]
fn usage_errors_exit_2() {
    let env = Env::new();
    env.tally(&[BOARD, "--method", "borda"])
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains(
            "invalid value 'borda' for '--method <METHOD>'",
        ));
    env.tally(&[BOARD])
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains("--method"));
    env.tally(&[BOARD, "-m", "plurality", "--seats", "0"])
        .assert()
        .code(2)
        .stdout("");
    env.tally(&[BOARD, "--to", "blt", "--format", "json"])
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::starts_with("error: --to blt writes BLT"));
}

#[test]
fn a_missing_file_fails_with_a_hint() {
    let env = Env::new();
    env.tally(&["no/such/ballots.csv", "-m", "plurality"])
        .assert()
        .code(1)
        .stdout("")
        .stderr(predicate::str::starts_with(
            "error: cannot read ballot file no/such/ballots.csv:",
        ))
        .stderr(predicate::str::contains("\nhelp: check the path"));
}

#[test]
fn to_blt_converts_weights_blank_ballots_title_and_seats() {
    let env = Env::new();
    let out = stdout_of(&mut env.tally(&[APPROVAL, "--to", "blt", "--seats", "2"]));
    assert_eq!(
        out,
        "4 2\n4 1 3 0\n3 2 3 4 0\n2 4 0\n1 1 2 3 0\n1 0\n0\n\
         \"Monday\"\n\"Tuesday\"\n\"Wednesday\"\n\"Thursday\"\n\"Which evenings suit the club night?\"\n"
    );
}

#[test]
fn reads_standard_input() {
    let env = Env::new();
    let v = json_of(
        env.tally(&["-", "-m", "approval", "--format", "json", "--seed", "1"])
            .write_stdin("A,B\nB\n"),
    );
    assert_eq!(v["file"], "-");
    assert_eq!(stage_votes(&v, 0), ["1", "2"]);
    assert_eq!(v["elected"], serde_json::json!(["B"]));
}

#[test]
fn a_closed_pipe_is_not_an_error() {
    use std::io::Read as _;
    let env = Env::new();
    // Enough candidates that the JSON overflows a pipe's buffer before the reader goes away.
    let path = env.dir.path().join("many.csv");
    let names: Vec<String> = (0..5000).map(|i| format!("Candidate number {i}")).collect();
    std::fs::write(&path, names.join("\n")).unwrap();
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin!("quorum"))
        .args([
            "tally",
            path.to_str().unwrap(),
            "-m",
            "approval",
            "--max-candidates",
            "5000",
            "--format",
            "json",
            "-q",
        ])
        .env("QUORUM_DB", env.db())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdout = child.stdout.take().unwrap();
    let mut start = [0u8; 16];
    stdout.read_exact(&mut start).unwrap();
    drop(stdout);
    let output = child.wait_with_output().unwrap();
    assert!(output.status.success(), "{:?}", output.status);
    assert_eq!(String::from_utf8_lossy(&output.stderr), "");
}

#[test]
fn reads_windows_1252_with_a_warning_and_utf16_with_a_byte_order_mark() {
    let env = Env::new();
    let latin1 = env.dir.path().join("latin1.csv");
    std::fs::write(&latin1, b"Ren\xe9\nRen\xe9\nZo\xeb\n").unwrap();
    let out = env
        .tally(&[
            latin1.to_str().unwrap(),
            "-m",
            "plurality",
            "--format",
            "json",
            "--seed",
            "1",
        ])
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "is not UTF-8; reading it as Windows-1252",
        ));
    let v: serde_json::Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    assert_eq!(v["candidates"], serde_json::json!(["René", "Zoë"]));
    assert_eq!(v["elected"], serde_json::json!(["René"]));

    let utf16 = env.dir.path().join("utf16.csv");
    let mut bytes = vec![0xFF, 0xFE];
    bytes.extend("Zoë,René\n".encode_utf16().flat_map(u16::to_le_bytes));
    std::fs::write(&utf16, bytes).unwrap();
    let v = json_of(&mut env.tally(&[
        utf16.to_str().unwrap(),
        "-m",
        "approval",
        "--format",
        "json",
    ]));
    assert_eq!(v["candidates"], serde_json::json!(["Zoë", "René"]));
}

/// Every real election in tests/fixtures/tally gives its official winners from the binary.
#[test]
fn official_winners_from_the_command_line() {
    let env = Env::new();
    let cases: &[(&str, &str, &[&str])] = &[
        (
            "glasgow-2007-linn.blt",
            "stv-scottish",
            &[
                "Margot Clark",
                "Sadie Docherty",
                "John McKenzie",
                "David Ritchie",
            ],
        ),
        (
            "glasgow-2007-anderston-city.blt",
            "stv-scottish",
            &[
                "Nina Baker",
                "Philip Braat",
                "Craig MacKay",
                "Gordon Matheson",
            ],
        ),
        (
            "glasgow-2007-govan.blt",
            "stv-scottish",
            &[
                "Shaukat Butt",
                "Stephen Dornan",
                "John Flanagan",
                "Allison Hunter",
            ],
        ),
        (
            "stackoverflow-election12.blt",
            "stv-meek",
            &["Machavity", "Makyen"],
        ),
        (
            "stackoverflow-election14.blt",
            "stv-meek",
            &["sideshowbarker"],
        ),
        ("debian-2006-dpl-tally.txt", "schulze", &["Anthony Towns"]),
        ("burlington-2009-mayor.abif", "irv", &["Bob Kiss"]),
    ];
    for (file, method, winners) in cases {
        let path = format!("tests/fixtures/tally/{file}");
        let out = env
            .quorum()
            .args([
                "tally", &path, "--method", method, "--seed", "1", "--format", "json",
            ])
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{file}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        let mut elected: Vec<String> = json["elected"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap().to_string())
            .collect();
        elected.sort();
        let elected: Vec<&str> = elected
            .iter()
            .map(|s| s.split(" (").next().unwrap())
            .collect();
        let mut expected = winners.to_vec();
        expected.sort();
        assert_eq!(elected, expected, "{file} by {method}");
    }
}

/// The six Scottish wards as `mggg/scot-elex` publishes them: each read (its repair named on
/// stderr) and counted to the councils' declared result.
#[test]
fn scottish_wards_as_published_read_and_elect_the_declared_councillors() {
    let cases: &[(&str, &str, &[&str])] = &[
        (
            "edinburgh_2012_ward12",
            "read 11 candidate names and the title unquoted",
            &[
                "Angela BLACKLOCK (Lab)",
                "Deidre Leanne BROCK (SNP)",
                "Maggie CHAPMAN (Grn)",
                "Nick GARDNER (Lab)",
            ],
        ),
        (
            "aberdeen_2012_ward8",
            "read 11 candidate names CSV-quoted",
            &[
                "Andrew MAY (SNP)",
                "JEAN MORRISON (Lab)",
                "NATHAN MORRISON (Lab)",
            ],
        ),
        (
            "north_ayrshire_2022_garnock_valley",
            "read 11 candidate names and the title CSV-quoted",
            &[
                "John BELL (Scottish Labour Party)",
                "Anthea DICKSON (Scottish National Party (SNP))",
                "Margaret JOHNSON (Scottish National Party (SNP))",
                "Donald L REID (Independent)",
                "Ronnie STALKER (Scottish Conservative and Unionist)",
            ],
        ),
        (
            "aberdeenshire_2022_ward19",
            "as two quoted strings, name and party",
            &[
                "Laurie CARNIE (Scottish Conservative and Unionist)",
                "George CARR (Scottish Conservative and Unionist)",
                "Alison Elizabeth McBean EVISON (Independent)",
                "Kevin STELFOX (Scottish National Party (SNP))",
            ],
        ),
        (
            "glasgow_2007_govan",
            "from `# ALTERNATIVE NAME n:` comment lines",
            &[
                "Shaukat Butt (Lab)",
                "Stephen Dornan (Lab)",
                "John Flanagan (Lab)",
                "Allison Hunter (SNP)",
            ],
        ),
        (
            "perth_kinross_2016_by_election_ward9",
            "ignored the trailing comma on 185 numeric lines",
            &["Kathleen BAIRD"],
        ),
    ];
    let env = Env::new();
    for (ward, repair, want) in cases {
        let file = format!("tests/fixtures/tally/{ward}.blt");
        let out = env
            .tally(&[
                &file,
                "--method",
                "stv-scottish",
                "--seed",
                "1",
                "--format",
                "json",
            ])
            .assert()
            .success()
            .stderr(predicate::str::contains(*repair))
            .get_output()
            .clone();
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert_eq!(
            stderr.matches(*repair).count(),
            1,
            "{ward}: named once\n{stderr}"
        );
        let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(json["input_format"], "blt", "{ward}");
        let mut elected: Vec<String> = json["elected"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap().to_string())
            .collect();
        elected.sort();
        let mut want: Vec<String> = want.iter().map(|s| s.to_string()).collect();
        want.sort();
        assert_eq!(elected, want, "{ward}");
        assert_eq!(
            json["candidates"].as_array().unwrap().len(),
            if ward.starts_with("perth") { 5 } else { 11 }
        );
    }
}

/// The Perth file taken as CSV is the failure the issue reports: ballot lines "elected". Forced
/// or detected, the lines of numbers are never counted as candidates.
#[test]
fn ballot_lines_are_never_counted_as_csv_candidates() {
    let env = Env::new();
    let dir = tempfile::tempdir().unwrap();
    let numbers = dir.path().join("numbers.txt");
    std::fs::write(&numbers, "786 1 0,\n87 1 2 0,\n31 1 2 3 0,\n").unwrap();
    env.tally(&[
        numbers.to_str().unwrap(),
        "--method",
        "plurality",
        "--seed",
        "1",
    ])
    .assert()
    .code(1)
    .stdout("")
    .stderr(predicate::str::contains("line 1:"))
    .stderr(predicate::str::contains("is not a candidate name"))
    .stderr(predicate::str::contains("--input-format"));
}

#[test]
fn many_files_give_a_summary_and_a_failing_file_does_not_stop_the_rest() {
    let env = Env::new();
    let linn = "tests/fixtures/tally/glasgow-2007-linn.blt";
    let perth = "tests/fixtures/tally/perth_kinross_2016_by_election_ward9.blt";
    let json = env
        .tally(&[
            linn,
            MALFORMED,
            perth,
            "-m",
            "stv-scottish",
            "--seed",
            "3",
            "--format",
            "json",
        ])
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "1 of 3 files could not be counted",
        ))
        .get_output()
        .stdout
        .clone();
    let json: serde_json::Value = serde_json::from_slice(&json).unwrap();
    let files = json.as_array().unwrap();
    assert_eq!(files.len(), 3);
    assert_eq!(files[0]["file"], linn);
    // A JSON number with every digit of the count, as the text of the document shows.
    assert_eq!(files[0]["quota"].to_string(), "1914.00000");
    assert!(files[0]["quota"].is_number());
    assert!(files[0]["stages"].as_array().unwrap().len() > 1);
    assert_eq!(files[1]["file"], MALFORMED);
    assert!(
        files[1]["error"].as_str().unwrap().contains("line"),
        "{}",
        files[1]
    );
    assert_eq!(files[2]["elected"][0], "Kathleen BAIRD");

    let csv = stdout_of(&mut env.tally(&[
        linn,
        perth,
        "-m",
        "stv-scottish",
        "--seed",
        "3",
        "--format",
        "csv",
    ]));
    let mut lines = csv.lines();
    assert_eq!(
        lines.next(),
        Some("file,seats,ballots,valid,quota,elected,error")
    );
    assert_eq!(
        lines.next(),
        Some(
            "tests/fixtures/tally/glasgow-2007-linn.blt,4,9567,9567,1914.00000,David Ritchie; Sadie Docherty; John McKenzie; Margot Clark,"
        )
    );
    assert!(
        lines
            .next()
            .unwrap()
            .contains(",1,3431,3431,1716.00000,Kathleen BAIRD,")
    );

    let table =
        stdout_of(&mut env.tally(&[linn, perth, "-m", "stv-scottish", "--seed", "3", "--stages"]));
    assert!(table.contains(&format!("== {linn} ==")), "{table}");
    assert!(table.contains(&format!("== {perth} ==")), "{table}");
    assert!(table.contains("Quota:       1716.00000"), "{table}");
}

/// The fuzzer's hostile inputs, kept in `tests/fixtures/tally/hostile/`: each must give its
/// outcome (the result or a refusal with the reason), never hang.
#[test]
fn hostile_inputs_are_counted_or_refused_with_the_reason() {
    let env = Env::new();
    // An 80,000-character name: the table shortens it; JSON keeps it whole.
    let table = stdout_of(&mut env.tally(&[
        "-m",
        "plurality",
        "--seed",
        "1",
        "tests/fixtures/tally/hostile/long-name.csv",
    ]));
    assert!(table.contains("Elected:     Bob"), "{table}");
    assert!(table.contains(&format!("{}…", "A".repeat(60))), "{table}");
    assert!(
        !table.contains(&"A".repeat(61)),
        "the long name is shortened in the stages"
    );
    let json = json_of(&mut env.tally(&[
        "-m",
        "plurality",
        "--seed",
        "1",
        "--format",
        "json",
        "tests/fixtures/tally/hostile/long-name.csv",
    ]));
    assert!(json.to_string().contains(&"A".repeat(80_000)));

    // A BLT whose lines end with CR alone is read as BLT, and the repair is named.
    env.tally(&[
        "-m",
        "irv",
        "--seed",
        "1",
        "tests/fixtures/tally/hostile/cr-only.blt",
    ])
    .assert()
    .success()
    .stdout(predicate::str::contains("Elected:     Ann"))
    .stdout(predicate::str::contains("Title:       CR-only"))
    .stderr(predicate::str::contains("lines end with CR alone"));
}

/// A BLT file of `n` candidates named by `name`, each first on one ballot and the first on two.
fn blt_of(n: usize, seats: usize, name: impl Fn(usize) -> String) -> String {
    let mut text = format!("{n} {seats}\n2 1 0\n");
    for c in 2..=n {
        text.push_str(&format!("1 {c} 0\n"));
    }
    text.push_str("0\n");
    for c in 1..=n {
        text.push_str(&format!("\"{}\"\n", name(c)));
    }
    text.push_str("\"Generated\"\n");
    text
}

#[test]
fn the_summary_table_of_many_files_fits_80_columns_with_long_names() {
    let env = Env::new();
    let long =
        |c: usize| format!("Candidate {c} Alexandra Wilhelmina van Oldenbarnevelt-Tot Bergh");
    let dir = env
        .dir
        .path()
        .join("a-rather-long-folder-name-for-the-ward-files");
    std::fs::create_dir_all(&dir).unwrap();
    let first = dir.join("ward-with-a-long-file-name-1.blt");
    let second = dir.join("ward-with-a-long-file-name-2.blt");
    std::fs::write(&first, blt_of(5, 3, long)).unwrap();
    std::fs::write(&second, blt_of(4, 2, long)).unwrap();
    let args = |format: &'static str| {
        vec![
            first.to_str().unwrap().to_string(),
            second.to_str().unwrap().to_string(),
            MALFORMED.to_string(),
            "-m".into(),
            "stv-scottish".into(),
            "--seed".into(),
            "1".into(),
            "--format".into(),
            format.into(),
        ]
    };
    let run = |format| {
        let a = args(format);
        let out = env
            .tally(&a.iter().map(String::as_str).collect::<Vec<_>>())
            .assert()
            .code(1)
            .get_output()
            .stdout
            .clone();
        String::from_utf8(out).unwrap()
    };
    let table = run("table");
    for line in table.lines() {
        assert!(line.chars().count() <= 80, "too wide: {line}\n{table}");
    }
    // The path keeps its end; each elected candidate starts a line of the cell.
    assert!(table.contains("1.blt"), "{table}");
    assert!(table.contains("Candidate 5"), "{table}");
    assert!(table.contains("error: line"), "{table}");
    assert!(
        table.contains("2.00000"),
        "the quota of the first file: {table}"
    );
    // CSV keeps every name and the whole path.
    let csv = run("csv");
    assert!(csv.contains(&long(1)), "{csv}");
    assert!(csv.contains(first.to_str().unwrap()), "{csv}");
}

#[test]
fn more_candidates_than_the_limit_are_refused_with_the_number_and_the_flag() {
    let env = Env::new();
    let file = env.dir.path().join("many.blt");
    std::fs::write(&file, blt_of(201, 1, |c| format!("C{c}"))).unwrap();
    let path = file.to_str().unwrap();
    env.tally(&[path, "-m", "plurality", "--seed", "1"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "201 candidates: is this the right format?",
        ))
        .stderr(predicate::str::contains("--max-candidates 201"));
    // In a batch, the same reason in the file's row.
    let out = env
        .tally(&[
            path,
            BOARD,
            "-m",
            "plurality",
            "--seed",
            "1",
            "--format",
            "json",
        ])
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let json: serde_json::Value = serde_json::from_slice(&out).unwrap();
    let error = json[0]["error"].as_str().unwrap_or_default();
    assert!(
        error.contains("201 candidates") && error.contains("--max-candidates 201"),
        "{json}"
    );
    assert!(json[1]["elected"].is_array(), "{json}");
    let json = json_of(&mut env.tally(&[
        path,
        "-m",
        "plurality",
        "--seed",
        "1",
        "--max-candidates",
        "201",
        "--format",
        "json",
    ]));
    assert_eq!(json["elected"][0], "C1");
}

/// More seats than standing candidates: every method refuses alike, naming both numbers.
#[test]
fn more_seats_than_candidates_is_refused_alike_by_every_method() {
    let env = Env::new();
    let methods = [
        "majority",
        "majority-runoff",
        "plurality",
        "approval",
        "irv",
        "stv-scottish",
        "stv-meek",
        "schulze",
    ];
    for method in methods {
        env.tally(&[BOARD, "-m", method, "--seats", "5", "--seed", "1"])
            .assert()
            .code(1)
            .stderr(predicate::str::contains(format!(
                "cannot count by {method}: 5 seats to fill but only 4 candidates who have not withdrawn"
            )));
        // In a batch, the same reason in the file's row.
        let json = env
            .tally(&[
                BOARD, TIE, "-m", method, "--seats", "5", "--seed", "1", "--format", "json",
            ])
            .assert()
            .code(1)
            .get_output()
            .stdout
            .clone();
        let json: serde_json::Value = serde_json::from_slice(&json).unwrap();
        let error = json[0]["error"].as_str().unwrap_or_default();
        assert!(
            error.contains("5 seats to fill but only 4 candidates"),
            "{method}: {json}"
        );
    }
    // As many seats as candidates is counted where the method fills several seats.
    for method in [
        "majority",
        "plurality",
        "approval",
        "stv-scottish",
        "stv-meek",
    ] {
        env.tally(&[BOARD, "-m", method, "--seats", "4", "--seed", "1"])
            .assert()
            .success();
    }
}

/// Identical ballot lines are merged as they are read (memory grows with the distinct ballots),
/// yet every invalid vote is still listed on its own line, and a bad line is refused by its number.
#[test]
fn a_file_of_many_identical_lines_lists_each_invalid_line_and_names_a_bad_one() {
    let env = Env::new();
    let mut text = String::from("3 1\n");
    for i in 0..3000 {
        text.push_str(if i % 1000 == 999 {
            "1 0\n"
        } else {
            "1 1 2 0\n"
        });
    }
    text.push_str("0\n\"A\"\n\"B\"\n\"C\"\n");
    let file = env.dir.path().join("repeated.blt");
    std::fs::write(&file, &text).unwrap();
    let path = file.to_str().unwrap();
    let json = json_of(&mut env.tally(&["-m", "irv", "--seed", "1", "--format", "json", path]));
    assert_eq!(json["ballots"], 3000);
    let invalid: Vec<(u64, u64)> = json["invalid"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| (v["line"].as_u64().unwrap(), v["weight"].as_u64().unwrap()))
        .collect();
    assert_eq!(invalid, [(1001, 1), (2001, 1), (3001, 1)]);
    assert_eq!(json["elected"][0], "A");

    let bad =
        text.replacen("1 1 2 0\n", "1 1 7 0\n", 2500)
            .replacen("1 1 7 0\n", "1 1 2 0\n", 2499);
    std::fs::write(&file, bad).unwrap();
    env.tally(&["-m", "irv", "--seed", "1", path])
        .assert()
        .failure()
        .stderr(predicate::str::contains(
            "line 2503: candidate 7 does not exist: candidates are 1 to 3",
        ));
}

/// A BLT file is read a line at a time from its encoding: UTF-16 with a mark, Windows-1252 with a
/// warning, CR-only line ends, and a UTF-8 name beyond the first 64 KiB that detection looks at.
#[test]
fn blt_files_in_every_encoding_and_line_ending_are_read_as_a_stream() {
    let env = Env::new();
    let ballots = "1 1 0\n".repeat(20_000);
    let text = format!("2 1\n{ballots}2 2 0\n0\n\"Zoë\"\n\"René\"\n\"Été\"\n");
    let winner = |file: &std::path::Path| {
        let v = json_of(&mut env.tally(&[
            file.to_str().unwrap(),
            "-m",
            "plurality",
            "--format",
            "json",
        ]));
        (v["candidates"].clone(), v["elected"].clone())
    };
    let want = (
        serde_json::json!(["Zoë", "René"]),
        serde_json::json!(["Zoë"]),
    );

    let utf8 = env.dir.path().join("big.blt");
    std::fs::write(&utf8, &text).unwrap();
    assert_eq!(winner(&utf8), want);

    let utf16 = env.dir.path().join("utf16.blt");
    let mut bytes = vec![0xFF, 0xFE];
    bytes.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    std::fs::write(&utf16, bytes).unwrap();
    assert_eq!(winner(&utf16), want);

    let cr = env.dir.path().join("mac.blt");
    std::fs::write(&cr, text.replace('\n', "\r")).unwrap();
    env.tally(&[cr.to_str().unwrap(), "-m", "plurality"])
        .assert()
        .success()
        .stderr(predicate::str::contains("lines end with CR alone"));
    assert_eq!(winner(&cr), want);

    let latin1 = env.dir.path().join("latin1.blt");
    let (encoded, _, _) = encoding_rs::WINDOWS_1252.encode(&text);
    std::fs::write(&latin1, &encoded[..]).unwrap();
    env.tally(&[latin1.to_str().unwrap(), "-m", "plurality"])
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "is not UTF-8; reading it as Windows-1252",
        ));
    assert_eq!(winner(&latin1), want);

    // An error past the first 64 KiB still names its line.
    let bad = env.dir.path().join("bad.blt");
    std::fs::write(&bad, format!("2 1\n{ballots}1 3 0\n0\n\"A\"\n\"B\"\n")).unwrap();
    env.tally(&[bad.to_str().unwrap(), "-m", "plurality"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("line 20002:"));
}

/// ABIF, Debian, CSV, BLT-CSV and Dublin files are read as a stream too: a file past the first 64 KiB is
/// read whole, with a name or a separator only its end shows, and a CR-only copy reads the same.
#[test]
fn abif_debian_csv_blt_csv_and_dublin_files_are_read_as_a_stream() {
    let env = Env::new();
    let many = |line: &str| format!("{line}\n").repeat(20_000);
    let cases = [
        (
            "big.abif",
            format!("=A:[Ann]\n{}1:Zoë>A\n", many("1:A>B")),
            20_002,
        ),
        (
            "big.txt",
            format!(
                "  Option 1--->: Ann\n{}V: 21 abc\n  Option 2--->: Zoë\n",
                many("V: 12 abc")
            ),
            20_002,
        ),
        // The one semicolon, on the last line, makes every row a single cell.
        ("big.csv", format!("{}Zoë;Ann\n", many("Ann,B")), 20_001),
        (
            "dublin.txt",
            format!("{}\"Zoë\" \"Ann\"\n", many("\"Ann\" \"XXXXX\"")),
            20_001,
        ),
        (
            "blt.csv",
            format!("2,1\n{}1,2,1,0\n0\nAnn\nZoë\n", many("1,1,2,0")),
            20_002,
        ),
    ];
    for (name, text, last) in cases {
        assert!(text.len() > 64 * 1024);
        for (file, text) in [
            (name.to_string(), text.clone()),
            (format!("mac-{name}"), text.replace('\n', "\r")),
        ] {
            let path = env.dir.path().join(&file);
            std::fs::write(&path, &text).unwrap();
            let v =
                json_of(&mut env.tally(&[path.to_str().unwrap(), "-m", "irv", "--format", "json"]));
            let candidates = v["candidates"].to_string();
            assert!(candidates.contains("Zoë"), "{file}: {candidates}");
            assert_eq!(v["elected"][0], v["candidates"][0], "{file}: {candidates}");
        }
        // An error in the last line still names it.
        let bad = env.dir.path().join(format!("bad-{name}"));
        let broken = match name {
            "big.abif" => text.replace("1:Zoë>A", "1:Zoë>"),
            "big.txt" => text.replace("V: 21 abc", "V: 2x abc"),
            "big.csv" => text.replace("Zoë;Ann", "Zoë;;Ann"),
            "blt.csv" => text.replace("1,2,1,0", "1,2,3,0"),
            _ => text.replace("\"Zoë\" \"Ann\"", "\"Zoë\" Ann"),
        };
        std::fs::write(&bad, broken).unwrap();
        env.tally(&[bad.to_str().unwrap(), "-m", "irv"])
            .assert()
            .failure()
            .stderr(predicate::str::contains(format!("line {last}:")));
    }
}

/// A stage's votes as the document writes them, candidate by candidate (exact digits).
fn stage_votes(v: &serde_json::Value, stage: usize) -> Vec<String> {
    v["stages"][stage]["votes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            assert!(c["votes"].is_number(), "{c}");
            c["votes"].to_string()
        })
        .collect()
}
