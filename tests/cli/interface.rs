//! The interface contract (issue 28): the outcome on stdout whatever `-q` says, a format the
//! command has no form for refused before any work, `QUORUM_NO_INPUT` read as a yes/no.

use std::io::{BufRead as _, BufReader, Write as _};
use std::process::{Child, ChildStdin, ChildStdout, Stdio};

use crate::common::TestEnv;

/// Three members and meeting 1, for the door.
fn door() -> TestEnv {
    let env = TestEnv::new();
    for n in ["A", "B", "C", "D"] {
        env.ok(&[
            "member",
            "add",
            "--family-name",
            n,
            "--joined",
            "2020-01-01",
        ]);
    }
    env.ok(&[
        "meeting",
        "new",
        "--title",
        "ALV",
        "--date",
        "2026-03-20T19:30",
    ]);
    env
}

fn present(env: &TestEnv) -> Vec<i64> {
    let att = env.json(&["meeting", "attendance", "1"]);
    let mut numbers: Vec<i64> = att
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["status"] == "present")
        .map(|r| r["number"].as_i64().unwrap())
        .collect();
    numbers.sort_unstable();
    numbers
}

/// A scanner at the door of meeting 1: quorum reading stdin, with its stdin and stdout.
fn scanner(env: &TestEnv) -> (Child, ChildStdin, BufReader<ChildStdout>) {
    let mut child = env
        .process()
        .args(["meeting", "checkin", "1", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let stdin = child.stdin.take().unwrap();
    let stdout = BufReader::new(child.stdout.take().unwrap());
    (child, stdin, stdout)
}

/// One scan: a line typed, and the line quorum answers with.
fn scan(stdin: &mut ChildStdin, stdout: &mut BufReader<ChildStdout>, line: &str) -> String {
    writeln!(stdin, "{line}").unwrap();
    stdin.flush().unwrap();
    let mut said = String::new();
    stdout.read_line(&mut said).unwrap();
    said
}

#[test]
fn the_scanner_is_answered_per_line_and_a_misread_costs_only_itself() {
    let env = door();
    let (child, mut stdin, mut stdout) = scanner(&env);
    let mut scan = |line: &str| scan(&mut stdin, &mut stdout, line);
    assert_eq!(scan("1"), "Member 1: present (1 vote)\n");
    assert_eq!(
        scan("1x"),
        "Line 2: '1x' is not a member number; nothing recorded\n"
    );
    assert_eq!(scan("2"), "Member 2: present (1 vote)\n");
    // Each scan is recorded as it is made, while the scanner is still connected.
    assert_eq!(present(&env), vec![1, 2]);
    assert_eq!(scan("3"), "Member 3: present (1 vote)\n");
    drop(stdin);
    let mut rest = String::new();
    std::io::Read::read_to_string(&mut stdout, &mut rest).unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(1), "a misread line is a refusal");
    assert!(
        rest.contains("Checked in 3 of 4 scans at meeting 1"),
        "the summary counts what went in and what was refused: {rest}"
    );
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("1 of 4 members were refused"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(present(&env), vec![1, 2, 3]);
}

/// True when this process ignores SIGINT (Linux: bit 2 of `SigIgn` in /proc/self/status).
#[cfg(unix)]
fn sigint_ignored() -> bool {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find_map(|l| l.strip_prefix("SigIgn:"))
                .and_then(|m| u64::from_str_radix(m.trim(), 16).ok())
        })
        .is_some_and(|mask| mask & 0b10 != 0)
}

