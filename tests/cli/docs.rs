//! The README's examples are executed, so they never go stale. Every ```console block is a
//! transcript: `$ quorum …` lines and the output that follows them (stdout and stderr as on a
//! terminal), in the
//! trycmd style: `[..]` matches any text within a line, a line `...` any number of lines, and a
//! line `? N` after the command expects exit code N. A command may end in `> FILE`.
//! `QUORUM_UPDATE_DOCS=1 cargo test --test cli docs` rewrites the outputs that differ.
//! All blocks of a file run in order against one fresh database (a line
//! `$ export QUORUM_DB=NAME` switches to another database, fresh when first named, as it would
//! for a reader typing the examples; `$ export QUORUM_SEED=TEXT` fixes the random draws, such as
//! secret ballot codes, until the next database switch), in a scratch directory where
//! `tests/`, `examples/` and `docs/` of the repository are reachable by the same relative paths.

use std::path::Path;

struct Step {
    line: usize,
    args: Vec<String>,
    redirect: Option<String>,
    code: i32,
    /// True when a `? N` line follows the command.
    code_line: bool,
    /// The database file, switched by a `$ export QUORUM_DB=NAME` line.
    db: String,
    /// Set by a `$ export QUORUM_SEED=TEXT` line, cleared by the next database switch.
    seed: Option<String>,
    expected: Vec<String>,
}

fn split_words(s: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut cur = String::new();
    let mut quote: Option<char> = None;
    let mut in_word = false;
    for c in s.chars() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), c) => cur.push(c),
            (None, '"' | '\'') => {
                quote = Some(c);
                in_word = true;
            }
            (None, c) if c.is_whitespace() => {
                if in_word {
                    words.push(std::mem::take(&mut cur));
                    in_word = false;
                }
            }
            (None, c) => {
                cur.push(c);
                in_word = true;
            }
        }
    }
    if in_word {
        words.push(cur);
    }
    words
}

fn parse(text: &str) -> Vec<Step> {
    let mut steps: Vec<Step> = Vec::new();
    let mut in_block = false;
    let mut db = "readme.db".to_string();
    let mut seed = None;
    for (i, line) in text.lines().enumerate() {
        if line.starts_with("```") {
            in_block = line.trim() == "```console";
            continue;
        }
        if !in_block {
            continue;
        }
        // The README switches database where a reader can see and type it.
        if let Some(name) = line.strip_prefix("$ export QUORUM_DB=") {
            db = name.trim().to_string();
            seed = None;
            continue;
        }
        if let Some(text) = line.strip_prefix("$ export QUORUM_SEED=") {
            seed = Some(text.trim().to_string());
            continue;
        }
        if let Some(cmd) = line.strip_prefix("$ ") {
            let mut words = split_words(cmd);
            assert_eq!(
                words.first().map(String::as_str),
                Some("quorum"),
                "line {}",
                i + 1
            );
            words.remove(0);
            let mut redirect = None;
            if let Some(pos) = words.iter().position(|w| w == ">") {
                redirect = words.get(pos + 1).cloned();
                words.truncate(pos);
            }
            steps.push(Step {
                line: i + 1,
                args: words,
                redirect,
                code: 0,
                code_line: false,
                db: db.clone(),
                seed: seed.clone(),
                expected: Vec::new(),
            });
        } else if let Some(step) = steps.last_mut() {
            match line.strip_prefix("? ") {
                Some(code) if step.expected.is_empty() => {
                    step.code = code.trim().parse().unwrap();
                    step.code_line = true;
                }
                _ => step.expected.push(line.to_string()),
            }
        }
    }
    for s in &mut steps {
        while s.expected.last().is_some_and(|l| l.is_empty()) {
            s.expected.pop();
        }
    }
    steps
}

fn line_matches(pattern: &str, actual: &str) -> bool {
    let parts: Vec<&str> = pattern.split("[..]").collect();
    if parts.len() == 1 {
        return pattern == actual;
    }
    let mut rest = actual;
    for (i, part) in parts.iter().enumerate() {
        if i == 0 {
            let Some(r) = rest.strip_prefix(part) else {
                return false;
            };
            rest = r;
        } else if i == parts.len() - 1 {
            return rest.ends_with(part);
        } else {
            let Some(pos) = rest.find(part) else {
                return false;
            };
            rest = &rest[pos + part.len()..];
        }
    }
    true
}

