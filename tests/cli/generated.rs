//! Generated files stay in step with the command line: the committed completions must equal what
//! `quorum completions` prints now. Refresh them with `QUORUM_UPDATE_COMPLETIONS=1 cargo test`.

use crate::common::TestEnv;

const SHELLS: &[(&str, &str)] = &[
    ("bash", "quorum.bash"),
    ("zsh", "_quorum"),
    ("fish", "quorum.fish"),
    ("powershell", "_quorum.ps1"),
    ("elvish", "quorum.elv"),
];

#[test]
fn committed_completions_are_up_to_date() {
    let env = TestEnv::empty();
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("completions");
    let update = std::env::var_os("QUORUM_UPDATE_COMPLETIONS").is_some();
    let mut stale = Vec::new();
    for (shell, file) in SHELLS {
        let fresh = env.ok(&["completions", shell]);
        assert!(fresh.contains("quorum"), "{shell} completion looks empty");
        let path = dir.join(file);
        if update {
            std::fs::write(&path, &fresh).unwrap();
        } else if std::fs::read_to_string(&path).ok().as_deref() != Some(fresh.as_str()) {
            stale.push(path.display().to_string());
        }
    }
    assert!(
        stale.is_empty(),
        "stale completions: {stale:?}; run `QUORUM_UPDATE_COMPLETIONS=1 cargo test --test cli generated` and commit"
    );
}

#[test]
fn the_man_page_names_every_command() {
    let env = TestEnv::empty();
    let man = env.ok(&["man"]);
    assert!(man.starts_with(".ie") || man.contains(".TH"), "not roff");
    for cmd in ["init", "member", "journal", "db", "tally", "completions"] {
        assert!(man.contains(cmd), "man page lacks {cmd}");
    }
}

#[test]
fn the_command_line_definition_is_consistent() {
    use clap::CommandFactory as _;
    quorum::cli::Cli::command().debug_assert();
}

#[test]
fn a_closed_pipe_is_not_an_error() {
    let env = TestEnv::empty();
    let bin = assert_cmd::cargo::cargo_bin!("quorum");
    // head exits at once, so quorum's writes meet a closed pipe.
    let out = std::process::Command::new("bash")
        .arg("-c")
        .arg(format!(
            "set -o pipefail; '{}' completions zsh | head -c 0",
            bin.display()
        ))
        .env("QUORUM_DB", env.db())
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    assert_eq!(String::from_utf8_lossy(&out.stderr), "");
}

#[test]
fn usage_errors_exit_2() {
    let env = TestEnv::empty();
    let err = env.fails(&["no-such-command"], 2);
    assert!(err.contains("error:"), "{err}");
    env.fails(&["--format", "xml", "db", "path"], 2);
}

/// Each committed completion file loads in its shell without a syntax error. A shell that is not
/// installed is skipped with a message; CI (`.ci/run`) installs bash, zsh and fish so it never skips.
#[test]
fn completions_load_in_their_shells() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("completions");
    let checks: &[(&str, &[&str], &str)] = &[
        ("bash", &["-n"], "quorum.bash"),
        ("zsh", &["-n"], "_quorum"),
        ("fish", &["--no-execute"], "quorum.fish"),
    ];
    for (shell, flags, file) in checks {
        let path = dir.join(file);
        let run = std::process::Command::new(shell)
            .args(*flags)
            .arg(&path)
            .output();
        match run {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                eprintln!("skipped: {shell} is not installed, {file} not loaded");
            }
            Err(e) => panic!("running {shell}: {e}"),
            Ok(out) => assert!(
                out.status.success() && out.stderr.is_empty(),
                "{file} does not load in {shell}: {}",
                String::from_utf8_lossy(&out.stderr)
            ),
        }
    }
}

#[test]
fn man_dir_writes_a_page_per_command_with_the_sections_readers_look_for() {
    let env = TestEnv::empty();
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("man1");
    env.ok(&["man", "--dir", out.to_str().unwrap()]);
    let mut expected = vec!["quorum.1".to_string()];
    walk(&quorum::cli::command(), "quorum", &mut expected);
    for file in &expected {
        let page =
            std::fs::read_to_string(out.join(file)).unwrap_or_else(|e| panic!("{file}: {e}"));
        for section in [
            ".TH",
            "EXIT STATUS",
            ".SH ENVIRONMENT",
            ".SH FILES",
            ".SH EXAMPLES",
        ] {
            assert!(page.contains(section), "{file} lacks {section}");
        }
    }
    let add = std::fs::read_to_string(out.join("quorum-member-add.1")).unwrap();
    assert!(
        add.contains("\\-\\-family\\-name"),
        "options of member add are on its page"
    );
    assert!(add.contains("QUORUM_DB"));
    assert!(
        add.contains(".TH quorum\\-member\\-add 1") || add.contains(".TH quorum-member-add 1"),
        "titled by the whole command: {}",
        add.lines().find(|l| l.starts_with(".TH")).unwrap_or("")
    );
    assert!(
        add.contains("\\-\\-no\\-input") && add.contains("QUORUM_WAIT"),
        "the global options and every environment variable are on each page"
    );

    fn walk(cmd: &clap::Command, path: &str, files: &mut Vec<String>) {
        for sub in cmd
            .get_subcommands()
            .filter(|s| !s.is_hide_set() && s.get_name() != "help")
        {
            let p = format!("{path}-{}", sub.get_name());
            files.push(format!("{p}.1"));
            walk(sub, &p, files);
        }
    }
}

