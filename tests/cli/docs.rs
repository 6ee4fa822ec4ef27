//! The documentation's examples are executed, so they never go stale: README.md and every
//! Markdown file under `docs/` (found by walking the folder, so a new chapter runs without a
//! change here). Every ```console block is a
//! transcript: `$ quorum …` lines and the output that follows them (stdout and stderr as on a
//! terminal), in the
//! trycmd style: `[..]` matches any text within a line, a line `...` any number of lines, and a
//! line `? N` after the command expects exit code N. A command may end in `> FILE`.
//! `QUORUM_UPDATE_DOCS=1 cargo test --test cli docs` rewrites the outputs that differ.
//! Each file runs in a scratch directory of its own, so every chapter starts from a fresh
//! database. All blocks of a file run in order against one database (a line
//! `$ export QUORUM_DB=NAME` switches to another database, fresh when first named, as it would
//! for a reader typing the examples; `$ export QUORUM_SEED=TEXT` fixes the random draws, such as
//! secret ballot codes, until the next database switch), in a scratch directory where
//! `tests/`, `examples/` and `docs/` of the repository are reachable by the same relative paths.
//!
//! This runner is kept rather than `trycmd`: it is about 300 lines, and it does what trycmd's
//! `.md` mode does not: one database carried through the blocks of a file, `export` lines that
//! switch it or fix the seed, `> FILE` redirects, and rewriting a changed output in place.

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

/// Runs every transcript in `file` (relative to the repository root) and panics with every
/// example that differs. The walk over `docs/` runs each file too, so a file that also has a
/// test of its own calling this is merely run twice.
pub fn run_transcripts(file: &str) {
    if let Err(report) = check_transcripts(file) {
        panic!("{report}");
    }
}

/// Every example of `file` that differs, as one report; with `QUORUM_UPDATE_DOCS` set, the
/// differing outputs are written into the file instead.
fn check_transcripts(file: &str) -> Result<(), String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(root.join(file)).map_err(|e| format!("{file}: {e}"))?;
    // The English pages show the English terminal, the Dutch edition the Dutch one, whatever
    // the association's language (docs/guide/language.md says so to the reader).
    let lang = if file.starts_with("docs/gids/") {
        "nl"
    } else {
        "en"
    };
    let dir = tempfile::tempdir().unwrap();
    for sub in ["tests", "examples", "docs"] {
        #[cfg(unix)]
        std::os::unix::fs::symlink(root.join(sub), dir.path().join(sub)).unwrap();
    }
    let mut failures = Vec::new();
    let mut rewrites: Vec<(usize, usize, Vec<String>)> = Vec::new();
    let steps = parse(&text);
    if steps.is_empty() {
        return Err(format!("{file} has no console examples"));
    }
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
            .env("QUORUM_LANG", lang)
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
        return Ok(());
    }
    if failures.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "{file}: {} example(s) differ:\n\n{}",
            failures.len(),
            failures.join("\n\n")
        ))
    }
}

/// Every Markdown file under `dir` (relative to the repository root) that holds a console
/// block, sorted so that failures are reported in the same order every time.
fn markdown_with_examples(dir: &str) -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut found = Vec::new();
    let mut pending = vec![root.join(dir)];
    while let Some(d) = pending.pop() {
        for entry in std::fs::read_dir(&d).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                pending.push(path);
            } else if path.extension().is_some_and(|e| e == "md")
                && std::fs::read_to_string(&path)
                    .unwrap()
                    .lines()
                    .any(|l| l.trim() == "```console")
            {
                let rel = path.strip_prefix(root).unwrap();
                found.push(rel.to_string_lossy().replace('\\', "/"));
            }
        }
    }
    found.sort();
    found
}

#[test]
fn docs_examples_run_as_written() {
    let files = markdown_with_examples("docs");
    assert!(!files.is_empty(), "docs/ has no console examples");
    // Each file has its own scratch directory, so they can run side by side; a few at a time
    // keeps a two-core machine usable.
    let workers = std::thread::available_parallelism().map_or(2, |n| n.get().min(4));
    let next = std::sync::atomic::AtomicUsize::new(0);
    let reports = std::sync::Mutex::new(Vec::new());
    std::thread::scope(|s| {
        for _ in 0..workers {
            s.spawn(|| {
                loop {
                    let i = next.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                    let Some(file) = files.get(i) else { break };
                    if let Err(report) = check_transcripts(file) {
                        reports.lock().unwrap().push((i, report));
                    }
                }
            });
        }
    });
    let mut reports = reports.into_inner().unwrap();
    reports.sort();
    let failing: Vec<&str> = reports.iter().map(|(i, _)| files[*i].as_str()).collect();
    assert!(
        reports.is_empty(),
        "{} of {} files have examples that differ ({}):\n\n{}",
        reports.len(),
        files.len(),
        failing.join(", "),
        reports
            .into_iter()
            .map(|(_, r)| r)
            .collect::<Vec<_>>()
            .join("\n\n")
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
fn the_readme_stays_a_front_door() {
    // The rest belongs in docs/guide or docs/reference (issue 31): a newcomer should find the
    // set-up lines and the tour without scrolling through every command.
    let size = std::fs::metadata(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md"))
        .unwrap()
        .len();
    assert!(
        size < 25_000,
        "README.md is {size} bytes; move detail into docs/ (see CONTRIBUTING.md)"
    );
}

/// A heading as GitHub makes it an anchor: lower case, spaces to `-`, other punctuation dropped.
fn anchor(heading: &str) -> String {
    heading
        .trim_start_matches('#')
        .trim()
        .to_lowercase()
        .chars()
        .filter(|c| c.is_alphanumeric() || *c == '-' || *c == ' ' || *c == '_')
        .map(|c| if c == ' ' { '-' } else { c })
        .collect()
}

#[test]
fn links_between_the_documents_resolve() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = vec!["README.md".to_string(), "CONTRIBUTING.md".to_string()];
    let mut pending = vec![root.join("docs")];
    while let Some(d) = pending.pop() {
        for entry in std::fs::read_dir(&d).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                pending.push(path);
            } else if path.extension().is_some_and(|e| e == "md") {
                let rel = path.strip_prefix(root).unwrap();
                files.push(rel.to_string_lossy().replace('\\', "/"));
            }
        }
    }
    let mut bad = Vec::new();
    for file in &files {
        let text = std::fs::read_to_string(root.join(file)).unwrap();
        let dir = root.join(file).parent().unwrap().to_path_buf();
        for (_, rest) in text.match_indices("](").map(|(i, _)| ((), &text[i + 2..])) {
            let Some(target) = rest.split(')').next() else {
                continue;
            };
            if target.contains("://") || target.starts_with("mailto:") || target.contains(' ') {
                continue;
            }
            let (path, fragment) = target.split_once('#').unwrap_or((target, ""));
            let linked = if path.is_empty() {
                root.join(file)
            } else {
                dir.join(path)
            };
            if !linked.exists() {
                bad.push(format!("{file}: {target}: no such file"));
            } else if !fragment.is_empty() && linked.extension().is_some_and(|e| e == "md") {
                let headings = std::fs::read_to_string(&linked).unwrap();
                let mut in_code = false;
                let found = headings.lines().any(|l| {
                    if l.starts_with("```") {
                        in_code = !in_code;
                    }
                    !in_code && l.starts_with('#') && anchor(l) == fragment
                });
                if !found {
                    bad.push(format!("{file}: {target}: no such heading"));
                }
            }
        }
    }
    assert!(
        bad.is_empty(),
        "links that lead nowhere:\n{}",
        bad.join("\n")
    );
}