fn lines_match(expected: &[String], actual: &[&str]) -> bool {
    match expected.split_first() {
        None => actual.is_empty(),
        Some((e, rest)) if e == "..." => {
            (0..=actual.len()).any(|skip| lines_match(rest, &actual[skip..]))
        }
        Some((e, rest)) => {
            actual.first().is_some_and(|a| line_matches(e, a)) && lines_match(rest, &actual[1..])
        }
    }
}

/// Runs every transcript in `file` (relative to the repository root).
pub fn run_transcripts(file: &str) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(root.join(file)).unwrap();
    let dir = tempfile::tempdir().unwrap();
    for sub in ["tests", "examples", "docs"] {
        #[cfg(unix)]
        std::os::unix::fs::symlink(root.join(sub), dir.path().join(sub)).unwrap();
    }
    let mut failures = Vec::new();
    let mut rewrites: Vec<(usize, usize, Vec<String>)> = Vec::new();
    let steps = parse(&text);
    assert!(!steps.is_empty(), "{file} has no console examples");
    for step in steps {
        // stdout and stderr share one file, as on a terminal, so their order is kept.
        let log_path = dir.path().join(".transcript");
        let log = std::fs::File::create(&log_path).unwrap();
        let stdout_file = match &step.redirect {
            Some(f) => std::fs::File::create(dir.path().join(f)).unwrap(),
            None => log.try_clone().unwrap(),
        };
        let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin!("quorum"));
        cmd.env_clear();
        if let Some(seed) = &step.seed {
            cmd.env("QUORUM_SEED", seed);
        }
        let status = cmd
            .args(&step.args)
            .env("HOME", dir.path())
            .env("QUORUM_DB", dir.path().join(&step.db))
            .env("QUORUM_NOW", "2026-03-01T18:00:00Z")
            .env("QUORUM_ACTOR", "secretary")
            .env("NO_COLOR", "1")
            .env("TZ", "UTC")
            .env("COLUMNS", "100")
            .current_dir(dir.path())
            .stdin(std::process::Stdio::null())
            .stdout(stdout_file)
            .stderr(log)
            .status()
            .unwrap();
        let shown = std::fs::read_to_string(&log_path).unwrap();
        let actual: Vec<&str> = shown.trim_end_matches('\n').lines().collect();
        let actual: Vec<&str> = if shown.trim().is_empty() {
            Vec::new()
        } else {
            actual
        };
        if status.code() != Some(step.code) || !lines_match(&step.expected, &actual) {
            let start = step.line + usize::from(step.code_line);
            rewrites.push((
                start,
                step.expected.len(),
                actual.iter().map(|l| l.to_string()).collect(),
            ));
            failures.push(format!(
                "{file}:{}: quorum {}\n  exit {:?} (expected {})\n--- expected\n{}\n--- actual\n{}",
                step.line,
                step.args.join(" "),
                status.code(),
                step.code,
                step.expected.join("\n"),
                shown
            ));
        }
    }
    if std::env::var_os("QUORUM_UPDATE_DOCS").is_some() && !rewrites.is_empty() {
        // Rewrites the outputs that differ; review the diff before committing.
        let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
        for (start, len, new) in rewrites.into_iter().rev() {
            lines.splice(start..start + len, new);
        }
        std::fs::write(root.join(file), lines.join("\n") + "\n").unwrap();
        return;
    }
    assert!(
        failures.is_empty(),
        "{} example(s) differ:\n\n{}",
        failures.len(),
        failures.join("\n\n")
    );
}

#[test]
fn readme_examples_run_as_written() {
    run_transcripts("README.md");
}

#[test]
fn wildcards_match_as_documented() {
    assert!(line_matches(
        "Created [..] in [..]readme.db",
        "Created x in /tmp/a/readme.db"
    ));
    assert!(!line_matches(
        "Created [..] in [..]readme.db",
        "Created x in /tmp/a/other.db"
    ));
    let exp = vec!["a".to_string(), "...".to_string(), "z".to_string()];
    assert!(lines_match(&exp, &["a", "b", "c", "z"]));
    assert!(!lines_match(&exp, &["a", "b"]));
    assert_eq!(
        split_words(r#"init --name "De Eendracht" > x"#),
        ["init", "--name", "De Eendracht", ">", "x"]
    );
}

#[test]
fn interface_reference_runs_as_written() {
    run_transcripts("docs/reference/interface.md");
}