#[cfg(unix)]
#[test]
fn ctrl_c_at_the_door_keeps_every_scan_made() {
    let env = door();
    let (mut child, mut stdin, mut stdout) = scanner(&env);
    for n in ["3", "1", "4"] {
        let said = scan(&mut stdin, &mut stdout, n);
        assert!(said.starts_with(&format!("Member {n}: present")), "{said}");
    }
    // A test run started as a background job inherits SIGINT ignored, and so would quorum; then
    // the interruption is sent as SIGTERM, which ends quorum the same way (it has no handler).
    let signal = if sigint_ignored() { "-TERM" } else { "-INT" };
    let killed = std::process::Command::new("kill")
        .args([signal, &child.id().to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    let status = child.wait().unwrap();
    assert!(!status.success(), "interrupted");
    assert_eq!(present(&env), vec![1, 3, 4]);
}

fn add_anna(env: &TestEnv, extra: &[&str]) -> std::process::Output {
    env.quorum()
        .args([
            "member",
            "add",
            "--given-name",
            "Anna",
            "--family-name",
            "Berg",
            "--joined",
            "2012-03-01",
        ])
        .args(extra)
        .output()
        .unwrap()
}

#[test]
fn a_new_number_is_on_stdout_with_quiet_and_stderr_stays_empty() {
    let env = TestEnv::new();
    let out = add_anna(&env, &["-q"]);
    assert!(out.status.success());
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(
        stdout.starts_with("       Added member 1 Anna Berg\n"),
        "{stdout}"
    );
    assert_eq!(String::from_utf8_lossy(&out.stderr), "");
}

#[test]
fn in_csv_a_writing_command_prints_the_changed_record_and_the_line_goes_to_stderr() {
    let env = TestEnv::new();
    env.ok(&[
        "member",
        "add",
        "--family-name",
        "Berg",
        "--joined",
        "2012-03-01",
    ]);
    let out = env
        .quorum()
        .args([
            "member",
            "suspend",
            "1",
            "--reason",
            "contributie",
            "--from",
            "2026-02-15",
        ])
        .args(["--format", "csv"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let stdout = String::from_utf8(out.stdout).unwrap();
    let mut lines = stdout.lines();
    assert!(
        lines.next().unwrap().starts_with("number,name,"),
        "{stdout}"
    );
    assert!(lines.next().unwrap().starts_with("1,Berg,"), "{stdout}");
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("Suspended member 1"),
        "the person's line is repeated on stderr"
    );
}

#[test]
fn the_elected_and_the_head_hash_survive_quiet() {
    let env = TestEnv::new();
    let verify = env.ok(&["journal", "verify", "-q"]);
    assert!(verify.contains("newest hash "), "{verify}");
}

#[test]
fn a_format_without_a_form_is_refused_before_the_import() {
    let env = TestEnv::new();
    let before = env.snapshot();
    let root = env!("CARGO_MANIFEST_DIR");
    let err = env.fails(
        &[
            "member",
            "import",
            &format!("{root}/examples/ledenlijst.csv"),
            "--format",
            "html",
        ],
        2,
    );
    assert!(
        err.contains("`quorum member import` has no html form"),
        "{err}"
    );
    assert!(
        err.contains("table, csv, json"),
        "names the forms it has: {err}"
    );
    assert_eq!(env.snapshot(), before, "nothing was imported");
    // Retried with a format it has, it imports once.
    let out = env.ok(&[
        "member",
        "import",
        &format!("{root}/examples/ledenlijst.csv"),
        "--format",
        "json",
    ]);
    assert!(out.contains("\"new\""), "{out}");
}

#[test]
fn a_writing_command_refuses_markdown_and_changes_nothing() {
    let env = TestEnv::new();
    let before = env.snapshot();
    let out = add_anna(&env, &["--format", "md"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("has no md form"));
    assert_eq!(env.snapshot(), before);
}

#[test]
fn a_command_of_its_own_file_format_refuses_a_format_rather_than_ignoring_it() {
    let env = TestEnv::new();
    for args in [
        ["rules", "export", "--format", "json"],
        ["completions", "bash", "--format", "csv"],
    ] {
        let err = env.fails(&args, 2);
        assert!(err.contains("prints a file of its own format"), "{err}");
    }
    assert!(
        env.ok(&["rules", "export"])
            .contains("notice_days_ordinary")
    );
}

#[test]
fn no_input_takes_yes_and_no_words() {
    let env = TestEnv::new();
    for value in ["1", "0", "true", "false", "yes", "no"] {
        let out = env
            .quorum()
            .env("QUORUM_NO_INPUT", value)
            .args(["member", "list"])
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "QUORUM_NO_INPUT={value}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

#[test]
fn decisions_and_actions_have_list_like_every_family() {
    let env = TestEnv::new();
    assert_eq!(env.json(&["decisions", "list"]), serde_json::json!([]));
    assert_eq!(
        env.json(&["actions", "list", "--open"]),
        serde_json::json!([])
    );
}

/// An export killed at any moment leaves no file with the members' data under any name but the
/// one asked for, and that one only whole (from a run that finished).
#[cfg(target_os = "linux")]
#[test]
fn a_killed_export_leaves_no_copy_of_the_data() {
    let env = TestEnv::new();
    let root = env!("CARGO_MANIFEST_DIR");
    env.ok(&[
        "member",
        "import",
        &format!("{root}/tests/fixtures/import/generated-300.csv"),
    ]);
    let whole = env.ok(&["member", "export", "--status", "all"]);
    let out = env.path("out");
    std::fs::create_dir(&out).unwrap();
    let dest = out.join("leden.csv");
    // Kill moments spread over start-up, the query and the writing (a fixed sequence, so a
    // failure repeats).
    let mut state: u64 = 0x2545_f491_4f6c_dd1d;
    // A killed export's own hidden name may stand for the instant between linking the finished
    // file in and renaming it over an existing `leden.csv` (no system call replaces a name with an
    // unnamed file at once); the next export that gets as far as its start sweeps it away.
    let mut killed = std::collections::BTreeSet::new();
    for _ in 0..40 {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        let wait = std::time::Duration::from_micros(state % 60_000);
        let mut child = env
            .process()
            .args(["member", "export", "--status", "all", "--output"])
            .arg(&dest)
            .spawn()
            .unwrap();
        let pid = child.id();
        std::thread::sleep(wait);
        let _ = child.kill();
        let _ = child.wait();
        killed.insert(std::ffi::OsString::from(format!(".leden.csv.{pid}.tmp")));
        for entry in std::fs::read_dir(&out).unwrap() {
            let entry = entry.unwrap();
            let name = entry.file_name();
            // Never a partial copy, never under another name.
            assert_eq!(std::fs::read_to_string(entry.path()).unwrap(), whole);
            assert!(
                name == "leden.csv" || killed.contains(&name),
                "killed after {wait:?}, a copy remains under {name:?}"
            );
        }
    }
    env.ok(&[
        "member",
        "export",
        "--status",
        "all",
        "--output",
        dest.to_str().unwrap(),
    ]);
    let names: Vec<_> = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(
        names,
        ["leden.csv"],
        "a finished export sweeps what a killed one left"
    );
}

/// One date-flag vocabulary (`--on` a day, `--at` a moment, `--from`/`--until` a period), and
/// every name used before still means the same: a script written against the old names gets the
/// same database and the same listing.
#[test]
fn the_old_date_flag_names_still_mean_the_same() {
    let run = |names: [&str; 5]| {
        let env = TestEnv::new();
        add_anna(&env, &["-q"]);
        add_anna(&env, &["-q"]);
        env.ok(&["member", "leave", "1", names[0], "31-12-2026"]);
        env.ok(&["member", "arrears", "2", names[1], "2026-02-01"]);
        env.ok(&[
            "meeting",
            "new",
            "--title",
            "ALV",
            names[2],
            "2026-04-01T19:30",
        ]);
        let list = env.json(&["member", "list", names[3], "2027-01-01", "--status", "all"]);
        let journal = env.ok(&["journal", "list", names[4], "2026-03-01", "--format", "csv"]);
        (
            env.json(&["member", "show", "1"]),
            env.json(&["member", "show", "2"]),
            list,
            env.json(&["meeting", "show", "1"]),
            journal,
        )
    };
    let new = run(["--on", "--from", "--at", "--on", "--from"]);
    let old = run(["--date", "--since", "--date", "--as-of", "--since"]);
    assert_eq!(new, old);
    // The flags took effect: Anna left, the other is in arrears, the meeting is on its day.
    assert_eq!(new.0["left"], "2026-12-31", "{}", new.0);
    assert!(new.3.to_string().contains("2026-04-01T19:30"), "{}", new.3);
    assert!(new.2.to_string().contains("former"), "{}", new.2);
    let help = TestEnv::empty().ok(&["member", "leave", "--help"]);
    assert!(
        help.contains("--on <DATE>") && help.contains("[alias: --date]"),
        "{help}"
    );
}

/// Every environment variable the program reads is documented where a person looks: the README,
/// docs/reference/environment.md, the interface contract and the man page of every command.
#[test]
fn every_environment_variable_read_is_documented_everywhere() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut read = std::collections::BTreeSet::new();
    let mut dirs = vec![root.join("src")];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).unwrap();
                for name in [
                    "QUORUM_DB",
                    "QUORUM_ACTOR",
                    "QUORUM_LANG",
                    "QUORUM_NO_INPUT",
                    "QUORUM_WAIT",
                    "QUORUM_NOW",
                    "QUORUM_SEED",
                    "NO_COLOR",
                    "COLUMNS",
                    "LC_ALL",
                    "LC_MESSAGES",
                    "LANG",
                ] {
                    if text.contains(&format!("\"{name}\"")) {
                        read.insert(name);
                    }
                }
                // A variable not in the list above fails here until it is documented and added.
                for (i, _) in text.match_indices("\"QUORUM_") {
                    let name: String = text[i + 1..]
                        .chars()
                        .take_while(|c| c.is_ascii_uppercase() || *c == '_')
                        .collect();
                    assert!(
                        read.contains(name.as_str()) || name.starts_with("QUORUM_UPDATE"),
                        "{} reads {name}, which this test does not know",
                        path.display()
                    );
                }
            }
        }
    }
    assert!(read.len() >= 10, "{read:?}");
    let man_dir = tempfile::tempdir().unwrap();
    let env = TestEnv::empty();
    env.ok(&["man", "--dir", man_dir.path().to_str().unwrap()]);
    let man = std::fs::read_to_string(man_dir.path().join("quorum-vote-cast.1")).unwrap();
    let documents = [
        (
            "README.md",
            std::fs::read_to_string(root.join("README.md")).unwrap(),
        ),
        (
            "docs/reference/environment.md",
            std::fs::read_to_string(root.join("docs/reference/environment.md")).unwrap(),
        ),
        (
            "docs/reference/interface.md",
            std::fs::read_to_string(root.join("docs/reference/interface.md")).unwrap(),
        ),
        (
            "quorum-vote-cast.1",
            man.replace("\\fB", "").replace("\\fR", ""),
        ),
    ];
    let mut missing = Vec::new();
    for name in &read {
        for (doc, text) in &documents {
            if !text.contains(name) {
                missing.push(format!("{name} in {doc}"));
            }
        }
    }
    assert!(missing.is_empty(), "undocumented: {missing:?}");
    // The page is named by the full command and carries the global options.
    assert!(man.contains(".TH quorum-vote-cast 1"), "{man}");
    assert!(
        man.contains(".SH \"GLOBAL OPTIONS\"") && man.contains("\\-\\-db"),
        "{man}"
    );
}

/// Families with `show` and no `list`: the association is one record; `minutes` (its own helper
/// this round) and `kascommissie` have none yet. Never add one.
const SINGLE_OR_NOT_YET: &[&str] = &[
    "quorum association",
    "quorum minutes",
    "quorum kascommissie",
];

/// Names and help: every argument says what it is, and every family that shows one record
/// (`show`) also lists them (`list`).
#[test]
fn every_argument_is_described_and_every_family_has_list() {
    fn walk(cmd: &clap::Command, path: &str, bare: &mut Vec<String>, no_list: &mut Vec<String>) {
        for a in cmd.get_arguments() {
            if a.is_hide_set() {
                continue;
            }
            if a.get_help().is_none_or(|h| h.to_string().trim().is_empty()) {
                bare.push(format!("{path} {}", a.get_id()));
            }
        }
        let subs: Vec<&str> = cmd
            .get_subcommands()
            .flat_map(|s| std::iter::once(s.get_name()).chain(s.get_all_aliases()))
            .collect();
        if subs.contains(&"show")
            && !subs.contains(&"list")
            && !path.contains(" help")
            && !SINGLE_OR_NOT_YET.contains(&path)
        {
            no_list.push(path.to_string());
        }
        for sub in cmd.get_subcommands() {
            walk(sub, &format!("{path} {}", sub.get_name()), bare, no_list);
        }
    }
    let mut cmd = quorum::cli::command();
    cmd.build();
    let (mut bare, mut no_list) = (Vec::new(), Vec::new());
    walk(&cmd, "quorum", &mut bare, &mut no_list);
    assert!(bare.is_empty(), "arguments without a description: {bare:?}");
    assert!(
        no_list.is_empty(),
        "families with show but no list: {no_list:?}"
    );
}