/// Every command's `--help` ends with examples, and lists its own options before the global ones.
#[test]
fn every_help_ends_with_examples_and_global_options_come_last() {
    fn walk(cmd: &mut clap::Command, path: &str) {
        let help = cmd.render_long_help().to_string();
        assert!(
            help.contains("Examples:\n  quorum"),
            "`{path} --help` has no examples"
        );
        if let (Some(own), Some(global)) = (help.find("\nOptions:"), help.find("Global options:")) {
            assert!(
                own < global,
                "`{path} --help` lists the global options first"
            );
        }
        let names: Vec<String> = cmd
            .get_subcommands()
            .map(|s| s.get_name().to_string())
            .filter(|n| n != "help")
            .collect();
        for name in names {
            let sub = cmd.find_subcommand_mut(&name).unwrap();
            walk(sub, &format!("{path} {name}"));
        }
    }
    let mut cmd = quorum::cli::command();
    cmd.build();
    walk(&mut cmd, "quorum");
}

#[test]
fn tally_help_does_not_offer_database_options() {
    let env = TestEnv::empty();
    let help = env.ok(&["tally", "--help"]);
    assert!(!help.contains("--db"), "{help}");
    assert!(!help.contains("--actor"), "{help}");
    assert!(help.contains("--format"));
    let member = env.ok(&["member", "list", "--help"]);
    assert!(member.contains("--db"));
}

#[test]
fn a_name_where_a_number_belongs_says_how_to_find_the_number() {
    let env = TestEnv::new();
    let err = env.fails(&["member", "show", "Jansen"], 2);
    assert!(err.contains("not a member number"), "{err}");
    assert!(err.contains("quorum member list --search Jansen"), "{err}");
}

#[test]
fn color_always_colours_errors_and_clap_follows_color() {
    let env = TestEnv::new();
    let err = env.fails(&["--color", "always", "member", "show", "999"], 1);
    assert!(err.contains("\u{1b}["), "error not coloured: {err:?}");
    let plain = env.fails(&["--color", "never", "member", "show", "999"], 1);
    assert!(!plain.contains('\u{1b}'), "{plain:?}");
    let clap_err = env.fails(&["--color", "always", "member", "show", "x"], 2);
    assert!(
        clap_err.contains("\u{1b}["),
        "clap error not coloured: {clap_err:?}"
    );
    let clap_plain = env.fails(&["--color", "never", "member", "show", "x"], 2);
    assert!(!clap_plain.contains('\u{1b}'), "{clap_plain:?}");
}

/// Every example in `--help` is a command line quorum accepts (parsed, not run).
#[test]
fn every_help_example_parses() {
    let mut bad = Vec::new();
    for (path, examples) in quorum::cli::examples::EXAMPLES {
        for line in examples.lines().map(str::trim) {
            if line.starts_with('#') || line.is_empty() {
                continue;
            }
            // Drop a shell redirection; split like a shell, minding double quotes.
            let line = line.split(" > ").next().unwrap_or(line);
            let line = line.split(" < ").next().unwrap_or(line);
            let line = line.split(" | ").next().unwrap_or(line);
            let mut words = Vec::new();
            let (mut word, mut quoted, mut any) = (String::new(), false, false);
            for c in line.chars() {
                match c {
                    '"' => {
                        quoted = !quoted;
                        any = true;
                    }
                    ' ' if !quoted => {
                        if any || !word.is_empty() {
                            words.push(std::mem::take(&mut word));
                        }
                        any = false;
                    }
                    c => word.push(c),
                }
            }
            if any || !word.is_empty() {
                words.push(word);
            }
            if let Err(e) = quorum::cli::command().try_get_matches_from(&words) {
                bad.push(format!("{path}: `{line}`: {}", e.kind()));
            }
        }
    }
    assert!(
        bad.is_empty(),
        "examples that do not parse:\n{}",
        bad.join("\n")
    );
}
