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
